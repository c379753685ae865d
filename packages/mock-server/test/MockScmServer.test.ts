import { describe, expect, layer } from "@effect/vitest"
import { MockPki, MockScmServer } from "@scm-effect/mock-server"
import { Effect, Redacted } from "effect"
import { TestClock } from "effect/testing"
import { bearer, credentialsForm, fetchToken, passwordLogin } from "./support/mock.js"
import { basic, form, json, type RawRequest, send } from "./support/raw.js"

const typesPath = "/api/ssl/v1/types"

const server = MockScmServer.MockScmServer

const certificateRequest = (mock: MockScmServer.Service, client: MockPki.KeyPair | undefined, login = mock.credentials.certLogin): RawRequest => ({
  headers: { login, customerUri: mock.credentials.customerUri },
  tls: { ca: mock.pki.ca.certPem, ...(client === undefined ? {} : { client }) }
})

const description = (text: string): string => (JSON.parse(text) as { description: string }).description

layer(MockScmServer.layer())("MockScmServer", (it) => {
  describe("token endpoint", () => {
    it.effect("issues a Bearer token for client credentials in the form body", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const response = yield* send(mock.tokenUrl, { method: "POST", ...credentialsForm(mock) })
        expect(response.status).toBe(200)
        expect(response.headers["cache-control"]).toBe("no-store")
        const body = json(response) as Record<string, unknown>
        expect(body).toMatchObject({ expires_in: 300, token_type: "Bearer", refresh_expires_in: 0, "not-before-policy": 0, scope: "" })
        // 256 bits of base64url.
        expect(body["access_token"]).toMatch(/^[A-Za-z0-9_-]{43}$/)
      }))

    it.effect("accepts HTTP Basic client authentication", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const response = yield* send(mock.tokenUrl, {
          method: "POST",
          body: "grant_type=client_credentials",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            authorization: basic(mock.credentials.clientId, Redacted.value(mock.credentials.clientSecret))
          }
        })
        expect(response.status).toBe(200)
      }))

    it.effect("refuses a wrong secret with invalid_client, and a Basic challenge when Basic was used", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const inBody = yield* send(mock.tokenUrl, {
          method: "POST",
          ...form({ grant_type: "client_credentials", client_id: mock.credentials.clientId, client_secret: "wrong" })
        })
        expect(inBody.status).toBe(401)
        expect(json(inBody)).toMatchObject({ error: "invalid_client" })
        expect(inBody.headers["www-authenticate"]).toBeUndefined()
        const viaBasic = yield* send(mock.tokenUrl, {
          method: "POST",
          body: "grant_type=client_credentials",
          headers: { "content-type": "application/x-www-form-urlencoded", authorization: basic(mock.credentials.clientId, "wrong") }
        })
        expect(viaBasic.status).toBe(401)
        expect(json(viaBasic)).toMatchObject({ error: "invalid_client" })
        expect(viaBasic.headers["www-authenticate"]).toBe(`Basic realm="scm"`)
      }))

    it.effect("answers RFC 6749 errors for bad grants and bad requests", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const secret = Redacted.value(mock.credentials.clientSecret)
        const client = { client_id: mock.credentials.clientId, client_secret: secret }
        const grant = yield* send(mock.tokenUrl, { method: "POST", ...form({ ...client, grant_type: "password" }) })
        expect([grant.status, json(grant)]).toMatchObject([400, { error: "unsupported_grant_type" }])
        const noGrant = yield* send(mock.tokenUrl, { method: "POST", ...form(client) })
        expect([noGrant.status, json(noGrant)]).toMatchObject([400, { error: "invalid_request" }])
        const noClient = yield* send(mock.tokenUrl, { method: "POST", ...form({ grant_type: "client_credentials" }) })
        expect([noClient.status, json(noClient)]).toMatchObject([401, { error: "invalid_client" }])
        const asJson = yield* send(mock.tokenUrl, {
          method: "POST",
          body: JSON.stringify({ grant_type: "client_credentials", ...client }),
          headers: { "content-type": "application/json" }
        })
        expect([asJson.status, json(asJson)]).toMatchObject([400, { error: "invalid_request" }])
        const twice = yield* send(mock.tokenUrl, {
          method: "POST",
          body: `${new URLSearchParams({ grant_type: "client_credentials", ...client })}&grant_type=client_credentials`,
          headers: { "content-type": "application/x-www-form-urlencoded" }
        })
        expect([twice.status, json(twice)]).toMatchObject([400, { error: "invalid_request" }])
        const get = yield* send(mock.tokenUrl)
        expect([get.status, json(get)]).toMatchObject([405, { error: "invalid_request" }])
        for (const response of [grant, noGrant, noClient, asJson, twice]) {
          expect(response.headers["cache-control"]).toBe("no-store")
        }
      }))
  })

  describe("Bearer scheme", () => {
    it.effect("serves /api with a valid token, on both listeners", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const token = (yield* fetchToken(mock)).access_token
        const http = yield* send(`${mock.httpUrl}${typesPath}`, bearer(token))
        expect(http.status).toBe(200)
        const https = yield* send(`${mock.httpsUrl}${typesPath}`, { ...bearer(token), tls: { ca: mock.pki.ca.certPem } })
        expect(https.status).toBe(200)
        expect(https.text).toBe(http.text)
      }))

    it.effect("refuses a missing, unknown or malformed token with a Bearer challenge", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const challenge = `Bearer realm="scm", error="invalid_token", authorization_uri="${mock.tokenUrl}"`
        for (const request of [{}, bearer("not-a-token-we-issued"), { headers: { authorization: "Token abc" } }]) {
          const response = yield* send(`${mock.httpUrl}${typesPath}`, request)
          expect(response.status).toBe(401)
          expect(response.headers["www-authenticate"]).toBe(challenge)
          expect(json(response)).toMatchObject({ code: -16 })
        }
        // On HTTPS the challenge points at the token endpoint of the HTTPS listener.
        const https = yield* send(`${mock.httpsUrl}${typesPath}`, { tls: { ca: mock.pki.ca.certPem } })
        expect(https.headers["www-authenticate"]).toBe(challenge.replace(mock.httpUrl, mock.httpsUrl))
      }))

    it.effect("refuses revoked tokens, and serves tokens issued after the revocation", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const before = (yield* fetchToken(mock)).access_token
        yield* mock.revokeTokens
        const revoked = yield* send(`${mock.httpUrl}${typesPath}`, bearer(before))
        expect(revoked.status).toBe(401)
        expect(description(revoked.text)).toMatch(/revoked/)
        const after = (yield* fetchToken(mock)).access_token
        expect((yield* send(`${mock.httpUrl}${typesPath}`, bearer(after))).status).toBe(200)
      }))

    it.effect("expires tokens when their lifetime has passed on the Clock", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.setTokenTtl(60)
        const token = (yield* fetchToken(mock)).access_token
        yield* TestClock.adjust("59 seconds")
        expect((yield* send(`${mock.httpUrl}${typesPath}`, bearer(token))).status).toBe(200)
        yield* TestClock.adjust("1 second")
        const expired = yield* send(`${mock.httpUrl}${typesPath}`, bearer(token))
        expect(expired.status).toBe(401)
        expect(description(expired.text)).toMatch(/expired/)
        yield* mock.setTokenTtl(300)
      }))
  })

  describe("password scheme", () => {
    it.effect("serves /api with the right login, password and customerUri", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const response = yield* send(`${mock.httpUrl}${typesPath}`, passwordLogin(mock))
        expect(response.status).toBe(200)
      }))

    it.effect("answers -16 Unknown user for a wrong or missing password or login", () =>
      Effect.gen(function* () {
        const mock = yield* server
        for (const request of [
          passwordLogin(mock, { password: "wrong" }),
          passwordLogin(mock, { login: "someone" }),
          { headers: { login: mock.credentials.login, customerUri: mock.credentials.customerUri } }
        ]) {
          const response = yield* send(`${mock.httpUrl}${typesPath}`, request)
          expect(response.status).toBe(401)
          expect(json(response)).toEqual({ code: -16, description: "Unknown user" })
        }
      }))

    it.effect("answers -410 for an unknown customerUri", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const response = yield* send(`${mock.httpUrl}${typesPath}`, passwordLogin(mock, { customerUri: "nobody" }))
        expect(response.status).toBe(401)
        expect(json(response)).toEqual({ code: -410, description: "Customer not found" })
      }))
  })

  describe("developer login", () => {
    const developerPath = "/api/csod/v1/requests/developer/count"
    const developerLogin = (mock: MockScmServer.Service, overrides: Readonly<Record<string, string>> = {}): RawRequest => ({
      headers: {
        email: mock.credentials.developerEmail,
        password: Redacted.value(mock.credentials.developerPassword),
        customerUri: mock.credentials.customerUri,
        ...overrides
      }
    })

    it.effect("serves the code signing developer's requests to the developer's email and password, any case of the email", () =>
      Effect.gen(function* () {
        const mock = yield* server
        expect((yield* send(`${mock.httpUrl}${developerPath}`, developerLogin(mock))).status).toBe(200)
        expect((yield* send(`${mock.httpUrl}${developerPath}`, developerLogin(mock, { email: mock.credentials.developerEmail.toUpperCase() }))).status).toBe(200)
      }))

    it.effect("answers -16 for a wrong email or password, -410 for an unknown customerUri, and -16 outside the developer's requests", () =>
      Effect.gen(function* () {
        const mock = yield* server
        for (const [path, request, code] of [
          [developerPath, developerLogin(mock, { password: "wrong" }), -16],
          [developerPath, developerLogin(mock, { email: "someone@example.com" }), -16],
          [developerPath, developerLogin(mock, { customerUri: "nobody" }), -410],
          // A developer is no admin.
          [typesPath, developerLogin(mock), -16]
        ] as const) {
          const response = yield* send(`${mock.httpUrl}${path}`, request)
          expect(response.status).toBe(401)
          expect((json(response) as { code: number }).code).toBe(code)
        }
      }))
  })

  describe("certificate scheme", () => {
    it.effect("serves /private/api over HTTPS to the admin's own certificate", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const response = yield* send(`${mock.httpsUrl}/private${typesPath}`, certificateRequest(mock, mock.pki.client))
        expect(response.status).toBe(200)
      }))

    it.effect("refuses plain HTTP, no certificate, a foreign CA, another admin's and an expired certificate, saying which", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const url = `${mock.httpsUrl}/private${typesPath}`
        const foreignCa = yield* MockPki.generateCa({ commonName: "Foreign CA" })
        const foreign = yield* MockPki.issueClientCertificate(foreignCa, { commonName: mock.credentials.certLogin })
        const otherAdmin = yield* MockPki.issueClientCertificate(mock.pki.ca, { commonName: "another_admin" })
        const day = 24 * 60 * 60 * 1000
        const expired = yield* MockPki.issueClientCertificate(mock.pki.ca, {
          commonName: mock.credentials.certLogin,
          notBefore: new Date(Date.now() - 3 * day),
          notAfter: new Date(Date.now() - day)
        })
        const cases: ReadonlyArray<readonly [string, Effect.Effect<{ status: number; text: string }, unknown>]> = [
          [`HTTPS`, send(`${mock.httpUrl}/private${typesPath}`, { headers: certificateRequest(mock, undefined).headers ?? {} })],
          [`No client certificate`, send(url, certificateRequest(mock, undefined))],
          [`not issued by the trusted client CA`, send(url, certificateRequest(mock, foreign))],
          [`does not belong to admin ${mock.credentials.certLogin}`, send(url, certificateRequest(mock, otherAdmin))],
          [`expired`, send(url, certificateRequest(mock, expired))]
        ]
        for (const [reason, request] of cases) {
          const response = yield* request
          expect(response.status).toBe(401)
          expect(description(response.text)).toContain(reason)
        }
      }))

    it.effect("needs login and a known customerUri besides the certificate", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const url = `${mock.httpsUrl}/private${typesPath}`
        const wrongLogin = yield* send(url, certificateRequest(mock, mock.pki.client, mock.credentials.login))
        expect(json(wrongLogin)).toEqual({ code: -16, description: "Unknown user" })
        const request = certificateRequest(mock, mock.pki.client)
        const wrongCustomer = yield* send(url, { ...request, headers: { ...request.headers, customerUri: "nobody" } })
        expect([wrongCustomer.status, json(wrongCustomer)]).toEqual([401, { code: -410, description: "Customer not found" }])
      }))
  })
})
