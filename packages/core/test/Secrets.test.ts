import { HttpClient, HttpClientRequest } from "effect/http"
import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Fiber, Layer, Redacted, Schema } from "effect"
import { TestClock } from "effect/testing"
import { OAuth2, PasswordAuth, ScmAuth, ScmError, ScmHttpClient } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import * as Capture from "./fixtures/Capture.js"
import * as Hostile from "./fixtures/Hostile.js"
import * as Mock from "./fixtures/Mock.js"
import { withRealClock } from "./fixtures/util.js"

/**
 * The underlying client, spying on what goes on the wire: every bearer token the mock issued
 * passes through here, so the test knows which strings must never be printed.
 */
const spyingHttpClient = (seen: Set<string>) =>
  Layer.effect(
    HttpClient.HttpClient,
    Effect.map(HttpClient.HttpClient, (client) =>
      HttpClient.tapRequest(client, (request) =>
        Effect.sync(() => {
          const authorization = request.headers["authorization"]
          if (authorization !== undefined) seen.add(authorization.replace(/^Bearer /, ""))
        })))
  ).pipe(Layer.provide(Mock.httpClientLayer))

const settle = (times = 20) => Effect.gen(function*() {
  for (let i = 0; i < times; i++) {
    yield* Effect.yieldNow
    yield* Effect.sleep(2).pipe(withRealClock)
  }
})

describe("no secret or token in logs, spans and errors", () => {
  it.effect("OAuth2: tokens, renewals, 401 refreshes, retries and failures", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const captured = Capture.make()
      const tokens = new Set<string>()
      const clientLayer = (clientSecret: Redacted.Redacted<string>) =>
        OAuth2.layer({
          clientId: mock.credentials.clientId,
          clientSecret,
          baseUrl: mock.httpUrl,
          tokenUrl: mock.tokenUrl
        }).pipe(Layer.provide(spyingHttpClient(tokens)))
      const call = Capture.recordError(captured, Mock.getTypes)

      yield* Capture.run(
        captured,
        Effect.gen(function*() {
          // Token fetch, warm call.
          yield* call
          yield* call
          // 401 with a revoked token: refresh and resend.
          yield* mock.revokeTokens
          yield* call
          // Transient API failure, retried.
          yield* mock.addFault({ path: Mock.typesPath, status: 503, headers: { "Retry-After": "1" } })
          const retried = yield* Effect.forkChild(call)
          yield* settle()
          yield* TestClock.adjust("1 second")
          yield* Fiber.join(retried)
          // Background renewal.
          yield* TestClock.adjust("300 seconds")
          yield* settle()
          // A failing renewal (token endpoint refuses), logged as a warning.
          const tokenPath = new URL(mock.tokenUrl).pathname
          yield* mock.addFault({ path: tokenPath, status: 400, body: { error: "invalid_client" }, times: 3 })
          yield* TestClock.adjust("300 seconds")
          yield* settle()
          yield* mock.clearFaults
          // Two 401s in a row: ScmAuthenticationError.
          yield* mock.addFault({ path: Mock.typesPath, status: 401, body: { code: -16, description: "Unknown user" }, times: 2 })
          yield* call
          // API error with a body.
          yield* mock.addFault({ path: Mock.typesPath, status: 400, body: { code: -7, description: "x is required" } })
          yield* call
        }).pipe(Effect.provide(clientLayer(mock.credentials.clientSecret)))
      )
      // Wrong secret: ScmTokenError.
      yield* Capture.run(captured, call.pipe(Effect.provide(clientLayer(Redacted.make("wrong-secret-value")))))

      const everything = Capture.text(captured)
      expect(tokens.size).toBeGreaterThanOrEqual(3)
      for (const secret of [Redacted.value(mock.credentials.clientSecret), "wrong-secret-value", ...tokens]) {
        expect(everything).not.toContain(secret)
      }
      // The capture is not empty: it saw debug lines, spans and the errors.
      expect(everything).toContain("SCM access token obtained")
      expect(everything).toContain("SCM answered 401 to a bearer token")
      expect(everything).toContain("SCM request failed, retrying")
      expect(everything).toContain("renewal failed")
      expect(captured.spans.some((span) => span.name === "OAuth2.fetchToken")).toBe(true)
      expect(captured.errors.map((error) => (error as { _tag?: string })._tag)).toEqual(
        expect.arrayContaining(["ScmTokenError", "ScmAuthenticationError", "ScmApiError"])
      )
      // The platform's request spans saw the Authorization header, redacted.
      const authorization = captured.spans.flatMap((span) =>
        [...span.attributes].filter(([key]) => key === "http.request.header.authorization").map(([, value]) => value)
      )
      expect(authorization.length).toBeGreaterThan(0)
      expect(new Set(authorization)).toEqual(new Set(["<redacted>"]))
    }).pipe(Effect.provide(MockScmServer.layer(Mock.mockOptions))))

  it.effect("PasswordAuth: the password header is redacted; wrong passwords are not echoed", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const captured = Capture.make()
      const clientLayer = (password: Redacted.Redacted<string>) =>
        PasswordAuth.layer({
          login: mock.credentials.login,
          password,
          customerUri: mock.credentials.customerUri,
          baseUrl: mock.httpUrl
        }).pipe(Layer.provide(Mock.httpClientLayer))
      const call = Capture.recordError(captured, Mock.getTypes)
      yield* Capture.run(
        captured,
        Effect.gen(function*() {
          yield* call
          yield* mock.addFault({ path: Mock.typesPath, status: 502 })
          const retried = yield* Effect.forkChild(call)
          yield* settle()
          yield* TestClock.adjust("1 second")
          yield* Fiber.join(retried)
          // The response object itself, as a user might log it.
          const response = yield* Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => client.get(Mock.typesPath))
          yield* Effect.logDebug("response", response, response.request)
        }).pipe(Effect.provide(clientLayer(mock.credentials.password)))
      )
      yield* Capture.run(captured, call.pipe(Effect.provide(clientLayer(Redacted.make("wrong-password-value")))))

      const everything = Capture.text(captured)
      for (const secret of [Redacted.value(mock.credentials.password), "wrong-password-value"]) {
        expect(everything).not.toContain(secret)
      }
      expect(everything).toContain("SCM request failed, retrying")
      const passwordHeaders = captured.spans.flatMap((span) =>
        [...span.attributes].filter(([key]) => key === "http.request.header.password").map(([, value]) => value)
      )
      expect(passwordHeaders.length).toBeGreaterThan(0)
      expect(new Set(passwordHeaders)).toEqual(new Set(["<redacted>"]))
      expect(captured.errors.map((error) => (error as { _tag?: string })._tag)).toContain("ScmAuthenticationError")
    }).pipe(Effect.provide(MockScmServer.layer(Mock.mockOptions))))

  it.effect("CertificateAuth: the private key never shows", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const captured = Capture.make()
      yield* Capture.run(
        captured,
        Effect.gen(function*() {
          yield* Capture.recordError(captured, Mock.getTypes)
          yield* Capture.recordError(
            captured,
            Mock.getTypes.pipe(Effect.provide(Mock.certificate({ login: "nobody" })))
          )
        }).pipe(Effect.provide(Mock.certificate()))
      )
      const key = Redacted.value(mock.pki.client.keyPem)
      const everything = Capture.text(captured)
      for (const line of key.split("\n").filter((line) => line.length > 20 && !line.startsWith("-----"))) {
        expect(everything).not.toContain(line)
      }
      // One call failed, the wrong login. Effect 4 also ends that request's client span with its
      // 401 as a failure, which the capture records (and renders) too.
      expect(captured.errors.filter(ScmError.isScmError).map((error) => error._tag)).toEqual(["ScmAuthenticationError"])
      expect(captured.errors.filter((error) => !ScmError.isScmError(error))).toEqual([
        expect.objectContaining({ _tag: "HttpClientError", reason: expect.objectContaining({ _tag: "StatusCodeError" }) })
      ])
    }).pipe(Effect.provide(MockScmServer.layer(Mock.mockOptions))))

  it.effect("hostile answers: bad tokens, echoed secrets, credentials HTTP cannot carry, userinfo in SCM_BASE_URL", () =>
    Effect.gen(function*() {
      const captured = Capture.make()
      // Layer failures included: the layer is provided inside what is recorded.
      const recorded = <E>(effect: Effect.Effect<unknown, unknown, ScmHttpClient.ScmHttpClient>) =>
        (layer: Layer.Layer<ScmHttpClient.ScmHttpClient, E>) => Capture.recordError(captured, Effect.provide(effect, layer))
      const call = recorded(Mock.getTypes)
      const decodeTypes = recorded(
        // reportInput: the schema's message quotes the value it rejects.
        Effect.flatMap(
          Mock.getTypes,
          ScmHttpClient.schemaBodyJson(Schema.Array(Schema.Struct({ id: Schema.Number })), { reportInput: true })
        )
      )
      const readJson = recorded(Effect.flatMap(Mock.getTypes, ScmHttpClient.json))

      // Every string below must never be printed, in any form.
      const controlToken = "tok\u0001en-SECRET-ctl"
      const clientSecret = "client SECRET/+&=value"
      const echoedToken = "echoed-token-SECRET-123"
      const password = "password-SECRET-echoed"
      const nulPassword = "pa\u0000ss-SECRET-nul"
      const userinfo = "hunter2-SECRET-userinfo"
      const secrets = [controlToken, "en-SECRET-ctl", clientSecret, encodeURIComponent(clientSecret), echoedToken, password, nulPassword, "ss-SECRET-nul", userinfo]

      const echo: Hostile.Handler = (request, response) => {
        const authorization = request.headers["authorization"] ?? ""
        const echoed = authorization.replace(/^Bearer /, "") || String(request.headers["password"])
        if (request.url?.includes("types") && request.headers["x-case"] === undefined) {
          response.writeHead(400, { "content-type": "application/json" })
          return response.end(JSON.stringify({
            code: -7,
            description: `rejected ${echoed} (${authorization})`,
            details: { seen: echoed, headers: [authorization] }
          }))
        }
        response.writeHead(200, { "content-type": "application/json" })
        response.end(request.headers["x-case"] === "text" ? `{ "id": ${echoed} }` : JSON.stringify([{ id: echoed }]))
      }
      const api = yield* Hostile.make(echo)
      const tokenServer = yield* Hostile.make((request, response, seen) => {
        const body = new URLSearchParams(seen.body)
        if (request.headers["x-token"] === "control") {
          response.writeHead(200, { "content-type": "application/json" })
          return response.end(JSON.stringify({ access_token: controlToken, token_type: "Bearer" }))
        }
        if (body.get("client_secret") === clientSecret) {
          response.writeHead(200, { "content-type": "application/json" })
          return response.end(JSON.stringify({ access_token: echoedToken, token_type: "Bearer", expires_in: 300 }))
        }
        response.writeHead(401, { "content-type": "application/json" })
        response.end(JSON.stringify({
          error: "invalid_client",
          error_description: `wrong secret ${body.get("client_secret")} in ${seen.body}`
        }))
      })
      const oauth2 = (transport: Layer.Layer<HttpClient.HttpClient>, secret: string, control = false) =>
        OAuth2.layer({
          clientId: "client-1",
          clientSecret: Redacted.make(secret),
          baseUrl: api.url,
          tokenUrl: `${tokenServer.url}/token`,
          retry: false
        }).pipe(
          Layer.provide(
            control
              ? Layer.effect(
                HttpClient.HttpClient,
                Effect.map(HttpClient.HttpClient, HttpClient.mapRequest(HttpClientRequest.setHeader("x-token", "control")))
              ).pipe(Layer.provide(transport))
              : transport
          )
        )

      yield* Capture.run(
        captured,
        Effect.gen(function*() {
          for (const [, transport] of Hostile.transports) {
            // A token with a control character: refused on arrival (fetch would quote it).
            yield* call(oauth2(transport, clientSecret, true))
            // The token endpoint echoes the secret (as is and form-encoded) in error_description.
            yield* call(oauth2(transport, `${clientSecret}-wrong`, false))
            // The API echoes the bearer token in its error description and details.
            yield* call(oauth2(transport, clientSecret))
          }
          // A schema failure quoting the token, and a non-JSON body holding the password (the
          // parser's message would quote it).
          const answering = (answer: string) =>
            Layer.effect(
              HttpClient.HttpClient,
              Effect.map(HttpClient.HttpClient, HttpClient.mapRequest(HttpClientRequest.setHeader("x-case", answer)))
            ).pipe(Layer.provide(Hostile.transports[0]![1]))
          yield* decodeTypes(
            OAuth2.layer({
              clientId: "client-1",
              clientSecret: Redacted.make(clientSecret),
              baseUrl: api.url,
              tokenUrl: `${tokenServer.url}/token`
            }).pipe(Layer.provide(answering("schema")))
          )
          yield* readJson(
            PasswordAuth.layer({ login: "admin", password: Redacted.make(password), customerUri: "acme", baseUrl: api.url })
              .pipe(Layer.provide(answering("text")))
          )
          // The password is echoed in SCM's error description and details.
          yield* call(
            PasswordAuth.layer({ login: "admin", password: Redacted.make(password), customerUri: "acme", baseUrl: api.url })
              .pipe(Layer.provide(Hostile.transports[2]![1]))
          )
          // A password with a NUL: the layer is not built.
          yield* call(
            PasswordAuth.layer({ login: "admin", password: Redacted.make(nulPassword), customerUri: "acme", baseUrl: api.url })
              .pipe(Layer.provide(Hostile.transports[2]![1]))
          )
          // Credentials in SCM_BASE_URL, in a URL that parses and in one that does not.
          for (const baseUrl of [`https://admin:${userinfo}@scm.test`, `https://admin:${userinfo}@scm.test:99999`]) {
            yield* call(ScmAuth.layerConfig().pipe(Layer.provide(Hostile.transports[0]![1]))).pipe(
              Effect.provideService(
                ConfigProvider.ConfigProvider,
                ConfigProvider.fromEnv({
                  env: { SCM_AUTH: "password", SCM_LOGIN: "admin", SCM_PASSWORD: password, SCM_CUSTOMER_URI: "acme", SCM_BASE_URL: baseUrl }
                })
              )
            )
          }
        })
      )

      const everything = Capture.text(captured)
      for (const secret of secrets) expect(everything, secret).not.toContain(secret)
      expect(everything).toContain("not a bearer token (RFC 6750 b64token)")
      expect(everything).toContain("wrong secret <redacted> in grant_type=client_credentials&client_id=client-1&client_secret=<redacted>")
      expect(everything).toContain("rejected <redacted> (<redacted>)")
      expect(everything).toContain("got \"<redacted>\"")
      expect(everything).toContain("the body is not valid JSON")
      const tags = captured.errors.filter(ScmError.isScmError).map((error) => error._tag)
      expect(tags).toEqual(expect.arrayContaining(["ScmTokenError", "ScmApiError", "ScmDecodeError", "ScmTransportError"]))
      const configErrors = captured.errors.filter((error) => !ScmError.isScmError(error) && String(error).includes("SCM_BASE_URL"))
      expect(configErrors.length).toBe(2)
      const nul = captured.errors.find((error) => ScmError.isScmError(error) && error._tag === "ScmTransportError")
      expect(nul).toMatchObject({ reason: "Encode", detail: expect.stringContaining("PasswordAuth password") })
    }))
})
