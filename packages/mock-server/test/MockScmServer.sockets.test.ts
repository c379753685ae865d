/**
 * Sockets that do not behave: a TLS connection that never starts its handshake, a plain-HTTP
 * client on the HTTPS port, half-sent requests. The server must close them itself, and a closing
 * scope must not wait for any of them. Real time throughout (`it.live`): these are node's timers.
 */
import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Exit, Scope } from "effect"
import * as Fs from "node:fs"
import { passwordLogin } from "./support/mock.js"
import { openSocket, send } from "./support/raw.js"

const typesPath = "/api/ssl/v1/types"

describe("MockScmServer sockets", () => {
  it.live("closes a TLS socket that never starts its handshake after tlsHandshakeTimeoutMs, writing nothing", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make({ tlsHandshakeTimeoutMs: 200 })
      const silent = yield* openSocket(mock.httpsUrl)
      const openMs = yield* silent.closed(3_000)
      expect(openMs).toBeGreaterThanOrEqual(150)
      // No HTTP answer (a 408 or 400 written in clear on a TLS socket would wait for a handshake that never comes).
      expect(silent.received().length).toBe(0)
      const answer = yield* send(`${mock.httpsUrl}${typesPath}`, { ...passwordLogin(mock), tls: { ca: mock.pki.ca.certPem } })
      expect(answer.status).toBe(200)
    }))

  // Descriptors are counted in /proc, so Linux only; the server runs in this process.
  it.live.skipIf(!Fs.existsSync("/proc/self/fd"))("releases the descriptors of TLS sockets whose client leaves before the handshake", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const descriptors = () => Fs.readdirSync("/proc/self/fd").length
      const before = descriptors()
      const sockets = yield* Effect.all(Array.from({ length: 50 }, () => openSocket(mock.httpsUrl)))
      expect(descriptors()).toBeGreaterThanOrEqual(before + 50)
      for (const { socket } of sockets) socket.destroy()
      // Well before the 10 s handshake timeout: the server lets go when the client does.
      let after = descriptors()
      for (let i = 0; i < 100 && after > before + 2; i++) {
        yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 20)))
        after = descriptors()
      }
      expect(after).toBeLessThanOrEqual(before + 2)
    }))

  it.live("closes a plain-HTTP request on the HTTPS port at once, without an answer in clear", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const plain = yield* openSocket(mock.httpsUrl)
      plain.socket.write(`GET ${typesPath} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`)
      expect(yield* plain.closed(2_000)).toBeLessThan(2_000)
      expect(plain.received().toString("latin1")).not.toContain("HTTP/1.1")
    }))

  it.live("refuses tlsHandshakeTimeoutMs outside 1..120000", () =>
    Effect.gen(function*() {
      for (const tlsHandshakeTimeoutMs of [0, -1, 1.5, 120_001]) {
        const error = yield* Effect.flip(Effect.scoped(MockScmServer.make({ tlsHandshakeTimeoutMs })))
        expect(error.message).toContain("tlsHandshakeTimeoutMs")
      }
    }))

  it.live("closes its scope at once with sockets in every state, and closes them all", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const mock = yield* MockScmServer.make().pipe(Scope.provide(scope))
      const tlsSilent = yield* openSocket(mock.httpsUrl)
      const httpSilent = yield* openSocket(mock.httpUrl)
      const halfHeaders = yield* openSocket(mock.httpUrl)
      halfHeaders.socket.write(`GET ${typesPath} HTTP/1.1\r\nHost: 127.0.0.1\r\n`)
      const halfBody = yield* openSocket(mock.httpUrl)
      halfBody.socket.write(`POST /__admin/faults HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`)
      const tlsHalfHello = yield* openSocket(mock.httpsUrl)
      // The first bytes of a TLS record header (handshake, TLS 1.0 record version), then nothing.
      tlsHalfHello.socket.write(Buffer.from([0x16, 0x03, 0x01]))
      const started = Date.now()
      yield* Scope.close(scope, Exit.void)
      expect(Date.now() - started).toBeLessThan(1_000)
      for (const socket of [tlsSilent, httpSilent, halfHeaders, halfBody, tlsHalfHello]) {
        yield* socket.closed(2_000)
      }
      const refused = yield* Effect.flip(send(`${mock.httpsUrl}${typesPath}`, { tls: { ca: mock.pki.ca.certPem } }))
      expect(refused.code).toBe("ECONNREFUSED")
    }))
})
