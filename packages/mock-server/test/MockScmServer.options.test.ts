import { describe, expect, it } from "@effect/vitest"
import { MockPki, MockScmServer } from "@scm-effect/mock-server"
import { Effect, Exit, Fiber, Redacted, Scope } from "effect"
import { form, json, send } from "./support/raw.js"

const typesPath = "/api/ssl/v1/types"

describe("MockScmServer options", () => {
  it.effect("seeds the given credentials, token lifetime and data", () =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.make({
        credentials: {
          clientId: "ci-client",
          clientSecret: "s3cret-client",
          login: "ops",
          password: "s3cret-pass",
          customerUri: "acme",
          certLogin: "robot",
          developerEmail: "dev@acme.test",
          developerPassword: "s3cret-dev"
        },
        tokenTtlSeconds: 42,
        seed: { sslTypes: [{ id: 7, name: "Only profile", vendorField: "kept" }] }
      })
      expect(mock.credentials.clientId).toBe("ci-client")
      expect(Redacted.value(mock.credentials.clientSecret)).toBe("s3cret-client")
      const token = yield* send(mock.tokenUrl, {
        method: "POST",
        ...form({ grant_type: "client_credentials", client_id: "ci-client", client_secret: "s3cret-client" })
      })
      expect(json(token)).toMatchObject({ expires_in: 42 })
      const types = yield* send(`${mock.httpUrl}${typesPath}`, { headers: { login: "ops", password: "s3cret-pass", customerUri: "acme" } })
      expect(json(types)).toEqual([{ id: 7, name: "Only profile", vendorField: "kept" }])
      // The generated PKI's client certificate belongs to certLogin.
      const viaCertificate = yield* send(`${mock.httpsUrl}/private${typesPath}`, {
        headers: { login: "robot", customerUri: "acme" },
        tls: { ca: mock.pki.ca.certPem, client: mock.pki.client }
      })
      expect(viaCertificate.status).toBe(200)
      const developer = yield* send(`${mock.httpUrl}/api/csod/v1/requests/developer/count`, {
        headers: { email: "dev@acme.test", password: "s3cret-dev", customerUri: "acme" }
      })
      expect(developer.status).toBe(200)
    }))

  it.effect("logs in a certificate by its configured fingerprint, whatever its CN", () =>
    Effect.gen(function* () {
      const pki = yield* MockPki.generate({ clientCommonName: "scm_cert_admin" })
      const robot = yield* MockPki.issueClientCertificate(pki.ca, { commonName: "deploy-robot" })
      const fingerprint = MockPki.fingerprint256(robot.certPem)
      const mock = yield* MockScmServer.make({
        pki,
        certificateFingerprints: { ops_admin: [fingerprint.toLowerCase().replaceAll(":", "")] }
      })
      expect(mock.pki).toBe(pki)
      const call = (login: string) =>
        send(`${mock.httpsUrl}/private${typesPath}`, {
          headers: { login, customerUri: mock.credentials.customerUri },
          tls: { ca: pki.ca.certPem, client: robot }
        })
      expect((yield* call("ops_admin")).status).toBe(200)
      const wrongAdmin = yield* call(mock.credentials.certLogin)
      expect(wrongAdmin.status).toBe(401)
      expect(wrongAdmin.text).toContain("does not belong to admin")
    }))

  it.effect("fails with MockServerError on invalid options", () =>
    Effect.gen(function* () {
      for (const options of [
        { httpPort: 70_000 },
        { tokenTtlSeconds: -1 },
        { tokenTtlSeconds: 1.5 },
        { journalLimit: -1 },
        { credentials: { clientId: "" } },
        { credentials: { developerPassword: "" } },
        { host: "" }
      ]) {
        const error = yield* Effect.flip(Effect.scoped(MockScmServer.make(options)))
        expect(error._tag).toBe("MockServerError")
        expect(error.message).toMatch(/^Invalid options: /)
      }
    }))

  it.effect("fails with MockServerError when a port is taken", () =>
    Effect.gen(function* () {
      const first = yield* MockScmServer.make()
      const port = Number(new URL(first.httpUrl).port)
      const error = yield* Effect.flip(Effect.scoped(MockScmServer.make({ httpPort: port, pki: first.pki })))
      expect(error.message).toContain(`Could not listen for http on 127.0.0.1:${port}`)
    }))

  it.effect("stops listening when its scope closes, even with a request in flight", () =>
    Effect.gen(function* () {
      const scope = yield* Scope.make()
      const mock = yield* MockScmServer.make().pipe(Scope.provide(scope))
      yield* mock.addFault({ path: typesPath, delayMs: 60_000 })
      const pending = yield* Effect.forkChild(send(`${mock.httpUrl}${typesPath}`))
      expect((yield* send(`${mock.httpUrl}/__admin/settings`)).status).toBe(200)
      yield* Scope.close(scope, Exit.void)
      const refused = yield* Effect.flip(send(`${mock.httpUrl}/__admin/settings`))
      expect(refused.code).toBe("ECONNREFUSED")
      yield* Effect.ignore(Fiber.await(pending))
    }))
})
