/**
 * Mapping of HTTP outcomes to the ScmError union, shared by every strategy and by the token
 * endpoint client.
 */
import type * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Predicate from "effect/Predicate"
import * as ScmError from "../ScmError.js"
import { display } from "./url.js"

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
}

const emptyBody: ErrorBody = {}

/** @internal */
export const parseErrorBody = (text: string): ErrorBody => {
  if (text === "") return emptyBody
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    // Not JSON (an HTML page from a proxy, say): the status tells enough, and echoing
    // arbitrary text into messages is how things leak.
    return emptyBody
  }
  if (!Predicate.isRecord(json)) return emptyBody
  const body: {
    -readonly [K in keyof ErrorBody]: ErrorBody[K]
  } = {}
  if (typeof json.code === "number") body.code = json.code
  else if (typeof json.code === "string" && /^-?\d+$/.test(json.code)) body.code = Number(json.code)
  if (typeof json.description === "string") body.description = json.description
  if (json.details !== undefined) body.details = json.details
  if (Array.isArray(json.items)) body.items = json.items
  if (typeof json.error === "string") body.error = json.error
  if (typeof json.error_description === "string") body.errorDescription = json.error_description
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
  const description = body.description ?? body.errorDescription ?? body.error
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
  return new ScmError.ScmApiError({
    ...fields,
    ...retryAfter,
    ...(body.details === undefined ? {} : { details: body.details }),
    ...(body.items === undefined ? {} : { items: body.items })
  })
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

/** @internal */
export const readErrorBody = (response: HttpClientResponse.HttpClientResponse): Effect.Effect<ErrorBody> =>
  Effect.map(Effect.orElseSucceed(response.text, () => ""), parseErrorBody)

/**
 * Drains a body we will not read, so the connection goes back to the pool.
 *
 * @internal
 */
export const drain = (response: HttpClientResponse.HttpClientResponse): Effect.Effect<void> =>
  Effect.ignore(response.arrayBuffer)

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
  for (let depth = 0; depth < 8 && Predicate.isObject(current); depth++) {
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

/**
 * Classifies a low-level failure. "Connect" is the only reason that proves the request was never
 * sent, which is what makes a POST safe to retry.
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
  const inner = found.innermost
  const detail = inner instanceof Error ? inner.message : undefined
  return {
    reason,
    ...(detail === undefined || detail === "" ? {} : { detail }),
    ...(inner === undefined ? {} : { cause: inner })
  }
}

/**
 * A platform client error as a ScmTransportError. The platform error itself is not kept: it holds
 * the request, whose headers and body carry credentials.
 *
 * @internal
 */
export const fromHttpClientError = (error: HttpClientError.HttpClientError): ScmError.ScmTransportError => {
  const method = error.request.method
  const url = display(error.request.url)
  if (error._tag === "RequestError" && error.reason !== "Transport") {
    return new ScmError.ScmTransportError({
      reason: error.reason,
      method,
      url,
      ...(error.description === undefined ? {} : { detail: error.description })
    })
  }
  return new ScmError.ScmTransportError({ method, url, ...transportReason(error.cause) })
}
