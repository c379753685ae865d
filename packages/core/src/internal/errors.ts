/**
 * Mapping of HTTP outcomes to the ScmError union, shared by every strategy and by the token
 * endpoint client.
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Predicate from "effect/Predicate"
import * as ScmError from "../ScmError.js"
import { decodeText, formatBytes, maxErrorBodyBytes, textCapped } from "./body.js"
import { scrubText, scrubValue, secretsOf } from "./secrets.js"
import { display } from "./url.js"

export { drain } from "./body.js"

/**
 * What an error body may tell: SCM's `{code, description, details, items}` and RFC 6749's
 * `{error, error_description}` from the token endpoint.
 *
 * @internal
 */
export interface ErrorBody {
  readonly code?: number
  readonly description?: string
  readonly details?: unknown
  readonly items?: ReadonlyArray<unknown>
  readonly error?: string
  readonly errorDescription?: string
  /** Why the body could not be used (too large), for the description when it has none. */
  readonly problem?: string
}

const emptyBody: ErrorBody = {}

/**
 * What an error body says, with the given secrets scrubbed from every string of it: a server may
 * echo the request (its credentials included) in its error messages.
 *
 * @internal
 */
export const parseErrorBody = (text: string, secrets: ReadonlyArray<string> = []): ErrorBody => {
  if (text === "") return emptyBody
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    // Not JSON (an HTML page from a proxy, say): the status tells enough, and echoing
    // arbitrary text into messages is how things leak.
    return emptyBody
  }
  if (!Predicate.isObject(json)) return emptyBody
  const body: {
    -readonly [K in keyof ErrorBody]: ErrorBody[K]
  } = {}
  const scrub = (value: string) => secrets.length === 0 ? value : scrubText(value, secrets)
  if (typeof json.code === "number") body.code = json.code
  else if (typeof json.code === "string" && /^-?\d+$/.test(json.code)) body.code = Number(json.code)
  if (typeof json.description === "string") body.description = scrub(json.description)
  if (json.details !== undefined) body.details = scrubValue(json.details, secrets)
  if (Array.isArray(json.items)) body.items = scrubValue(json.items, secrets) as ReadonlyArray<unknown>
  if (typeof json.error === "string") body.error = scrub(json.error)
  if (typeof json.error_description === "string") body.errorDescription = scrub(json.error_description)
  return body
}

/**
 * `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110 10.2.3).
 *
 * @internal
 */
export const parseRetryAfter = (value: string | undefined, now: number): number | undefined => {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

// SCM's "not authorized" / "access denied" codes; these three have a single meaning in the table.
const accessDeniedCodes = new Set([-3, -25, -37])

/**
 * The typed error for a non-2xx response whose body has been read.
 *
 * @internal
 */
export const fromStatus = (
  response: HttpClientResponse.HttpClientResponse,
  body: ErrorBody,
  scheme: ScmError.AuthScheme,
  now: number
): ScmError.ScmError => {
  const status = response.status
  const method = response.request.method
  const url = display(response.request.url)
  const code = body.code
  const description = body.description ?? body.errorDescription ?? body.error ?? body.problem
  const fields = {
    method,
    url,
    status,
    ...(code === undefined ? {} : { code }),
    ...(description === undefined ? {} : { description })
  }
  if (status === 401) {
    return new ScmError.ScmAuthenticationError({ scheme, ...fields })
  }
  if (status === 403 || (status >= 400 && status < 500 && code !== undefined && accessDeniedCodes.has(code))) {
    return new ScmError.ScmAccessDeniedError(fields)
  }
  const retryAfterMillis = parseRetryAfter(response.headers["retry-after"], now)
  const retryAfter = retryAfterMillis === undefined ? {} : { retryAfter: Duration.millis(retryAfterMillis) }
  if (status === 429) {
    return new ScmError.ScmRateLimitError({ ...fields, ...retryAfter })
  }
  const redirect = status >= 300 && status < 400 ? redirectOrigin(response) : undefined
  return new ScmError.ScmApiError({
    ...fields,
    ...retryAfter,
    ...(redirect === undefined ? {} : { redirectOrigin: redirect }),
    ...(body.details === undefined ? {} : { details: body.details }),
    ...(body.items === undefined ? {} : { items: body.items })
  })
}

/**
 * Where a 3xx answer points: the origin only (its path and query may carry anything), or
 * "an invalid location".
 *
 * @internal
 */
export const redirectOrigin = (response: HttpClientResponse.HttpClientResponse): string | undefined => {
  const location = response.headers["location"]
  if (location === undefined) return undefined
  try {
    const origin = new URL(location, response.request.url).origin
    return origin === "null" ? "an invalid location" : origin
  } catch {
    return "an invalid location"
  }
}

/**
 * Reads what the body says (draining it, which also frees the connection) and fails with the
 * typed error.
 *
 * @internal
 */
export const failFromResponse = (
  response: HttpClientResponse.HttpClientResponse,
  scheme: ScmError.AuthScheme
): Effect.Effect<never, ScmError.ScmError> =>
  Effect.flatMap(
    readErrorBody(response),
    (body) => Effect.flatMap(Clock.currentTimeMillis, (now) => Effect.fail(fromStatus(response, body, scheme, now)))
  )

const tooLargeBody: ErrorBody = {
  problem: `the error body is larger than ${formatBytes(maxErrorBodyBytes)}, so it was not read`
}

/**
 * The error body, read up to `maxErrorBodyBytes`, with the request's secrets scrubbed. Only a
 * missed deadline fails: an unreadable body says nothing, the status still does.
 *
 * @internal
 */
export const readErrorBody = (
  response: HttpClientResponse.HttpClientResponse,
  secrets: ReadonlyArray<string> = secretsOf(response.request)
): Effect.Effect<ErrorBody, ScmError.ScmTransportError> =>
  Effect.map(textCapped(response, maxErrorBodyBytes), (capped) => {
    if (capped === undefined) return emptyBody
    if (capped._tag === "TooLarge") return tooLargeBody
    return parseErrorBody(decodeText(capped.bytes), secrets)
  })

interface Causes {
  readonly codes: ReadonlyArray<string>
  readonly syscall: string | undefined
  readonly innermost: unknown
}

// undici throws its own errors, fetch wraps them in TypeError("fetch failed", { cause }): walk the chain.
const causes = (cause: unknown): Causes => {
  const codes: Array<string> = []
  let syscall: string | undefined
  let innermost: unknown = cause
  let current: unknown = cause
  for (let depth = 0; depth < 8 && Predicate.isObjectKeyword(current); depth++) {
    innermost = current
    if (Predicate.hasProperty(current, "code") && typeof current.code === "string") codes.push(current.code)
    if (Predicate.hasProperty(current, "syscall") && typeof current.syscall === "string") syscall ??= current.syscall
    current = Predicate.hasProperty(current, "cause") ? current.cause : undefined
  }
  return { codes, syscall, innermost }
}

const connectCodes = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT"
])
const tlsCode =
  /^(ERR_TLS_|ERR_SSL_|ERR_OSSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|INVALID_CA$|INVALID_PURPOSE$|HOSTNAME_MISMATCH$|PATH_LENGTH_EXCEEDED$)/
const timeoutCodes = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "ETIMEDOUT"])
// A request the transport refused to send: retrying it cannot help.
const encodeCodes = new Set([
  "UND_ERR_INVALID_ARG",
  "UND_ERR_NOT_SUPPORTED",
  "ERR_INVALID_CHAR",
  "ERR_HTTP_INVALID_HEADER_VALUE",
  "ERR_INVALID_HTTP_TOKEN",
  "ERR_UNESCAPED_CHARACTERS",
  "ERR_INVALID_ARG_VALUE",
  "ERR_INVALID_ARG_TYPE"
])
// Errors whose messages are about the network ("connect ECONNREFUSED 127.0.0.1:443", "other side
// closed", a certificate problem), never about the request: only theirs are quoted. Others, such
// as a header validation error ('Invalid value "..." for header'), may quote a header, and with
// it a password or a token.
const quotableCode = (code: string) =>
  /^E[A-Z0-9]+$/.test(code) || tlsCode.test(code) || timeoutCodes.has(code) || connectCodes.has(code) ||
  code === "UND_ERR_SOCKET" || code === "UND_ERR_CLOSED" || code === "UND_ERR_ABORTED" ||
  code === "UND_ERR_RES_CONTENT_LENGTH_MISMATCH" || code === "UND_ERR_HEADERS_OVERFLOW" ||
  code === "ECONNRESET" || code === "HPE_INVALID_CONSTANT"

const nameOf = (error: unknown): string =>
  error instanceof Error ? error.name : Predicate.isObject(error) ? "error" : typeof error

/**
 * Classifies a low-level failure. "Connect" is the only reason that proves the request was never
 * sent, which is what makes a POST safe to retry. The detail and the kept cause are the innermost
 * error's only when it is a network error (see `quotableCode`); otherwise the detail names the
 * kind of error and its code.
 *
 * @internal
 */
export const transportReason = (cause: unknown): {
  readonly reason: ScmError.TransportReason
  readonly detail?: string
  readonly cause?: unknown
} => {
  const found = causes(cause)
  let reason: ScmError.TransportReason = "Transport"
  if (found.codes.some((code) => tlsCode.test(code))) reason = "Tls"
  else if (
    found.codes.some((code) => connectCodes.has(code)) || found.syscall === "connect" ||
    found.syscall === "getaddrinfo"
  ) reason = "Connect"
  else if (found.codes.some((code) => timeoutCodes.has(code))) reason = "Timeout"
  else if (
    found.codes.some((code) => encodeCodes.has(code)) ||
    // fetch rejects a request it will not send (a header it cannot carry ...) with a bare
    // TypeError; every network failure it reports carries a code.
    (found.codes.length === 0 && found.innermost instanceof TypeError)
  ) reason = "Encode"
  const inner = found.innermost
  const innerCode = Predicate.hasProperty(inner, "code") && typeof inner.code === "string" ? inner.code : undefined
  if (innerCode !== undefined && quotableCode(innerCode)) {
    const detail = inner instanceof Error ? inner.message : undefined
    return {
      reason,
      ...(detail === undefined || detail === "" ? {} : { detail }),
      cause: inner
    }
  }
  if (inner === undefined) return { reason }
  return { reason, detail: innerCode === undefined ? nameOf(inner) : `${nameOf(inner)} ${innerCode}` }
}

/**
 * A platform client error as a ScmTransportError. The platform error itself is not kept: it holds
 * the request, whose headers and body carry credentials.
 *
 * @internal
 */
export const fromHttpClientError = (error: HttpClientError.HttpClientError): ScmError.ScmTransportError => {
  const reason = error.reason
  const method = reason.request.method
  const url = display(reason.request.url)
  if (reason._tag === "InvalidUrlError" || reason._tag === "EncodeError") {
    return new ScmError.ScmTransportError({
      reason: reason._tag === "InvalidUrlError" ? "InvalidUrl" : "Encode",
      method,
      url,
      ...(reason.description === undefined ? {} : { detail: scrubText(reason.description, secretsOf(reason.request)) })
    })
  }
  if (reason.cause instanceof ScmError.ScmTransportError) return reason.cause
  return new ScmError.ScmTransportError({ method, url, ...transportReason(reason.cause) })
}

/**
 * A transport that threw instead of failing (node:http throws a TypeError for a header value it
 * will not send): the request was not sent, and the thrown message is not quoted.
 *
 * @internal
 */
export const fromTransportDefect = (
  request: HttpClientRequest.HttpClientRequest,
  defect: unknown
): ScmError.ScmTransportError => {
  const found = transportReason(defect)
  return new ScmError.ScmTransportError({
    reason: "Encode",
    method: request.method,
    url: display(request.url),
    detail: `the transport refused the request${found.detail === undefined ? "" : ` (${found.detail})`}`
  })
}
