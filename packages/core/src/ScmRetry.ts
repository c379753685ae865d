/**
 * The retry policy shared by every strategy: which failures are retried, how long to wait, and
 * how to replace or switch off the default.
 *
 * | failure | GET, PUT, DELETE, ... | POST, PATCH |
 * | --- | --- | --- |
 * | connection never made (`reason: "Connect"`) | retried | retried |
 * | 429, 503 | retried | retried |
 * | 408, 500, 502, 504, connection lost, timeout | retried | not retried |
 * | anything else (4xx, TLS, ...) | not retried | not retried |
 *
 * `Retry-After` (seconds or an HTTP date) sets the minimum delay; one longer than
 * `maxRetryAfter` fails at once with `ScmRateLimitError`.
 *
 * @since 0.1.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as Duration from "effect/Duration"
import type * as Schedule from "effect/Schedule"
import * as internal from "./internal/retry.js"
import type * as ScmError from "./ScmError.js"

/**
 * Tuning of the default policy; `schedule` replaces its backoff while keeping the
 * `Retry-After` and method rules.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Retries after the first attempt (default 4). */
  readonly retries?: number | undefined
  /** First backoff delay (default 200 ms). */
  readonly baseDelay?: Duration.Input | undefined
  /** Backoff growth (default 2). */
  readonly factor?: number | undefined
  /** Cap of one backoff delay before jitter (default 10 s). */
  readonly maxDelay?: Duration.Input | undefined
  /** No retry starts later than this after the first failure (default 30 s). */
  readonly budget?: Duration.Input | undefined
  /** A longer `Retry-After` fails at once with `ScmRateLimitError` (default 60 s). */
  readonly maxRetryAfter?: Duration.Input | undefined
  /** Your own backoff; the budget then does not apply. */
  readonly schedule?: Schedule.Schedule<unknown, ScmError.ScmError> | undefined
}

/**
 * What a strategy's `retry` option accepts: tuning, a whole `Schedule`, or `false` for none.
 *
 * @since 0.1.0
 * @category models
 */
export type Retry = false | Options | Schedule.Schedule<unknown, ScmError.ScmError>

/**
 * The default settings: 4 retries, 200 ms base, factor 2, 10 s cap, 30 s budget, 60 s maxRetryAfter.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaults: {
  readonly retries: number
  readonly baseDelay: Duration.Duration
  readonly factor: number
  readonly maxDelay: Duration.Duration
  readonly budget: Duration.Duration
  readonly maxRetryAfter: Duration.Duration
} = internal.defaults

/**
 * Exponential backoff with full jitter, capped and bounded, as the default policy uses it.
 *
 * @since 0.1.0
 * @category schedules
 */
export const backoff: (options?: Options) => Schedule.Schedule<unknown> = internal.backoff

/**
 * Whether a failure of a request with this method would be retried (see the table above).
 *
 * @since 0.1.0
 * @category predicates
 */
export const isTransient = (error: ScmError.ScmError, method: string): boolean =>
  internal.isTransient(error, internal.isIdempotent(method))

/**
 * Whether a request with this method may be resent after the server may have acted on it.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isIdempotent: (method: string) => boolean = internal.isIdempotent
