import { HttpBody } from "effect/http"
import { describe, expect, it, layer } from "@effect/vitest"
import { Duration, Effect, Fiber, Layer, Redacted } from "effect"
import { TestClock } from "effect/testing"
import { ScmHttpClient } from "@scm-effect/core"
import type { ScmError } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import * as Mock from "./fixtures/Mock.js"
import { eventually, frozenClock, withClock, withRealClock } from "./fixtures/util.js"

const mockServer = MockScmServer.MockScmServer

const concurrently = <A, E, R>(n: number, effect: Effect.Effect<A, E, R>) =>
  Effect.all(Array.from({ length: n }, () => effect), { concurrency: "unbounded" })

layer(MockScmServer.layer(Mock.mockOptions))("OAuth2 against the mock server", (it) => {
  it.effect("gets a token, then calls the API with it", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      const response = yield* Mock.getTypes.pipe(Effect.provide(Mock.oauth2()))
      expect(response.status).toBe(200)
      const journal = yield* mock.journal
      expect(journal.map((entry) => [entry.method, entry.scheme, entry.status])).toEqual([
        ["POST", "token", 200],
        ["GET", "oauth2", 200]
      ])
    }))

  it.effect("wrong client secret: ScmTokenError invalid_client at once; the next request tries again", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      yield* Effect.gen(function*() {
        const error = yield* Effect.flip(Mock.getTypes)
        expect(error._tag).toBe("ScmTokenError")
        expect(error).toMatchObject({ status: 401, error: "invalid_client" })
        expect(yield* mock.tokenRequests).toBe(1)
        yield* Effect.flip(Mock.getTypes)
        expect(yield* mock.tokenRequests).toBe(2)
        expect((yield* Mock.apiEntries).length).toBe(0)
      }).pipe(Effect.provide(Mock.oauth2({ clientSecret: Redacted.make("not-the-secret") })))
    }))

  it.effect("1,000 concurrent requests on a cold client: exactly one token request", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      const responses = yield* concurrently(1000, Mock.getTypes).pipe(Effect.provide(Mock.oauth2()))
      expect(responses.every((response) => response.status === 200)).toBe(true)
      expect(yield* mock.tokenRequests).toBe(1)
      expect((yield* Mock.apiEntries).length).toBe(1000)
    }))

  it.effect("revoked token: 500 requests failing with it cause one new token request", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      yield* Effect.gen(function*() {
        yield* Mock.getTypes
        yield* mock.revokeTokens
        const responses = yield* concurrently(500, Mock.getTypes)
        expect(responses.every((response) => response.status === 200)).toBe(true)
        expect(yield* mock.tokenRequests).toBe(2)
        const statuses = (yield* Mock.apiEntries).map((entry) => entry.status)
        // Each of the 500 was refused at most once, then resent with the new token.
        expect(statuses.filter((status) => status === 200).length).toBe(501)
        expect(statuses.every((status) => status === 200 || status === 401)).toBe(true)
      }).pipe(Effect.provide(Mock.oauth2()))
    }))

  it.effect("a 401 again after the fresh token is ScmAuthenticationError with SCM's code", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      yield* mock.addFault({
        path: Mock.typesPath,
        times: 2,
        status: 401,
        body: { code: -16, description: "Unknown user" }
      })
      const error = yield* Effect.flip(Mock.getTypes).pipe(Effect.provide(Mock.oauth2()))
      expect(error).toMatchObject({ _tag: "ScmAuthenticationError", scheme: "oauth2", status: 401, code: -16 })
      expect(yield* mock.tokenRequests).toBe(2)
      expect((yield* Mock.apiEntries).map((entry) => entry.status)).toEqual([401, 401])
    }))

  it.effect("token endpoint 503 with Retry-After is retried after the delay (TestClock)", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      const tokenPath = new URL(mock.tokenUrl).pathname
      yield* mock.addFault({ path: tokenPath, status: 503, headers: { "Retry-After": "3" } })
      yield* Effect.gen(function*() {
        const fiber = yield* Effect.forkChild(Mock.getTypes)
        yield* eventuallyEffect(Effect.map(mock.tokenRequests, (n) => n === 1))
        yield* TestClock.adjust("2900 millis")
        expect(yield* mock.tokenRequests).toBe(1)
        yield* TestClock.adjust("100 millis")
        expect((yield* Fiber.join(fiber)).status).toBe(200)
        expect(yield* mock.tokenRequests).toBe(2)
      }).pipe(Effect.provide(Mock.oauth2()))
    }))

  it.effect("token endpoint 400 is not retried", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      const tokenPath = new URL(mock.tokenUrl).pathname
      yield* mock.addFault({ path: tokenPath, status: 400, body: { error: "invalid_request", error_description: "bad" } })
      const error = yield* Effect.flip(Mock.getTypes).pipe(Effect.provide(Mock.oauth2()))
      expect(error).toMatchObject({ _tag: "ScmTokenError", status: 400, error: "invalid_request", errorDescription: "bad" })
      expect(yield* mock.tokenRequests).toBe(1)
    }))

  describe("retry rules over real sockets", () => {
    // An enrollment without its fields: whatever the faults leave through, SCM refuses it (-7).
    const post = Effect.flatMap(
      ScmHttpClient.ScmHttpClient,
      (client) => client.post("/api/ssl/v1/enroll", { body: HttpBody.jsonUnsafe({}) })
    )

    it.effect("a POST that got a 500 is not retried", () =>
      Effect.gen(function*() {
        const mock = yield* mockServer
        yield* mock.reset
        yield* mock.addFault({ method: "POST", path: "/api/ssl/v1/enroll", status: 500 })
        const error = yield* Effect.flip(post).pipe(Effect.provide(Mock.oauth2()))
        expect(error).toMatchObject({ _tag: "ScmApiError", status: 500 })
        expect((yield* Mock.apiEntries).map((entry) => [entry.method, entry.status])).toEqual([["POST", 500]])
      }))

    it.effect("a POST whose connection dropped is not retried; a GET is", () =>
      Effect.gen(function*() {
        const mock = yield* mockServer
        yield* mock.reset
        yield* Effect.gen(function*() {
          yield* mock.addFault({ method: "POST", path: "/api/ssl/v1/enroll", drop: true })
          const error = yield* Effect.flip(post)
          expect(error).toMatchObject({ _tag: "ScmTransportError" })
          expect((yield* Mock.apiEntries).length).toBe(1)
          yield* mock.clearJournal
          yield* mock.addFault({ path: Mock.typesPath, drop: true })
          const response = yield* withTime(Mock.getTypes)
          expect(response.status).toBe(200)
          expect((yield* Mock.apiEntries).map((entry) => entry.status)).toEqual([0, 200])
        }).pipe(Effect.provide(Mock.oauth2()))
      }))

    it.effect("a POST that got 429 or 503 is retried (Retry-After honoured)", () =>
      Effect.gen(function*() {
        const mock = yield* mockServer
        yield* mock.reset
        yield* mock.addFault({ method: "POST", path: "/api/ssl/v1/enroll", status: 429, headers: { "Retry-After": "2" } })
        yield* mock.addFault({ method: "POST", path: "/api/ssl/v1/enroll", status: 503 })
        yield* Effect.gen(function*() {
          const fiber = yield* Effect.forkChild(Effect.flip(post))
          yield* eventuallyEffect(Effect.map(Mock.apiEntries, (entries) => entries.length === 1))
          yield* TestClock.adjust("1999 millis")
          expect((yield* Mock.apiEntries).length).toBe(1)
          yield* TestClock.adjust("1 millis")
          yield* eventuallyEffect(Effect.map(Mock.apiEntries, (entries) => entries.length === 2))
          yield* TestClock.adjust("10 seconds")
          // Once the faults are used up, the real endpoint answers: a 400 is not retried.
          const error = yield* Fiber.join(fiber)
          expect(error).toMatchObject({ _tag: "ScmApiError", status: 400, code: -7 })
          expect((yield* Mock.apiEntries).map((entry) => entry.status)).toEqual([429, 503, 400])
        }).pipe(Effect.provide(Mock.oauth2()))
      }))

    it.effect("Retry-After longer than maxRetryAfter: ScmRateLimitError without waiting", () =>
      Effect.gen(function*() {
        const mock = yield* mockServer
        yield* mock.reset
        yield* mock.addFault({ path: Mock.typesPath, status: 429, headers: { "Retry-After": "3600" } })
        const error = yield* Effect.flip(Mock.getTypes).pipe(Effect.provide(Mock.oauth2()))
        expect(error._tag).toBe("ScmRateLimitError")
        expect(Duration.toSeconds((error as ScmError.ScmRateLimitError).retryAfter!)).toBe(3600)
        expect((yield* Mock.apiEntries).length).toBe(1)
      }))
  })
})

// The server shares the test's TestClock here, so the token can expire at the server while the
// client (on a frozen clock) still believes it fresh.
it.effect("expired token (clock skew): 401, one new token, the request is resent", () =>
  Effect.gen(function*() {
    const mock = yield* mockServer
    const client = yield* Layer.build(Mock.oauth2()).pipe(withClock(frozenClock(0)))
    yield* Mock.getTypes.pipe(Effect.provide(client))
    yield* TestClock.adjust("301 seconds")
    const response = yield* Mock.getTypes.pipe(Effect.provide(client))
    expect(response.status).toBe(200)
    expect(yield* mock.tokenRequests).toBe(2)
    expect((yield* Mock.apiEntries).map((entry) => entry.status)).toEqual([200, 401, 200])
  }).pipe(Effect.provide(MockScmServer.layer(Mock.mockOptions))))

it.effect("the client renews before the server's expiry: no 401 over a long run (TestClock)", () =>
  Effect.gen(function*() {
    const mock = yield* mockServer
    yield* mock.setTokenTtl(120)
    const client = yield* Layer.build(Mock.oauth2())
    for (let minute = 0; minute < 10; minute++) {
      yield* Mock.getTypes.pipe(Effect.provide(client))
      yield* TestClock.adjust("59 seconds")
      yield* eventuallyEffect(Effect.map(mock.tokenRequests, (n) => n >= Math.floor((minute * 59) / 60) + 1))
    }
    const statuses = (yield* Mock.apiEntries).map((entry) => entry.status)
    expect(statuses).toEqual(Array(10).fill(200))
    // 120 s tokens renewed at 60 s: about one per minute, never on every call.
    expect(yield* mock.tokenRequests).toBeGreaterThanOrEqual(9)
    expect(yield* mock.tokenRequests).toBeLessThanOrEqual(11)
  }).pipe(Effect.provide(MockScmServer.layer(Mock.mockOptions))))

/** Polls an effectful condition (the mock's journal) a bounded number of turns. */
const eventuallyEffect = <R>(condition: Effect.Effect<boolean, never, R>) =>
  Effect.gen(function*() {
    for (let i = 0; i < 200; i++) {
      if (yield* condition) return
      yield* eventually(() => true)
      yield* Effect.sleep(Duration.millis(5)).pipe(withRealClock)
    }
    return yield* Effect.die(new Error("condition never held"))
  })


/** Runs `effect` while moving the TestClock on, so retries' sleeps complete. */
const withTime = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.forkChild(effect)
    for (let i = 0; i < 400; i++) {
      if (fiber.pollUnsafe() !== undefined) break
      yield* TestClock.adjust("100 millis")
      yield* Effect.sleep(Duration.millis(2)).pipe(withRealClock)
    }
    return yield* Fiber.join(fiber)
  })
