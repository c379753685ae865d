/**
 * The retry loop shared by every strategy and by the token endpoint client.
 *
 * Hand-written rather than `Effect.retry(schedule)` because the delay is the larger of what the
 * schedule says and what the server asked for in `Retry-After`, a too-long `Retry-After` must stop
 * the loop with a typed error, and the budget caps the sleeping, not just the elapsed time.
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Pull from "effect/Pull"
import * as Random from "effect/Random"
import * as Result from "effect/Result"
import * as Schedule from "effect/Schedule"
import * as ScmError from "../ScmError.js"
import type { Options, Retry } from "../ScmRetry.js"

/** @internal */
export const defaults = {
  retries: 4,
  baseDelay: Duration.millis(200),
  factor: 2,
  maxDelay: Duration.seconds(10),
  budget: Duration.seconds(30),
  maxRetryAfter: Duration.seconds(60)
} as const

/**
 * Exponential backoff with full jitter (AWS "full jitter"): each delay is uniform in
 * [0, min(maxDelay, baseDelay * factor^n)], at most `retries` times. Randomness comes from the
 * `Random` service, so tests can fix it.
 *
 * @internal
 */
export const backoff = (options?: Options): Schedule.Schedule<unknown> => {
  const maxDelayMillis = Duration.toMillis(options?.maxDelay ?? defaults.maxDelay)
  return Schedule.exponential(options?.baseDelay ?? defaults.baseDelay, options?.factor ?? defaults.factor).pipe(
    Schedule.modifyDelay(({ duration }) =>
      Effect.map(Random.next, (random) => Duration.millis(Math.min(Duration.toMillis(duration), maxDelayMillis) * random))
    ),
    Schedule.upTo({ times: options?.retries ?? defaults.retries })
  )
}

/** @internal */
export interface Policy {
  readonly schedule: Schedule.Schedule<unknown, ScmError.ScmError>
  readonly maxRetryAfterMillis: number
  readonly budgetMillis: number | undefined
}

/**
 * `undefined` means "do not retry": the request path then has no retry frame at all.
 *
 * @internal
 */
export const policy = (retry: Retry | undefined): Policy | undefined => {
  if (retry === false) return undefined
  if (retry !== undefined && Schedule.isSchedule(retry)) {
    return {
      schedule: retry,
      maxRetryAfterMillis: Duration.toMillis(defaults.maxRetryAfter),
      budgetMillis: undefined
    }
  }
  return {
    schedule: retry?.schedule ?? backoff(retry),
    maxRetryAfterMillis: Duration.toMillis(retry?.maxRetryAfter ?? defaults.maxRetryAfter),
    // A user schedule decides for itself how long to keep going.
    budgetMillis: retry?.schedule === undefined ? Duration.toMillis(retry?.budget ?? defaults.budget) : undefined
  }
}

/**
 * Whether the method may be resent after the server may have acted on it.
 *
 * @internal
 */
export const isIdempotent = (method: string): boolean => method !== "POST" && method !== "PATCH"

/**
 * Is this failure worth another attempt? POST and PATCH are resent only when the server cannot
 * have acted: 429, 503, or a connection that was never made (a certificate must never be
 * enrolled twice).
 *
 * @internal
 */
export const isTransient = (error: ScmError.ScmError, idempotent: boolean): boolean => {
  switch (error._tag) {
    case "ScmTransportError":
      return error.reason === "Connect" || (idempotent && (error.reason === "Transport" || error.reason === "Timeout"))
    case "ScmRateLimitError":
      return true
    case "ScmApiError":
      return error.status === 503 ||
        (idempotent && (error.status === 408 || error.status === 500 || error.status === 502 || error.status === 504))
    default:
      return false
  }
}

/** @internal */
export const retryAfterOf = (error: ScmError.ScmError): Duration.Duration | undefined =>
  error._tag === "ScmApiError" || error._tag === "ScmRateLimitError" ? error.retryAfter : undefined

const rateLimited = (error: ScmError.ScmApiError | ScmError.ScmRateLimitError): ScmError.ScmRateLimitError =>
  error._tag === "ScmRateLimitError" ? error : new ScmError.ScmRateLimitError({
    method: error.method,
    url: error.url,
    status: error.status,
    ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter }),
    ...(error.code === undefined ? {} : { code: error.code }),
    ...(error.description === undefined ? {} : { description: error.description })
  })

const describe = (error: ScmError.ScmError): Record<string, string | number> => {
  switch (error._tag) {
    case "ScmTransportError":
      return { "scm.method": error.method, "scm.url": error.url, "scm.failure": error.reason }
    case "ScmApiError":
    case "ScmRateLimitError":
      return { "scm.method": error.method, "scm.url": error.url, "scm.status": error.status }
    default:
      return { "scm.failure": error._tag }
  }
}

/**
 * Runs `effect`; on a transient failure runs it again on the policy. Only the failure path pays
 * for the loop: a success costs one frame and one closure. (`Effect.catch` itself wraps its
 * handler in two more closures per call; here that happens only once an attempt failed.)
 *
 * @internal
 */
export const withRetry = <A, R>(
  effect: Effect.Effect<A, ScmError.ScmError, R>,
  policy: Policy,
  idempotent: boolean
): Effect.Effect<A, ScmError.ScmError, R> =>
  Effect.catchCause(effect, (cause) =>
    Effect.catch(Effect.failCause(cause), (first) =>
      isTransient(first, idempotent)
        ? retryLoop(effect, first, policy, idempotent)
        : Effect.fail(first)))

const retryLoop = <A, R>(
  effect: Effect.Effect<A, ScmError.ScmError, R>,
  first: ScmError.ScmError,
  policy: Policy,
  idempotent: boolean
): Effect.Effect<A, ScmError.ScmError, R> =>
  Effect.gen(function*() {
    const clock = yield* Clock.Clock
    // One stepper per loop: it holds the schedule's state (attempt count, previous delay).
    const step = yield* Schedule.toStep(policy.schedule)
    const start = clock.currentTimeMillisUnsafe()
    let error = first
    for (let retry = 1;; retry++) {
      if (!isTransient(error, idempotent)) return yield* Effect.fail(error)
      const retryAfter = retryAfterOf(error)
      const retryAfterMillis = retryAfter === undefined ? 0 : Duration.toMillis(retryAfter)
      if (retryAfterMillis > policy.maxRetryAfterMillis && (error._tag === "ScmApiError" || error._tag === "ScmRateLimitError")) {
        yield* Effect.logDebug("SCM asked to wait longer than maxRetryAfter: not retrying").pipe(
          Effect.annotateLogs({ ...describe(error), "scm.retry_after_ms": retryAfterMillis })
        )
        return yield* Effect.fail(rateLimited(error))
      }
      const now = clock.currentTimeMillisUnsafe()
      const scheduled = yield* Pull.matchEffect(step(now, error), {
        onSuccess: ([, delay]) => Effect.succeed(Duration.toMillis(delay)),
        onDone: () => Effect.succeed(undefined),
        onFailure: Effect.failCause
      })
      if (scheduled === undefined) return yield* Effect.fail(error)
      const delay = Math.max(0, scheduled, retryAfterMillis)
      if (policy.budgetMillis !== undefined && now + delay - start > policy.budgetMillis) {
        return yield* Effect.fail(error)
      }
      yield* Effect.logDebug("SCM request failed, retrying").pipe(
        Effect.annotateLogs({ ...describe(error), "scm.retry": retry, "scm.delay_ms": Math.round(delay) })
      )
      yield* Effect.sleep(Duration.millis(delay))
      const result = yield* Effect.result(effect)
      if (Result.isSuccess(result)) return result.success
      error = result.failure
    }
  })
