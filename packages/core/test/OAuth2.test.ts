import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, DateTime, Deferred, Duration, Effect, Exit, Fiber, Layer, Option, Redacted, Scope } from "effect"
import { TestClock } from "effect/testing"
import { FetchHttpClient } from "effect/http"
import { OAuth2, ScmAuth, ScmHttpClient } from "@scm-effect/core"
import { minLifetimeSeconds, minRenewalIntervalMillis, renewalDue, schedule } from "../src/internal/token.js"
import * as Capture from "./fixtures/Capture.js"
import * as FakeHttp from "./fixtures/FakeHttp.js"
import { eventually } from "./fixtures/util.js"

const secret = "s3cr3t-client-secret"

const oauth2 = (fake: FakeHttp.Fake, options?: Partial<OAuth2.Options>) =>
  OAuth2.layer({
    clientId: "client-1",
    clientSecret: Redacted.make(secret),
    baseUrl: FakeHttp.baseUrl,
    tokenUrl: FakeHttp.tokenUrl,
    ...options
  }).pipe(Layer.provide(fake.layer))

const bearerOf = (request: FakeHttp.Recorded) => request.headers["authorization"]

const get = (path = "/api/ssl/v1/types") =>
  Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => client.get(path))

const apiRequests = (fake: FakeHttp.Fake) => fake.count((request) => !FakeHttp.isToken(request))

describe("OAuth2 token lifecycle", () => {
  it.effect("1,000 concurrent cold requests cause exactly one token request", () =>
    Effect.gen(function*() {
      const gate = yield* Deferred.make<void>()
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      const fake = FakeHttp.make((request) =>
        FakeHttp.isToken(request)
          ? Effect.as(Deferred.await(gate), issuer.answer())
          : { status: 200, body: [] }
      )
      yield* Effect.gen(function*() {
        const fiber = yield* Effect.forkChild(Effect.all(Array.from({ length: 1000 }, () => get()), { concurrency: "unbounded" }))
        yield* eventually(() => fake.tokenRequests() === 1, "the token request")
        // Let every request reach the token: they all wait for the one in flight.
        for (let i = 0; i < 20; i++) yield* Effect.yieldNow
        yield* Deferred.succeed(gate, void 0)
        const responses = yield* Fiber.join(fiber)
        expect(responses.map((response) => response.status)).toEqual(Array(1000).fill(200))
        expect(fake.tokenRequests()).toBe(1)
        expect(apiRequests(fake)).toBe(1000)
        expect(new Set(fake.requests.filter((r) => !FakeHttp.isToken(r)).map(bearerOf))).toEqual(
          new Set(["Bearer token-1"])
        )
      }).pipe(Effect.provide(oauth2(fake)))
    }))

  it.effect("renews in the background at expires_in - refreshSkew; warm requests reuse the token", () =>
    Effect.gen(function*() {
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      const fake = FakeHttp.make((request) => FakeHttp.isToken(request) ? issuer.answer() : { status: 200 })
      yield* Effect.gen(function*() {
        yield* get()
        yield* get()
        expect(fake.tokenRequests()).toBe(1)
        yield* TestClock.adjust("239 seconds")
        yield* get()
        expect(fake.tokenRequests()).toBe(1)
        yield* TestClock.adjust("1 second")
        yield* eventually(() => fake.tokenRequests() === 2, "the renewal")
        yield* get()
        expect(bearerOf(fake.requests.at(-1)!)).toBe("Bearer token-2")
        // The next renewal is scheduled from the new token: 240 s later.
        yield* TestClock.adjust("239 seconds")
        expect(fake.tokenRequests()).toBe(2)
        yield* TestClock.adjust("1 second")
        yield* eventually(() => fake.tokenRequests() === 3, "the second renewal")
      }).pipe(Effect.provide(oauth2(fake)))
    }))

  it.effect("never renews earlier than half the lifetime (refreshSkew capped)", () =>
    Effect.gen(function*() {
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 60 })
      const fake = FakeHttp.make((request) => FakeHttp.isToken(request) ? issuer.answer() : { status: 200 })
      yield* Effect.gen(function*() {
        yield* get()
        yield* TestClock.adjust("29 seconds")
        yield* get()
        expect(fake.tokenRequests()).toBe(1)
        yield* TestClock.adjust("1 second")
        yield* eventually(() => fake.tokenRequests() === 2, "the renewal at half the lifetime")
      }).pipe(Effect.provide(oauth2(fake, { refreshSkew: "5 minutes" })))
    }))

  it.effect("a token without expires_in lives 300 s", () =>
    Effect.gen(function*() {
      const issuer = FakeHttp.tokenIssuer()
      const fake = FakeHttp.make((request) => FakeHttp.isToken(request) ? issuer.answer() : { status: 200 })
      yield* Effect.gen(function*() {
        yield* get()
        yield* TestClock.adjust("239 seconds")
        expect(fake.tokenRequests()).toBe(1)
        yield* TestClock.adjust("1 second")
        yield* eventually(() => fake.tokenRequests() === 2, "the renewal")
      }).pipe(Effect.provide(oauth2(fake)))
    }))

  it.effect("requests do not wait while a renewal is in flight", () =>
    Effect.gen(function*() {
      const gate = yield* Deferred.make<void>()
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      const fake = FakeHttp.make((request) => {
        if (!FakeHttp.isToken(request)) return { status: 200 }
        return issuer.issued() === 0 ? issuer.answer() : Effect.as(Deferred.await(gate), issuer.answer())
      })
      yield* Effect.gen(function*() {
        yield* get()
        yield* TestClock.adjust("240 seconds")
        yield* eventually(() => fake.tokenRequests() === 2, "the renewal to start")
        // The renewal hangs; requests go on with the still-valid token.
        for (let i = 0; i < 10; i++) yield* get()
        expect(fake.requests.filter((r) => !FakeHttp.isToken(r)).map(bearerOf).at(-1)).toBe("Bearer token-1")
        yield* Deferred.succeed(gate, void 0)
        yield* eventually(() => issuer.issued() === 2, "the renewal to finish")
        for (let i = 0; i < 20; i++) yield* Effect.yieldNow
        yield* get()
        expect(bearerOf(fake.requests.at(-1)!)).toBe("Bearer token-2")
      }).pipe(Effect.provide(oauth2(fake)))
    }))

  it.effect("a failing background renewal keeps the valid token, retries, and recovers", () =>
    Effect.gen(function*() {
      let endpointUp = true
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      const fake = FakeHttp.make((request) => {
        if (!FakeHttp.isToken(request)) return { status: 200 }
        return endpointUp ? issuer.answer() : { status: 400, body: { error: "invalid_client" } }
      })
      yield* Effect.gen(function*() {
        yield* get()
        endpointUp = false
        yield* TestClock.adjust("240 seconds")
        yield* eventually(() => fake.tokenRequests() === 2, "the failed renewal")
        // Still served with the old token, no waiting.
        yield* get()
        expect(bearerOf(fake.requests.at(-1)!)).toBe("Bearer token-1")
        // The renewal fiber tries again (after 1 s, 2 s, ...).
        yield* TestClock.adjust("1 second")
        yield* eventually(() => fake.tokenRequests() === 3, "the second renewal attempt")
        endpointUp = true
        yield* TestClock.adjust("2 seconds")
        yield* eventually(() => issuer.issued() === 2, "the recovery")
        yield* get()
        expect(bearerOf(fake.requests.at(-1)!)).toBe("Bearer token-2")
      }).pipe(Effect.provide(oauth2(fake)))
    }))

  it.effect("when renewal fails until expiry, requests fetch in the foreground and see the error", () =>
    Effect.gen(function*() {
      let endpointUp = true
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      const fake = FakeHttp.make((request) => {
        if (!FakeHttp.isToken(request)) return { status: 200 }
        return endpointUp ? issuer.answer() : { status: 401, body: { error: "invalid_client", error_description: "Invalid client credentials" } }
      })
      yield* Effect.gen(function*() {
        yield* get()
        endpointUp = false
        yield* TestClock.adjust("301 seconds")
        const error = yield* Effect.flip(get())
        expect(error._tag).toBe("ScmTokenError")
        endpointUp = true
        const response = yield* get()
        expect(response.status).toBe(200)
      }).pipe(Effect.provide(oauth2(fake)))
    }))

  it.effect("a 401 invalidates the token, fetches one new token and resends once", () =>
    Effect.gen(function*() {
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      const fake = FakeHttp.make((request) => {
        if (FakeHttp.isToken(request)) return issuer.answer()
        return bearerOf(request) === "Bearer token-1" ? { status: 401, body: { code: -16, description: "Unknown user" } } : { status: 200 }
      })
      yield* Effect.gen(function*() {
        const response = yield* get()
        expect(response.status).toBe(200)
        expect(fake.tokenRequests()).toBe(2)
        expect(fake.requests.filter((r) => !FakeHttp.isToken(r)).map(bearerOf)).toEqual([
          "Bearer token-1",
          "Bearer token-2"
        ])
      }).pipe(Effect.provide(oauth2(fake)))
    }))

  it.effect("500 requests failing with the same revoked token cause one new token request", () =>
    Effect.gen(function*() {
      const gate = yield* Deferred.make<void>()
      let revoked = false
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      const fake = FakeHttp.make((request) => {
        if (FakeHttp.isToken(request)) {
          return issuer.issued() === 0 ? issuer.answer() : Effect.as(Deferred.await(gate), issuer.answer())
        }
        return revoked && bearerOf(request) === "Bearer token-1" ? { status: 401 } : { status: 200 }
      })
      yield* Effect.gen(function*() {
        yield* get()
        revoked = true
        const fiber = yield* Effect.forkChild(Effect.all(Array.from({ length: 500 }, () => get()), { concurrency: "unbounded" }))
        yield* eventually(() => fake.tokenRequests() === 2, "the new token request")
        for (let i = 0; i < 20; i++) yield* Effect.yieldNow
        yield* Deferred.succeed(gate, void 0)
        const responses = yield* Fiber.join(fiber)
        expect(responses.every((response) => response.status === 200)).toBe(true)
        expect(fake.tokenRequests()).toBe(2)
      }).pipe(Effect.provide(oauth2(fake)))
    }))

  it.effect("a second 401 is ScmAuthenticationError with SCM's code", () =>
    Effect.gen(function*() {
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      const fake = FakeHttp.make((request) =>
        FakeHttp.isToken(request)
          ? issuer.answer()
          : { status: 401, body: { code: -16, description: "Unknown user" } }
      )
      const error = yield* Effect.flip(get()).pipe(Effect.provide(oauth2(fake)))
      expect(error._tag).toBe("ScmAuthenticationError")
      expect(error).toMatchObject({ scheme: "oauth2", status: 401, code: -16, description: "Unknown user" })
      expect(fake.tokenRequests()).toBe(2)
      expect(apiRequests(fake)).toBe(2)
    }))

  it.effect("invalid_client fails at once with ScmTokenError, and the failure is not cached", () =>
    Effect.gen(function*() {
      let valid = false
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      const fake = FakeHttp.make((request) => {
        if (!FakeHttp.isToken(request)) return { status: 200 }
        return valid
          ? issuer.answer()
          : { status: 401, body: { error: "invalid_client", error_description: "Invalid client or Invalid client credentials" } }
      })
      yield* Effect.gen(function*() {
        const error = yield* Effect.flip(get())
        expect(error._tag).toBe("ScmTokenError")
        expect(error).toMatchObject({ status: 401, error: "invalid_client" })
        expect(error.message).toContain("invalid_client")
        expect(fake.tokenRequests()).toBe(1)
        expect(apiRequests(fake)).toBe(0)
        valid = true
        const response = yield* get()
        expect(response.status).toBe(200)
        expect(fake.tokenRequests()).toBe(2)
      }).pipe(Effect.provide(oauth2(fake)))
    }))

  it.effect("transient token endpoint failures are retried on the schedule", () =>
    Effect.gen(function*() {
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      let calls = 0
      const fake = FakeHttp.make((request) => {
        if (!FakeHttp.isToken(request)) return { status: 200 }
        calls++
        if (calls === 1) return { status: 503, headers: { "retry-after": "2" } }
        if (calls === 2) return { fail: "ECONNREFUSED" }
        return issuer.answer()
      })
      yield* Effect.gen(function*() {
        const fiber = yield* Effect.forkChild(get())
        yield* eventually(() => fake.tokenRequests() === 1)
        yield* TestClock.adjust("2 seconds")
        yield* eventually(() => fake.tokenRequests() === 2)
        yield* TestClock.adjust("1 second")
        const response = yield* Fiber.join(fiber)
        expect(response.status).toBe(200)
        expect(fake.tokenRequests()).toBe(3)
      }).pipe(Effect.provide(oauth2(fake)))
    }))

  it.effect("the secret goes to the token URL only, without following redirects", () =>
    Effect.gen(function*() {
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      const fake = FakeHttp.make((request) => FakeHttp.isToken(request) ? issuer.answer() : { status: 200 })
      yield* Effect.gen(function*() {
        const client = yield* ScmHttpClient.ScmHttpClient
        yield* client.get("/api/x")
        const refused = yield* Effect.flip(client.get("https://elsewhere.test/api/x"))
        expect(refused).toMatchObject({ _tag: "ScmTransportError", reason: "InvalidUrl" })
      }).pipe(
        Effect.provide(oauth2(fake)),
        Effect.provideService(FetchHttpClient.RequestInit, {})
      )
      for (const request of fake.requests) {
        if (FakeHttp.isToken(request)) {
          expect(request.url.origin + request.url.pathname).toBe(FakeHttp.tokenUrl)
          expect(new URLSearchParams(request.body).get("client_secret")).toBe(secret)
          expect(request.headers["authorization"]).toBeUndefined()
          expect(request.redirect).toBe("manual")
        } else {
          expect(request.url.origin).toBe(FakeHttp.baseUrl)
          expect(request.body).not.toContain(secret)
          expect(JSON.stringify(request.headers)).not.toContain(secret)
        }
      }
      expect(fake.requests.map((request) => request.url.origin)).toEqual([new URL(FakeHttp.tokenUrl).origin, FakeHttp.baseUrl])
    }))

  it.effect("the renewal fiber ends with the layer", () =>
    Effect.gen(function*() {
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      const fake = FakeHttp.make((request) => FakeHttp.isToken(request) ? issuer.answer() : { status: 200 })
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(oauth2(fake), scope)
      yield* get().pipe(Effect.provide(context))
      yield* Scope.close(scope, Exit.void)
      yield* TestClock.adjust("1 hour")
      for (let i = 0; i < 20; i++) yield* Effect.yieldNow
      expect(fake.tokenRequests()).toBe(1)
    }))

  it.effect("closing the layer during a renewal is not logged as a failed renewal", () =>
    Effect.gen(function*() {
      const captured = Capture.make()
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      // The first token comes at once; the renewal hangs until the layer closes under it.
      const fake = FakeHttp.make((request) =>
        !FakeHttp.isToken(request) ? { status: 200 } : fake.tokenRequests() === 1 ? issuer.answer() : Effect.never
      )
      yield* Capture.run(
        captured,
        Effect.gen(function*() {
          const scope = yield* Scope.make()
          const context = yield* Layer.buildWithScope(oauth2(fake), scope)
          yield* get().pipe(Effect.provide(context))
          yield* TestClock.adjust("250 seconds")
          yield* eventually(() => fake.tokenRequests() === 2, "the renewal request")
          yield* Scope.close(scope, Exit.void)
        })
      )
      expect(captured.lines.filter((line) => line.includes("renewal failed"))).toEqual([])
      expect(captured.lines.filter((line) => line.includes("level=WARN") || line.includes("level=ERROR"))).toEqual([])
    }))

  it.effect("a caller interrupted while waiting does not cancel the token request for the others", () =>
    Effect.gen(function*() {
      const gate = yield* Deferred.make<void>()
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      const fake = FakeHttp.make((request) =>
        FakeHttp.isToken(request) ? Effect.as(Deferred.await(gate), issuer.answer()) : { status: 200 }
      )
      yield* Effect.gen(function*() {
        const first = yield* Effect.forkChild(get())
        yield* eventually(() => fake.tokenRequests() === 1, "the token request")
        const second = yield* Effect.forkChild(get())
        yield* Fiber.interrupt(first)
        yield* Deferred.succeed(gate, void 0)
        expect((yield* Fiber.join(second)).status).toBe(200)
        yield* get()
        expect(fake.tokenRequests()).toBe(1)
      }).pipe(Effect.provide(oauth2(fake)))
    }))
})

describe("OAuth2.Tokens", () => {
  const current = Effect.flatMap(OAuth2.Tokens, (tokens) => tokens.current)

  it.effect("says when the token held was obtained, renews and expires, follows the renewal, and never shows the token", () =>
    Effect.gen(function*() {
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 300 })
      const fake = FakeHttp.make((request) => FakeHttp.isToken(request) ? issuer.answer() : { status: 200 })
      yield* Effect.gen(function*() {
        // Asking requests nothing: no token before the first request.
        expect(Option.isNone(yield* current)).toBe(true)
        expect(fake.tokenRequests()).toBe(0)
        yield* TestClock.adjust("5 seconds")
        yield* get()
        const first = Option.getOrThrow(yield* current)
        expect(DateTime.toEpochMillis(first.obtainedAt)).toBe(5_000)
        expect(DateTime.toEpochMillis(first.renewsAt)).toBe(245_000)
        expect(DateTime.toEpochMillis(first.expiresAt)).toBe(305_000)
        expect(Duration.toSeconds(first.lifetime)).toBe(300)
        for (const text of Capture.renderings(first)) expect(text).not.toContain("token-1")

        yield* TestClock.adjust("240 seconds")
        yield* eventually(() => fake.tokenRequests() === 2, "the renewal")
        const renewed = Option.getOrThrow(yield* current)
        expect(DateTime.toEpochMillis(renewed.obtainedAt)).toBe(245_000)
        expect(DateTime.toEpochMillis(renewed.expiresAt)).toBe(545_000)
      }).pipe(Effect.provide(oauth2(fake, { retry: false })))
    }))

  it.effect("a token that expired unrenewed is no longer held", () =>
    Effect.gen(function*() {
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 60 })
      let endpointUp = true
      const fake = FakeHttp.make((request) =>
        FakeHttp.isToken(request) ? (endpointUp ? issuer.answer() : { status: 503 }) : { status: 200 }
      )
      yield* Effect.gen(function*() {
        yield* get()
        expect(Option.isSome(yield* current)).toBe(true)
        endpointUp = false
        yield* TestClock.adjust("61 seconds")
        expect(Option.isNone(yield* current)).toBe(true)
      }).pipe(Effect.provide(oauth2(fake, { retry: false })))
    }))

  it.effect("ScmAuth.layerConfig provides it with every strategy; header login holds no token", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 200, body: [] }))
      const env = { SCM_AUTH: "password", SCM_LOGIN: "admin", SCM_PASSWORD: "pw", SCM_CUSTOMER_URI: "acme", SCM_BASE_URL: FakeHttp.baseUrl }
      yield* Effect.gen(function*() {
        yield* get()
        expect(Option.isNone(yield* current)).toBe(true)
      }).pipe(
        Effect.provide(ScmAuth.layerConfig().pipe(Layer.provide(fake.layer), Layer.provide(ConfigProvider.layer(ConfigProvider.fromEnv({ env })))))
      )
    }))
})

describe("OAuth2 renewal rate and schedule", () => {
  /** Moves the TestClock on one step at a time, letting the renewal fiber run after each. */
  const advance = (steps: number, step: Duration.Input) =>
    Effect.gen(function*() {
      for (let i = 0; i < steps; i++) {
        yield* TestClock.adjust(step)
        for (let j = 0; j < 5; j++) yield* Effect.yieldNow
      }
    })

  it.effect("an endpoint answering expires_in 0.001: one token in 1.5 s, then one every 5 s, never a loop", () =>
    Effect.gen(function*() {
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 0.001 })
      const fake = FakeHttp.make((request) => FakeHttp.isToken(request) ? issuer.answer() : { status: 200 })
      yield* Effect.gen(function*() {
        yield* get()
        yield* advance(15, "100 millis")
        expect(fake.tokenRequests()).toBe(1)
        // The token is scheduled as living 10 s: renewed at half of it, every 5 s.
        yield* advance(585, "100 millis")
        yield* eventually(() => fake.tokenRequests() === 13, "a renewal every 5 s")
        // Warm: the request uses the renewed token, no token request in the foreground.
        yield* get()
        expect(fake.tokenRequests()).toBe(13)
        expect(bearerOf(fake.requests.at(-1)!)).toBe("Bearer token-13")
      }).pipe(Effect.provide(oauth2(fake)))
    }))

  it("the floors: a lifetime of at least 10 s, renewals at least 1 s apart whatever the schedule says", () => {
    expect(minLifetimeSeconds).toBe(10)
    expect(minRenewalIntervalMillis).toBe(1000)
    expect(schedule(0, 0.001, 60_000)).toEqual({ expiresAt: 10_000, refreshAt: 5_000 })
    expect(schedule(0, 0, 0)).toEqual({ expiresAt: 10_000, refreshAt: 10_000 })
    expect(schedule(0, 300, Number.NaN)).toEqual({ expiresAt: 300_000, refreshAt: 300_000 })
    expect(schedule(1_000, 300, 60_000)).toEqual({ expiresAt: 301_000, refreshAt: 241_000 })
    expect(renewalDue(240_000, 0)).toBe(240_000)
    expect(renewalDue(500, 1_000)).toBe(2_000)
    expect(renewalDue(Number.NaN, 1_000)).toBe(2_000)
    expect(renewalDue(Number.NEGATIVE_INFINITY, 1_000)).toBe(2_000)
  })

  it.effect("a token replaced after a 401 is renewed on its own schedule: a warm client still never waits", () =>
    Effect.gen(function*() {
      let issued = 0
      let revoked = false
      const fake = FakeHttp.make((request) => {
        if (FakeHttp.isToken(request)) {
          issued++
          // The token that replaces the revoked one lives only 60 s; the others 300 s.
          return {
            status: 200,
            body: { access_token: `token-${issued}`, token_type: "Bearer", expires_in: issued === 2 ? 60 : 300 }
          }
        }
        return revoked && bearerOf(request) === "Bearer token-1" ? { status: 401 } : { status: 200 }
      })
      yield* Effect.gen(function*() {
        yield* get()
        yield* advance(1, "10 seconds")
        revoked = true
        yield* get()
        // token-2 came at 10 s: it expires at 70 s and is due for renewal at 40 s.
        expect(fake.tokenRequests()).toBe(2)
        yield* advance(29, "1 second")
        expect(fake.tokenRequests()).toBe(2)
        yield* advance(1, "1 second")
        yield* eventually(() => fake.tokenRequests() === 3, "the renewal of the token that replaced the revoked one")
        // Past token-2's expiry: the request goes out at once with token-3.
        yield* advance(31, "1 second")
        yield* get()
        expect(fake.tokenRequests()).toBe(3)
        expect(bearerOf(fake.requests.at(-1)!)).toBe("Bearer token-3")
      }).pipe(Effect.provide(oauth2(fake)))
    }))
})
