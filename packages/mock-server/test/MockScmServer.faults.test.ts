import { describe, expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Clock, Effect, Fiber } from "effect"
import { TestClock } from "effect/testing"
import { adminRequest, credentialsForm, fetchToken, passwordLogin } from "./support/mock.js"
import { form, json, type RawRequest, type RawResponse, send } from "./support/raw.js"

const typesPath = "/api/ssl/v1/types"
const server = MockScmServer.MockScmServer

const types = (mock: MockScmServer.Service) => send(`${mock.httpUrl}${typesPath}`, passwordLogin(mock))

const admin = (mock: MockScmServer.Service, path: string, request: RawRequest = {}) =>
  send(`${mock.httpUrl}/__admin${path}`, adminRequest(request))

const adminJson = (mock: MockScmServer.Service, method: string, path: string, body: unknown) =>
  admin(mock, path, { method, body: JSON.stringify(body), headers: { "content-type": "application/json" } })

const realPause = (ms: number) => Effect.promise(() => new Promise((resolve) => setTimeout(resolve, ms)))

/**
 * Waits (a few real milliseconds at a time) until the request has taken its fault, then a little
 * longer so that its delay is sleeping on the TestClock (v4's TestClock does not list its sleeps).
 */
const untilSleeping = (mock: MockScmServer.Service) =>
  Effect.gen(function* () {
    for (let i = 0; i < 400; i++) {
      if ((yield* mock.pendingFaults).length === 0) return yield* realPause(50)
      yield* realPause(5)
    }
    return yield* Effect.die(new Error("the request never took its fault"))
  })

const statusOf = (response: RawResponse) => response.status

layer(MockScmServer.layer())("MockScmServer faults", (it) => {
  describe("fault kinds", () => {
    it.effect("answers 429 with Retry-After in seconds, then the real answer", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.reset
        yield* mock.addFault({ path: typesPath, status: 429, headers: { "Retry-After": "2" }, body: { code: -1, description: "Slow down" } })
        const limited = yield* types(mock)
        expect(limited.status).toBe(429)
        expect(limited.headers["retry-after"]).toBe("2")
        expect(limited.headers["content-type"]).toBe("application/json")
        expect(json(limited)).toEqual({ code: -1, description: "Slow down" })
        expect(statusOf(yield* types(mock))).toBe(200)
      }))

    it.effect("answers Retry-After as an HTTP date, string bodies as is, on the token endpoint too", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.reset
        const date = "Wed, 21 Oct 2026 07:28:00 GMT"
        yield* mock.addFault({ method: "POST", path: new URL(mock.tokenUrl).pathname, status: 503, headers: { "Retry-After": date }, body: "down for maintenance" })
        const response = yield* send(mock.tokenUrl, {
          method: "POST",
          ...credentialsForm(mock)
        })
        expect([response.status, response.headers["retry-after"], response.text]).toEqual([503, date, "down for maintenance"])
        expect(response.headers["content-type"]).toMatch(/^text\/plain/)
        expect(yield* mock.tokenRequests).toBe(1)
      }))

    it.effect("answers 500 with an SCM error body for `times` requests", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.reset
        yield* mock.addFault({ path: typesPath, status: 500, times: 2, body: { code: -2, description: "Internal error" } })
        expect(json(yield* types(mock))).toEqual({ code: -2, description: "Internal error" })
        expect(statusOf(yield* types(mock))).toBe(500)
        expect(statusOf(yield* types(mock))).toBe(200)
      }))

    it.effect("delays the real answer by delayMs on the Clock", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.reset
        yield* mock.addFault({ path: typesPath, delayMs: 30_000 })
        const fiber = yield* Effect.forkChild(types(mock))
        yield* untilSleeping(mock)
        expect(fiber.pollUnsafe()).toBeUndefined()
        yield* TestClock.adjust("30 seconds")
        const response = yield* Fiber.join(fiber)
        expect(response.status).toBe(200)
        const [entry] = (yield* mock.journal).slice(-1)
        expect(entry?.durationMs).toBeGreaterThanOrEqual(30_000)
      }))

    it.effect("drops the connection without an answer", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.reset
        yield* mock.addFault({ path: typesPath, drop: true })
        const error = yield* Effect.flip(types(mock))
        expect(error.code).toBe("ECONNRESET")
        expect((yield* mock.journal).map((entry) => entry.status)).toEqual([0])
        expect(statusOf(yield* types(mock))).toBe(200)
      }))

    it.effect("drops the connection on HTTPS too", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.reset
        yield* mock.addFault({ path: typesPath, drop: true })
        const error = yield* Effect.flip(send(`${mock.httpsUrl}${typesPath}`, { ...passwordLogin(mock), tls: { ca: mock.pki.ca.certPem } }))
        expect(error._tag).toBe("RawError")
      }))
  })

  describe("matching", () => {
    it.effect("matches a prefix, a method, and the first queued fault first", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.reset
        yield* mock.addFault({ method: "post", path: "/api/ssl", match: "prefix", status: 418 })
        yield* mock.addFault({ path: "/api/ssl", match: "prefix", status: 502 })
        yield* mock.addFault({ path: "/api/ssl", match: "prefix", status: 503 })
        yield* mock.addFault({ path: "/api/ssl/v1/type", status: 504 })
        expect(statusOf(yield* types(mock))).toBe(502)
        expect(statusOf(yield* send(`${mock.httpUrl}/api/ssl/v1`, passwordLogin(mock)))).toBe(503)
        // An exact fault needs the exact path; the POST fault is still waiting.
        expect(statusOf(yield* types(mock))).toBe(200)
        expect((yield* mock.pendingFaults).map((fault) => fault.status)).toEqual([418, 504])
        yield* mock.clearFaults
        expect(yield* mock.pendingFaults).toEqual([])
      }))

    it.effect("refuses invalid faults over HTTP with a 400, and dies on them from code", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.reset
        for (const fault of [
          { path: typesPath },
          { path: "api", status: 500 },
          { path: typesPath, status: 99 },
          { path: typesPath, status: 500, times: 0 },
          { path: typesPath, status: 500, headers: { "Bad Header": "x" } },
          { path: typesPath, status: 500, headers: { "X-Ok": "line\r\nbreak" } },
          { path: typesPath, status: 500, headers: { "Content-Length": "1" } },
          { path: typesPath, status: 500, drop: true },
          { path: typesPath, body: "needs a status" },
          { path: typesPath, delayMs: -1 }
        ]) {
          const response = yield* adminJson(mock, "POST", "/faults", fault)
          expect(response.status).toBe(400)
          expect(json(response)).toMatchObject({ code: -1 })
        }
        const defect = yield* Effect.exit(mock.addFault({ path: typesPath }))
        expect(defect._tag).toBe("Failure")
        expect(yield* mock.pendingFaults).toEqual([])
      }))
  })

  describe("admin API", () => {
    it.effect("queues, lists and clears faults over HTTP", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.reset
        const created = yield* adminJson(mock, "POST", "/faults", { path: typesPath, status: 503, times: 2 })
        expect(created.status).toBe(201)
        expect(json(created)).toEqual({ path: typesPath, status: 503, times: 2 })
        expect(statusOf(yield* types(mock))).toBe(503)
        expect(json(yield* admin(mock, "/faults"))).toEqual([{ path: typesPath, status: 503, times: 1 }])
        expect(statusOf(yield* admin(mock, "/faults", { method: "DELETE" }))).toBe(204)
        expect(statusOf(yield* types(mock))).toBe(200)
      }))

    it.effect("serves the journal, filtered by scheme, and clears it", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.reset
        yield* types(mock)
        yield* send(mock.tokenUrl, { method: "POST", ...form({ grant_type: "client_credentials" }) })
        const all = json(yield* admin(mock, "/requests")) as ReadonlyArray<MockScmServer.JournalEntry>
        expect(all.map((entry) => [entry.method, entry.path, entry.scheme, entry.status])).toEqual([
          ["GET", typesPath, "password", 200],
          ["POST", new URL(mock.tokenUrl).pathname, "token", 401]
        ])
        // The journal's time is the Clock's: here the TestClock, moved only by the tests.
        expect(all[0]?.at).toBe(new Date(yield* Clock.currentTimeMillis).toISOString())
        const tokens = json(yield* admin(mock, "/requests?scheme=token")) as ReadonlyArray<MockScmServer.JournalEntry>
        expect(tokens.map((entry) => entry.scheme)).toEqual(["token"])
        expect(statusOf(yield* admin(mock, "/requests?scheme=bogus"))).toBe(400)
        expect(statusOf(yield* admin(mock, "/requests", { method: "DELETE" }))).toBe(204)
        expect(json(yield* admin(mock, "/requests"))).toEqual([])
      }))

    it.effect("reads and sets the token lifetime, revokes tokens, resets", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.reset
        expect(json(yield* admin(mock, "/settings"))).toEqual({ tokenTtl: 300 })
        expect(json(yield* adminJson(mock, "PUT", "/settings", { tokenTtl: 5 }))).toEqual({ tokenTtl: 5 })
        expect(yield* mock.tokenTtl).toBe(5)
        expect(statusOf(yield* adminJson(mock, "PUT", "/settings", { tokenTtl: -1 }))).toBe(400)
        expect(statusOf(yield* adminJson(mock, "PUT", "/settings", { tokenTtl: "5" }))).toBe(400)
        const token = yield* fetchToken(mock)
        expect(token.expires_in).toBe(5)
        expect(statusOf(yield* admin(mock, "/tokens/revoke", { method: "POST" }))).toBe(204)
        const revoked = yield* send(`${mock.httpUrl}${typesPath}`, { headers: { authorization: `Bearer ${token.access_token}` } })
        expect(revoked.status).toBe(401)
        yield* mock.addFault({ path: typesPath, status: 500 })
        expect(statusOf(yield* admin(mock, "/reset", { method: "POST" }))).toBe(204)
        expect(yield* mock.tokenTtl).toBe(300)
        expect(yield* mock.pendingFaults).toEqual([])
        expect(yield* mock.journal).toEqual([])
      }))

    it.effect("answers admin mistakes with 4xx: unknown route, wrong content type, bad JSON", () =>
      Effect.gen(function* () {
        const mock = yield* server
        expect(statusOf(yield* admin(mock, "/nothing"))).toBe(404)
        expect(statusOf(yield* admin(mock, "/faults", { method: "POST", body: "{}", headers: { "content-type": "text/plain" } }))).toBe(415)
        expect(statusOf(yield* admin(mock, "/faults", { method: "POST", body: "{", headers: { "content-type": "application/json" } }))).toBe(400)
        expect(statusOf(yield* admin(mock, "/settings", { method: "PUT", body: "null", headers: { "content-type": "application/json" } }))).toBe(400)
      }))

    it.effect("is served on the HTTPS listener too, and never journaled", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.reset
        const response = yield* send(`${mock.httpsUrl}/__admin/settings`, { tls: { ca: mock.pki.ca.certPem } })
        expect(json(response)).toEqual({ tokenTtl: 300 })
        expect(yield* mock.journal).toEqual([])
      }))
  })
})

layer(MockScmServer.layer({ journalLimit: 3 }))("MockScmServer journal", (it) => {
  it.effect("keeps only the last journalLimit entries", () =>
    Effect.gen(function* () {
      const mock = yield* server
      for (const size of [1, 2, 3, 4, 5]) {
        yield* send(`${mock.httpUrl}/api/ssl/v1?size=${size}`, passwordLogin(mock))
      }
      expect((yield* mock.journal).map((entry) => entry.path)).toEqual([
        "/api/ssl/v1?size=3",
        "/api/ssl/v1?size=4",
        "/api/ssl/v1?size=5"
      ])
    }))
})
