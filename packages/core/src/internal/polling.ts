/**
 * The waits of the curated modules (a certificate's issuance, a domain's validation): one call
 * repeated on a schedule while SCM says "not yet", ended at once by any other failure, and given up
 * with the caller's error at the deadline or when the schedule ends.
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import type * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import type * as ScmError from "../ScmError.js"

/** What a wait knows when it gives up. */
export interface GiveUpFacts<P> {
  /** Calls made. */
  readonly attempts: number
  /** Time from the first call until giving up. */
  readonly elapsed: Duration.Duration
  readonly reason: "deadline" | "schedule"
  /** SCM's last "not yet" answer. */
  readonly last: P | undefined
}

/**
 * Repeats `step` on `schedule` while it fails with a "not yet" answer `P` (each one passed to
 * `onPending` first); `step` succeeds with the outcome, a success or a failure that ends the wait.
 * Annotates the current span with the number of calls made.
 *
 * @internal
 */
export const pollWhilePending = <A, E, P, G, R>(
  step: Effect.Effect<Result.Result<A, E>, P, R>,
  options: {
    readonly schedule: Schedule.Schedule<unknown, P>
    readonly deadline: Duration.Duration
    readonly onPending: (pending: P, attempts: number) => Effect.Effect<void>
    readonly giveUp: (facts: GiveUpFacts<P>) => G
  }
): Effect.Effect<A, E | G, R> =>
  Effect.gen(function*() {
    const start = yield* Clock.currentTimeMillis
    let attempts = 0
    let last: P | undefined
    // "Not yet" is the only failure the schedule sees; any other outcome ends the wait at once.
    const poll = Effect.suspend(() => {
      attempts++
      return step
    }).pipe(
      Effect.catch((pending: P) => {
        last = pending
        return Effect.andThen(options.onPending(pending, attempts), Effect.fail(pending))
      })
    )
    const outcome = yield* poll.pipe(
      Effect.retry(options.schedule),
      Effect.catch(() =>
        Effect.flatMap(Clock.currentTimeMillis, (now) =>
          Effect.fail(options.giveUp({ attempts, elapsed: Duration.millis(now - start), reason: "schedule", last })))
      ),
      Effect.timeoutOrElse({
        duration: options.deadline,
        orElse: () => Effect.fail(options.giveUp({ attempts, elapsed: options.deadline, reason: "deadline", last }))
      })
    )
    yield* Effect.annotateCurrentSpan("scm.attempts", attempts)
    return Result.isSuccess(outcome) ? outcome.success : yield* Effect.fail(outcome.failure)
  })

const pendingCodes: ReadonlySet<number> = new Set([-183, -1400])

/**
 * SCM's "not issued yet" answers: -183 (certificate not collectable) and -1400 (request being
 * processed), on a 4xx.
 *
 * @internal
 */
export const isNotIssuedYet = (error: ScmError.ScmError): error is ScmError.ScmApiError =>
  error._tag === "ScmApiError" && error.status >= 400 && error.status < 500 && error.code !== undefined &&
  pendingCodes.has(error.code)

/**
 * Polls `attempt` (a collect) on `schedule` while SCM answers "not issued yet" (-183, -1400),
 * logging `message` at debug level with `annotations` each time; fails at once on any other error,
 * and with `giveUp` at the deadline or the schedule's end.
 *
 * @internal
 */
export const pollUntilIssued = <A, E, R>(
  attempt: Effect.Effect<A, ScmError.ScmError, R>,
  options: {
    readonly schedule: Schedule.Schedule<unknown, ScmError.ScmApiError>
    readonly deadline: Duration.Duration
    readonly message: string
    readonly annotations: Readonly<Record<string, string | number>>
    readonly giveUp: (facts: GiveUpFacts<ScmError.ScmApiError>) => E
  }
): Effect.Effect<A, ScmError.ScmError | E, R> =>
  pollWhilePending(
    attempt.pipe(
      Effect.map((issued): Result.Result<A, ScmError.ScmError> => Result.succeed(issued)),
      Effect.catch((error) => isNotIssuedYet(error) ? Effect.fail(error) : Effect.succeed(Result.fail(error)))
    ),
    {
      schedule: options.schedule,
      deadline: options.deadline,
      onPending: (error, attempts) =>
        Effect.logDebug(options.message).pipe(
          Effect.annotateLogs({ ...options.annotations, "scm.code": error.code ?? 0, "scm.attempt": attempts })
        ),
      giveUp: options.giveUp
    }
  )

/**
 * The fields every "gave up waiting" error carries, beside what it waited for and SCM's last answer.
 *
 * @internal
 */
export const giveUpFields = {
  /** Calls made. */
  attempts: Schema.Number,
  /** Time from the first call until giving up. */
  elapsed: Schema.Duration,
  /** Why it gave up: the deadline passed, or the schedule ended first. */
  reason: Schema.Literals(["deadline", "schedule"])
}

/**
 * The message of a "gave up waiting" error: what was still not so, why the wait stopped, after how
 * many calls, and `lastAnswer` (SCM's last answer, already worded, or empty).
 *
 * @internal
 */
export const gaveUpMessage = (
  stillNot: string,
  facts: { readonly elapsed: Duration.Duration; readonly reason: "deadline" | "schedule"; readonly attempts: number },
  lastAnswer: string
): string => {
  const seconds = Math.round(Duration.toMillis(facts.elapsed) / 1000)
  const why = facts.reason === "deadline" ? "the deadline passed" : "the poll schedule ended"
  return `${stillNot} when ${why}, after ${facts.attempts} attempt(s) over ${seconds} s${lastAnswer}`
}

/**
 * The message of a "still not issued" error: what waited, why it stopped, and SCM's last answer.
 *
 * @internal
 */
export const notIssuedMessage = (
  subject: string,
  facts: {
    readonly elapsed: Duration.Duration
    readonly reason: "deadline" | "schedule"
    readonly attempts: number
    readonly code?: number | undefined
    readonly description?: string | undefined
  }
): string =>
  gaveUpMessage(
    `${subject} was still not issued`,
    facts,
    facts.code === undefined ? "" : ` (SCM code ${facts.code}${facts.description === undefined ? "" : `: ${facts.description}`})`
  )

/**
 * SCM's code and description of its last "not issued yet" answer, as the error's fields (left out
 * when absent).
 *
 * @internal
 */
export const lastAnswerOf = (last: ScmError.ScmApiError | undefined): { readonly code?: number; readonly description?: string } => ({
  ...(last?.code === undefined ? {} : { code: last.code }),
  ...(last?.description === undefined ? {} : { description: last.description })
})
