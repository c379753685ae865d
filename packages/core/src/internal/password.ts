/**
 * SCM header login: `login`, `password` and `customerUri` on every request.
 */
import * as Effect from "effect/Effect"
import * as HttpClient from "effect/http/HttpClient"
import * as Headers from "effect/http/Headers"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import type { Options } from "../PasswordAuth.js"
import * as ScmError from "../ScmError.js"
import type { Service } from "../ScmHttpClient.js"
import * as Client from "./client.js"
import { timeoutMillis } from "./deadline.js"
import { headerValueProblem } from "./secrets.js"
import { baseUrlUnsafe } from "./url.js"

/**
 * Base URL of SCM's header-login API.
 *
 * @internal
 */
export const defaultBaseUrl = "https://cert-manager.com"

/**
 * Checks settings sent as header values when the layer is built: a transport would refuse them
 * on every request, and its error could quote the value. The error names the setting only.
 *
 * @internal
 */
export const checkHeaderValues = (
  strategy: string,
  baseUrl: string,
  values: ReadonlyArray<readonly [name: string, value: string]>
): Effect.Effect<void, ScmError.ScmTransportError> => {
  for (const [name, value] of values) {
    const problem = headerValueProblem(value)
    if (problem !== undefined) {
      return Effect.fail(
        new ScmError.ScmTransportError({
          reason: "Encode",
          method: "",
          url: baseUrl,
          detail: `the ${strategy} ${name} ${problem}`
        })
      )
    }
  }
  return Effect.void
}

/** @internal */
export const make = (
  options: Options
): Effect.Effect<Service, ScmError.ScmTransportError, HttpClient.HttpClient | Scope.Scope> =>
  Effect.gen(function*() {
    const httpClient = yield* HttpClient.HttpClient
    const baseUrl = baseUrlUnsafe(options.baseUrl ?? defaultBaseUrl, "PasswordAuth baseUrl")
    const timeout = timeoutMillis(options.timeout)
    const { customerUri, login, password } = options
    yield* checkHeaderValues("PasswordAuth", baseUrl.prefix, [
      ["login", login],
      ["password", Redacted.value(password)],
      ["customerUri", customerUri]
    ])
    // Made once: a request sends its own headers, these over them, and the password last.
    const loginHeaders = Headers.fromInput({ login, customeruri: customerUri })
    return Client.make({
      httpClient,
      baseUrl,
      retry: options.retry,
      timeoutMillis: timeout,
      authenticator: {
        scheme: "password",
        // Unwrapped when the attempt runs, as the platform's provider clients do: the plain
        // password is never kept in a long-lived object (an effect a program keeps and reruns).
        send: (request, url, transport, onResponse) =>
          transport(
            () =>
              Client.sendTo(request, url, Client.headersWith(request.headers, loginHeaders, "password", Redacted.value(password))),
            onResponse
          )
      }
    })
  })
