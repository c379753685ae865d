import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Fiber, Layer, Redacted } from "effect"
import { TestClock } from "effect/testing"
import * as Fs from "node:fs/promises"
import * as Os from "node:os"
import * as Path from "node:path"
import { CertificateAuth, OAuth2, PasswordAuth, ScmAuth, ScmHttpClient } from "@scm-effect/core"
import { MockPki, MockScmServer } from "@scm-effect/mock-server"
import * as FakeHttp from "./fixtures/FakeHttp.js"
import * as Mock from "./fixtures/Mock.js"
import { eventually } from "./fixtures/util.js"

const env = (vars: Record<string, string>) => ConfigProvider.fromEnv({ env: vars })

const withEnv = (vars: Record<string, string>) => Effect.provideService(ConfigProvider.ConfigProvider, env(vars))

/** Builds the layer with the given environment; returns the ConfigError's text, or "built". */
const buildWith = <E, R>(layer: Layer.Layer<ScmHttpClient.ScmHttpClient, E, R>, vars: Record<string, string>) =>
  Layer.build(layer).pipe(
    Effect.scoped,
    withEnv(vars),
    Effect.as("built"),
    Effect.catch((error) => Effect.succeed(String(error)))
  )

const issuer = () => {
  const tokens = FakeHttp.tokenIssuer({ expiresIn: 300 })
  return FakeHttp.make((request) => FakeHttp.isToken(request) ? tokens.answer() : { status: 200 })
}

const oauth2Env = { SCM_AUTH: "oauth2", SCM_CLIENT_ID: "client", SCM_CLIENT_SECRET: "the-client-secret" }
const passwordEnv = { SCM_AUTH: "password", SCM_LOGIN: "admin", SCM_PASSWORD: "the-password", SCM_CUSTOMER_URI: "acme" }

describe("ScmAuth.layerConfig", () => {
  it.effect("oauth2 with the documented defaults for base and token URL", () =>
    Effect.gen(function*() {
      const fake = issuer()
      yield* Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => client.get("/api/ssl/v1/types")).pipe(
        Effect.provide(ScmAuth.layerConfig().pipe(Layer.provide(fake.layer))),
        withEnv(oauth2Env)
      )
      expect(fake.requests.map((request) => request.url.toString())).toEqual([
        OAuth2.defaultTokenUrl,
        "https://admin.enterprise.sectigo.com/api/ssl/v1/types"
      ])
      expect(new URLSearchParams(fake.requests[0]!.body).get("client_secret")).toBe("the-client-secret")
    }))

  it.effect("password with the header-login default base URL, or SCM_BASE_URL", () =>
    Effect.gen(function*() {
      const fake = issuer()
      const get = Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => client.get("/api/x"))
      yield* get.pipe(
        Effect.provide(ScmAuth.layerConfig().pipe(Layer.provide(fake.layer))),
        withEnv(passwordEnv)
      )
      yield* get.pipe(
        Effect.provide(ScmAuth.layerConfig().pipe(Layer.provide(fake.layer))),
        withEnv({ ...passwordEnv, SCM_BASE_URL: "https://hard.cert-manager.com" })
      )
      expect(fake.requests.map((request) => request.url.toString())).toEqual([
        `${PasswordAuth.defaultBaseUrl}/api/x`,
        "https://hard.cert-manager.com/api/x"
      ])
      expect(fake.requests[0]!.headers).toMatchObject({ login: "admin", password: "the-password", customeruri: "acme" })
    }))

  it.effect("missing or invalid settings are ConfigErrors naming the variable", () =>
    Effect.gen(function*() {
      const fake = issuer()
      const layer = ScmAuth.layerConfig().pipe(Layer.provide(fake.layer))
      const cases: Array<[Record<string, string>, ReadonlyArray<string>]> = [
        [{}, ["SCM_AUTH"]],
        [{ SCM_AUTH: "kerberos" }, ["SCM_AUTH", "oauth2", "password", "certificate"]],
        [{ SCM_AUTH: "oauth2", SCM_CLIENT_ID: "client" }, ["SCM_CLIENT_SECRET"]],
        [{ SCM_AUTH: "oauth2", SCM_CLIENT_SECRET: "s" }, ["SCM_CLIENT_ID"]],
        [{ ...oauth2Env, SCM_CLIENT_ID: "" }, ["SCM_CLIENT_ID"]],
        [{ ...oauth2Env, SCM_BASE_URL: "admin.sectigo.com" }, ["SCM_BASE_URL", "not an absolute URL"]],
        [{ ...oauth2Env, SCM_TOKEN_URL: "ftp://auth.test/token" }, ["SCM_TOKEN_URL"]],
        [{ ...oauth2Env, SCM_BASE_URL: "https://user:pw@scm.test" }, ["SCM_BASE_URL", "user name or password"]],
        [{ SCM_AUTH: "password", SCM_LOGIN: "admin", SCM_CUSTOMER_URI: "acme" }, ["SCM_PASSWORD"]],
        [{ SCM_AUTH: "password", SCM_LOGIN: "admin", SCM_PASSWORD: "p" }, ["SCM_CUSTOMER_URI"]],
        [{ SCM_AUTH: "certificate", SCM_LOGIN: "admin", SCM_CUSTOMER_URI: "acme" }, ["SCM_CERT_FILE", "SCM_PFX_FILE"]],
        [
          { SCM_AUTH: "certificate", SCM_LOGIN: "admin", SCM_CUSTOMER_URI: "acme", SCM_CERT_FILE: "c.pem" },
          ["SCM_KEY_FILE"]
        ],
        [
          {
            SCM_AUTH: "certificate",
            SCM_LOGIN: "admin",
            SCM_CUSTOMER_URI: "acme",
            SCM_CERT_FILE: "c.pem",
            SCM_KEY_FILE: "k.pem",
            SCM_PFX_FILE: "c.pfx"
          },
          ["SCM_PFX_FILE", "SCM_CERT_FILE", "not both"]
        ],
        [
          {
            SCM_AUTH: "certificate",
            SCM_LOGIN: "admin",
            SCM_CUSTOMER_URI: "acme",
            SCM_CERT_FILE: "/nonexistent/client.pem",
            SCM_KEY_FILE: "/nonexistent/client.key"
          },
          ["SCM_CERT_FILE", "/nonexistent/client.pem", "does not exist"]
        ]
      ]
      for (const [vars, mentions] of cases) {
        const text = yield* buildWith(layer, vars)
        if (process.env["SHOW_CONFIG_ERRORS"]) console.error(text)
        for (const mention of mentions) expect(text, JSON.stringify(vars)).toContain(mention)
        // A secret that was set never shows in the error.
        for (const secret of ["the-client-secret", "the-password"]) expect(text).not.toContain(secret)
      }
    }))
})

describe("SCM_TIMEOUT and header values", () => {
  const hanging = () => FakeHttp.make((request) => FakeHttp.isToken(request) ? { status: 200, body: { access_token: "t", expires_in: 300 } } : Effect.never)

  /** Fails a GET against a silent API after `seconds` of TestClock, not before. */
  const timesOutAfter = (layer: Layer.Layer<ScmHttpClient.ScmHttpClient, unknown>, fake: FakeHttp.Fake, seconds: number) =>
    Effect.gen(function*() {
      const fiber = yield* Effect.forkChild(
        Effect.flip(Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => client.get("/api/x")).pipe(Effect.provide(layer)))
      )
      yield* eventually(() => fake.count((request) => !FakeHttp.isToken(request)) === 1, "the request")
      yield* TestClock.adjust(`${seconds - 1} seconds`)
      expect(fiber.pollUnsafe()).toBeUndefined()
      yield* TestClock.adjust("1 second")
      expect(yield* Fiber.join(fiber)).toMatchObject({ _tag: "ScmTransportError", reason: "Timeout" })
    })

  it.effect("SCM_TIMEOUT sets the deadline of every strategy (seconds or a duration); unset, the code's timeout applies", () =>
    Effect.gen(function*() {
      for (const [vars, seconds] of [
        [{ ...oauth2Env, SCM_TIMEOUT: "45" }, 45],
        [{ ...passwordEnv, SCM_TIMEOUT: "2 minutes" }, 120],
        [{ ...passwordEnv }, 30]
      ] as const) {
        const fake = hanging()
        const layer = ScmAuth.layerConfig({ timeout: "30 seconds", retry: false }).pipe(Layer.provide(fake.layer))
        yield* timesOutAfter(layer, fake, seconds).pipe(withEnv(vars))
      }
    }))

  it.effect("an invalid SCM_TIMEOUT, or credentials HTTP headers cannot carry, are ConfigErrors naming the variable", () =>
    Effect.gen(function*() {
      const layer = ScmAuth.layerConfig().pipe(Layer.provide(issuer().layer))
      const cases: Array<[Record<string, string>, string, string]> = [
        [{ ...passwordEnv, SCM_TIMEOUT: "soon" }, "SCM_TIMEOUT", "soon"],
        [{ ...passwordEnv, SCM_TIMEOUT: "0" }, "SCM_TIMEOUT", "xx"],
        [{ ...passwordEnv, SCM_PASSWORD: "pass\u0000word-value" }, "SCM_PASSWORD", "word-value"],
        [{ ...passwordEnv, SCM_PASSWORD: "pass\r\nX-Injected: word-value" }, "SCM_PASSWORD", "word-value"],
        [{ ...passwordEnv, SCM_LOGIN: "adm\nin-value" }, "SCM_LOGIN", "in-value"],
        [{ ...passwordEnv, SCM_CUSTOMER_URI: "acme-value " }, "SCM_CUSTOMER_URI", "acme-value"],
        [{ ...passwordEnv, SCM_PASSWORD: "p\u0100ss-value" }, "SCM_PASSWORD", "ss-value"],
        [
          { SCM_AUTH: "certificate", SCM_LOGIN: "adm\u0000in-value", SCM_CUSTOMER_URI: "acme", SCM_PFX_FILE: "c.pfx" },
          "SCM_LOGIN",
          "in-value"
        ]
      ]
      for (const [vars, name, value] of cases) {
        const text = yield* buildWith(layer, vars)
        expect(text, JSON.stringify(vars)).toContain(name)
        if (name !== "SCM_TIMEOUT") expect(text).toContain("cannot carry")
        expect(text).not.toContain(value)
      }
    }))

  it.effect("in code: a password HTTP cannot carry fails the layer with ScmTransportError naming it", () =>
    Effect.gen(function*() {
      const error = yield* Layer.build(
        PasswordAuth.layer({ login: "admin", password: Redacted.make("pw\u0000-value"), customerUri: "acme", baseUrl: FakeHttp.baseUrl })
          .pipe(Layer.provide(issuer().layer))
      ).pipe(Effect.scoped, Effect.flip)
      expect(error).toMatchObject({ _tag: "ScmTransportError", reason: "Encode" })
      expect(error.message).toContain("the PasswordAuth password contains a character an HTTP header cannot carry")
      expect(error.message).not.toContain("-value")
    }))
})

describe("CertificateAuth.layerConfig", () => {
  const withPkiFiles = <A, E, R>(f: (files: MockPki.PkiFiles, dir: string) => Effect.Effect<A, E, R>) =>
    Effect.acquireUseRelease(
      Effect.promise(() => Fs.mkdtemp(Path.join(Os.tmpdir(), "scm-core-test-"))),
      (dir) =>
        Effect.flatMap(MockScmServer.MockScmServer, (mock) =>
          Effect.flatMap(MockPki.writeFiles(mock.pki, dir), (files) => f(files, dir))),
      (dir) => Effect.promise(() => Fs.rm(dir, { recursive: true, force: true }))
    )

  it.effect("reads the PEM files at build time and logs in against the mock server", () =>
    withPkiFiles((files) =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        const response = yield* Mock.getTypes.pipe(
          Effect.provide(CertificateAuth.layerConfig()),
          withEnv({
            SCM_LOGIN: mock.credentials.certLogin,
            SCM_CUSTOMER_URI: mock.credentials.customerUri,
            SCM_BASE_URL: mock.httpsUrl,
            SCM_CERT_FILE: files.clientCertFile,
            SCM_KEY_FILE: files.clientKeyFile,
            SCM_CA_FILE: files.caFile
          })
        )
        expect(response.status).toBe(200)
        expect((yield* mock.journal).at(-1)).toMatchObject({ scheme: "certificate", status: 200 })
      })
    ).pipe(Effect.provide(MockScmServer.layer())))

  it.effect("unusable TLS material is a ConfigError naming the files", () =>
    withPkiFiles((files, dir) =>
      Effect.gen(function*() {
        const garbage = Path.join(dir, "garbage.pfx")
        yield* Effect.promise(() => Fs.writeFile(garbage, "not a pfx"))
        const base = { SCM_AUTH: "certificate", SCM_LOGIN: "admin", SCM_CUSTOMER_URI: "acme" }
        const layer = ScmAuth.layerConfig().pipe(Layer.provide(FakeHttp.make(() => ({ status: 200 })).layer))
        const pfx = yield* buildWith(layer, { ...base, SCM_PFX_FILE: garbage })
        expect(pfx).toContain("SCM_PFX_FILE")
        // Certificate and key swapped for the CA's certificate and the client's key: they do not match.
        const mismatch = yield* buildWith(layer, { ...base, SCM_CERT_FILE: files.caFile, SCM_KEY_FILE: files.clientKeyFile })
        expect(mismatch).toContain("SCM_CERT_FILE")
        expect(mismatch).toContain("SCM_KEY_FILE")
        const key = yield* Effect.promise(() => Fs.readFile(files.clientKeyFile, "utf8"))
        expect(mismatch).not.toContain(key.split("\n")[1]!)
      })
    ).pipe(Effect.provide(MockScmServer.layer())))
})
