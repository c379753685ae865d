/**
 * What keeps web pages out of the admin API, which needs no credential: its own Host names only
 * (DNS rebinding), its own Origin only (cross-site requests), JSON on every call that changes
 * state (a cross-site form or `text/plain` POST cannot send it without a preflight); and one
 * normalised path that the router, the faults, the journal and these checks all see.
 */
import { describe, expect, it, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Logger } from "effect"
import { adminJson, passwordLogin } from "./support/mock.js"
import { json, type RawRequest, send, sendBytes } from "./support/raw.js"

const server = MockScmServer.MockScmServer
const typesPath = "/api/ssl/v1/types"

const port = (url: string) => new URL(url).port

const adminAt = (mock: MockScmServer.Service, path: string, request: RawRequest = {}) => send(`${mock.httpUrl}${path}`, request)

/** A fault that would show if an admin request were faulted: the admin API never answers 418. */
const teapot = { path: "/", match: "prefix", status: 418 } as const

layer(MockScmServer.layer())("MockScmServer admin protections", (it) => {
  describe("state-changing calls need JSON", () => {
    it.effect("refuses a cross-site style text/plain POST to /__admin/reset with 415, and resets nothing", () =>
      Effect.gen(function*() {
        const mock = yield* server
        yield* mock.reset
        yield* mock.addFault({ path: typesPath, status: 503 })
        for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", undefined]) {
          const response = yield* adminAt(mock, "/__admin/reset", {
            method: "POST",
            body: "{}",
            headers: contentType === undefined ? {} : { "content-type": contentType }
          })
          expect(response.status).toBe(415)
          expect(json(response)).toMatchObject({ code: -1, description: expect.stringContaining("application/json") })
        }
        expect(yield* mock.pendingFaults).toHaveLength(1)
        expect((yield* adminAt(mock, "/__admin/reset", { method: "POST", headers: adminJson })).status).toBe(204)
        expect(yield* mock.pendingFaults).toEqual([])
      }))

    it.effect("asks it of every call that is not GET or HEAD, and not of reads or of a bodiless DELETE", () =>
      Effect.gen(function*() {
        const mock = yield* server
        yield* mock.reset
        // No web page can send a DELETE across sites (no form can; fetch only after a preflight).
        for (const path of ["/__admin/faults", "/__admin/requests"]) {
          expect((yield* adminAt(mock, path, { method: "DELETE", headers: { "content-type": "text/plain" } })).status).toBe(204)
        }
        const writes = [
          ["POST", "/__admin/faults"],
          ["POST", "/__admin/tokens/revoke"],
          ["POST", "/__admin/reset"],
          ["PUT", "/__admin/settings"],
          ["POST", "/__admin/ssl/20001/issue"],
          ["PUT", "/__admin/ssl/settings"],
          ["PATCH", "/__admin/nothing"]
        ] as const
        for (const [method, path] of writes) {
          expect([method, path, (yield* adminAt(mock, path, { method, headers: { "content-type": "text/plain" } })).status])
            .toEqual([method, path, 415])
        }
        for (const path of ["/__admin/faults", "/__admin/requests", "/__admin/settings", "/__admin/ssl/settings"]) {
          expect((yield* adminAt(mock, path)).status).toBe(200)
        }
        // With the content type, and no body where none is read.
        expect((yield* adminAt(mock, "/__admin/tokens/revoke", { method: "POST", headers: { "content-type": "application/json; charset=utf-8" } })).status)
          .toBe(204)
      }))
  })

  describe("Host", () => {
    it.effect("refuses a foreign Host (DNS rebinding) with 403, reads included", () =>
      Effect.gen(function*() {
        const mock = yield* server
        const httpPort = port(mock.httpUrl)
        for (const host of [`evil.example:${httpPort}`, `127.0.0.1.evil.example:${httpPort}`, `localhost:1`, "localhost", `[::2]:${httpPort}`]) {
          const response = yield* adminAt(mock, "/__admin/requests", { headers: { host } })
          expect([host, response.status]).toEqual([host, 403])
          expect(json(response)).toMatchObject({ code: -1 })
        }
        const reset = yield* adminAt(mock, "/__admin/reset", { method: "POST", headers: { ...adminJson, host: `rebound.example:${httpPort}` } })
        expect(reset.status).toBe(403)
      }))

    it.effect("refuses a request without Host, and an absolute-form target naming another host", () =>
      Effect.gen(function*() {
        const mock = yield* server
        const noHost = yield* sendBytes(mock.httpUrl, "GET /__admin/requests HTTP/1.0\r\n\r\n")
        expect(noHost).toMatch(/^HTTP\/1\.1 403 /)
        const absolute = yield* sendBytes(
          mock.httpUrl,
          `GET http://evil.example/__admin/requests HTTP/1.1\r\nHost: 127.0.0.1:${port(mock.httpUrl)}\r\nConnection: close\r\n\r\n`
        )
        expect(absolute).toMatch(/^HTTP\/1\.1 403 /)
      }))

    it.effect("serves its own names: the listening address, localhost, 127.0.0.1, [::1], either port, any case", () =>
      Effect.gen(function*() {
        const mock = yield* server
        for (const listenerPort of [port(mock.httpUrl), port(mock.httpsUrl)]) {
          for (const name of ["127.0.0.1", "localhost", "LocalHost", "[::1]"]) {
            const response = yield* adminAt(mock, "/__admin/settings", { headers: { host: `${name}:${listenerPort}` } })
            expect([name, response.status]).toEqual([name, 200])
          }
        }
        const https = yield* send(`${mock.httpsUrl}/__admin/settings`, { tls: { ca: mock.pki.ca.certPem }, headers: { host: `localhost:${port(mock.httpsUrl)}` } })
        expect(https.status).toBe(200)
      }))

    it.effect("leaves the API alone: /api does not care about Host", () =>
      Effect.gen(function*() {
        const mock = yield* server
        const response = yield* send(`${mock.httpUrl}${typesPath}`, { headers: { ...passwordLogin(mock).headers, host: "anything.example" } })
        expect(response.status).toBe(200)
      }))
  })

  describe("Origin", () => {
    it.effect("refuses a foreign Origin with 403, even with JSON, and serves its own", () =>
      Effect.gen(function*() {
        const mock = yield* server
        yield* mock.reset
        yield* mock.addFault({ path: typesPath, status: 503 })
        for (const origin of ["http://evil.example", "https://evil.example:443", "null", `http://127.0.0.1:${port(mock.httpUrl)}.evil.example`, "file://"]) {
          const response = yield* adminAt(mock, "/__admin/reset", { method: "POST", headers: { ...adminJson, origin } })
          expect([origin, response.status]).toEqual([origin, 403])
          expect((yield* adminAt(mock, "/__admin/requests", { headers: { origin } })).status).toBe(403)
        }
        expect(yield* mock.pendingFaults).toHaveLength(1)
        const own = yield* adminAt(mock, "/__admin/reset", { method: "POST", headers: { ...adminJson, origin: mock.httpUrl } })
        expect(own.status).toBe(204)
        expect(yield* mock.pendingFaults).toEqual([])
      }))
  })

  describe("one normalised path", () => {
    it.effect("/%5F%5Fadmin and dot segments reach the admin API under its rules: unfaulted, unjournaled, checked", () =>
      Effect.gen(function*() {
        const mock = yield* server
        yield* mock.reset
        yield* mock.addFault({ ...teapot, times: 100 })
        yield* mock.addFault({ path: "/%5F%5Fadmin/settings", status: 418, times: 100 })
        for (const path of ["/%5F%5Fadmin/settings", "/%5f%5fadmin/settings", "/__admin/./settings", "/api/../__admin/settings", "/x/%2E%2E/__admin/settings"]) {
          const response = yield* adminAt(mock, path)
          expect([path, response.status, response.text]).toEqual([path, 200, JSON.stringify({ tokenTtl: 300 })])
        }
        const crossSite = yield* adminAt(mock, "/%5F%5Fadmin/reset", { method: "POST", body: "{}", headers: { "content-type": "text/plain" } })
        expect(crossSite.status).toBe(415)
        const rebound = yield* adminAt(mock, "/%5F%5Fadmin/requests", { headers: { host: "evil.example" } })
        expect(rebound.status).toBe(403)
        expect(yield* mock.journal).toEqual([])
        expect((yield* mock.pendingFaults).map((fault) => fault.times)).toEqual([100, 100])
        yield* mock.clearFaults
      }))

    it.effect("faults and the journal see the API path the router serves", () =>
      Effect.gen(function*() {
        const mock = yield* server
        yield* mock.reset
        const variants = ["/api/ssl/v1/%74ypes", "/api/ssl/./v1/types", "/api/x/../ssl/v1/types", "/api/ssl/v1/types;jsessionid=abc", "/api/ssl/v1/types/"]
        yield* mock.addFault({ path: typesPath, status: 503, times: variants.length })
        for (const path of variants) {
          expect([path, (yield* adminAt(mock, path, passwordLogin(mock))).status]).toEqual([path, 503])
        }
        for (const path of variants) {
          expect([path, (yield* adminAt(mock, path, passwordLogin(mock))).status]).toEqual([path, 200])
        }
        const paths = (yield* mock.journal).map((entry) => entry.path)
        expect(paths).toEqual([...variants, ...variants].map((path) => (path.includes(";") ? `${typesPath}?jsessionid=REDACTED` : typesPath)))
      }))

    it.effect("keeps doubled slashes, which the router refuses: 404, journaled as sent", () =>
      Effect.gen(function*() {
        const mock = yield* server
        yield* mock.reset
        expect((yield* adminAt(mock, "/api//ssl/v1/types", passwordLogin(mock))).status).toBe(404)
        expect((yield* mock.journal).map((entry) => [entry.path, entry.status])).toEqual([["/api//ssl/v1/types", 404]])
      }))
  })
})

describe("MockScmServer admin addresses", () => {
  it.effect("answers the adminHosts it is given: a name with either port, or a host:port", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make({ adminHosts: ["mock.internal", "proxy.test:8080", "[fd00::5]"] })
      const status = (host: string) => Effect.map(adminAt(mock, "/__admin/settings", { headers: { host } }), (response) => response.status)
      expect(yield* status(`mock.internal:${port(mock.httpUrl)}`)).toBe(200)
      expect(yield* status(`MOCK.internal:${port(mock.httpsUrl)}`)).toBe(200)
      expect(yield* status(`[fd00::5]:${port(mock.httpUrl)}`)).toBe(200)
      expect(yield* status("proxy.test:8080")).toBe(200)
      expect(yield* status("proxy.test:9090")).toBe(403)
      expect(yield* status("mock.internal")).toBe(403)
    }))

  it.effect("refuses adminHosts that are no host", () =>
    Effect.gen(function*() {
      for (const adminHosts of [[""], ["a b"], ["evil.example/x"], ["user@host"]]) {
        const error = yield* Effect.flip(Effect.scoped(MockScmServer.make({ adminHosts })))
        expect(error.message).toContain("adminHosts")
      }
    }))

  it.effect("warns when it listens beyond loopback, and only then", () =>
    Effect.gen(function*() {
      const messages: Array<string> = []
      const collect = Logger.make((options) => {
        messages.push(`${options.logLevel}: ${String(options.message)}`)
      })
      const start = (host: string) =>
        Effect.scoped(Effect.provideService(MockScmServer.make({ host }), Logger.CurrentLoggers, new Set([collect])))
      yield* start("127.0.0.1")
      yield* start("localhost")
      expect(messages).toEqual([])
      yield* start("0.0.0.0")
      expect(messages).toHaveLength(1)
      expect(messages[0]).toMatch(/^Warn: .*listening on 0\.0\.0\.0, beyond loopback/)
    }))
})
