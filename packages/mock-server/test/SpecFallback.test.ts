/**
 * The spec fallback over real sockets: operations the mock keeps no state for answer the status
 * the spec documents with a body its schema accepts, refuse what SCM refuses with SCM's codes, and
 * sit behind the same authentication, journal and faults as the stateful ones; where the REST
 * reference shows the answer a real SCM gave, that answer. And what real
 * clients send: revoke with only a reason, the v1 domain count, a renew body of `""`, a token
 * request without `grant_type`, a collect answered empty while pending. And the REST reference's
 * operations the vendor's spec lacks (spec/patches/): the older versions as the reference shows them,
 * code signing on demand, CA backends.
 */
import { describe, expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { referenceExamples } from "../src/internal/spec/referenceExamples.js"
import { isJsonObject, type Json, type JsonObject, patchedSpec } from "../src/internal/spec/specDocument.js"
import { compile, makeAjv } from "../src/internal/spec/specSchemas.js"
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
    // Azure accounts: an area the mock keeps no state for, so the fallback answers it.
    it.effect("a list: 200, X-Total-Count, a body the schema accepts; HEAD the header alone", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const list = yield* call(mock, "GET", "/api/azure/v1/accounts?size=10")
        expect(list.status).toBe(200)
        expect(list.headers["x-total-count"]).toBe(String((json(list) as ReadonlyArray<unknown>).length))
        expect(validAgainst("/api/azure/v1/accounts", "get", list)).toEqual([])
        const head = yield* call(mock, "HEAD", "/api/azure/v1/accounts")
        expect([head.status, head.text, head.headers["x-total-count"]]).toEqual([200, "", list.headers["x-total-count"]])
      }))

    it.effect("a create: 201 with a Location whose last segment is the new id", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const account = { name: "Vault", applicationId: "app", directoryId: "dir", environment: "AZURE", applicationSecret: "s3cret" }
        const first = yield* call(mock, "POST", "/api/azure/v1/accounts", JSON.stringify(account))
        const second = yield* call(mock, "POST", "/api/azure/v1/accounts", JSON.stringify({ ...account, name: "Other" }))
        expect(first.status).toBe(201)
        expect(first.headers["location"]).toMatch(/^\/api\/azure\/v1\/accounts\/\d+$/)
        expect(second.headers["location"]).not.toBe(first.headers["location"])
      }))

    it.effect("where the REST reference shows SCM's answer, that answer: its status, body, Location (ids of the request and of its form), X-Total-Count", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const example = (line: number) => {
          const found = referenceExamples().examples.find((candidate) => candidate.line === line)
          if (found === undefined) throw new Error(`no example at reference line ${line}`)
          return found
        }
        // A discovery bucket's details (reference line 19007), its bucket named by UUID.
        const bucket = yield* call(mock, "GET", "/api/discovery/v1/bucket/ed180ca7-7417-4815-90a5-983d9a26ee06")
        expect([bucket.status, json(bucket)]).toEqual([200, (example(19007).response.body as { readonly value: unknown }).value])
        // Its create (line 18692) names the new bucket by a new UUID, which the bucket's own path takes.
        const made = yield* call(mock, "POST", "/api/discovery/v1/bucket", JSON.stringify({ name: "test bucket", orgDelegations: [1001] }))
        expect(made.status).toBe(201)
        const location = made.headers["location"] ?? ""
        expect(location).toMatch(/^\/api\/discovery\/v1\/bucket\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/)
        expect((yield* call(mock, "GET", location)).status).toBe(200)
        // An organization validation's submission (line 28467): the Location is under the request's organization.
        const submitted = yield* call(mock, "POST", "/api/organization/v2/1001/validations/submit", JSON.stringify(
          (example(28467).request.body as { readonly value: unknown }).value
        ))
        expect(submitted.status).toBe(201)
        expect(submitted.headers["location"]).toMatch(/^\/api\/organization\/v2\/1001\/validations\/\d+$/)
        // A page the reference counted (line 19102): X-Total-Count says how many it lists.
        const buckets = yield* call(mock, "GET", "/api/discovery/v1/bucket?size=10")
        expect(buckets.headers["x-total-count"]).toBe(String((json(buckets) as ReadonlyArray<unknown>).length))
        // The reference's 204 where the spec also documents 201 (line 36870).
        expect((yield* call(mock, "PUT", "/api/endpoint/v1/1/delegations", JSON.stringify([1001, 1010]))).status)
          .toBe(example(36870).response.status)
      }))

    it.effect("PUT and DELETE are routed; a wrong method is 405 with Allow", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const put = yield* call(mock, "PUT", "/api/azure/v1/accounts/7", JSON.stringify({ name: "Vault" }))
        // The spec documents a 200 without a body.
        expect([put.status, put.text]).toEqual([200, ""])
        expect((yield* call(mock, "DELETE", "/api/azure/v1/accounts/7")).status).toBe(204)
        const patch = yield* call(mock, "PATCH", "/api/azure/v1/accounts/7", "{}")
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
        const path = "/api/csod/v1/requests/admin/approve"
        expect(scm(yield* call(mock, "POST", path, "{not json"))).toEqual({ status: 400, code: -1002 })
        expect(scm(yield* call(mock, "POST", path, `""`))).toEqual({ status: 400, code: -1002 })
        expect(scm(yield* call(mock, "POST", path, ""))).toEqual({ status: 400, code: -1002 })
        const missing = yield* call(mock, "POST", path, "{}")
        expect(scm(missing)).toEqual({ status: 400, code: -7 })
        expect(json(missing)).toMatchObject({ description: "requestId is required but missing." })
      }))

    it.effect("a path id that is no integer, a query value out of range: -1601; another content type: 415", () =>
      Effect.gen(function* () {
        const mock = yield* server
        expect(scm(yield* call(mock, "GET", "/api/azure/v1/accounts/abc"))).toEqual({ status: 400, code: -1601 })
        expect(scm(yield* call(mock, "GET", "/api/azure/v1/accounts?size=201"))).toEqual({ status: 400, code: -1601 })
        expect((yield* call(mock, "PUT", "/api/azure/v1/accounts/7", "<account/>", "application/xml")).status).toBe(415)
      }))
  })

  describe("sits behind authentication, journal and faults", () => {
    it.effect("no credentials is 401; each scheme reaches it (certificate on /private)", () =>
      Effect.gen(function* () {
        const mock = yield* server
        expect((yield* send(`${mock.httpUrl}/api/azure/v1/accounts`)).status).toBe(401)
        for (const scheme of ["password", "oauth2", "certificate"] as const) {
          const api = yield* apiClient(mock, scheme)
          expect((yield* api.get("/api/azure/v1/accounts")).status).toBe(200)
        }
      }))

    it.effect("it is journaled, and a fault takes its place", () =>
      Effect.gen(function* () {
        const mock = yield* server
        yield* mock.clearJournal
        yield* mock.addFault({ path: "/api/azure/v1/accounts", status: 503, headers: { "Retry-After": "1" } })
        expect((yield* call(mock, "GET", "/api/azure/v1/accounts")).status).toBe(503)
        expect((yield* call(mock, "GET", "/api/azure/v1/accounts")).status).toBe(200)
        expect((yield* mock.journal).map((entry) => [entry.method, entry.path, entry.status])).toEqual([
          ["GET", "/api/azure/v1/accounts", 503],
          ["GET", "/api/azure/v1/accounts", 200]
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

    it.effect("a list of ids in one comma-separated value, where the spec says so (orgIds=1,1952)", () =>
      Effect.gen(function* () {
        const mock = yield* server
        expect((yield* call(mock, "GET", "/api/connector/v1/dns?orgIds=1001,1010")).status).toBe(200)
        expect((yield* call(mock, "GET", "/api/connector/v1/dns?orgIds=1001&orgIds=1010")).status).toBe(200)
        expect(scm(yield* call(mock, "GET", "/api/connector/v1/dns?orgIds=1001,x"))).toEqual({ status: 400, code: -1601 })
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

  describe("answers the REST reference's operations the vendor's spec lacks, as the reference shows them", () => {
    const task = (extra: Record<string, unknown>) =>
      JSON.stringify({
        name: "Discovery task",
        agent: "agent",
        ranges: [{ address: "10.0.0.1/32", ports: "443" }],
        certBucketId: "7a16dfaf-2e2a-4c5c-8ca0-6175d7d6acd7",
        frequency: "Daily",
        timeZone: "UTC+00:00 - GMT, UCT, UTC, WET, EGST",
        time: { hours: 0, minutes: 0 },
        ...extra
      })

    it.effect("discovery v2 creates answer 201 with {taskId}, v3 with a Location; v3's schedule is zero-based", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const v2 = yield* call(mock, "POST", "/api/discovery/v2/net_task", task({ month: 0, dayOfMonth: 0, dayOfWeek: 0 }))
        expect([v2.status, v2.headers["location"]]).toEqual([201, undefined])
        expect(json(v2)).toEqual({ taskId: expect.any(Number) })
        const v3 = yield* call(mock, "POST", "/api/discovery/v3/net_task", task({ month: 11, dayOfMonth: 30, dayOfWeek: 6 }))
        expect([v3.status, v3.text]).toEqual([201, ""])
        expect(v3.headers["location"]).toMatch(/\/api\/discovery\/v3\/net_task\/\d+$/)
        // Its month is at most 11 (v4's is 1 to 12); a v2 update names the task in the body.
        expect(scm(yield* call(mock, "POST", "/api/discovery/v3/net_task", task({ month: 12 })))).toEqual({ status: 400, code: -1601 })
        expect(scm(yield* call(mock, "PUT", "/api/discovery/v2/net_task", task({})))).toEqual({ status: 400, code: -7 })
        expect((yield* call(mock, "PUT", "/api/discovery/v2/net_task", task({ taskId: 7 }))).status).toBe(200)
      }))

    it.effect("custom fields v1: a create answers 200 with the field (`mandatory`), the type is a path segment", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const created = yield* call(mock, "POST", "/api/customField/v1", JSON.stringify({ name: "test", mandatory: true, certType: "ssl", state: "ACTIVE" }))
        expect([created.status, created.headers["location"]]).toEqual([200, undefined])
        expect(validAgainst("/api/customField/v1", "post", created)).toEqual([])
        const byType = yield* call(mock, "GET", "/api/customField/v1/ssl")
        expect(byType.status).toBe(200)
        expect(validAgainst("/api/customField/v1/{certType}", "get", byType)).toEqual([])
        expect((yield* call(mock, "DELETE", "/api/customField/v1/137")).status).toBe(204)
      }))

    it.effect("code signing on demand and CA backends, which have no newer version", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const count = yield* call(mock, "GET", "/api/csod/v1/requests/developer/count")
        expect(count.status).toBe(200)
        expect(validAgainst("/api/csod/v1/requests/developer/count", "get", count)).toEqual([])
        const ids = yield* call(mock, "GET", "/api/csod/v1/requests/admin?size=1&position=10")
        expect(ids.status).toBe(200)
        expect(validAgainst("/api/csod/v1/requests/admin", "get", ids)).toEqual([])
        expect((yield* call(mock, "POST", "/api/csod/v1/requests/admin/approve", JSON.stringify({ requestId: 1, comment: "Test" }))).status).toBe(204)
        expect(scm(yield* call(mock, "POST", "/api/csod/v1/requests/admin/decline", JSON.stringify({ comment: "Test" })))).toEqual({ status: 400, code: -7 })
        const backends = yield* call(mock, "GET", "/api/ca-backend/v1")
        expect(backends.status).toBe(200)
        expect(validAgainst("/api/ca-backend/v1", "get", backends)).toEqual([])
      }))
  })
})
