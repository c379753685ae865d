import { HttpClientRequest } from "effect/http"
import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Fiber, Pull, Random, Schedule } from "effect"
import { TestClock } from "effect/testing"
import { ScmHttpClient, ScmRetry } from "@scm-effect/core"
import type { ScmError } from "@scm-effect/core"
import * as FakeHttp from "./fixtures/FakeHttp.js"
import * as Resources from "./fixtures/Resources.js"
import { eventually } from "./fixtures/util.js"

const password = Resources.overFake

/** Answers the scripted statuses in turn, then 200. */
const scripted = (...answers: Array<FakeHttp.Answer>) => {
  let i = 0
  return FakeHttp.make(() => answers[i++] ?? { status: 200 })
}

const send = (method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE" = "GET") =>
  Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) =>
    method === "GET" ? client.get("/api/x") : client.execute(HttpRequest(method)))

const HttpRequest = (method: "POST" | "PATCH" | "PUT" | "DELETE") =>
  HttpClientRequest.make(method)("/api/x").pipe(HttpClientRequest.bodyText("{}"))

/** Runs `effect` while moving the TestClock forward in small steps, so any backoff completes. */
const withTime = <A, E, R>(effect: Effect.Effect<A, E, R>, total = Duration.seconds(120)) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.forkChild(effect)
    const steps = Math.ceil(Duration.toMillis(total) / 100)
    for (let i = 0; i < steps; i++) {
      if (fiber.pollUnsafe() !== undefined) break
      yield* TestClock.adjust("100 millis")
    }
    return yield* Fiber.join(fiber)
  })

describe("retry policy", () => {
  it.effect("GET: 500, 502, 503, 504 and 408 are retried, then the answer comes through", () =>
    Effect.gen(function*() {
      const fake = scripted({ status: 500 }, { status: 502 }, { status: 503 }, { status: 408 })
      const response = yield* withTime(send()).pipe(Effect.provide(password(fake)))
      expect(response.status).toBe(200)
      expect(fake.requests.length).toBe(5)
    }))

  it.effect("at most 4 retries by default; the last error is returned", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 503, body: { code: -1, description: "Unknown error." } }))
      const error = yield* withTime(Effect.flip(send())).pipe(Effect.provide(password(fake)))
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 503, code: -1 })
      expect(fake.requests.length).toBe(5)
    }))

  it.effect("backoff: delays follow the schedule (no retry before the first delay can elapse)", () =>
    Effect.gen(function*() {
      const fake = scripted({ status: 503 })
      // With the jitter fixed at its maximum the first delay is the full base delay.
      const fiber = yield* Effect.forkChild(
        send().pipe(Effect.provide(password(fake, { baseDelay: "1 second" })), withRandom(maxRandom))
      )
      yield* eventually(() => fake.requests.length === 1)
      yield* TestClock.adjust("999 millis")
      for (let i = 0; i < 10; i++) yield* Effect.yieldNow
      expect(fake.requests.length).toBe(1)
      yield* TestClock.adjust("1 millis")
      const response = yield* Fiber.join(fiber)
      expect(response.status).toBe(200)
      expect(fake.requests.length).toBe(2)
    }))

  it.effect("Retry-After in seconds sets the minimum delay", () =>
    Effect.gen(function*() {
      const fake = scripted({ status: 429, headers: { "retry-after": "5" } })
      const fiber = yield* Effect.forkChild(send().pipe(Effect.provide(password(fake))))
      yield* eventually(() => fake.requests.length === 1)
      yield* TestClock.adjust("4900 millis")
      for (let i = 0; i < 10; i++) yield* Effect.yieldNow
      expect(fake.requests.length).toBe(1)
      yield* TestClock.adjust("100 millis")
      expect((yield* Fiber.join(fiber)).status).toBe(200)
      expect(fake.requests.length).toBe(2)
    }))

  it.effect("Retry-After as an HTTP date is measured against the Clock", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.UTC(2030, 0, 1, 12, 0, 0))
      const date = new Date(Date.UTC(2030, 0, 1, 12, 0, 7)).toUTCString()
      const fake = scripted({ status: 503, headers: { "retry-after": date } })
      const fiber = yield* Effect.forkChild(send().pipe(Effect.provide(password(fake))))
      yield* eventually(() => fake.requests.length === 1)
      yield* TestClock.adjust("6900 millis")
      for (let i = 0; i < 10; i++) yield* Effect.yieldNow
      expect(fake.requests.length).toBe(1)
      yield* TestClock.adjust("100 millis")
      expect((yield* Fiber.join(fiber)).status).toBe(200)
    }))

  it.effect("a Retry-After longer than maxRetryAfter fails at once with ScmRateLimitError", () =>
    Effect.gen(function*() {
      const fake = scripted({ status: 429, headers: { "retry-after": "120" } }, { status: 503, headers: { "retry-after": "61" } })
      const error = yield* Effect.flip(send()).pipe(Effect.provide(password(fake)))
      expect(error._tag).toBe("ScmRateLimitError")
      expect(error).toMatchObject({ status: 429 })
      expect(Duration.toSeconds((error as ScmError.ScmRateLimitError).retryAfter!)).toBe(120)
      expect(fake.requests.length).toBe(1)
      // 503 too, and the limit is configurable.
      const error503 = yield* Effect.flip(send()).pipe(Effect.provide(password(fake, { maxRetryAfter: "1 minute" })))
      expect(error503).toMatchObject({ _tag: "ScmRateLimitError", status: 503 })
      expect(error503.message).toContain("retry after 61 s")
    }))

  it.effect("429 still there after the retries is ScmRateLimitError", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 429, headers: { "retry-after": "1" } }))
      const error = yield* withTime(Effect.flip(send())).pipe(Effect.provide(password(fake)))
      expect(error._tag).toBe("ScmRateLimitError")
      expect(fake.requests.length).toBe(5)
    }))

  it.effect("the budget stops retries that would start too late", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 503, headers: { "retry-after": "20" } }))
      const error = yield* withTime(Effect.flip(send())).pipe(Effect.provide(password(fake)))
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 503 })
      // First retry at 20 s is within 30 s; the next would start at 40 s.
      expect(fake.requests.length).toBe(2)
    }))

  describe("POST and PATCH", () => {
    for (const method of ["POST", "PATCH"] as const) {
      it.effect(`${method}: a 500 is not retried (the server may have acted)`, () =>
        Effect.gen(function*() {
          const fake = scripted({ status: 500 })
          const error = yield* withTime(Effect.flip(send(method))).pipe(Effect.provide(password(fake)))
          expect(error).toMatchObject({ _tag: "ScmApiError", status: 500 })
          expect(fake.requests.length).toBe(1)
        }))

      it.effect(`${method}: 502, 504, 408 and a lost connection are not retried`, () =>
        Effect.gen(function*() {
          for (const answer of [{ status: 502 }, { status: 504 }, { status: 408 }, { fail: "ECONNRESET" as const }]) {
            const fake = scripted(answer)
            yield* withTime(Effect.flip(send(method))).pipe(Effect.provide(password(fake)))
            expect(fake.requests.length).toBe(1)
          }
        }))

      it.effect(`${method}: 429, 503 and a refused connection are retried`, () =>
        Effect.gen(function*() {
          const fake = scripted({ status: 429 }, { status: 503 }, { fail: "ECONNREFUSED" })
          const response = yield* withTime(send(method)).pipe(Effect.provide(password(fake)))
          expect(response.status).toBe(200)
          expect(fake.requests.length).toBe(4)
        }))
    }

    it.effect("PUT and DELETE are idempotent: a 500 is retried", () =>
      Effect.gen(function*() {
        for (const method of ["PUT", "DELETE"] as const) {
          const fake = scripted({ status: 500 })
          const response = yield* withTime(send(method)).pipe(Effect.provide(password(fake)))
          expect(response.status).toBe(200)
          expect(fake.requests.length).toBe(2)
        }
      }))
  })

  it.effect("GET: a lost connection is retried, a TLS failure is not", () =>
    Effect.gen(function*() {
      const lost = scripted({ fail: "ECONNRESET" })
      expect((yield* withTime(send()).pipe(Effect.provide(password(lost)))).status).toBe(200)
      expect(lost.requests.length).toBe(2)
      const tls = scripted({ fail: "DEPTH_ZERO_SELF_SIGNED_CERT" })
      const error = yield* withTime(Effect.flip(send())).pipe(Effect.provide(password(tls)))
      expect(error).toMatchObject({ _tag: "ScmTransportError", reason: "Tls" })
      expect(tls.requests.length).toBe(1)
    }))

  it.effect("retry: false sends once", () =>
    Effect.gen(function*() {
      const fake = scripted({ status: 503 })
      const error = yield* Effect.flip(send()).pipe(Effect.provide(password(fake, false)))
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 503 })
      expect(fake.requests.length).toBe(1)
    }))

  it.effect("a user Schedule replaces the backoff and keeps the method rules", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 503 }))
      const schedule = Schedule.max([Schedule.spaced("1 second"), Schedule.recurs(2)])
      const fiber = yield* Effect.forkChild(Effect.flip(send()).pipe(Effect.provide(password(fake, schedule))))
      yield* eventually(() => fake.requests.length === 1)
      yield* TestClock.adjust("1 second")
      yield* eventually(() => fake.requests.length === 2)
      yield* TestClock.adjust("1 second")
      const error = yield* Fiber.join(fiber)
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 503 })
      expect(fake.requests.length).toBe(3)
      const post = scripted({ status: 500 })
      yield* Effect.flip(send("POST")).pipe(Effect.provide(password(post, schedule)))
      expect(post.requests.length).toBe(1)
    }))

  it.effect("backoff: full jitter within [0, min(maxDelay, base * factor^n)], at most `retries` times", () =>
    Effect.gen(function*() {
      const randoms: ReadonlyArray<readonly [string, <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>]> = [
        ["min", withRandom(minRandom)],
        ["max", withRandom(maxRandom)],
        ["seeded", (effect) => effect.pipe(Random.withSeed(42))]
      ]
      for (const [name, random] of randoms) {
        // Ten steps asked: the schedule itself ends after four.
        const millis = yield* delaysOf(ScmRetry.backoff({ maxDelay: "1 second" }), 10).pipe(random)
        expect(millis.length).toBe(4)
        const caps = [200, 400, 800, 1000]
        millis.forEach((delay, n) => {
          expect(delay).toBeGreaterThanOrEqual(0)
          expect(delay).toBeLessThanOrEqual(caps[n]!)
        })
        if (name === "max") expect(millis).toEqual(caps)
      }
    }))

  it("isTransient tells which failures a method retries", () => {
    const error = (status: number) =>
      ({ _tag: "ScmApiError", status, method: "GET", url: "u", retryAfter: undefined }) as unknown as ScmError.ScmError
    expect(ScmRetry.isTransient(error(500), "GET")).toBe(true)
    expect(ScmRetry.isTransient(error(500), "POST")).toBe(false)
    expect(ScmRetry.isTransient(error(503), "POST")).toBe(true)
    expect(ScmRetry.isTransient(error(404), "GET")).toBe(false)
    expect(ScmRetry.isIdempotent("PATCH")).toBe(false)
  })
})

/** A `Random` that always draws `value`: 1 puts the jitter at its maximum, 0 at its minimum. */
const fixedRandom = (value: number): Random.Random => ({
  nextDoubleUnsafe: () => value,
  nextIntUnsafe: () => Math.floor(value * Number.MAX_SAFE_INTEGER)
})
const maxRandom = fixedRandom(1)
const minRandom = fixedRandom(0)

function withRandom(random: Random.Random) {
  return <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.provideService(effect, Random.Random, random)
}

/** The delays a schedule gives, stepping it `steps` times (or until it ends). */
const delaysOf = (schedule: Schedule.Schedule<unknown>, steps: number) =>
  Effect.gen(function*() {
    const step = yield* Schedule.toStep(schedule)
    const millis: Array<number> = []
    for (let i = 0; i < steps; i++) {
      const next = yield* Pull.matchEffect(step(0, undefined), {
        onSuccess: ([, delay]) => Effect.succeed(Duration.toMillis(delay)),
        onDone: () => Effect.succeed(undefined),
        onFailure: Effect.failCause
      })
      if (next === undefined) break
      millis.push(next)
    }
    return millis
  })
