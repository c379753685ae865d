/**
 * The deadline of one HTTP exchange: a single limit for the answer's headers and its body,
 * counted from the moment the request is sent.
 *
 * Cheap on purpose, as every request pays for it: one child fiber and one timer, where
 * `Effect.timeout` races two fibers. On the default clock the timer is a plain `setTimeout` (what
 * that clock's own `sleep` does); under another clock (`TestClock`) it is that clock's `sleep`, so
 * tests drive deadlines like any other time.
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as HttpClientResponse from "effect/http/HttpClientResponse"
import type * as UrlParams from "effect/http/UrlParams"
import * as Option from "effect/Option"
import type * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as ScmError from "../ScmError.js"
import { ResponseWrapper } from "./responseWrapper.js"
import { display } from "./url.js"

/**
 * The default deadline of one attempt: twice the slowest answers SCM issuers report (60 s), so a
 * slow SCM is waited for and a silent one is noticed.
 *
 * @internal
 */
export const defaultTimeout: Duration.Duration = Duration.seconds(120)

/**
 * A timeout setting as milliseconds; `undefined` means no deadline at all.
 *
 * @internal
 */
export const timeoutMillis = (input: Duration.Input | undefined): number | undefined => {
  const millis = Duration.toMillis(Duration.fromInputUnsafe(input ?? defaultTimeout))
  if (Number.isNaN(millis) || millis <= 0) throw new TypeError("Invalid timeout: it must be a positive duration")
  return Number.isFinite(millis) ? millis : undefined
}

// The clock every program has unless it provides another; Reference defaults are cached.
const defaultClock: Clock.Clock = Context.get(Context.empty(), Clock.Clock)

// setTimeout's own limit (about 24.8 days); a longer deadline is not a deadline anyone waits for.
const maxTimerMillis = 2 ** 31 - 1

/**
 * What a deadline does when it settles: `onTimeout` gives the error of a missed deadline, `onExit`
 * turns the child's exit into the result. One object per exchange (the transport's attempt) rather
 * than two closures.
 *
 * @internal
 */
export interface Settle<A, E, B, E2, E3> {
  readonly onTimeout: () => E3
  readonly onExit: (exit: Exit.Exit<A, E>) => Effect.Effect<B, E2>
}

/**
 * Runs `self` in a child fiber (with `context`) and fails with `settle.onTimeout()` if it has not
 * finished after `millis` (undefined: no limit); the child is interrupted then, which makes the
 * platform abort the request (and its socket). `settle.onExit` turns the child's exit into the
 * result, in the same step.
 *
 * The child is what lets the deadline interrupt the exchange, which no transport has to cooperate
 * with. In a whole request it costs about 6,800 instructions with its timer (section 1a of
 * BENCHMARKS.md prices each part of the request path), where the bare fiber counts about 1,150
 * apart: the caller suspends once more, and V8 compiles the longer path into more code. Running
 * the exchange in the caller's fiber under the derived context instead (`Effect.provideContext`)
 * counted 14,000 instructions more per request (in memory), not less.
 *
 * @internal
 */
export const raceWith = <A, E, B, E2, E3>(
  context: Context.Context<never>,
  clock: Clock.Clock,
  self: Effect.Effect<A, E>,
  millis: number | undefined,
  settle: Settle<A, E, B, E2, E3>
): Effect.Effect<B, E2 | E3> => {
  if (millis !== undefined && millis <= 0) return Effect.fail(settle.onTimeout())
  return Effect.callback<B, E2 | E3>((resume) => {
    const child: Fiber.Fiber<A, E> = Effect.runForkWith(context)(self)
    const early = child.pollUnsafe()
    if (early !== undefined) return resume(settle.onExit(early))
    let done = false
    // A `setTimeout` handle on the default clock, the sleeping fiber under another clock (`TestClock`).
    let timer: ReturnType<typeof setTimeout> | Fiber.Fiber<void> | undefined
    const fire = () => {
      if (done) return
      done = true
      child.interruptUnsafe()
      resume(Effect.fail(settle.onTimeout()))
    }
    if (millis === undefined) {
      timer = undefined
    } else if (clock === defaultClock) {
      timer = setTimeout(fire, Math.min(millis, maxTimerMillis))
    } else {
      const sleeping = Effect.runForkWith(context)(clock.sleep(Duration.millis(millis)))
      sleeping.addObserver((exit) => {
        if (Exit.isSuccess(exit)) fire()
      })
      timer = sleeping
    }
    child.addObserver((exit) => {
      if (done) return
      done = true
      stop(timer)
      resume(settle.onExit(exit))
    })
    return Effect.sync(() => {
      if (done) return
      done = true
      stop(timer)
      child.interruptUnsafe()
    })
  })
}

const stop = (timer: ReturnType<typeof setTimeout> | Fiber.Fiber<void> | undefined): void => {
  if (timer === undefined) return
  if (Fiber.isFiber(timer)) timer.interruptUnsafe()
  else clearTimeout(timer)
}

/**
 * `self`, failing with `onTimeout()` if it takes longer than `millis`.
 *
 * @internal
 */
export const race = <A, E, E2>(
  self: Effect.Effect<A, E>,
  millis: number,
  onTimeout: () => E2
): Effect.Effect<A, E | E2> =>
  Effect.withFiber((parent) =>
    raceWith(parent.context, parent.getRef(Clock.Clock), self, millis, { onTimeout, onExit: identity })
  )

const identity = <A, E>(exit: Exit.Exit<A, E>): Effect.Effect<A, E> => exit

const seconds = (millis: number) => {
  const value = millis / 1000
  return Number.isInteger(value) ? `${value} s` : `${value.toFixed(3).replace(/\.?0+$/, "")} s`
}

/**
 * The error of an exchange that missed its deadline.
 *
 * @internal
 */
export const timeoutError = (
  request: HttpClientRequest.HttpClientRequest,
  millis: number,
  what: string
): ScmError.ScmTransportError =>
  new ScmError.ScmTransportError({
    reason: "Timeout",
    method: request.method,
    url: display(request.url),
    detail: `${what} did not arrive within ${seconds(millis)} (the timeout of one attempt)`
  })

/**
 * The ScmTransportError a platform error carries when it is a missed deadline of a body read.
 *
 * @internal
 */
export const timeoutOf = (error: HttpClientError.HttpClientError): ScmError.ScmTransportError | undefined => {
  const cause = error.reason.cause
  return cause instanceof ScmError.ScmTransportError && cause.reason === "Timeout" ? cause : undefined
}

/**
 * A response whose body must arrive before the deadline of the attempt that got it. Every body
 * reader (`json`, `text`, `arrayBuffer`, `stream` ...) is bounded by what is left of it, so a body
 * that trickles in fails instead of hanging, whoever reads it.
 *
 * @internal
 */
export class TimedResponse extends ResponseWrapper {
  constructor(
    original: HttpClientResponse.HttpClientResponse,
    /** When the deadline passes, in the clock's milliseconds. */
    readonly deadline: number,
    /** The whole timeout, for messages. */
    readonly timeoutMillis: number
  ) {
    super(original)
  }

  /** The transport error a late body is, as the library reports it. */
  expired(): ScmError.ScmTransportError {
    return timeoutError(this.request, this.timeoutMillis, `the body of the ${this.status} answer`)
  }

  private expiredHttp(): HttpClientError.HttpClientError {
    return new HttpClientError.HttpClientError({
      reason: new HttpClientError.DecodeError({
        request: this.request,
        response: this,
        description: `the body did not arrive within ${seconds(this.timeoutMillis)} of the request`,
        cause: this.expired()
      })
    })
  }

  /** `effect` (a read of this body), bounded by what is left of the deadline. */
  bounded<A, E>(effect: Effect.Effect<A, E>, onTimeout: () => E): Effect.Effect<A, E> {
    return Effect.withFiber((fiber) =>
      race(effect, this.deadline - fiber.getRef(Clock.Clock).currentTimeMillisUnsafe(), onTimeout)
    )
  }

  private read<A>(effect: Effect.Effect<A, HttpClientError.HttpClientError>) {
    return this.bounded(effect, () => this.expiredHttp())
  }

  get json(): Effect.Effect<Schema.Json, HttpClientError.HttpClientError> {
    return this.read(this.original.json)
  }
  get text(): Effect.Effect<string, HttpClientError.HttpClientError> {
    return this.read(this.original.text)
  }
  get arrayBuffer(): Effect.Effect<ArrayBuffer, HttpClientError.HttpClientError> {
    return this.read(this.original.arrayBuffer)
  }
  get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpClientError.HttpClientError> {
    return this.read(this.original.urlParamsBody)
  }
  get formData(): Effect.Effect<FormData, HttpClientError.HttpClientError> {
    return this.read(this.original.formData)
  }
  get stream(): Stream.Stream<Uint8Array, HttpClientError.HttpClientError> {
    return Stream.unwrap(Effect.clockWith((clock) => {
      const left = this.deadline - clock.currentTimeMillisUnsafe()
      const late = Effect.fail(this.expiredHttp())
      return Effect.succeed(Stream.interruptWhen(
        this.original.stream,
        left <= 0 ? late : Effect.andThen(Effect.sleep(Duration.millis(left)), late)
      ))
    }))
  }
  // A Web body handed over with `HttpClientResponse.toWeb` leaves the deadline behind.
  ["~effect/http/HttpClientResponse/WebSource"](): globalThis.Response | undefined {
    return Option.getOrUndefined(HttpClientResponse.toWeb(this.original))
  }
}
