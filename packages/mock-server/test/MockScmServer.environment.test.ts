/**
 * `MockScmServer.environment`: the SCM_* variables of each strategy point at the server and log in
 * there; the certificate strategy's PEM files live as long as the scope.
 */
import { expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Exit, Redacted, Scope } from "effect"
import * as Fs from "node:fs"
import { send } from "./support/raw.js"

layer(MockScmServer.layer(), { timeout: 20_000 })("MockScmServer.environment", (it) => {
  it.effect("oauth2: the token URL and client credentials it names get a token that the API takes", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const env = yield* Effect.scoped(MockScmServer.environment(mock, "oauth2"))
      expect(env).toEqual({
        SCM_AUTH: "oauth2",
        SCM_BASE_URL: mock.httpUrl,
        SCM_TOKEN_URL: mock.tokenUrl,
        SCM_CLIENT_ID: mock.credentials.clientId,
        SCM_CLIENT_SECRET: Redacted.value(mock.credentials.clientSecret)
      })
      const token = yield* send(env["SCM_TOKEN_URL"]!, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "client_credentials", client_id: env["SCM_CLIENT_ID"]!, client_secret: env["SCM_CLIENT_SECRET"]! }).toString()
      })
      const { access_token } = JSON.parse(token.text) as { readonly access_token: string }
      const types = yield* send(`${env["SCM_BASE_URL"]}/api/ssl/v1/types`, { headers: { authorization: `Bearer ${access_token}` } })
      expect(types.status).toBe(200)
    }))

  it.effect("password: the headers it names log in", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const env = yield* Effect.scoped(MockScmServer.environment(mock, "password"))
      expect(Object.keys(env).sort()).toEqual(["SCM_AUTH", "SCM_BASE_URL", "SCM_CUSTOMER_URI", "SCM_LOGIN", "SCM_PASSWORD"])
      const types = yield* send(`${env["SCM_BASE_URL"]}/api/ssl/v1/types`, {
        headers: { login: env["SCM_LOGIN"]!, password: env["SCM_PASSWORD"]!, customerUri: env["SCM_CUSTOMER_URI"]! }
      })
      expect(types.status).toBe(200)
    }))

  it.effect("certificate: the PEM files it names log in over HTTPS, and are gone when the scope closes", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const scope = yield* Scope.make()
      const env = yield* Scope.provide(MockScmServer.environment(mock, "certificate"), scope)
      expect(env["SCM_BASE_URL"]).toBe(mock.httpsUrl)
      const files = [env["SCM_CERT_FILE"]!, env["SCM_KEY_FILE"]!, env["SCM_CA_FILE"]!]
      expect(files.every((file) => Fs.existsSync(file))).toBe(true)
      const read = (file: string) => Fs.readFileSync(file, "utf8")
      const types = yield* send(`${env["SCM_BASE_URL"]}/private/api/ssl/v1/types`, {
        headers: { login: env["SCM_LOGIN"]!, customerUri: env["SCM_CUSTOMER_URI"]! },
        tls: { ca: read(files[2]!), client: { certPem: read(files[0]!), keyPem: Redacted.make(read(files[1]!)) } }
      })
      expect(types.status).toBe(200)
      yield* Scope.close(scope, Exit.void)
      expect(files.some((file) => Fs.existsSync(file))).toBe(false)
    }))
})
