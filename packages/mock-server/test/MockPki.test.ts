import { describe, expect, it } from "@effect/vitest"
import { MockPki } from "@scm-effect/mock-server"
// The test reads certificates with the X.509 library itself, which needs the polyfill the mock
// loads for its own use only when it first makes PKI material.
import "reflect-metadata"
import * as x509 from "@peculiar/x509"
import { Effect, Redacted } from "effect"
import { createPrivateKey, X509Certificate } from "node:crypto"
import * as Fs from "node:fs/promises"
import * as Https from "node:https"
import type { AddressInfo } from "node:net"
import * as Os from "node:os"
import * as Path from "node:path"
import type { TLSSocket } from "node:tls"
import { inspect } from "node:util"

const clientCommonName = "cert-admin"

/** What the TLS server saw of the client certificate. */
interface PeerView {
  readonly authorized: boolean
  readonly authorizationError: string | null
  readonly commonName: string | null
}

/** An HTTPS server like the mock's certificate listener: it asks for a certificate and judges it itself. */
const tlsServer = (pki: MockPki.Pki) =>
  Effect.acquireRelease(
    Effect.callback<Https.Server>((resume) => {
      const server = Https.createServer(
        {
          cert: pki.server.certPem,
          key: Redacted.value(pki.server.keyPem),
          ca: pki.ca.certPem,
          requestCert: true,
          rejectUnauthorized: false
        },
        (request, response) => {
          const socket = request.socket as TLSSocket
          const peer = socket.getPeerCertificate()
          const view: PeerView = {
            authorized: socket.authorized,
            authorizationError: socket.authorizationError?.toString() ?? null,
            commonName: typeof peer.subject?.CN === "string" ? peer.subject.CN : null
          }
          response.setHeader("content-type", "application/json")
          response.end(JSON.stringify(view))
        }
      )
      server.listen(0, "127.0.0.1", () => resume(Effect.succeed(server)))
      return Effect.sync(() => {
        server.close()
      })
    }),
    (server) =>
      Effect.callback<void>((resume) => {
        server.close(() => resume(Effect.void))
      })
  )

/** A GET over TLS that trusts only the mock CA and presents `client`, if any. */
const callWith = (server: Https.Server, ca: MockPki.KeyPair, client?: MockPki.KeyPair) =>
  Effect.callback<PeerView, Error>((resume) => {
    const { port } = server.address() as AddressInfo
    const request = Https.get(
      {
        host: "127.0.0.1",
        port,
        path: "/",
        ca: ca.certPem,
        agent: false,
        ...(client ? { cert: client.certPem, key: Redacted.value(client.keyPem) } : {})
      },
      (response) => {
        let body = ""
        response.setEncoding("utf8")
        response.on("data", (chunk: string) => (body += chunk))
        response.on("end", () => resume(Effect.succeed(JSON.parse(body) as PeerView)))
      }
    )
    request.on("error", (error) => resume(Effect.fail(error)))
    return Effect.sync(() => request.destroy())
  })

const isValidNow = (certPem: string): boolean => {
  const certificate = new X509Certificate(certPem)
  const now = Date.now()
  return Date.parse(certificate.validFrom) <= now && now <= Date.parse(certificate.validTo)
}

describe("MockPki", () => {
  it.effect("signs a server and a client certificate that chain to the CA", () =>
    Effect.gen(function*() {
      const pki = yield* MockPki.generate({ clientCommonName })
      const ca = new X509Certificate(pki.ca.certPem)
      const server = new X509Certificate(pki.server.certPem)
      const client = new X509Certificate(pki.client.certPem)

      expect(ca.ca).toBe(true)
      expect(ca.verify(ca.publicKey)).toBe(true)
      expect(server.verify(ca.publicKey)).toBe(true)
      expect(client.verify(ca.publicKey)).toBe(true)
      expect(server.checkIssued(ca)).toBe(true)
      expect(client.checkIssued(ca)).toBe(true)

      expect(server.checkHost("localhost")).toBe("localhost")
      expect(server.checkIP("127.0.0.1")).toBe("127.0.0.1")
      expect(server.checkIP("::1")).toBe("::1")
      expect(server.checkHost("example.com")).toBeUndefined()
      expect(server.keyUsage).toEqual([x509.ExtendedKeyUsage.serverAuth])

      expect(client.subject).toBe(`CN=${clientCommonName}`)
      expect(client.keyUsage).toEqual([x509.ExtendedKeyUsage.clientAuth])
      expect(server.ca).toBe(false)
      expect(client.ca).toBe(false)
    }))

  it.effect("marks the CA as a CA that may sign certificates", () =>
    Effect.gen(function*() {
      const pki = yield* MockPki.generate({ clientCommonName })
      const ca = new x509.X509Certificate(pki.ca.certPem)
      const constraints = ca.getExtension(x509.BasicConstraintsExtension)
      const usage = ca.getExtension(x509.KeyUsagesExtension)
      expect(constraints?.ca).toBe(true)
      expect(constraints?.critical).toBe(true)
      expect((usage?.usages ?? 0) & x509.KeyUsageFlags.keyCertSign).not.toBe(0)
      expect(ca.publicKey.algorithm).toMatchObject({ name: "ECDSA", namedCurve: "P-256" })
    }))

  it.effect("stores private keys as PKCS#8 PEM that matches the certificate", () =>
    Effect.gen(function*() {
      const pki = yield* MockPki.generate({ clientCommonName })
      for (const pair of [pki.ca, pki.server, pki.client]) {
        const pem = Redacted.value(pair.keyPem)
        expect(pem.startsWith("-----BEGIN PRIVATE KEY-----")).toBe(true)
        expect(new X509Certificate(pair.certPem).checkPrivateKey(createPrivateKey(pem))).toBe(true)
      }
    }))

  it.effect("takes validity windows from the real time even under TestClock", () =>
    Effect.gen(function*() {
      // it.effect runs on a TestClock that reads 1970.
      const pki = yield* MockPki.generate({ clientCommonName })
      expect(isValidNow(pki.ca.certPem)).toBe(true)
      expect(isValidNow(pki.server.certPem)).toBe(true)
      expect(isValidNow(pki.client.certPem)).toBe(true)
      const issued = yield* MockPki.issueClientCertificate(pki.ca, { commonName: "other-admin" })
      expect(isValidNow(issued.certPem)).toBe(true)
    }))

  it.effect("completes a mutual TLS handshake with the client certificate", () =>
    Effect.gen(function*() {
      const pki = yield* MockPki.generate({ clientCommonName })
      const server = yield* tlsServer(pki)
      expect(yield* callWith(server, pki.ca, pki.client)).toEqual({
        authorized: true,
        authorizationError: null,
        commonName: clientCommonName
      })
    }))

  it.effect("issues certificates for other admins that the server accepts", () =>
    Effect.gen(function*() {
      const pki = yield* MockPki.generate({ clientCommonName })
      const other = yield* MockPki.issueClientCertificate(pki.ca, { commonName: "other-admin" })
      const server = yield* tlsServer(pki)
      expect(yield* callWith(server, pki.ca, other)).toMatchObject({ authorized: true, commonName: "other-admin" })
    }))

  it.effect("lets the server tell a missing certificate and a foreign CA apart from a good one", () =>
    Effect.gen(function*() {
      const pki = yield* MockPki.generate({ clientCommonName })
      const foreignCa = yield* MockPki.generateCa({ commonName: "Foreign CA" })
      const foreign = yield* MockPki.issueClientCertificate(foreignCa, { commonName: clientCommonName })
      expect(new X509Certificate(foreign.certPem).verify(new X509Certificate(pki.ca.certPem).publicKey)).toBe(false)

      const server = yield* tlsServer(pki)
      const withForeign = yield* callWith(server, pki.ca, foreign)
      expect(withForeign.authorized).toBe(false)
      expect(withForeign.commonName).toBe(clientCommonName)
      expect(withForeign.authorizationError).not.toBeNull()
      expect(yield* callWith(server, pki.ca)).toMatchObject({ authorized: false, commonName: null })
    }))

  it.effect("issues expired certificates that the server detects", () =>
    Effect.gen(function*() {
      const pki = yield* MockPki.generate({ clientCommonName })
      const now = Date.now()
      const expired = yield* MockPki.issueClientCertificate(pki.ca, {
        commonName: clientCommonName,
        notBefore: new Date(now - 2 * 86_400_000),
        notAfter: new Date(now - 86_400_000)
      })
      expect(Date.parse(new X509Certificate(expired.certPem).validTo)).toBeLessThan(now)

      const server = yield* tlsServer(pki)
      expect(yield* callWith(server, pki.ca, expired)).toMatchObject({
        authorized: false,
        authorizationError: "CERT_HAS_EXPIRED"
      })
    }))

  it.effect("computes fingerprints like node", () =>
    Effect.gen(function*() {
      const pki = yield* MockPki.generate({ clientCommonName })
      for (const pair of [pki.ca, pki.server, pki.client]) {
        expect(MockPki.fingerprint256(pair.certPem)).toBe(new X509Certificate(pair.certPem).fingerprint256)
      }
    }))

  it.effect("never shows a private key when printed or serialized", () =>
    Effect.gen(function*() {
      const pki = yield* MockPki.generate({ clientCommonName })
      const keyBodies = [pki.ca, pki.server, pki.client].map((pair) =>
        Redacted.value(pair.keyPem).split("\n")[1] ?? "missing"
      )
      const printed = [String(pki), JSON.stringify(pki), inspect(pki, { depth: 10 }), String(pki.client.keyPem)]
      for (const text of printed) {
        expect(text).not.toContain("PRIVATE KEY")
        for (const body of keyBodies) expect(text).not.toContain(body)
      }
      expect(JSON.stringify(pki)).toContain("BEGIN CERTIFICATE")
    }))

  it.effect("writes PEM files, keys readable by the owner only", () =>
    Effect.gen(function*() {
      const pki = yield* MockPki.generate({ clientCommonName })
      const dir = yield* Effect.acquireRelease(
        Effect.promise(() => Fs.mkdtemp(Path.join(Os.tmpdir(), "mock-pki-test-"))),
        (dir) => Effect.promise(() => Fs.rm(dir, { recursive: true, force: true }))
      )
      const files = yield* MockPki.writeFiles(pki, Path.join(dir, "nested"))
      const read = (path: string) => Effect.promise(() => Fs.readFile(path, "utf8"))

      expect(yield* read(files.caFile)).toBe(pki.ca.certPem)
      expect(yield* read(files.serverCertFile)).toBe(pki.server.certPem)
      expect(yield* read(files.clientCertFile)).toBe(pki.client.certPem)
      expect(yield* read(files.serverKeyFile)).toBe(Redacted.value(pki.server.keyPem))
      expect(yield* read(files.clientKeyFile)).toBe(Redacted.value(pki.client.keyPem))
      for (const key of [files.serverKeyFile, files.clientKeyFile]) {
        const { mode } = yield* Effect.promise(() => Fs.stat(key))
        expect(mode & 0o777).toBe(0o600)
      }
    }).pipe(Effect.scoped))

  it.effect("fails with PkiError, without the key, when the CA cannot be read", () =>
    Effect.gen(function*() {
      const pki = yield* MockPki.generate({ clientCommonName })
      const keyPem = Redacted.make("-----BEGIN PRIVATE KEY-----\nc2VjcmV0\n-----END PRIVATE KEY-----")
      const broken = { certPem: pki.ca.certPem, keyPem }
      const error = yield* Effect.flip(MockPki.issueClientCertificate(broken, { commonName: clientCommonName }))
      expect(error._tag).toBe("PkiError")
      expect(error.message).toContain("cannot issue a client certificate")
      expect(error.message).not.toContain("c2VjcmV0")
    }))
})
