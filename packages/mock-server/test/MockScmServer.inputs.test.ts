import { describe, expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Arbitrary, Effect, Redacted, Schema } from "effect"
import { passwordHeaders } from "./support/mock.js"
import { basic, form, json, type RawRequest, send, sendBytes } from "./support/raw.js"

const server = MockScmServer.MockScmServer
const tokenPath = "/auth/realms/apiclients/protocol/openid-connect/token"
const overOneMiB = "x".repeat(1024 * 1024 + 1)

layer(MockScmServer.layer())("MockScmServer bad inputs", (it) => {
  describe("bodies", () => {
    it.effect("refuses a declared body over 1 MiB with 413, wherever it is sent", () =>
      Effect.gen(function* () {
        const mock = yield* server
        for (const [path, contentType] of [
          ["/api/ssl/v1/types", "application/json"],
          [tokenPath, "application/x-www-form-urlencoded"],
          ["/__admin/faults", "application/json"]
        ] as const) {
          const response = yield* send(`${mock.httpUrl}${path}`, {
            method: "POST",
            body: overOneMiB,
            headers: { ...passwordHeaders(mock), "content-type": contentType }
          })
          expect(response.status).toBe(413)
          expect(response.text).toMatch(/1 MiB/)
        }
      }))

    it.effect("refuses a chunked body that grows over 1 MiB with 413", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const token = yield* send(mock.tokenUrl, {
          method: "POST",
          chunked: true,
          body: overOneMiB,
          headers: { "content-type": "application/x-www-form-urlencoded" }
        })
        expect([token.status, json(token)]).toMatchObject([413, { error: "invalid_request" }])
        const admin = yield* send(`${mock.httpUrl}/__admin/faults`, {
          method: "POST",
          chunked: true,
          body: overOneMiB,
          headers: { "content-type": "application/json" }
        })
        expect(admin.status).toBe(413)
      }))

    it.effect("refuses malformed bodies and wrong content types with 4xx", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const notForm = yield* send(mock.tokenUrl, { method: "POST", body: "\u0000\uffff", headers: { "content-type": "text/plain" } })
        expect(notForm.status).toBe(400)
        const noType = yield* send(mock.tokenUrl, { method: "POST", body: "grant_type=client_credentials" })
        expect(noType.status).toBe(400)
        const garbageForm = yield* send(mock.tokenUrl, {
          method: "POST",
          body: "%%%&&&===\u00ff",
          headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" }
        })
        // No grant_type in it: invalid_request before client authentication, as Keycloak orders its checks (issue 11).
        expect([garbageForm.status, json(garbageForm)]).toMatchObject([400, { error: "invalid_request" }])
        const badBasic = yield* send(mock.tokenUrl, {
          method: "POST",
          ...form({ grant_type: "client_credentials" }),
          headers: { "content-type": "application/x-www-form-urlencoded", authorization: "Basic !!!" }
        })
        expect([badBasic.status, json(badBasic)]).toMatchObject([401, { error: "invalid_client" }])
      }))
  })

  describe("protocol abuse", () => {
    it.effect("answers a header flood with 431 and an SCM error body", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const big = yield* send(`${mock.httpUrl}/api/ssl/v1/types`, { headers: { "x-flood": "x".repeat(20_000) } })
        expect([big.status, json(big)]).toEqual([431, { code: -1, description: "Request headers are larger than 16 KiB" }])
        const many: Record<string, string> = {}
        for (let i = 0; i < 2_000; i++) many[`x-h${i}`] = "yyyyyyyy"
        const lots = yield* send(`${mock.httpUrl}/api/ssl/v1/types`, { headers: many })
        expect(lots.status).toBe(431)
      }))

    it.effect("answers bytes that are not HTTP with 400 and closes", () =>
      Effect.gen(function* () {
        const mock = yield* server
        for (const garbage of ["GARBAGE\r\n\r\n", "GET /api HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", "\u0000\u0001\u0002\r\n\r\n"]) {
          const answer = yield* sendBytes(mock.httpUrl, garbage)
          expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
          expect(answer).toContain(`{"code":-1,"description":"The request is not valid HTTP/1.1"}`)
        }
      }))

    it.effect("keeps serving after all of the above", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const response = yield* send(`${mock.httpUrl}/api/ssl/v1/types`, { headers: passwordHeaders(mock) })
        expect(response.status).toBe(200)
      }))
  })

  describe("random requests", () => {
    const matching = (pattern: RegExp) => Schema.String.check(Schema.isPattern(pattern))
    const printable = matching(/^[\x20-\x7e]{0,40}$/)
    const segment = Schema.Union([
      matching(/^[A-Za-z0-9._~-]{0,12}$/),
      Schema.Literals(["ssl", "v1", "types", "organization", "%", "%zz", "%E0%A4%A", "..", "%2F", "*", ":id"])
    ])
    /** One of two arbitraries, picked at random for each value. */
    const oneOf = <A, B>(left: Arbitrary.Arbitrary<A>, right: Arbitrary.Arbitrary<B>): Arbitrary.Arbitrary<A | B> =>
      Arbitrary.flatMap(Arbitrary.schema(Schema.Boolean), (pickLeft): Arbitrary.Arbitrary<A | B> => (pickLeft ? left : right))
    const path = oneOf(
      Arbitrary.schema(
        Schema.Literals(["/api/ssl/v1/types", "/api/ssl/v1", "/api/organization/v1", "/private/api/ssl/v1", tokenPath, "/__admin/requests"])
      ),
      Arbitrary.map(
        Arbitrary.all([
          Arbitrary.schema(Schema.Literals(["/api/", "/private/api/", "/auth/", "/__admin/", "/"])),
          Arbitrary.array(Arbitrary.schema(segment), { maxLength: 5 })
        ]),
        ([root, segments]) => `${root}${segments.join("/")}`
      )
    )
    const queryName = oneOf(
      Arbitrary.schema(Schema.Literals(["position", "size", "status", "commonName", "sslTypeId", "orgId", "organizationId", "scheme"])),
      Arbitrary.schema(printable)
    )
    const queryValue = oneOf(Arbitrary.schema(printable), Arbitrary.map(Arbitrary.schema(Schema.Int), String))
    const query = Arbitrary.map(
      Arbitrary.array(Arbitrary.all([queryName, queryValue]), { maxLength: 4 }),
      (pairs) => (pairs.length === 0 ? "" : `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&")}`)
    )
    const headerChoices = ["login", "password", "customerUri", "authorization", "content-type"] as const
    /** A subset of the header names, in their order. */
    const headerNames = Arbitrary.map(
      Arbitrary.all(headerChoices.map(() => Arbitrary.schema(Schema.Boolean))),
      (picked) => headerChoices.filter((_, i) => picked[i] === true)
    )
    const body = oneOf(
      Arbitrary.Constant(undefined),
      oneOf(Arbitrary.schema(Schema.String.check(Schema.isMaxLength(200))), Arbitrary.map(Arbitrary.schema(Schema.Json), (value) => JSON.stringify(value)))
    )

    it.effect.prop(
      "never answer 5xx and never hang, whatever the method, path, query, headers and body",
      {
        method: Schema.Literals(["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS"]),
        path,
        query,
        headerNames,
        headerValue: printable,
        useRealCredentials: Schema.Boolean,
        body,
        https: Schema.Boolean
      },
      ({ method, path, query, headerNames, headerValue, useRealCredentials, body, https }) =>
        Effect.gen(function* () {
          const mock = yield* server
          const real: Record<string, string> = {
            ...passwordHeaders(mock),
            authorization: basic(mock.credentials.clientId, Redacted.value(mock.credentials.clientSecret)),
            "content-type": "application/x-www-form-urlencoded"
          }
          const headers = Object.fromEntries(headerNames.map((name) => [name, useRealCredentials ? real[name] ?? headerValue : headerValue]))
          const request: RawRequest = {
            method,
            headers,
            ...(body === undefined || method === "GET" || method === "HEAD" ? {} : { body }),
            ...(https ? { tls: { ca: mock.pki.ca.certPem, client: mock.pki.client } } : {}),
            timeoutMs: 3_000
          }
          const response = yield* send(`${https ? mock.httpsUrl : mock.httpUrl}${path}${query}`, request)
          expect(response.status).toBeGreaterThanOrEqual(200)
          expect(response.status).toBeLessThan(500)
        }),
      { timeout: 60_000, arbitrary: { runs: 150 } }
    )
  })
})

layer(MockScmServer.layer())("MockScmServer journal redaction", (it) => {
  it.effect("keeps no secret of any request: client secret, password, token, Basic header, private key", () =>
    Effect.gen(function* () {
      const mock = yield* server
      const clientSecret = Redacted.value(mock.credentials.clientSecret)
      const password = Redacted.value(mock.credentials.password)
      const tokenResponse = yield* send(mock.tokenUrl, {
        method: "POST",
        ...form({ grant_type: "client_credentials", client_id: mock.credentials.clientId, client_secret: clientSecret })
      })
      const token = (json(tokenResponse) as { access_token: string }).access_token
      const basicHeader = basic(mock.credentials.clientId, clientSecret)
      yield* send(mock.tokenUrl, {
        method: "POST",
        body: "grant_type=client_credentials",
        headers: { "content-type": "application/x-www-form-urlencoded", authorization: basicHeader }
      })
      // Secrets where they do not belong: in the query string, in wrong places, in bodies.
      const leakyQuery = `?client_secret=${clientSecret}&password=${password}&access_token=${token}&size=5&commonName=www`
      yield* send(`${mock.httpUrl}/api/ssl/v1${leakyQuery}`, { headers: { authorization: `Bearer ${token}` } })
      yield* send(`${mock.httpUrl}/api/ssl/v1/types${leakyQuery}`, { headers: passwordHeaders(mock) })
      yield* send(`${mock.httpUrl}${tokenPath}${leakyQuery}`, { method: "POST", ...form({ client_secret: clientSecret, password }) })
      yield* send(`${mock.httpsUrl}/private/api/ssl/v1/types${leakyQuery}`, {
        headers: { login: mock.credentials.certLogin, customerUri: mock.credentials.customerUri, password },
        tls: { ca: mock.pki.ca.certPem, client: mock.pki.client }
      })
      yield* send(`${mock.httpUrl}/api/ssl/v1/types`, { headers: { ...passwordHeaders(mock), password: `${password}x` } })

      const entries = yield* mock.journal
      expect(entries).toHaveLength(7)
      expect(entries.map((entry) => entry.scheme)).toEqual(["token", "token", "oauth2", "password", "token", "certificate", "password"])
      expect(entries[2]?.path).toBe("/api/ssl/v1?client_secret=REDACTED&password=REDACTED&access_token=REDACTED&size=5&commonName=www")
      const viaHttp = (yield* send(`${mock.httpUrl}/__admin/requests`)).text
      const keyBody = Redacted.value(mock.pki.client.keyPem).split("\n")[1] ?? "unreachable"
      for (const text of [JSON.stringify(entries), viaHttp]) {
        for (const secret of [clientSecret, password, token, basicHeader.slice("Basic ".length), keyBody]) {
          expect(text).not.toContain(secret)
        }
      }
    }))
})
