/**
 * SCM header login: `login`, `password` and `customerUri` on every request.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import type { Options } from "../PasswordAuth.js"
import type { Service } from "../ScmHttpClient.js"
import * as Client from "./client.js"
import { unsafeBaseUrl } from "./url.js"

/**
 * Base URL of SCM's header-login API.
 *
 * @internal
 */
export const defaultBaseUrl = "https://cert-manager.com"

/** @internal */
export const make = (options: Options): Effect.Effect<Service, never, HttpClient.HttpClient | Scope.Scope> =>
  Effect.gen(function*() {
    const httpClient = yield* HttpClient.HttpClient
    const baseUrl = unsafeBaseUrl(options.baseUrl ?? defaultBaseUrl, "PasswordAuth baseUrl")
    const { customerUri, login, password } = options
    return yield* Client.make({
      httpClient,
      baseUrl,
      retry: options.retry,
      authenticator: {
        scheme: "password",
        // Unwrapped per request, as the platform's provider clients do: the plain password is
        // never kept around in a long-lived object.
        send: (request, transport) =>
          transport(HttpClientRequest.setHeaders(request, {
            login,
            password: Redacted.value(password),
            customeruri: customerUri
          }))
      }
    })
  })
