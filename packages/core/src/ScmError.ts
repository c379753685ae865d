/**
 * The typed errors of an SCM client: a small closed union, handled with `Effect.catchTag`.
 *
 * No error carries a request, a header or a body of a request: messages, `toString()` and
 * `toJSON()` are safe to log, they never contain a secret or a token.
 *
 * @since 0.1.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import * as Duration from "effect/Duration"
import * as Schema from "effect/Schema"

const describeStatus = (status: number | undefined, code: number | undefined, description: string | undefined) => {
  const parts: Array<string> = []
  if (status !== undefined) parts.push(String(status))
  if (code !== undefined) parts.push(`code ${code}`)
  const head = parts.join(", ")
  return description === undefined || description === "" ? head : head === "" ? description : `${head}: ${description}`
}

// What every error about an HTTP answer carries: the request (credentials stripped from the URL)
// and what SCM said.
const answerFields = {
  method: Schema.String,
  url: Schema.String,
  status: Schema.Number,
  code: Schema.optional(Schema.Number),
  description: Schema.optional(Schema.String)
}

const AuthScheme = Schema.Literals(["oauth2", "password", "certificate"])

/**
 * How a request was authenticated.
 *
 * @since 0.1.0
 * @category models
 */
export type AuthScheme = typeof AuthScheme.Type

/**
 * The token endpoint refused to issue a token or could not be reached.
 *
 * @since 0.1.0
 * @category errors
 */
export class ScmTokenError extends Schema.TaggedError<ScmTokenError>("@scm-effect/core/ScmTokenError")(
  "ScmTokenError",
  {
    tokenUrl: Schema.String,
    status: Schema.optional(Schema.Number),
    error: Schema.optional(Schema.String),
    errorDescription: Schema.optional(Schema.String),
    cause: Schema.optional(Schema.Defect())
  }
) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    const what = describeStatus(
      this.status,
      undefined,
      this.error === undefined
        ? this.errorDescription
        : this.errorDescription === undefined
        ? this.error
        : `${this.error} (${this.errorDescription})`
    )
    if (this.status === undefined) {
      const reason = what !== "" ? what : this.cause instanceof Error ? this.cause.message : "unreachable"
      return `Could not obtain an access token from ${this.tokenUrl}: ${reason}`
    }
    return `The token endpoint ${this.tokenUrl} refused to issue an access token: ${what}`
  }
}

/**
 * The API answered 401 and neither a fresh token nor the configured credentials cured it.
 *
 * @since 0.1.0
 * @category errors
 */
export class ScmAuthenticationError
  extends Schema.TaggedError<ScmAuthenticationError>("@scm-effect/core/ScmAuthenticationError")(
    "ScmAuthenticationError",
    { scheme: AuthScheme, ...answerFields }
  )
{
  /**
   * @since 0.1.0
   */
  override get message(): string {
    return `SCM did not accept the ${this.scheme} credentials for ${this.method} ${this.url} (${
      describeStatus(this.status, this.code, this.description)
    })`
  }
}

/**
 * The credentials are valid but not allowed to do this (403, or SCM's not-authorized codes).
 *
 * @since 0.1.0
 * @category errors
 */
export class ScmAccessDeniedError
  extends Schema.TaggedError<ScmAccessDeniedError>("@scm-effect/core/ScmAccessDeniedError")(
    "ScmAccessDeniedError",
    answerFields
  )
{
  /**
   * @since 0.1.0
   */
  override get message(): string {
    return `SCM denied access to ${this.method} ${this.url} (${
      describeStatus(this.status, this.code, this.description)
    })`
  }
}

/**
 * Any other non-2xx answer, with SCM's error `code`, `description`, `details` and `items`.
 *
 * @since 0.1.0
 * @category errors
 */
export class ScmApiError extends Schema.TaggedError<ScmApiError>("@scm-effect/core/ScmApiError")("ScmApiError", {
  ...answerFields,
  details: Schema.optional(Schema.Unknown),
  items: Schema.optional(Schema.Array(Schema.Unknown)),
  retryAfter: Schema.optional(Schema.Duration),
  /** For a 3xx: the origin its `Location` points to (never its path or query). No redirect is followed. */
  redirectOrigin: Schema.optional(Schema.String)
}) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    const answered = `SCM answered ${describeStatus(this.status, this.code, this.description)} to ${this.method} ${this.url}`
    return this.redirectOrigin === undefined
      ? answered
      : `${answered}: a redirect to ${this.redirectOrigin}, not followed (credentials go to the configured base URL only)`
  }
}

/**
 * The server still asked to slow down after the retries, or asked to wait longer than allowed.
 *
 * @since 0.1.0
 * @category errors
 */
export class ScmRateLimitError extends Schema.TaggedError<ScmRateLimitError>("@scm-effect/core/ScmRateLimitError")(
  "ScmRateLimitError",
  { ...answerFields, retryAfter: Schema.optional(Schema.Duration) }
) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    const wait = this.retryAfter === undefined
      ? ""
      : `, retry after ${Math.ceil(Duration.toMillis(this.retryAfter) / 1000)} s`
    return `SCM is rate limiting ${this.method} ${this.url} (${
      describeStatus(this.status, this.code, this.description)
    }${wait})`
  }
}

const TransportReason = Schema.Literals(["Connect", "Tls", "Timeout", "Transport", "InvalidUrl", "Encode"])

/**
 * Why a request never got an HTTP answer: `Connect` means it was not sent at all.
 *
 * @since 0.1.0
 * @category models
 */
export type TransportReason = typeof TransportReason.Type

/**
 * The request never got a (complete) HTTP answer: connection, TLS, timeout (headers or body), a
 * URL the client refuses, or a request the transport refuses to send (`Encode`).
 *
 * @since 0.1.0
 * @category errors
 */
export class ScmTransportError extends Schema.TaggedError<ScmTransportError>("@scm-effect/core/ScmTransportError")(
  "ScmTransportError",
  {
    reason: TransportReason,
    method: Schema.String,
    url: Schema.String,
    detail: Schema.optional(Schema.String),
    cause: Schema.optional(Schema.Defect())
  }
) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    // method is "" for a failure while setting up the transport (invalid TLS material).
    const target = this.method === "" ? this.url : `${this.method} ${this.url}`
    return `${reasonText[this.reason]} for ${target}${this.detail === undefined ? "" : `: ${this.detail}`}`
  }
}

const reasonText: Record<TransportReason, string> = {
  Connect: "Could not connect",
  Tls: "TLS failure",
  Timeout: "Timed out",
  Transport: "Connection failed",
  InvalidUrl: "Invalid URL",
  Encode: "Could not encode the request"
}

/**
 * A response body that is not what its schema says.
 *
 * @since 0.1.0
 * @category errors
 */
export class ScmDecodeError extends Schema.TaggedError<ScmDecodeError>("@scm-effect/core/ScmDecodeError")(
  "ScmDecodeError",
  {
    method: Schema.String,
    url: Schema.String,
    status: Schema.Number,
    description: Schema.String,
    cause: Schema.optional(Schema.Defect())
  }
) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    return `Unexpected response body from ${this.method} ${this.url} (${this.status}): ${this.description}`
  }
}

/**
 * Every error an SCM client can fail with.
 *
 * @since 0.1.0
 * @category errors
 */
export type ScmError =
  | ScmTokenError
  | ScmAuthenticationError
  | ScmAccessDeniedError
  | ScmApiError
  | ScmRateLimitError
  | ScmTransportError
  | ScmDecodeError

/**
 * Schema of the union, e.g. to send an error across a worker boundary.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ScmError: Schema.Union<readonly [
  typeof ScmTokenError,
  typeof ScmAuthenticationError,
  typeof ScmAccessDeniedError,
  typeof ScmApiError,
  typeof ScmRateLimitError,
  typeof ScmTransportError,
  typeof ScmDecodeError
]> = Schema.Union([
  ScmTokenError,
  ScmAuthenticationError,
  ScmAccessDeniedError,
  ScmApiError,
  ScmRateLimitError,
  ScmTransportError,
  ScmDecodeError
])

/**
 * Is this value one of the SCM errors?
 *
 * @since 0.1.0
 * @category guards
 */
export const isScmError: (u: unknown) => u is ScmError = Schema.is(ScmError)
