/**
 * The one request pipeline every strategy uses: base URL, credentials (supplied by the strategy),
 * status mapping to ScmError, retry. Strategies differ only in the Authenticator they pass.
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type * as Fiber from "effect/Fiber"
import { constTrue } from "effect/Function"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Headers from "effect/http/Headers"
import * as HttpClient from "effect/http/HttpClient"
import type * as HttpClientError from "effect/http/HttpClientError"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import * as Tracer from "effect/Tracer"
import * as ScmError from "../ScmError.js"
import { ScmHttpClient } from "../ScmHttpClient.js"
import type { Service } from "../ScmHttpClient.js"
import { buffer, BufferedResponse, declaresSmallBody } from "./bufferedResponse.js"
import * as Deadline from "./deadline.js"
import { failFromResponse, fromHttpClientError, fromTransportDefect } from "./errors.js"
import type * as ScmRetry from "../ScmRetry.js"
import * as Retry from "./retry.js"
import type { BaseUrl } from "./url.js"
import { display, resolve } from "./url.js"

/**
 * What an answer goes to: the rest of the attempt (the status check, a 401's resend).
 *
 * @internal
 */
export type OnResponse<B> = (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<B, ScmError.ScmError>

/**
 * A request, or what makes it when the attempt runs: a request that carries a plain secret is then
 * never held by an effect a program keeps and reruns.
 *
 * @internal
 */
export type Outgoing = HttpClientRequest.HttpClientRequest | (() => HttpClientRequest.HttpClientRequest)

/**
 * Sends over the underlying client; transport failures are already ScmTransportError. Given
 * `onResponse`, the answer goes to it in the step that settles the exchange, rather than through
 * one more `flatMap`.
 *
 * @internal
 */
export interface Transport {
  (
    request: Outgoing
  ): Effect.Effect<HttpClientResponse.HttpClientResponse, ScmError.ScmTransportError>
  <B>(
    request: Outgoing,
    onResponse: OnResponse<B>
  ): Effect.Effect<B, ScmError.ScmError>
}

/** @internal */
export interface Authenticator {
  readonly scheme: ScmError.AuthScheme
  /** Moves request paths where the scheme expects them (certificate login lives under /private). */
  readonly rewritePath?: ((path: string) => string) | undefined
  /**
   * Sends one attempt of `request` to `url` with credentials (`sendTo` makes the request to send
   * in one copy), and hands the answer to `onResponse`, which maps any non-2xx to a typed error.
   * May send twice: OAuth2 resends once after a 401 with a fresh token, and hands the second
   * answer, 401 included, to `onResponse`. Called when the request's effect is built, which may
   * run many times: what each run must read afresh (a token) or must not keep (a plain secret) is
   * read inside the effect it returns.
   */
  readonly send: <B>(
    request: HttpClientRequest.HttpClientRequest,
    url: string,
    transport: Transport,
    onResponse: OnResponse<B>
  ) => Effect.Effect<B, ScmError.ScmError>
}

/**
 * `request` as sent: to `url`, with `headers`. One copy, where `setUrl` and then `setHeaders`
 * would make two (each copy about 350 instructions).
 *
 * @internal
 */
export const sendTo = (
  request: HttpClientRequest.HttpClientRequest,
  url: string,
  headers: Headers.Headers
): HttpClientRequest.HttpClientRequest =>
  HttpClientRequest.makeWith(request.method, url, request.urlParams, request.hash, headers, request.body)

const headersPrototype: object = Object.getPrototypeOf(Headers.empty)

/**
 * `headers`, then those of `over` (if any), then `name` (lower case already) set to `value`: one
 * copy and plain stores. `Headers.merge` and `Headers.set` would copy once each and lower-case the
 * name, which is then looked up in V8's string table, on every request: about 2,000 instructions.
 *
 * @internal
 */
export const headersWith = (
  headers: Headers.Headers,
  over: Headers.Headers | undefined,
  name: Lowercase<string>,
  value: string
): Headers.Headers => {
  const out: Record<string, string> = Object.create(headersPrototype)
  if (headers !== Headers.empty) Object.assign(out, headers)
  if (over !== undefined) Object.assign(out, over)
  out[name] = value
  return out as unknown as Headers.Headers
}

/** @internal */
export interface Options {
  readonly httpClient: HttpClient.HttpClient
  readonly baseUrl: BaseUrl
  readonly retry: ScmRetry.Retry | undefined
  /** The deadline of one attempt, in milliseconds; undefined for none. */
  readonly timeoutMillis: number | undefined
  readonly authenticator: Authenticator
}

/**
 * Header names whose values never reach a log or a span: SCM's `password` header and the
 * bearer token, on top of the platform's defaults.
 *
 * @internal
 */
export const redactedHeaderNames: ReadonlyArray<string> = ["authorization", "password", "proxy-authorization"]

let lastNames: ReadonlyArray<string | RegExp> | undefined
let lastExtended: ReadonlyArray<string | RegExp> = []

/**
 * `names` with ours added; the same array when nothing is missing. The last answer is kept, as
 * every request of a program sees the same list.
 *
 * @internal
 */
export const withSecretHeaderNames = (names: ReadonlyArray<string | RegExp>): ReadonlyArray<string | RegExp> => {
  if (names === lastNames) return lastExtended
  const missing = redactedHeaderNames.filter((name) => !Headers.isRedactedName(name, names))
  lastNames = names
  lastExtended = missing.length === 0 ? names : [...names, ...missing]
  return lastExtended
}

// fetch follows redirects unless told not to, and then sends the request, credentials and
// all, wherever a Location points. The other transports never follow them.
const manualRedirects: globalThis.RequestInit = { redirect: "manual" }
let lastInit: globalThis.RequestInit | undefined
let lastManual: globalThis.RequestInit = manualRedirects

/**
 * `init` (the program's own fetch options, if any) with `redirect: "manual"`. The last answer is
 * kept, as every request of a program sees the same options.
 *
 * @internal
 */
export const withManualRedirects = (init: globalThis.RequestInit | undefined): globalThis.RequestInit => {
  if (init === undefined) return manualRedirects
  if (init.redirect === "manual") return init
  if (init !== lastInit) {
    lastInit = init
    lastManual = { ...init, redirect: "manual" }
  }
  return lastManual
}

/**
 * The context a request is executed in: the caller's, plus what every SCM request needs. All of it
 * goes into one context, which the deadline's child fiber then starts with, so no extra
 * `provideService` frame is paid for any of it:
 *
 * - `FetchHttpClient.RequestInit` with `redirect: "manual"`: fetch then returns a 3xx instead of
 *   following it, like the other transports (which never look at it);
 * - under Effect's native tracer, which exports nothing, `TracerDisabledWhen`: the platform's
 *   client span (and the trace headers it propagates) is skipped, no one could see it. An
 *   installed tracer gets every request's span, with the secret headers in
 *   `Headers.CurrentRedactedNames` in case it records headers.
 *
 * It depends on the caller's context only, which is the same object for every request a fiber
 * sends unless something is provided around each one; so it is derived once per caller context.
 * A fresh context per request would also be flattened (its services copied into a new map) by
 * the lookups the platform makes on every request.
 */
const requestContext = (fiber: Fiber.Fiber<unknown, unknown>): Context.Context<never> => {
  const caller = fiber.context
  let derived = requestContexts.get(caller)
  if (derived === undefined) {
    derived = deriveRequestContext(fiber)
    requestContexts.set(caller, derived)
  }
  return derived
}

const requestContexts = new WeakMap<Context.Context<never>, Context.Context<never>>()

const deriveRequestContext = (fiber: Fiber.Fiber<unknown, unknown>): Context.Context<never> => {
  let context = fiber.context
  const init = Context.getOrUndefined(context, FetchHttpClient.RequestInit)
  const manual = withManualRedirects(init)
  if (manual !== init) context = Context.add(context, FetchHttpClient.RequestInit, manual)
  if (fiber.getRef(Tracer.Tracer) === Tracer.nativeTracer) {
    return Context.add(context, HttpClient.TracerDisabledWhen, constTrue)
  }
  const names = fiber.getRef(Headers.CurrentRedactedNames)
  const extended = withSecretHeaderNames(names)
  return extended === names ? context : Context.add(context, Headers.CurrentRedactedNames, extended)
}

/**
 * Sends through `httpClient`, within the deadline of one attempt (`timeoutMillis`; undefined for
 * none) that covers the answer's headers and its body. A body that declares a small length is read
 * before the attempt ends (`BufferedResponse`); any other goes to the caller as a `TimedResponse`,
 * whose readers keep to what is left of the deadline. Every failure is a ScmTransportError: a
 * platform error, a missed deadline, or a transport that threw (node:http throws on a header value
 * it will not send).
 *
 * @internal
 */
export const transportOf = (httpClient: HttpClient.HttpClient, timeoutMillis: number | undefined): Transport =>
  ((outgoing: Outgoing, onResponse: OnResponse<unknown> = Effect.succeed) =>
    Effect.withFiber((fiber) => {
      const request = typeof outgoing === "function" ? outgoing() : outgoing
      const clock = fiber.getRef(Clock.Clock)
      const exchange = new Exchange(
        request,
        onResponse,
        timeoutMillis === undefined ? undefined : clock.currentTimeMillisUnsafe() + timeoutMillis,
        timeoutMillis ?? 0
      )
      return Deadline.raceWith(
        requestContext(fiber),
        clock,
        Effect.flatMap(httpClient.execute(request), exchange.read),
        timeoutMillis,
        exchange
      )
    })) as Transport

/**
 * One exchange of an attempt: what its deadline needs to settle it. One object per request
 * rather than a closure for each of its steps.
 */
class Exchange<B> implements
  Deadline.Settle<
    HttpClientResponse.HttpClientResponse,
    HttpClientError.HttpClientError,
    B,
    ScmError.ScmError,
    ScmError.ScmTransportError
  >
{
  /** The status of an answer whose body is being read, for the message of a missed deadline. */
  private reading: number | undefined = undefined

  constructor(
    readonly request: HttpClientRequest.HttpClientRequest,
    readonly onResponse: OnResponse<B>,
    /** When the deadline passes, in the clock's milliseconds; undefined for none. */
    readonly deadline: number | undefined,
    readonly timeoutMillis: number
  ) {}

  /** The answer's head arrived (in the child fiber): read a small body before the attempt ends. */
  readonly read = (
    response: HttpClientResponse.HttpClientResponse
  ): Effect.Effect<HttpClientResponse.HttpClientResponse, HttpClientError.HttpClientError> => {
    // Read once: a platform may build its headers anew on every read (undici's does).
    const headers = response.headers
    if (!declaresSmallBody(headers)) return Effect.succeed(response)
    this.reading = response.status
    return buffer(response, headers)
  }

  onTimeout(): ScmError.ScmTransportError {
    return Deadline.timeoutError(
      this.request,
      this.timeoutMillis,
      this.reading === undefined ? "the answer" : `the body of the ${this.reading} answer`
    )
  }

  onExit(
    exit: Exit.Exit<HttpClientResponse.HttpClientResponse, HttpClientError.HttpClientError>
  ): Effect.Effect<B, ScmError.ScmError> {
    if (exit._tag === "Success") {
      const response = exit.value
      return this.onResponse(
        this.deadline === undefined || response instanceof BufferedResponse
          ? response
          : new Deadline.TimedResponse(response, this.deadline, this.timeoutMillis)
      )
    }
    for (const reason of exit.cause.reasons) {
      if (reason._tag === "Fail") return Effect.fail(fromHttpClientError(reason.error))
    }
    for (const reason of exit.cause.reasons) {
      if (reason._tag === "Die") return Effect.fail(fromTransportDefect(this.request, reason.defect))
    }
    return exit as Exit.Exit<never>
  }
}

/** A request effect that is already its value (`Effect.succeed` makes a successful `Exit`). */
const isReady = <A, E>(effect: Effect.Effect<A, E>): effect is Exit.Success<A, E> =>
  Exit.isExit(effect) && Exit.isSuccess(effect as Exit.Exit<A, E>)

/**
 * Provides the client together with the secret header names in `Headers.CurrentRedactedNames`:
 * a program the layer is provided to then never prints them, in its own logs either.
 *
 * @internal
 */
export const layer = <E, R>(make: Effect.Effect<Service, E, R>): Layer.Layer<ScmHttpClient, E, Exclude<R, Scope.Scope>> =>
  layerWith(Effect.map(make, (service) => ({ service, context: Context.empty() })))

/**
 * `layer`, providing the services of `context` as well (built with the client, in its scope).
 *
 * @internal
 */
export const layerWith = <X, E, R>(
  make: Effect.Effect<{ readonly service: Service; readonly context: Context.Context<X> }, E, R>
): Layer.Layer<ScmHttpClient | X, E, Exclude<R, Scope.Scope>> =>
  Layer.effectContext(
    Effect.flatMap(make, ({ context, service }) =>
      Effect.map(Headers.CurrentRedactedNames, (names) =>
        Context.make(ScmHttpClient, service).pipe(
          Context.add(Headers.CurrentRedactedNames, withSecretHeaderNames(names)),
          Context.merge(context)
        )))
  )

/**
 * Builds the ScmHttpClient service. Requests go through `postprocess`, after any `mapRequest` a
 * user adds on top, so the base URL and the credentials are applied last, to the final request.
 *
 * @internal
 */
export const make = (options: Options): Service => {
  const { authenticator, baseUrl } = options
  const transport = transportOf(options.httpClient, options.timeoutMillis)
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
    const attempt = authenticator.send(request, url, transport, checkStatus)
    return policy === undefined ? attempt : Retry.withRetry(attempt, policy, Retry.isIdempotent(request.method))
  }

  return HttpClient.makeWith(
    // A request made without `mapRequest` arrives as a success: its attempt is built at once, as
    // the platform's client builds its request when `get` is called, not in one more step each
    // time the effect runs. Nothing in the attempt is decided before it runs (each authenticator
    // reads its credentials when the attempt starts), so an effect run many times sends the same.
    (request: Effect.Effect<HttpClientRequest.HttpClientRequest>) =>
      isReady(request) ? run(request.value) : Effect.flatMap(request, run),
    Effect.succeed
  )
}
