/**
 * The token store is bounded: it keeps the last `maxTokens` tokens, and issuing one more forgets
 * the oldest, so that no client can grow the server's memory by asking for tokens.
 */
import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Redacted } from "effect"
import { TestClock } from "effect/testing"
import { defaultMaxTokens, makeTokenStore } from "../src/internal/auth/tokens.js"
import { bearer, fetchToken } from "./support/mock.js"
import { json, send } from "./support/raw.js"

const typesPath = "/api/ssl/v1/types"

describe("MockScmServer token cap", () => {
  it.effect("forgets the oldest token once more than maxTokens are issued: it answers 401, the newest 200", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make({ maxTokens: 3 })
      const tokens: Array<string> = []
      for (let i = 0; i < 5; i++) tokens.push((yield* fetchToken(mock)).access_token)
      const statuses: Array<number> = []
      for (const token of tokens) statuses.push((yield* send(`${mock.httpUrl}${typesPath}`, bearer(token))).status)
      expect(statuses).toEqual([401, 401, 200, 200, 200])
      const oldest = yield* send(`${mock.httpUrl}${typesPath}`, bearer(tokens[0] ?? ""))
      expect(json(oldest)).toEqual({ code: -16, description: "Unknown access token" })
    }))

  it.effect("refuses maxTokens outside 1..1000000", () =>
    Effect.gen(function*() {
      for (const maxTokens of [0, -1, 1.5, 1_000_001]) {
        const error = yield* Effect.flip(Effect.scoped(MockScmServer.make({ maxTokens })))
        expect(error.message).toContain("maxTokens")
      }
    }))
})

describe("token store", () => {
  it.effect("stays at its cap, evicting oldest first, whatever is issued", () =>
    Effect.gen(function*() {
      const store = yield* makeTokenStore(300, 10)
      const issued: Array<string> = []
      for (let i = 0; i < 25; i++) issued.push(Redacted.value((yield* store.issue).accessToken))
      expect(yield* store.size).toBe(10)
      const statuses = issued.map((token) => store.statusAt(token, 0))
      expect(statuses).toEqual([...Array<string>(15).fill("unknown"), ...Array<string>(10).fill("valid")])
    }))

  it.effect("keeps 10000 tokens by default", () =>
    Effect.gen(function*() {
      expect(defaultMaxTokens).toBe(10_000)
      const store = yield* makeTokenStore(300)
      const first = Redacted.value((yield* store.issue).accessToken)
      for (let i = 0; i < defaultMaxTokens; i++) yield* store.issue
      expect(yield* store.size).toBe(defaultMaxTokens)
      expect(store.statusAt(first, 0)).toBe("unknown")
    }))

  it.effect("still tells revoked and expired tokens apart, and resets", () =>
    Effect.gen(function*() {
      const store = yield* makeTokenStore(60, 4)
      const old = Redacted.value((yield* store.issue).accessToken)
      yield* store.revokeAll
      yield* store.setTtlSeconds(10)
      const fresh = Redacted.value((yield* store.issue).accessToken)
      expect(store.statusAt(old, 0)).toBe("revoked")
      expect(store.statusAt(fresh, 9_999)).toBe("valid")
      expect(store.statusAt(fresh, 10_000)).toBe("expired")
      // Evicted, a revoked token is unknown; the fresh one keeps its own expiry.
      for (let i = 0; i < 3; i++) yield* store.issue
      expect([store.statusAt(old, 0), store.statusAt(fresh, 0)]).toEqual(["unknown", "valid"])
      yield* store.reset
      expect([yield* store.size, yield* store.ttlSeconds, store.statusAt(fresh, 0)]).toEqual([0, 60, "unknown"])
    }))

  it.effect("dates tokens by the Clock", () =>
    Effect.gen(function*() {
      const store = yield* makeTokenStore(5, 2)
      yield* TestClock.adjust("1 hour")
      const token = Redacted.value((yield* store.issue).accessToken)
      expect(store.statusAt(token, 3_600_000 + 4_999)).toBe("valid")
      expect(store.statusAt(token, 3_600_000 + 5_000)).toBe("expired")
    }))
})
