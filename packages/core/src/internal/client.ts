/**
 * The one request pipeline every strategy uses: base URL, credentials (supplied by the strategy),
 * status mapping to ScmError, retry. Strategies differ only in the Authenticator they pass.
 */
import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import * as ScmError from "../ScmError.js"
import type { Service } from "../ScmHttpClient.js"
import { failFromResponse, fromHttpClientError } from "./errors.js"
import type * as ScmRetry from "../ScmRetry.js"
import * as Retry from "./retry.js"
import type { BaseUrl } from "./url.js"
import { display, resolve } from "./url.js"

/**
 * Sends over the underlying client; transport failures are already ScmTransportError.
 *
 * @internal
 */
export type Transport = (
  request: HttpClientRequest.HttpClientRequest
) => Effect.Effect<HttpClientResponse.HttpClientResponse, ScmError.ScmTransportError>

/** @internal */
export interface Authenticator {
  readonly scheme: ScmError.AuthScheme
  /** Moves request paths where the scheme expects them (certificate login lives under /private). */
  readonly rewritePath?: ((path: string) => string) | undefined
  /**
   * Sends one attempt with credentials. May send twice (OAuth2 resends once after a 401 with a
   * fresh token); any non-2xx it returns is mapped to a typed error by the caller.
   */
  readonly send: (
    request: HttpClientRequest.HttpClientRequest,
    transport: Transport
  ) => Effect.Effect<HttpClientResponse.HttpClientResponse, ScmError.ScmError>
}

/** @internal */
export interface Options {
  readonly httpClient: HttpClient.HttpClient
  readonly baseUrl: BaseUrl
  readonly retry: ScmRetry.Retry | undefined
  readonly authenticator: Authenticator
}

/**
 * Header names whose values never reach a log or a span: SCM's `password` header and the
 * bearer token, on top of the platform's defaults.
 *
 * @internal
 */
export const redactedHeaderNames: ReadonlyArray<string> = ["authorization", "password", "proxy-authorization"]

/**
 * Extends `Headers.currentRedactedNames` for the rest of the scope. In a layer this reaches the
 * program the layer is provided to, as the platform's own provider clients do.
 *
 * @internal
 */
export const redactSecretHeaders: Effect.Effect<void, never, Scope.Scope> = Effect.locallyScopedWith(
  Headers.currentRedactedNames,
  (names) => {
    const missing = redactedHeaderNames.filter((name) => !names.includes(name))
    return missing.length === 0 ? names : [...names, ...missing]
  }
)

/** The tracer every fiber has unless the application installs one (OpenTelemetry, DevTools ...). */
const builtInTracer = Effect.runSync(Effect.tracer)

/**
 * Sends through `httpClient`. The platform's client span, with an attribute for every header, is
 * the largest per-request cost; under Effect's built-in tracer no exporter can see it, so it is
 * skipped then. An installed tracer gets every request's span as before.
 *
 * @internal
 */
export const transportOf = (httpClient: HttpClient.HttpClient): Transport => {
  const untraced = HttpClient.withTracerDisabledWhen(httpClient, () => true)
  return (request) =>
    Effect.tracerWith((tracer) =>
      Effect.mapError((tracer === builtInTracer ? untraced : httpClient).execute(request), fromHttpClientError)
    )
}

/**
 * Builds the ScmHttpClient service. Requests go through `postprocess`, after any `mapRequest` a
 * user adds on top, so the base URL and the credentials are applied last, to the final request.
 *
 * @internal
 */
export const make = (options: Options): Effect.Effect<Service, never, Scope.Scope> =>
  Effect.as(redactSecretHeaders, unsafeMake(options))

/** @internal */
export const unsafeMake = (options: Options): Service => {
  const { authenticator, baseUrl } = options
  const transport = transportOf(options.httpClient)
  const policy = Retry.policy(options.retry)
  const scheme = authenticator.scheme
  const rewritePath = authenticator.rewritePath

  const checkStatus = (
    response: HttpClientResponse.HttpClientResponse
  ): Effect.Effect<HttpClientResponse.HttpClientResponse, ScmError.ScmError> =>
    response.status >= 200 && response.status < 300 ? Effect.succeed(response) : failFromResponse(response, scheme)

  const run = (
    request: HttpClientRequest.HttpClientRequest
  ): Effect.Effect<HttpClientResponse.HttpClientResponse, ScmError.ScmError> => {
    const url = resolve(baseUrl, request.url, rewritePath)
    if (url === undefined) {
      return Effect.fail(
        new ScmError.ScmTransportError({
          reason: "InvalidUrl",
          method: request.method,
          url: display(request.url),
          detail: `this client only sends requests (and credentials) to ${baseUrl.origin}`
        })
      )
    }
    const attempt = Effect.flatMap(authenticator.send(HttpClientRequest.setUrl(request, url), transport), checkStatus)
    return policy === undefined ? attempt : Retry.withRetry(attempt, policy, Retry.isIdempotent(request.method))
  }

  return HttpClient.makeWith(
    (request: Effect.Effect<HttpClientRequest.HttpClientRequest>) => Effect.flatMap(request, run),
    Effect.succeed
  )
}
