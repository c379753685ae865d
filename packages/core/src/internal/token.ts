/**
 * The access-token lifecycle (after google-auth-library and Azure's token cycler):
 *
 * - single flight: whatever the concurrency, one token request at a time; callers join it;
 * - cached until it expires, renewed in the background at `refreshAt`, so warm requests never wait;
 * - a 401 invalidates the token only if it is still the current one, so N requests failing with
 *   the same old token cause one new token request;
 * - a failed request is not cached: the next caller tries again;
 * - a failed background renewal keeps the still-valid token and tries again until it expires;
 * - the renewal fiber follows whichever token is current: a token replaced in the foreground (after
 *   a 401, or an expiry) wakes it, so the new token is renewed on its own schedule;
 * - the renewal rate is bounded whatever the endpoint says: a token is scheduled as living at least
 *   `minLifetimeSeconds`, and the renewal fiber starts no token request sooner than
 *   `minRenewalIntervalMillis` after the previous one.
 *
 * State is two mutable cells. That is safe: fibers only switch between effects, and each state
 * transition below happens inside one synchronous step.
 */
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Latch from "effect/Latch"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import type * as ScmError from "../ScmError.js"

/** @internal */
export class Token {
  /** `Effect.succeed(this)`, allocated once: the warm path returns it as is. */
  readonly cached: Effect.Effect<Token>
  constructor(
    /** The whole `Authorization` header value, built once per token rather than once per request. */
    readonly authorization: Redacted.Redacted<string>,
    readonly expiresAt: number,
    readonly refreshAt: number,
    /** When it was requested, in the clock's milliseconds. */
    readonly obtainedAt: number,
    /** The lifetime the endpoint gave it (`expires_in`), in seconds. */
    readonly lifetimeSeconds: number
  ) {
    this.cached = Effect.succeed(this)
  }
}

/**
 * Why a token is being requested; shows up in spans and logs.
 *
 * @internal
 */
export type Reason = "initial" | "expired" | "renewal" | "unauthorized"

/** @internal */
export interface Issued {
  readonly accessToken: Redacted.Redacted<string>
  readonly expiresInSeconds: number
}

/** @internal */
export interface TokenSource {
  /** The current token, or one fetched now (joining a request already in flight). */
  readonly get: Effect.Effect<Token, ScmError.ScmTokenError>
  /** After a 401 with `token`: drop it if it is still current, then get a fresh one. */
  readonly refreshAfterUnauthorized: (token: Token) => Effect.Effect<Token, ScmError.ScmTokenError>
  /** The token held now and not expired, if any; fetches nothing. */
  readonly peek: () => Token | undefined
}

/** @internal */
export interface Options {
  /** One token request (with its own retries). */
  readonly fetch: (reason: Reason) => Effect.Effect<Issued, ScmError.ScmTokenError>
  readonly makeAuthorization: (accessToken: Redacted.Redacted<string>) => Redacted.Redacted<string>
  readonly refreshSkewMillis: number
}

/** Delay before trying a failed background renewal again: 1 s, 2 s, 4 s ... capped at 30 s. */
const renewalBackoffMillis = (failures: number) => Math.min(30_000, 1_000 * 2 ** (failures - 1))

/**
 * The default lifetime when the endpoint does not say (Keycloak's default).
 *
 * @internal
 */
export const defaultLifetimeSeconds = 300

/**
 * The shortest lifetime a token is scheduled with: an endpoint answering `expires_in: 0.001` gets
 * a token renewed every 5 s (half of it), not in a loop. Should SCM really refuse the token
 * earlier, the 401 renews it (once per token).
 *
 * @internal
 */
export const minLifetimeSeconds = 10

/**
 * The renewal fiber starts no token request sooner than this after the previous token request
 * (of any reason) started.
 *
 * @internal
 */
export const minRenewalIntervalMillis = 1_000

/**
 * When to renew a token obtained at `obtainedAt`: `refreshSkew` before expiry, but never earlier
 * than half its lifetime, so a short-lived token is not renewed on every call. The lifetime is at
 * least `minLifetimeSeconds`.
 *
 * @internal
 */
export const schedule = (
  obtainedAt: number,
  expiresInSeconds: number,
  refreshSkewMillis: number
): { readonly expiresAt: number; readonly refreshAt: number } => {
  const lifetime = Math.max(expiresInSeconds, minLifetimeSeconds) * 1000
  const skew = refreshSkewMillis > 0 ? Math.min(refreshSkewMillis, lifetime / 2) : 0
  return { expiresAt: obtainedAt + lifetime, refreshAt: obtainedAt + lifetime - skew }
}

/**
 * When the renewal fiber renews: at `scheduled` (the token's `refreshAt`, or the retry time after a
 * failed renewal), but never sooner than `minRenewalIntervalMillis` after the last token request
 * started, whatever `scheduled` says (NaN included).
 *
 * @internal
 */
export const renewalDue = (scheduled: number, lastFetchAt: number): number => {
  const floor = lastFetchAt + minRenewalIntervalMillis
  return scheduled >= floor ? scheduled : floor
}

/**
 * Builds the token source and starts its renewal fiber in the current scope (the layer's): both
 * the fiber and any request in flight end with it.
 *
 * @internal
 */
export const make = (options: Options): Effect.Effect<TokenSource, never, Scope.Scope> =>
  Effect.gen(function*() {
    const scope = yield* Effect.scope
    const clock = yield* Clock.Clock
    // Open while a token is cached: the renewal fiber waits on it when there is nothing to renew.
    const cached = yield* Latch.make(false)
    let current: Token | undefined
    let inflight: Deferred.Deferred<Token, ScmError.ScmTokenError> | undefined
    // When the last token request started, for the renewal interval floor.
    let lastFetchAt = Number.NEGATIVE_INFINITY
    // Completed when the current token changes, to wake the renewal fiber from a sleep that was
    // computed for the previous one.
    let wake: Deferred.Deferred<void> | undefined
    const changed = () => {
      const signal = wake
      if (signal !== undefined) {
        wake = undefined
        Deferred.doneUnsafe(signal, Exit.void)
      }
    }

    const drop = (token: Token) => {
      if (current === token) {
        current = undefined
        cached.closeUnsafe()
        changed()
      }
    }

    const fetchToken = (reason: Reason) =>
      Effect.gen(function*() {
        // Times are taken before the request: the token's clock started no later than that.
        const obtainedAt = clock.currentTimeMillisUnsafe()
        lastFetchAt = obtainedAt
        const issued = yield* options.fetch(reason)
        const times = schedule(obtainedAt, issued.expiresInSeconds, options.refreshSkewMillis)
        const token = new Token(
          options.makeAuthorization(issued.accessToken),
          times.expiresAt,
          times.refreshAt,
          obtainedAt,
          issued.expiresInSeconds
        )
        current = token
        cached.openUnsafe()
        changed()
        return token
      })

    // The request runs in the layer's scope, not in the caller's fiber: if the caller that
    // started it is interrupted, the others waiting for the same token still get it.
    const flight = (reason: Reason): Effect.Effect<Token, ScmError.ScmTokenError> =>
      Effect.suspend(() => {
        if (inflight !== undefined) return Deferred.await(inflight)
        const deferred = Deferred.makeUnsafe<Token, ScmError.ScmTokenError>()
        inflight = deferred
        const run = Effect.onExit(fetchToken(reason), (exit) => {
          inflight = undefined
          return Deferred.done(deferred, exit)
        })
        return Effect.andThen(Effect.forkIn(Effect.interruptible(run), scope), Deferred.await(deferred))
      })

    const get: Effect.Effect<Token, ScmError.ScmTokenError> = Effect.suspend(() => {
      const token = current
      if (token === undefined) return flight("initial")
      return clock.currentTimeMillisUnsafe() < token.expiresAt ? token.cached : flight("expired")
    })

    const refreshAfterUnauthorized = (token: Token): Effect.Effect<Token, ScmError.ScmTokenError> =>
      Effect.suspend(() => {
        drop(token)
        const now = current
        return now !== undefined && clock.currentTimeMillisUnsafe() < now.expiresAt
          ? now.cached
          : flight("unauthorized")
      })

    // One pass of the renewal fiber: sleep until the current token is due, renew it; on failure
    // keep serving it and try again later, until it expires.
    let failures = 0
    let failedToken: Token | undefined
    let retryAt = 0
    const renewOnce = Effect.gen(function*() {
      yield* cached.await
      const token = current
      if (token === undefined) return
      if (failedToken !== token) {
        failures = 0
        failedToken = undefined
      }
      const now = clock.currentTimeMillisUnsafe()
      const due = renewalDue(failures === 0 ? token.refreshAt : retryAt, lastFetchAt)
      if (now < due) {
        // Until due, or until another token becomes current: the next pass looks at whatever
        // token is current by then.
        const signal = Deferred.makeUnsafe<void>()
        wake = signal
        return yield* Effect.raceFirst(Effect.sleep(Duration.millis(due - now)), Deferred.await(signal))
      }
      if (failures > 0 && now >= token.expiresAt) {
        // Renewal kept failing until expiry: from now on requests fetch in the foreground and see why.
        yield* Effect.logWarning("SCM access token expired and could not be renewed").pipe(
          Effect.annotateLogs({ "scm.renewal_failures": failures })
        )
        return drop(token)
      }
      const exit = yield* Effect.exit(flight("renewal"))
      if (Exit.isSuccess(exit)) return
      // The layer is closing and took the request with it: that is not a failed renewal.
      if (Cause.hasInterruptsOnly(exit.cause)) return yield* Effect.failCause(exit.cause)
      failures++
      failedToken = token
      const after = clock.currentTimeMillisUnsafe()
      retryAt = Math.min(after + renewalBackoffMillis(failures), token.expiresAt)
      yield* Effect.logWarning("SCM access token renewal failed, keeping the current token until it expires").pipe(
        Effect.annotateLogs({
          "scm.renewal_failures": failures,
          "scm.retry_in_ms": retryAt - after,
          "scm.expires_in_ms": token.expiresAt - after,
          "scm.error": Option.match(Cause.findErrorOption(exit.cause), {
            onNone: () => "unexpected failure",
            onSome: (error) => error.message
          })
        })
      )
    })

    // Never let the fiber die: a defect is logged and the loop goes on after a pause.
    const renewLoop = Effect.forever(
      Effect.catchCause(renewOnce, (cause) =>
        Cause.hasInterruptsOnly(cause)
          ? Effect.failCause(cause)
          : Effect.andThen(
            Effect.logError("SCM token renewal fiber failed unexpectedly", cause),
            Effect.sleep(Duration.seconds(1))
          ))
    )
    yield* Effect.forkIn(Effect.interruptible(renewLoop), scope)

    const peek = () => {
      const token = current
      return token !== undefined && clock.currentTimeMillisUnsafe() < token.expiresAt ? token : undefined
    }

    return { get, refreshAfterUnauthorized, peek }
  })
