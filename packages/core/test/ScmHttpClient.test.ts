import { FetchHttpClient, Headers, HttpBody, HttpClient, HttpClientRequest } from "effect/http"
import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Fiber, Layer, Redacted, Schema } from "effect"
import { TestClock } from "effect/testing"
import { OAuth2, PasswordAuth, ScmError, ScmHttpClient } from "@scm-effect/core"
import { toPrivatePath } from "../src/internal/certificate.js"
import { resolve, baseUrlUnsafe } from "../src/internal/url.js"
import * as Capture from "./fixtures/Capture.js"
import * as FakeHttp from "./fixtures/FakeHttp.js"
import { eventually } from "./fixtures/util.js"

const password = (fake: FakeHttp.Fake, baseUrl = FakeHttp.baseUrl) =>
  PasswordAuth.layer({ login: "admin", password: Redacted.make("pw"), customerUri: "acme", baseUrl, retry: false }).pipe(
    Layer.provide(fake.layer)
  )

const oauth2 = (fake: FakeHttp.Fake) =>
  OAuth2.layer({
    clientId: "client-1",
    clientSecret: Redacted.make("secret"),
    baseUrl: FakeHttp.baseUrl,
    tokenUrl: FakeHttp.tokenUrl,
    retry: false
  }).pipe(Layer.provide(fake.layer))

const ok = () => FakeHttp.make(() => ({ status: 200, body: [{ id: 1, name: "OV" }] }))

describe("base URL", () => {
  it.effect("paths are relative to the base URL, with or without a base path", () =>
    Effect.gen(function*() {
      const fake = ok()
      yield* Effect.gen(function*() {
        const client = yield* ScmHttpClient.ScmHttpClient
        yield* client.get("/api/ssl/v1/types")
        yield* client.get("api/ssl/v1/types")
        yield* client.get("/api/ssl/v1", { urlParams: { position: 0, size: 10 } })
      }).pipe(Effect.provide(password(fake)))
      yield* Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => client.get("/api/x")).pipe(
        Effect.provide(password(fake, "https://scm.test/customer/"))
      )
      expect(fake.requests.map((request) => request.url.toString())).toEqual([
        "https://scm.test/api/ssl/v1/types",
        "https://scm.test/api/ssl/v1/types",
        "https://scm.test/api/ssl/v1?position=0&size=10",
        "https://scm.test/customer/api/x"
      ])
    }))

  it.effect("an absolute URL is sent only to the configured origin", () =>
    Effect.gen(function*() {
      const fake = ok()
      yield* Effect.gen(function*() {
        const client = yield* ScmHttpClient.ScmHttpClient
        yield* client.get("https://scm.test/api/a")
        for (const url of ["https://evil.test/api/a", "http://scm.test/api/a", "https://user:pw@scm.test/api/a"]) {
          const error = yield* Effect.flip(client.get(url))
          expect(error).toMatchObject({ _tag: "ScmTransportError", reason: "InvalidUrl" })
          expect(error.message).toContain("only sends requests (and credentials) to https://scm.test")
          expect(error.message).not.toContain("user:pw")
        }
      }).pipe(Effect.provide(password(fake)))
      expect(fake.requests.map((request) => request.url.toString())).toEqual(["https://scm.test/api/a"])
    }))

  it.effect("combinators a user adds on top still apply; credentials are added last", () =>
    Effect.gen(function*() {
      const fake = ok()
      yield* Effect.gen(function*() {
        const client = (yield* ScmHttpClient.ScmHttpClient).pipe(
          HttpClient.mapRequest(HttpClientRequest.prependUrl("/api/ssl/v1")),
          HttpClient.mapRequest(HttpClientRequest.setHeader("x-trace", "1"))
        )
        yield* client.get("/types")
      }).pipe(Effect.provide(password(fake)))
      expect(fake.requests[0]!.url.toString()).toBe("https://scm.test/api/ssl/v1/types")
      expect(fake.requests[0]!.headers).toMatchObject({ "x-trace": "1", login: "admin", password: "pw", customeruri: "acme" })
    }))

  it.effect("a request goes out as the caller built it: method, query, headers and body, with the credentials", () =>
    Effect.gen(function*() {
      const send = Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) =>
        client.post("/api/ssl/v1/enroll", {
          urlParams: { dryRun: "true" },
          headers: { "x-request-id": "r-1" },
          body: HttpBody.text("{\"csr\":\"...\"}", "application/json")
        }))
      const byPassword = ok()
      yield* send.pipe(Effect.provide(password(byPassword)))
      const byOAuth2 = FakeHttp.make((request) =>
        FakeHttp.isToken(request)
          ? { status: 200, body: { access_token: "token-1", expires_in: 300 } }
          : { status: 200, body: [] }
      )
      yield* send.pipe(
        Effect.provide(oauth2(byOAuth2))
      )
      const sent = [byPassword.requests[0]!, byOAuth2.requests.find((request) => !FakeHttp.isToken(request))!]
      for (const request of sent) {
        expect(request).toMatchObject({ method: "POST", body: "{\"csr\":\"...\"}" })
        expect(request.url.toString()).toBe("https://scm.test/api/ssl/v1/enroll?dryRun=true")
        expect(request.headers).toMatchObject({ "x-request-id": "r-1", "content-type": "application/json" })
      }
      expect(sent[0]!.headers).toMatchObject({ login: "admin", password: "pw", customeruri: "acme" })
      expect(sent[1]!.headers).toMatchObject({ authorization: "Bearer token-1" })
    }))

  it.effect("the credentials go over a caller's headers of the same names, in a Headers the platform redacts", () =>
    Effect.gen(function*() {
      const send = Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) =>
        client.get("/api/a", {
          headers: { login: "mallory", customerUri: "other", password: "guess", authorization: "Bearer forged", "x-keep": "1" }
        }))
      // The transport's own view of each request: the Headers object itself, not a copy.
      const capturing = (fake: FakeHttp.Fake, seen: Array<Headers.Headers>) =>
        Layer.succeed(HttpClient.HttpClient)(HttpClient.mapRequest(fake.client, (request) => {
          seen.push(request.headers)
          return request
        }))
      const byPassword = ok()
      const passwordHeaders: Array<Headers.Headers> = []
      yield* send.pipe(Effect.provide(
        PasswordAuth.layer({ login: "admin", password: Redacted.make("pw"), customerUri: "acme", baseUrl: FakeHttp.baseUrl, retry: false })
          .pipe(Layer.provide(capturing(byPassword, passwordHeaders)))
      ))
      const byOAuth2 = FakeHttp.make((request) =>
        FakeHttp.isToken(request) ? { status: 200, body: { access_token: "token-1", expires_in: 300 } } : { status: 200, body: [] }
      )
      const oauth2Headers: Array<Headers.Headers> = []
      yield* send.pipe(Effect.provide(
        OAuth2.layer({ clientId: "client-1", clientSecret: Redacted.make("secret"), baseUrl: FakeHttp.baseUrl, tokenUrl: FakeHttp.tokenUrl, retry: false })
          .pipe(Layer.provide(capturing(byOAuth2, oauth2Headers)))
      ))
      const byLogin = passwordHeaders[0]!
      const byToken = oauth2Headers.at(-1)!
      expect({ ...byLogin }).toEqual({ login: "admin", customeruri: "acme", password: "pw", authorization: "Bearer forged", "x-keep": "1" })
      expect({ ...byToken }).toEqual({
        login: "mallory",
        customeruri: "other",
        password: "guess",
        authorization: "Bearer token-1",
        "x-keep": "1"
      })
      for (const headers of [byLogin, byToken]) {
        expect(Headers.isHeaders(headers)).toBe(true)
        const printed = JSON.stringify(Headers.redact(headers, ["password", "authorization"]))
        expect(printed).not.toContain("pw")
        expect(printed).not.toContain("token-1")
      }
    }))

  it.effect("an effect built once and run again sends afresh: the credentials current at each run", () =>
    Effect.gen(function*() {
      const issuer = FakeHttp.tokenIssuer({ expiresIn: 120 })
      const fake = FakeHttp.make((request) => FakeHttp.isToken(request) ? issuer.answer() : { status: 200, body: [] })
      const byPassword = ok()
      yield* Effect.gen(function*() {
        const client = yield* ScmHttpClient.ScmHttpClient
        const list = client.get("/api/ssl/v1/types")
        yield* list
        // Past the token's renewal time (60 s before it expires): the same effect takes the next token.
        yield* TestClock.adjust(Duration.seconds(90))
        yield* list
      }).pipe(
        Effect.provide(oauth2(fake))
      )
      const list = Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => Effect.succeed(client.get("/api/ssl/v1/types")))
      yield* Effect.flatMap(list, (send) => Effect.andThen(send, send)).pipe(Effect.provide(password(byPassword)))
      const sent = fake.requests.filter((request) => !FakeHttp.isToken(request))
      expect(sent.map((request) => request.headers.authorization)).toEqual(["Bearer token-1", "Bearer token-2"])
      expect(byPassword.requests.map((request) => request.headers)).toMatchObject([
        { login: "admin", password: "pw", customeruri: "acme" },
        { login: "admin", password: "pw", customeruri: "acme" }
      ])
    }))

  it("certificate login moves /api paths under /private", () => {
    const base = baseUrlUnsafe("https://cert-manager.com", "test")
    expect(resolve(base, "/api/ssl/v1/types", toPrivatePath)).toBe("https://cert-manager.com/private/api/ssl/v1/types")
    expect(resolve(base, "/private/api/x", toPrivatePath)).toBe("https://cert-manager.com/private/api/x")
    expect(resolve(base, "https://cert-manager.com/api/x?a=1", toPrivatePath)).toBe(
      "https://cert-manager.com/private/api/x?a=1"
    )
  })

  it("a base URL with credentials, a query or another scheme is refused", () => {
    expect(() => baseUrlUnsafe("https://u:p@scm.test", "baseUrl")).toThrow(/user name or password/)
    expect(() => baseUrlUnsafe("ftp://scm.test", "baseUrl")).toThrow(/HTTP/)
    expect(() => baseUrlUnsafe("scm.test", "baseUrl")).toThrow(/absolute/)
  })
})

describe("error mapping", () => {
  const failWith = (answer: FakeHttp.Answer, method: "GET" | "POST" = "GET") =>
    Effect.flip(
      Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) =>
        method === "GET" ? client.get("/api/x") : client.post("/api/x"))
    ).pipe(Effect.provide(password(FakeHttp.make(() => answer))))

  it.effect("SCM's error body becomes ScmApiError fields", () =>
    Effect.gen(function*() {
      const error = yield* failWith({
        status: 400,
        body: { code: -7, description: "commonName is required but missing.", details: { field: "commonName" }, items: [1] }
      })
      expect(error).toBeInstanceOf(ScmError.ScmApiError)
      expect(error).toMatchObject({
        status: 400,
        code: -7,
        description: "commonName is required but missing.",
        details: { field: "commonName" },
        items: [1],
        method: "GET",
        url: "https://scm.test/api/x"
      })
      expect(error.message).toBe(
        "SCM answered 400, code -7: commonName is required but missing. to GET https://scm.test/api/x"
      )
    }))

  it.effect("401 is ScmAuthenticationError, 403 and SCM's not-authorized codes ScmAccessDeniedError", () =>
    Effect.gen(function*() {
      expect(yield* failWith({ status: 401, body: { code: -16, description: "Unknown user" } })).toMatchObject({
        _tag: "ScmAuthenticationError",
        scheme: "password",
        code: -16
      })
      expect(yield* failWith({ status: 403 })).toMatchObject({ _tag: "ScmAccessDeniedError", status: 403 })
      for (const code of [-3, -25, -37]) {
        expect(yield* failWith({ status: 400, body: { code, description: "no" } })).toMatchObject({
          _tag: "ScmAccessDeniedError",
          code
        })
      }
    }))

  it.effect("a body that is not SCM's JSON: status only, nothing echoed", () =>
    Effect.gen(function*() {
      const error = yield* failWith({ status: 404, body: "<html>secret-looking page</html>" })
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 404 })
      expect(error.message).not.toContain("html")
    }))

  it.effect("redirects are not followed: a 302 is an error", () =>
    Effect.gen(function*() {
      const error = yield* failWith({ status: 302, headers: { location: "https://elsewhere.test/" } })
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 302 })
    }))

  it.effect("transport failures: Connect when never sent, Transport when lost, Tls for certificates", () =>
    Effect.gen(function*() {
      expect(yield* failWith({ fail: "ECONNREFUSED" })).toMatchObject({ _tag: "ScmTransportError", reason: "Connect" })
      expect(yield* failWith({ fail: "ECONNRESET" })).toMatchObject({ _tag: "ScmTransportError", reason: "Transport" })
      const tls = yield* failWith({ fail: "DEPTH_ZERO_SELF_SIGNED_CERT" })
      expect(tls).toMatchObject({ _tag: "ScmTransportError", reason: "Tls", method: "GET", url: "https://scm.test/api/x" })
      expect(tls.message).toContain("TLS failure for GET https://scm.test/api/x")
    }))

  it("ScmError.isScmError and the union schema", () => {
    const error = new ScmError.ScmApiError({ method: "GET", url: "u", status: 500 })
    expect(ScmError.isScmError(error)).toBe(true)
    expect(ScmError.isScmError(new Error("x"))).toBe(false)
    expect(Schema.encodeSync(ScmError.ScmError)(error)).toMatchObject({ _tag: "ScmApiError", status: 500 })
  })
})

describe("decoding bodies", () => {
  const SslType = Schema.Struct({ id: Schema.Number, name: Schema.String })

  const get = (answer: FakeHttp.Answer) =>
    Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => client.get("/api/ssl/v1/types")).pipe(
      Effect.provide(password(FakeHttp.make(() => answer)))
    )

  it.effect("schemaBodyJson decodes, or fails with ScmDecodeError", () =>
    Effect.gen(function*() {
      const types = yield* get({ status: 200, body: [{ id: 1, name: "OV" }] }).pipe(
        Effect.flatMap(ScmHttpClient.schemaBodyJson(Schema.Array(SslType)))
      )
      expect(types).toEqual([{ id: 1, name: "OV" }])
      const mismatch = yield* get({ status: 200, body: [{ id: "1" }] }).pipe(
        Effect.flatMap(ScmHttpClient.schemaBodyJson(Schema.Array(SslType))),
        Effect.flip
      )
      expect(mismatch).toMatchObject({ _tag: "ScmDecodeError", status: 200, method: "GET" })
      expect(mismatch.message).toContain("Unexpected response body from GET https://scm.test/api/ssl/v1/types (200)")
      const notJson = yield* get({ status: 200, body: "{" }).pipe(Effect.flatMap(ScmHttpClient.json), Effect.flip)
      expect(notJson._tag).toBe("ScmDecodeError")
      expect(yield* get({ status: 200, body: "-----BEGIN CERTIFICATE-----" }).pipe(Effect.flatMap(ScmHttpClient.text)))
        .toBe("-----BEGIN CERTIFICATE-----")
    }))
})

describe("tracing", () => {
  const getTwice = Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) =>
    Effect.andThen(client.get("/api/a"), client.get("/api/b")))

  it.effect("an installed tracer gets the platform's span of every request", () =>
    Effect.gen(function*() {
      const captured = Capture.make()
      const fake = ok()
      yield* Capture.run(captured, getTwice.pipe(Effect.provide(password(fake))))
      // Effect 4 names the client span after the method.
      expect(captured.spans.filter((span) => span.kind === "client" && span.name === "GET").length).toBe(2)
      // ... and propagates it: the trace headers reached the wire.
      expect(fake.requests.every((request) => request.headers["traceparent"] !== undefined)).toBe(true)
    }))

  it.effect("under Effect's built-in tracer, which nothing exports, the request span is skipped", () =>
    Effect.gen(function*() {
      const fake = ok()
      yield* getTwice.pipe(Effect.provide(password(fake)), Effect.withSpan("caller"))
      expect(fake.requests.length).toBe(2)
      // The platform propagates its request span as traceparent and b3 headers: none was made.
      expect(fake.requests.every((request) =>
        request.headers["traceparent"] === undefined && request.headers["b3"] === undefined
      )).toBe(true)
    }))
})

describe("redirects and deadlines", () => {
  it.effect("a 3xx names only the origin its Location points to; fetch is told not to follow", () =>
    Effect.gen(function*() {
      const cases: Array<[string, string]> = [
        ["https://elsewhere.test/steal?token=abc#x", "https://elsewhere.test"],
        ["/login?next=%2Fapi", "https://scm.test"],
        ["http://[not-a-url", "an invalid location"]
      ]
      for (const [location, origin] of cases) {
        const fake = FakeHttp.make(() => ({ status: 301, headers: { location } }))
        const error = yield* Effect.flip(Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => client.get("/api/x"))).pipe(
          Effect.provide(password(fake)),
          Effect.provideService(FetchHttpClient.RequestInit, { credentials: "omit" })
        )
        expect(error).toMatchObject({ _tag: "ScmApiError", status: 301, redirectOrigin: origin })
        expect(error.message).toContain(`a redirect to ${origin}, not followed`)
        expect(error.message).not.toContain("token=abc")
        expect(fake.requests.map((request) => request.redirect)).toEqual(["manual"])
      }
    }))

  it.effect("the timeout is per layer; Duration.infinity switches it off", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => Effect.never)
      const layer = (timeout: Duration.Input) =>
        PasswordAuth.layer({ login: "admin", password: Redacted.make("pw"), customerUri: "acme", baseUrl: FakeHttp.baseUrl, retry: false, timeout })
          .pipe(Layer.provide(fake.layer))
      const send = Effect.flatMap(ScmHttpClient.ScmHttpClient, (client) => client.get("/api/x"))
      const short = yield* Effect.forkChild(Effect.flip(send.pipe(Effect.provide(layer("5 seconds")))))
      yield* eventually(() => fake.requests.length === 1, "the request")
      yield* TestClock.adjust("5 seconds")
      expect(yield* Fiber.join(short)).toMatchObject({ _tag: "ScmTransportError", reason: "Timeout", method: "GET" })
      const never = yield* Effect.forkChild(send.pipe(Effect.provide(layer(Duration.infinity))))
      yield* eventually(() => fake.requests.length === 2, "the second request")
      yield* TestClock.adjust("1 day")
      expect(never.pollUnsafe()).toBeUndefined()
      yield* Fiber.interrupt(never)
      expect(() =>
        PasswordAuth.layer({ login: "a", password: Redacted.make("p"), customerUri: "c", timeout: 0 }).pipe(Layer.build, Effect.scoped, Effect.provide(fake.layer), Effect.runSync)
      ).toThrow(/positive duration/)
    }))
})
