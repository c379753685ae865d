import * as HttpClient from "@effect/platform/HttpClient"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Layer, Redacted, TestClock } from "effect"
import { OAuth2, PasswordAuth, ScmHttpClient } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import * as Capture from "./fixtures/Capture.js"
import * as Mock from "./fixtures/Mock.js"
import { realClock } from "./fixtures/util.js"

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
    yield* Effect.yieldNow()
    yield* Effect.sleep(2).pipe(Effect.withClock(realClock))
  }
})

describe("no secret or token in logs, spans and errors", () => {
  it.scoped("OAuth2: tokens, renewals, 401 refreshes, retries and failures", () =>
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
          const retried = yield* Effect.fork(call)
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

  it.scoped("PasswordAuth: the password header is redacted; wrong passwords are not echoed", () =>
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
          const retried = yield* Effect.fork(call)
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

  it.scoped("CertificateAuth: the private key never shows", () =>
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
      expect(captured.errors.length).toBe(1)
    }).pipe(Effect.provide(MockScmServer.layer(Mock.mockOptions))))
})
