import { expect, layer } from "@effect/vitest"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { Effect, Exit, Layer, Redacted } from "effect"
import { CertificateAuth, PasswordAuth, ScmHttpClient } from "@scm-effect/core"
import { MockPki, MockScmServer } from "@scm-effect/mock-server"
import * as Mock from "./fixtures/Mock.js"

const mockServer = MockScmServer.MockScmServer

layer(MockScmServer.layer(Mock.mockOptions))("CertificateAuth against the mock server", (it) => {
  it.effect("client certificate login; /api paths go to /private/api", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      const body = yield* Mock.getTypes.pipe(Effect.flatMap(ScmHttpClient.json), Effect.provide(Mock.certificate()))
      expect(Array.isArray(body)).toBe(true)
      const journal = yield* mock.journal
      expect(journal.map((entry) => [entry.scheme, entry.path, entry.status])).toEqual([
        ["certificate", "/private/api/ssl/v1/types", 200]
      ])
    }))

  it.effect("a server the configured CA did not sign: ScmTransportError Tls, not retried", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      const foreign = yield* MockPki.generateCa({ commonName: "Some Other CA" })
      const error = yield* Effect.flip(Mock.getTypes).pipe(Effect.provide(Mock.certificate({ ca: foreign.certPem })))
      expect(error).toMatchObject({ _tag: "ScmTransportError", reason: "Tls" })
      expect(error.message).toContain("TLS failure")
      // The handshake failed: the server never saw a request.
      expect((yield* mock.journal).length).toBe(0)
    }))

  it.effect("a client certificate from another CA: ScmAuthenticationError", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      const foreign = yield* MockPki.generateCa({ commonName: "Some Other CA" })
      const client = yield* MockPki.issueClientCertificate(foreign, { commonName: mock.credentials.certLogin })
      const error = yield* Effect.flip(Mock.getTypes).pipe(Effect.provide(Mock.certificate({ client })))
      expect(error).toMatchObject({ _tag: "ScmAuthenticationError", scheme: "certificate", status: 401 })
      expect(error.message).toContain("trusted client CA")
    }))

  it.effect("another admin's certificate: ScmAuthenticationError", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      const client = yield* MockPki.issueClientCertificate(mock.pki.ca, { commonName: "someone-else" })
      const error = yield* Effect.flip(Mock.getTypes).pipe(Effect.provide(Mock.certificate({ client })))
      expect(error).toMatchObject({ _tag: "ScmAuthenticationError", scheme: "certificate", status: 401 })
      expect(error.message).toContain("does not belong")
    }))

  it.effect("an expired client certificate: ScmAuthenticationError", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      const client = yield* MockPki.issueClientCertificate(mock.pki.ca, {
        commonName: mock.credentials.certLogin,
        notBefore: new Date(Date.now() - 2 * 86_400_000),
        notAfter: new Date(Date.now() - 86_400_000)
      })
      const error = yield* Effect.flip(Mock.getTypes).pipe(Effect.provide(Mock.certificate({ client })))
      expect(error).toMatchObject({ _tag: "ScmAuthenticationError", status: 401 })
      expect(error.message).toContain("expired")
    }))

  it.effect("a key that does not match the certificate fails when the layer is built", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      const other = yield* MockPki.issueClientCertificate(mock.pki.ca, { commonName: mock.credentials.certLogin })
      const exit = yield* Layer.build(
        CertificateAuth.layer({
          login: mock.credentials.certLogin,
          customerUri: mock.credentials.customerUri,
          cert: mock.pki.client.certPem,
          key: other.keyPem,
          baseUrl: mock.httpsUrl
        })
      ).pipe(Effect.scoped, Effect.exit)
      expect(exit).toMatchObject({ _tag: "Failure" })
      if (Exit.isFailure(exit)) {
        const error = exit.cause
        expect(JSON.stringify(error)).toContain("ScmTransportError")
        expect(JSON.stringify(error)).not.toContain(Redacted.value(other.keyPem).slice(40, 80))
      }
    }))

  it.effect("a wrong login (header) with a valid certificate: ScmAuthenticationError -16", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      const error = yield* Effect.flip(Mock.getTypes).pipe(Effect.provide(Mock.certificate({ login: "nobody" })))
      expect(error).toMatchObject({ _tag: "ScmAuthenticationError", code: -16 })
    }))

  it.effect("no client certificate on /private: ScmAuthenticationError from the server's 401", () =>
    Effect.gen(function*() {
      const mock = yield* mockServer
      yield* mock.reset
      // A client that trusts the server but presents no certificate: the header-login strategy.
      const noCertificate = NodeHttpClient.layerUndiciOptions({ connect: { ca: mock.pki.ca.certPem } })
      const error = yield* Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => client.get("/private/api/ssl/v1/types")).pipe(
        Effect.flip,
        Effect.provide(
          PasswordAuth.layer({
            login: mock.credentials.certLogin,
            password: Redacted.make("unused"),
            customerUri: mock.credentials.customerUri,
            baseUrl: mock.httpsUrl
          }).pipe(Layer.provide(noCertificate))
        )
      )
      expect(error).toMatchObject({ _tag: "ScmAuthenticationError", status: 401 })
      expect(error.message).toContain("No client certificate")
    }))
})
