/**
 * The spec fallback over real sockets: operations the mock keeps no state for answer the status
 * the spec documents with a body its schema accepts, refuse what SCM refuses with SCM's codes, and
 * sit behind the same authentication, journal and faults as the stateful ones. And what real
 * clients send: revoke with only a reason, the v1 domain count, a renew body of `""`, a token
 * request without `grant_type`, a collect answered empty while pending.
 */
import { describe, expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { isJsonObject, type Json, type JsonObject, patchedSpec } from "../src/internal/specDocument.js"
import { compile, makeAjv } from "../src/internal/specSchemas.js"
import { credentialsForm, passwordLogin } from "./support/mock.js"
import { json, type RawResponse, send } from "./support/raw.js"
import { apiClient, makeCsr } from "./support/ssl.js"

const server = MockScmServer.MockScmServer
const document = patchedSpec()
const schemas = ((document["components"] as JsonObject)["schemas"] ?? {}) as JsonObject
const ajv = makeAjv(schemas, { coerce: false })

/** The JSON schema of an operation's answer with `status`. */
const responseSchema = (path: string, method: string, status: number): Json => {
  const operation = ((document["paths"] as JsonObject)[path] as JsonObject)[method] as JsonObject
  const response = (operation["responses"] as JsonObject)[String(status)]
  const content = isJsonObject(response) ? response["content"] : undefined
  const media = isJsonObject(content) ? content["application/json"] : undefined
  return isJsonObject(media) ? media["schema"] ?? {} : {}
}

const validAgainst = (path: string, method: string, response: RawResponse) => {
  const validate = compile(ajv, responseSchema(path, method, response.status))
  const valid = validate(json(response))
  return valid ? [] : validate.errors
}

const call = (mock: MockScmServer.Service, method: string, path: string, body?: string, contentType = "application/json") =>
  send(`${mock.httpUrl}${path}`, {
    method,
    headers: { ...passwordLogin(mock).headers, ...(body === undefined ? {} : { "content-type": contentType }) },
    ...(body === undefined ? {} : { body })
  })

const scm = (response: RawResponse) => ({ status: response.status, code: (json(response) as { readonly code: number }).code })

layer(MockScmServer.layer({ manualIssuance: true }), { timeout: 30_000 })("the spec fallback", (it) => {
  describe("answers as the spec documents", () => {
    it.effect("a list: 200, X-Total-Count, a body the schema accepts; HEAD the header alone", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const list = yield* call(mock, "GET", "/api/person/v2?size=10")
        expect(list.status).toBe(200)
        expect(list.headers["x-total-count"]).toBe(String((json(list) as ReadonlyArray<unknown>).length))
        expect(validAgainst("/api/person/v2", "get", list)).toEqual([])
        const head = yield* call(mock, "HEAD", "/api/person/v2")
        expect([head.status, head.text, head.headers["x-total-count"]]).toEqual([200, "", list.headers["x-total-count"]])
      }))

    it.effect("a create: 201 with a Location whose last segment is the new id", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const first = yield* call(mock, "POST", "/api/person/v2", JSON.stringify({ firstName: "Ada", lastName: "Lovelace", email: "ada@example.com" }))
        const second = yield* call(mock, "POST", "/api/person/v2", "{}")
        expect(first.status).toBe(201)
        expect(first.headers["location"]).toMatch(/^\/api\/person\/v2\/\d+$/)
        expect(second.headers["location"]).not.toBe(first.headers["location"])
      }))

    it.effect("PUT and DELETE are routed; a wrong method is 405 with Allow", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const put = yield* call(mock, "PUT", "/api/person/v2/7", JSON.stringify({ firstName: "Ada" }))
        // The spec documents a 200 without a body.
        expect([put.status, put.text]).toEqual([200, ""])
        expect((yield* call(mock, "DELETE", "/api/admin/v1/7")).status).toBe(204)
        const patch = yield* call(mock, "PATCH", "/api/admin/v1/7", "{}")
        expect(patch.status).toBe(405)
        expect(patch.headers["allow"]?.split(", ").sort()).toEqual(["DELETE", "GET", "HEAD", "PUT"])
      }))

    it.effect("replace exists (the spec's SSL replace): 204", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const csr = yield* makeCsr("replace.example.com")
        const replaced = yield* call(mock, "POST", "/api/ssl/v2/replace/20001", JSON.stringify({ csr: csr.pem, reason: "key rotation" }))
        expect([replaced.status, replaced.text]).toEqual([204, ""])
        expect((yield* call(mock, "POST", "/api/ssl/v1/replace/20001", JSON.stringify({ csr: csr.pem, reason: "x" }))).status).toBe(204)
      }))
  })

  describe("refuses what SCM refuses, with SCM's codes", () => {
    it.effect("a body that is not JSON, or JSON of another type, is -1002; a missing required field -7", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const path = "/api/person/v2/7/import-key"
        expect(scm(yield* call(mock, "POST", path, "{not json"))).toEqual({ status: 400, code: -1002 })
        expect(scm(yield* call(mock, "POST", path, `""`))).toEqual({ status: 400, code: -1002 })
        expect(scm(yield* call(mock, "POST", path, ""))).toEqual({ status: 400, code: -1002 })
        const missing = yield* call(mock, "POST", path, "{}")
        expect(scm(missing)).toEqual({ status: 400, code: -7 })
        expect(json(missing)).toMatchObject({ description: "p12 is required but missing." })
      }))

    it.effect("a path id that is no integer, a query value out of range: -1601; another content type: 415", () =>
      Effect.gen(function* () {
        const mock = yield* server
        expect(scm(yield* call(mock, "GET", "/api/person/v2/abc"))).toEqual({ status: 400, code: -1601 })
        expect(scm(yield* call(mock, "GET", "/api/person/v2?size=201"))).toEqual({ status: 400, code: -1601 })
        expect((yield* call(mock, "PUT", "/api/person/v2/7", "<person/>", "application/xml")).status).toBe(415)
      }))
  })

  describe("sits behind authentication, journal and faults", () => {
    it.effect("no credentials is 401; each scheme reaches it (certificate on /private)", () =>
      Effect.gen(function* () {
        const mock = yield* server
        expect((yield* send(`${mock.httpUrl}/api/person/v2`)).status).toBe(401)
        for (const scheme of ["password", "oauth2", "certificate"] as const) {
          const api = yield* apiClient(mock, scheme)
          expect((yield* api.get("/api/admin/v1")).status).toBe(200)
        }
      }))

    it.effect("it is journaled, and a fault takes its place", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.clearJournal
        yield* mock.addFault({ path: "/api/admin/v1", status: 503, headers: { "Retry-After": "1" } })
        expect((yield* call(mock, "GET", "/api/admin/v1")).status).toBe(503)
        expect((yield* call(mock, "GET", "/api/admin/v1")).status).toBe(200)
        expect((yield* mock.journal).map((entry) => [entry.method, entry.path, entry.status])).toEqual([
          ["GET", "/api/admin/v1", 503],
          ["GET", "/api/admin/v1", 200]
        ])
      }))
  })

  describe("answers what real clients send", () => {
    it.effect("revoke with only a reason (no reasonCode) is accepted", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const api = yield* apiClient(mock, "password")
        const csr = yield* makeCsr("reason-only.example.com")
        const { sslId } = json(yield* api.post("/api/ssl/v1/enroll", { orgId: 1001, certType: 1101, term: 200, csr: csr.pem })) as { readonly sslId: number }
        yield* mock.issueCertificate(sslId)
        expect((yield* api.post(`/api/ssl/v1/revoke/${sslId}`, { reason: "superseded" })).status).toBe(204)
        expect(json(yield* api.get(`/api/ssl/v1/${sslId}`))).toMatchObject({ status: "Revoked" })
      }))

    it.effect("GET /api/domain/v1/count answers {count} from the domains, filters applied", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const all = yield* call(mock, "HEAD", "/api/domain/v1")
        const count = yield* call(mock, "GET", "/api/domain/v1/count")
        expect(count.status).toBe(200)
        expect(json(count)).toEqual({ count: Number(all.headers["x-total-count"]) })
        const active = yield* call(mock, "HEAD", "/api/domain/v1?state=active")
        expect(json(yield* call(mock, "GET", "/api/domain/v1/count?state=active"))).toEqual({ count: Number(active.headers["x-total-count"]) })
      }))

    it.effect("a renew whose body is the JSON string \"\" is -1002", () =>
      Effect.gen(function* () {
        const mock = yield* server
        expect(scm(yield* call(mock, "POST", "/api/ssl/v1/renewById/20001", `""`))).toEqual({ status: 400, code: -1002 })
      }))

    it.effect("a token request without grant_type is invalid_request, before client authentication", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const nothing = yield* send(mock.tokenUrl, { method: "POST", body: "", headers: { "content-type": "application/x-www-form-urlencoded" } })
        expect([nothing.status, (json(nothing) as { readonly error: string }).error]).toEqual([400, "invalid_request"])
        const wrongClient = yield* send(mock.tokenUrl, {
          method: "POST",
          body: "client_id=nobody&client_secret=wrong",
          headers: { "content-type": "application/x-www-form-urlencoded" }
        })
        expect([wrongClient.status, (json(wrongClient) as { readonly error: string }).error]).toEqual([400, "invalid_request"])
        expect((yield* send(mock.tokenUrl, { method: "POST", ...credentialsForm(mock) })).status).toBe(200)
      }))

    it.effect("a fault with emptyOk answers a pending collect with an empty 200, and lets an issued one through", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const api = yield* apiClient(mock, "password")
        const csr = yield* makeCsr("empty-ok.example.com")
        const { sslId } = json(yield* api.post("/api/ssl/v1/enroll", { orgId: 1001, certType: 1101, term: 200, csr: csr.pem })) as { readonly sslId: number }
        const path = `/api/ssl/v1/collect/${sslId}`
        yield* mock.addFault({ path, emptyOk: true, times: 2 })
        const pending = yield* api.get(`${path}?format=x509`)
        expect([pending.status, pending.text]).toEqual([200, ""])
        yield* mock.issueCertificate(sslId)
        const issued = yield* api.get(`${path}?format=x509`)
        expect(issued.status).toBe(200)
        expect(issued.text).toContain("BEGIN CERTIFICATE")
        expect(yield* mock.pendingFaults).toEqual([])
      }))
  })
})
