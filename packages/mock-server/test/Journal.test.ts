/**
 * The journal's ring, at the unit level: entries stay exact when the ring wraps, and when the
 * paths it reuses are many, repeat, or were cleared.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { makeJournal } from "../src/internal/admin/journal.js"

describe("journal", () => {
  it.effect("keeps every path exactly, however many distinct paths pass", () =>
    Effect.gen(function* () {
      const journal = yield* makeJournal(1000)
      for (let i = 0; i < 600; i++) journal.record("GET", `/api/ssl/v1/${i % 300}`, "password", 200, 1, 0, [], undefined, undefined)
      const entries = yield* journal.entries
      expect(entries).toHaveLength(600)
      expect(entries.map((entry) => entry.path)).toEqual(Array.from({ length: 600 }, (_, i) => `/api/ssl/v1/${i % 300}`))
    }), { timeout: 10_000 })

  it.effect("keeps every field of the newest entries when it wraps", () =>
    Effect.gen(function* () {
      const journal = yield* makeJournal(3)
      const schemes = ["token", "oauth2", "password", "certificate", null] as const
      for (let i = 0; i < 7; i++) {
        journal.record(i % 2 === 0 ? "GET" : "POST", `/api/p/${i}`, schemes[i % 5] ?? null, 200 + i, i + 0.125, Date.UTC(2026, 0, 1, 0, 0, i), [], undefined, undefined)
      }
      expect(yield* journal.entries).toEqual([4, 5, 6].map((i) => ({
        id: i + 1,
        method: i % 2 === 0 ? "GET" : "POST",
        path: `/api/p/${i}`,
        scheme: schemes[i % 5],
        status: 200 + i,
        durationMs: i + 0.125,
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString()
      })))
    }), { timeout: 10_000 })

  it.effect("forgets paths on clear and records them again afterwards", () =>
    Effect.gen(function* () {
      const journal = yield* makeJournal(2)
      journal.record("GET", "/api/ssl/v1/types", "password", 200, 1, 0, [], undefined, undefined)
      yield* journal.clear
      expect(yield* journal.entries).toEqual([])
      journal.record("HEAD", "/api/ssl/v1/types", "oauth2", 204, 2, 0, [], undefined, undefined)
      expect((yield* journal.entries).map((entry) => [entry.method, entry.path, entry.scheme, entry.status])).toEqual([
        ["HEAD", "/api/ssl/v1/types", "oauth2", 204]
      ])
    }), { timeout: 10_000 })

  it.effect("keeps nothing with a limit of 0", () =>
    Effect.gen(function* () {
      const journal = yield* makeJournal(0)
      journal.record("GET", "/api/ssl/v1/types", "password", 200, 1, 0, [], undefined, undefined)
      expect(yield* journal.entries).toEqual([])
    }), { timeout: 10_000 })

  it.effect("says which answered when told, and nothing when not", () =>
    Effect.gen(function* () {
      const journal = yield* makeJournal(3)
      journal.record("GET", "/api/p/0", "password", 200, 1, 0, [], undefined, undefined)
      journal.record("GET", "/api/p/1", "password", 200, 1, 0, [], undefined, undefined, "replay")
      journal.record("GET", "/api/p/2", "password", 200, 1, 0, [], undefined, undefined, "proxy")
      journal.record("GET", "/api/p/3", "password", 200, 1, 0, [], undefined, undefined, "mock")
      const entries = yield* journal.entries
      expect(entries.map((entry) => [entry.path, entry.source])).toEqual([
        ["/api/p/1", "replay"],
        ["/api/p/2", "proxy"],
        ["/api/p/3", "mock"]
      ])
      journal.record("GET", "/api/p/4", "password", 200, 1, 0, [], undefined, undefined)
      // The slot the oldest entry left keeps no source of its own.
      expect((yield* journal.entries).at(-1)).not.toHaveProperty("source")
    }), { timeout: 10_000 })
})
