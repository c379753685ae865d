/**
 * What answers an API request before the mock does, on a server started with `replay` or `proxy`:
 * a recorded exchange that matches the request, else the upstream SCM (the exchange written to the
 * recording folder, secrets out, when there is one), else the mock as always. The proxy checks no
 * credential: the caller's own go upstream as they came, and the upstream judges them.
 */
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import { type Clock, Effect, Redacted, Result } from "effect"
import { Cookies, type HttpServerRequest, HttpServerResponse } from "effect/http"
import { TLSSocket } from "node:tls"
import { readBytes } from "../http/body.js"
import { isLoopback } from "../http/listeners.js"
import { pathOf } from "../http/query.js"
import { headerOf, rawHeaders } from "../http/requestHeaders.js"
import { badRequest, ErrorCode, payloadTooLarge, scmError } from "../http/scmErrors.js"
import { bodyBytes, bodyRecord, type Exchange, formatName, type HeaderRecord, type QueryRecord } from "./exchange.js"
import { makeRecorder, RecordingError } from "./recorder.js"
import { redacted } from "./redaction.js"
import { loadReplay } from "./replay.js"
import { endToEndHeaders, send, type UpstreamAnswer } from "./upstream.js"

/**
 * Proxying to a real SCM, recording what it answers, and replaying a recording.
 *
 * @since 1.1.0
 * @category models
 */
export interface RecordingOptions {
  /**
   * Forward every API request (`/api/...` and the token endpoint) to this SCM, e.g.
   * `https://cert-manager.com`, with the caller's own credentials, and answer with its answer.
   * https, or plain http to a loopback address. Certificate login (`/private/api`) cannot pass:
   * TLS ends at the mock, which does not hold the caller's key; it is refused with a 401.
   *
   * @since 1.1.0
   */
  readonly proxy?: string
  /**
   * Where the proxy forwards OAuth2 token requests: default Sectigo's,
   * `https://auth.sso.sectigo.com/auth/realms/apiclients/protocol/openid-connect/token`.
   *
   * @since 1.1.0
   */
  readonly proxyTokenUrl?: string
  /**
   * Seconds the proxy waits for the upstream's whole answer, default 60 (1 to 3600); then it
   * answers 504.
   *
   * @since 1.1.0
   */
  readonly proxyTimeoutSeconds?: number
  /**
   * A folder (made if missing) the proxy writes each exchange to, one JSON file each, every secret
   * replaced by `REDACTED` first. Needs `proxy`.
   *
   * @since 1.1.0
   */
  readonly record?: string
  /**
   * A folder of recorded exchanges: a request that matches one (method, path, query, body) gets its
   * answer, before the proxy and the mock are asked.
   *
   * @since 1.1.0
   */
  readonly replay?: string
}

/** Sectigo's token endpoint, where the proxy sends token requests unless told otherwise. */
export const vendorTokenUrl = "https://auth.sso.sectigo.com/auth/realms/apiclients/protocol/openid-connect/token"

/** Seconds the proxy waits for an answer unless told otherwise. */
export const defaultProxyTimeoutSeconds = 60

const maxProxyTimeoutSeconds = 3600

type Answer = HttpServerResponse.HttpServerResponse

/** How the server answers a request (the normalised target `url`) when nothing comes before it. */
export type Route = (request: HttpServerRequest.HttpServerRequest, method: string, url: string) => Effect.Effect<Answer>

/** What the front needs from the server. */
export interface FrontDeps {
  /** The token endpoint's path: token requests go to the upstream's token URL. */
  readonly tokenPath: string
  /** Issues one of the server's own tokens: a replayed token answer carries one, so that later requests the mock answers pass. */
  readonly issueToken: Effect.Effect<{ readonly accessToken: Redacted.Redacted<string>; readonly expiresIn: number }>
  /** The server's own base URLs, for a `Location` that named the upstream. */
  readonly origins: { readonly http: string; readonly https: string }
  readonly clock: Clock.Clock
}

/** The replay and the proxy in front of the mock's routes. */
export interface RecordingFront {
  /** The route with the replay and the proxy in front of it. */
  readonly route: (next: Route) => Route
  /** What gave an answer the route returned. */
  readonly sourceOf: (answer: Answer) => "replay" | "proxy" | "mock"
  /** Every recorded exchange unserved again (the server's reset). */
  readonly reset: Effect.Effect<void>
}

const invalid = (message: string) => new RecordingError({ message: `Invalid options: ${message}` })

/** An upstream URL: https, or http to loopback; no credentials in it, no query or fragment. */
const upstreamUrl = (name: string, value: string): Result.Result<URL, RecordingError> => {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return Result.fail(invalid(`${name} must be an absolute URL such as https://cert-manager.com, got "${value}"`))
  }
  // Not echoed: the value holds a password.
  if (url.username !== "" || url.password !== "") {
    return Result.fail(invalid(`${name} must not hold credentials: the callers' own go upstream with each request`))
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
    return Result.fail(invalid(`${name} must be an https URL (plain http only to loopback: localhost, 127.0.0.0/8, [::1]), got "${value}"`))
  }
  if (url.search !== "" || url.hash !== "") return Result.fail(invalid(`${name} must have no query or fragment, got "${value}"`))
  return Result.succeed(url)
}

/** The options checked: the proxy's URLs and timeout, and what needs what. */
const checkOptions = (options: RecordingOptions) =>
  Effect.gen(function*() {
    const needsProxy = (["proxyTokenUrl", "proxyTimeoutSeconds", "record"] as const).find((name) => options[name] !== undefined)
    if (options.proxy === undefined) {
      if (needsProxy === "record") return yield* Effect.fail(invalid("record needs proxy: a recording holds the answers of the SCM the proxy forwards to"))
      if (needsProxy !== undefined) return yield* Effect.fail(invalid(`${needsProxy} needs proxy`))
      return undefined
    }
    const timeout = options.proxyTimeoutSeconds ?? defaultProxyTimeoutSeconds
    if (!Number.isInteger(timeout) || timeout < 1 || timeout > maxProxyTimeoutSeconds) {
      return yield* Effect.fail(invalid(`proxyTimeoutSeconds must be an integer from 1 to ${maxProxyTimeoutSeconds}`))
    }
    return {
      base: yield* Effect.fromResult(upstreamUrl("proxy", options.proxy)),
      tokenUrl: yield* Effect.fromResult(upstreamUrl("proxyTokenUrl", options.proxyTokenUrl ?? vendorTokenUrl)),
      timeoutMs: timeout * 1000
    }
  })

/** What certificate login gets from a proxy: it cannot present the caller's key upstream. */
const privateRefusal = scmError(
  401,
  ErrorCode.unknownUser,
  "Certificate login cannot go through the mock's proxy: TLS ends at the mock, which does not hold your private key to present upstream. " +
    "Call the SCM directly for /private/api, or use password or OAuth2 login through the proxy."
)

/** A `location` naming the upstream names the server instead, so that the caller's next request comes through it too. */
const rebased = (location: string, upstreamOrigin: string | undefined, ownOrigin: string): string => {
  if (upstreamOrigin === undefined) return location
  try {
    const url = new URL(location)
    return url.origin === upstreamOrigin ? `${ownOrigin}${url.pathname}${url.search}${url.hash}` : location
  } catch {
    return location
  }
}

/** The server's own base URL on the listener the request came in on. */
const ownOriginOf = (deps: FrontDeps, request: HttpServerRequest.HttpServerRequest): string =>
  NodeHttpServerRequest.toIncomingMessage(request).socket instanceof TLSSocket ? deps.origins.https : deps.origins.http

/** An answer: the status, the headers (`set-cookie` as cookies, so that several stay several), the body. */
const answerOf = (
  status: number,
  headers: Readonly<Record<string, string | ReadonlyArray<string>>>,
  body: Uint8Array | undefined
): Answer => {
  const { "set-cookie": setCookie, ...rest } = headers
  const options = { status, headers: rest, ...(setCookie === undefined ? {} : { cookies: Cookies.fromSetCookie(setCookie) }) }
  return body === undefined || body.length === 0 ? HttpServerResponse.empty(options) : HttpServerResponse.uint8Array(body, options)
}

/** Query parameters by name, a repeated one as a list. */
const queryRecord = (query: URLSearchParams): QueryRecord => {
  const out: Record<string, string | Array<string>> = {}
  for (const [name, value] of query) {
    const before = out[name]
    out[name] = before === undefined ? value : [...(typeof before === "string" ? [before] : before), value]
  }
  return out
}

/** Headers with one string each (node gives `set-cookie` as a list). */
const flatHeaders = (headers: Readonly<Record<string, string | ReadonlyArray<string> | undefined>>): HeaderRecord =>
  Object.fromEntries(Object.entries(headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, typeof value === "string" ? value : value.join(", ")]])))

/** The query of a target, without the `?`. */
const queryOf = (url: string, path: string): URLSearchParams => new URLSearchParams(url.slice(path.length + 1))

/** Starts the replay and the proxy the options ask for; `undefined` when they ask for neither. */
export const makeRecordingFront = (options: RecordingOptions, deps: FrontDeps): Effect.Effect<RecordingFront | undefined, RecordingError> =>
  Effect.gen(function*() {
    const proxy = yield* checkOptions(options)
    // The recording folder is made first: replaying the folder being recorded into starts from
    // what earlier runs recorded there, none the first time.
    const recorder = options.record === undefined ? undefined : yield* makeRecorder(options.record)
    const replay = options.replay === undefined ? undefined : yield* loadReplay(options.replay)
    if (proxy === undefined && replay === undefined) return undefined
    const { clock } = deps
    const sources = new WeakMap<Answer, "replay" | "proxy">()
    const tagged = (source: "replay" | "proxy") => (answer: Answer): Answer => {
      sources.set(answer, source)
      return answer
    }
    const fromReplay = tagged("replay")
    const fromProxy = tagged("proxy")

    /** Where a request goes upstream: the token endpoint to the token URL, the API under the proxy's URL, the rest nowhere. */
    const upstreamOf = (path: string, url: string): URL | undefined => {
      if (proxy === undefined) return undefined
      if (path === deps.tokenPath) return new URL(`${proxy.tokenUrl.href}${url.slice(path.length)}`)
      if (!path.startsWith("/api/") && !path.startsWith("/private/api/")) return undefined
      return new URL(`${proxy.base.origin}${proxy.base.pathname.replace(/\/+$/, "")}${url}`)
    }

    const forward = (request: HttpServerRequest.HttpServerRequest, method: string, url: string, path: string, target: URL, timeoutMs: number) =>
      Effect.gen(function*() {
        if (path.startsWith("/private/api/")) return fromProxy(privateRefusal)
        const read = yield* Effect.result(readBytes(request))
        if (Result.isFailure(read)) return read.failure._tag === "BodyTooLarge" ? payloadTooLarge : badRequest("The request body could not be read")
        const headers = rawHeaders(request)
        const sentAt = clock.currentTimeMillisUnsafe()
        const start = clock.monotonicTimeNanosUnsafe()
        const result = yield* Effect.result(send({ url: target, method, headers: endToEndHeaders(headers), body: read.success }, timeoutMs))
        if (Result.isFailure(result)) {
          const { timedOut, message } = result.failure
          return fromProxy(scmError(timedOut ? 504 : 502, ErrorCode.generic, `The upstream SCM ${target.origin} gave no answer through the mock's proxy: ${message}`))
        }
        const answer: UpstreamAnswer = result.success
        if (recorder !== undefined) {
          yield* recorder.write({
            format: formatName,
            recordedAt: new Date(sentAt).toISOString(),
            upstream: target.origin,
            durationMs: Math.round(Number(clock.monotonicTimeNanosUnsafe() - start) / 1000) / 1000,
            request: {
              method,
              path,
              query: queryRecord(queryOf(url, path)),
              headers: flatHeaders(headers),
              ...bodyRecord(read.success, headerOf(headers, "content-type"))
            },
            response: {
              status: answer.status,
              headers: flatHeaders(answer.headers),
              ...bodyRecord(answer.body, answer.headers["content-type"])
            }
          })
        }
        const returned = endToEndHeaders(answer.headers)
        const location = returned["location"]
        const headersBack = typeof location === "string"
          ? { ...returned, location: rebased(location, target.origin, ownOriginOf(deps, request)) }
          : returned
        return fromProxy(answerOf(answer.status, headersBack, answer.body))
      })

    /** After the replay: the proxy for what goes upstream, the mock for the rest. */
    const onward = (next: Route, request: HttpServerRequest.HttpServerRequest, method: string, url: string, path: string) => {
      const target = upstreamOf(path, url)
      return target === undefined || proxy === undefined ? next(request, method, url) : forward(request, method, url, path, target, proxy.timeoutMs)
    }

    /** A recorded answer: redacted headers left out, a `location` on the upstream moved to this server, a token answer with a token of this server. */
    const replayed = (exchange: Exchange, request: HttpServerRequest.HttpServerRequest): Effect.Effect<Answer> => {
      const { response } = exchange
      const headers = Object.fromEntries(Object.entries(response.headers).flatMap(([name, value]) =>
        value === redacted
          ? []
          : [[name, name === "location" ? rebased(value, exchange.upstream === undefined ? undefined : new URL(exchange.upstream).origin, ownOriginOf(deps, request)) : value]]
      ))
      const json: unknown = "json" in response ? response.json : undefined
      const tokenAnswer = typeof json === "object" && json !== null && (json as Record<string, unknown>)["access_token"] === redacted
      if (!tokenAnswer) return Effect.succeed(answerOf(response.status, headers, bodyBytes(response)))
      return Effect.map(deps.issueToken, (token) =>
        answerOf(response.status, headers, bodyBytes({ json: { ...json, access_token: Redacted.value(token.accessToken), expires_in: token.expiresIn } })))
    }

    const route = (next: Route): Route => (request, method, url) => {
      const path = pathOf(url)
      const candidates = replay?.candidates(method, path)
      if (replay === undefined || candidates === undefined) return onward(next, request, method, url, path)
      // A body that cannot be read is left for the proxy or the mock to refuse: they meet the same failure.
      return Effect.flatMap(Effect.result(readBytes(request)), (read) => {
        const contentType = headerOf(rawHeaders(request), "content-type")
        const exchange = Result.isFailure(read) ? undefined : replay.take(candidates, queryOf(url, path), bodyRecord(read.success, contentType), contentType)
        return exchange === undefined ? onward(next, request, method, url, path) : Effect.map(replayed(exchange, request), fromReplay)
      })
    }

    return {
      route,
      sourceOf: (answer) => sources.get(answer) ?? "mock",
      reset: replay === undefined ? Effect.void : replay.reset
    }
  })
