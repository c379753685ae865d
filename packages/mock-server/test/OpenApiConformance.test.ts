/**
 * Every answer the mock gives for the operations of issue 5 (successes and refusals, each scheme)
 * checked against the vendor's OpenAPI 3.1 document: the status is one the operation declares, the
 * content type one it declares, the body valid against its schema, and declared headers present.
 * Error bodies the spec leaves undeclared are held to its ErrorResponse. The document lives in the
 * repository, in spec/ at its root, with the patches of spec/patches/ applied.
 */
import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Ref } from "effect"
import * as Fs from "node:fs"
import { fileURLToPath } from "node:url"
import { loadPatchedSpec } from "../src/internal/spec/specDocument.js"
import { type Exchange, makeChecker, type OpenApiDocument } from "./support/openApi.js"
import { json, send } from "./support/raw.js"
import { apiClient, type ApiClient, makeCsr, type SchemeName } from "./support/ssl.js"

const specDirectory = new URL("../../../spec/", import.meta.url)

/**
 * The vendor's document with the repository's patches, as the client is generated from it: where
 * the REST reference shows SCM answering otherwise than the document (constants such as
 * "VALIDATED" for a domain's validation status, dates as days), the mock answers as SCM did and a
 * patch says so (spec/patches/README.md).
 */
const loadSpec = (): OpenApiDocument => {
  const path = fileURLToPath(new URL("scm-admin-api-25.9.2.openapi.json", specDirectory))
  if (!Fs.existsSync(path)) {
    throw new Error(`The vendor's OpenAPI document is missing at ${path}: the contract check reads it from spec/ at the repository's root.`)
  }
  return loadPatchedSpec(specDirectory) as unknown as OpenApiDocument
}

/** A client that records every exchange it makes. */
const recording = (client: ApiClient, privatePrefix: boolean, exchanges: Ref.Ref<ReadonlyArray<Exchange>>): ApiClient => {
  const record = (method: string, path: string) => (response: Exchange["response"]) =>
    Ref.update(exchanges, (all) => [...all, { method, path: `${privatePrefix ? "/private" : ""}${path.split("?")[0] ?? path}`, response }])
  return {
    get: (path) => Effect.tap(client.get(path), record("GET", path)),
    head: (path) => Effect.tap(client.head(path), record("HEAD", path)),
    post: (path, body) => Effect.tap(client.post(path, body), record("POST", path))
  }
}

const formats = ["x509", "x509CO", "base64", "bin", "x509IO", "x509IOR", "pem", "pemco", "pemia", "x509R"]

/** Drives every operation through its successes and refusals with one scheme. */
const drive = (api: ApiClient, mock: MockScmServer.Service, version: "v1" | "v2") =>
  Effect.gen(function* () {
    const ssl = `/api/ssl/${version}`
    yield* api.get(`${ssl}/types`)
    yield* api.get(`${ssl}/types?organizationId=1010`)
    yield* api.get(`${ssl}/types?organizationId=abc`)
    yield* api.get(`${ssl}/customFields`)
    yield* api.get(`${ssl}?size=25&position=10`)
    yield* api.get(`${ssl}?status=Revoked&size=3`)
    yield* api.head(`${ssl}?status=Issued`)
    yield* api.get(`${ssl}?size=500`)
    // Details of seeded certificates in each seeded status (the cycle repeats every 10).
    for (let sslId = 20001; sslId <= 20010; sslId++) yield* api.get(`${ssl}/${sslId}`)
    yield* api.get(`${ssl}/99999999`)
    yield* api.get(`${ssl}/abc`)

    const csr = yield* makeCsr(`conformance-${version}.example.com`, { altNames: [`alt-${version}.example.com`] })
    const enrollment = { orgId: 1001, certType: 1101, term: 200, csr: csr.pem, subjAltNames: `www-${version}.example.com`, customFields: [{ name: "Cost center", value: "7" }] }
    const { sslId } = json(yield* api.post(`${ssl}/enroll`, enrollment)) as { readonly sslId: number }
    for (const refused of [{ ...enrollment, orgId: undefined }, { ...enrollment, csr: "!!" }, { ...enrollment, csr: "AAAA" }, { ...enrollment, certType: 1 }, { ...enrollment, term: 1 }]) {
      yield* api.post(`${ssl}/enroll`, refused)
    }
    yield* api.get(`${ssl}/${sslId}`)
    yield* api.get(`${ssl}/collect/${sslId}?format=x509`)
    yield* api.post(`${ssl}/revoke/${sslId}`, { reasonCode: "4", reason: "not issued" })
    yield* api.post(`${ssl}/renewById/${sslId}`, {})
    yield* mock.issueCertificate(sslId)
    yield* api.get(`${ssl}/${sslId}`)
    for (const format of formats) yield* api.get(`${ssl}/collect/${sslId}?format=${format}`)
    yield* api.get(`${ssl}/collect/${sslId}/x509CO`)
    yield* api.get(`${ssl}/collect/${sslId}`)
    yield* api.get(`${ssl}/collect/${sslId}?format=p12`)
    yield* api.get(`${ssl}/collect/99999999?format=x509`)
    const renewed = json(yield* api.post(`${ssl}/renewById/${sslId}`, {})) as { readonly sslId: number }
    yield* api.post(`${ssl}/renewById/99999999`, {})
    yield* api.post(`${ssl}/revoke/${sslId}`, { reasonCode: "4", reason: "superseded" })
    yield* api.post(`${ssl}/revoke/${sslId}`, { reasonCode: "4", reason: "again" })
    yield* api.post(`${ssl}/revoke/99999999`, { reasonCode: "4", reason: "unknown" })
    yield* api.post(`${ssl}/revoke/${sslId}`, { reasonCode: "2", reason: "bad code" })
    yield* api.get(`${ssl}/${sslId}`)
    yield* api.get(`${ssl}/collect/${sslId}?format=x509`)
    yield* mock.issueCertificate(renewed.sslId)
    const serial = (json(yield* api.get(`${ssl}/${renewed.sslId}`)) as { readonly serialNumber: string }).serialNumber
    yield* api.post(`${ssl}/revoke/serial/${serial}`, { reasonCode: "1", reason: "key compromise" })
    yield* api.post(`${ssl}/revoke/serial/00FF`, { reasonCode: "1", reason: "unknown" })

    yield* mock.setIssuance({ requireApproval: true })
    const pending = json(yield* api.post(`${ssl}/enroll`, enrollment)) as { readonly sslId: number }
    yield* mock.setIssuance({ requireApproval: false })
    yield* api.get(`${ssl}/${pending.sslId}`)
    yield* api.post(`${ssl}/approve/${pending.sslId}`, { message: "approved" })
    yield* api.post(`${ssl}/approve/${pending.sslId}`, { message: "twice" })

    yield* api.get("/api/organization/v1")
    for (const id of [1001, 1002, 1010, 1020, 4242]) yield* api.get(`/api/organization/v1/${id}`)
    yield* api.get("/api/organization/v1/x")
    yield* api.get("/api/domain/v1")
    yield* api.get("/api/domain/v1?position=30&size=10&state=active")
    yield* api.head("/api/domain/v1?orgId=1010")
    yield* api.get("/api/domain/v1?size=201")
    for (let id = 5001; id <= 5036; id++) yield* api.get(`/api/domain/v1/${id}`)
    yield* api.get("/api/domain/v1/999999")
  })

/** Unauthenticated and wrongly authenticated calls to each operation. */
const refusedLogins = (mock: MockScmServer.Service, exchanges: Ref.Ref<ReadonlyArray<Exchange>>) =>
  Effect.gen(function* () {
    const calls: ReadonlyArray<readonly [string, string]> = [
      ["GET", "/api/ssl/v1/types"],
      ["GET", "/api/ssl/v1/customFields"],
      ["GET", "/api/ssl/v1"],
      ["GET", "/api/ssl/v1/20001"],
      ["POST", "/api/ssl/v1/enroll"],
      ["GET", "/api/ssl/v1/collect/20001"],
      ["POST", "/api/ssl/v1/revoke/20001"],
      ["POST", "/api/ssl/v1/revoke/serial/00FF"],
      ["POST", "/api/ssl/v1/renewById/20001"],
      ["POST", "/api/ssl/v1/approve/20001"],
      ["GET", "/api/organization/v1"],
      ["GET", "/api/organization/v1/1001"],
      ["GET", "/api/domain/v1"],
      ["GET", "/api/domain/v1/5001"]
    ]
    const logins: ReadonlyArray<Readonly<Record<string, string>>> = [
      {},
      { authorization: "Bearer not-a-token" },
      { login: mock.credentials.login, password: "wrong", customerUri: mock.credentials.customerUri }
    ]
    for (const [method, path] of calls) {
      for (const headers of logins) {
        const response = yield* send(`${mock.httpUrl}${path}`, {
          method,
          headers: { ...headers, ...(method === "POST" ? { "content-type": "application/json" } : {}) },
          ...(method === "POST" ? { body: "{}" } : {})
        })
        yield* Ref.update(exchanges, (all) => [...all, { method, path, response }])
      }
    }
  })

/** A recorded answer made up for the checker's own test. */
const answer = (status: number, body: string, headers: Readonly<Record<string, string>> = {}): Exchange["response"] => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  text: body,
  bytes: Buffer.from(body)
})

describe("the mock against the vendor's OpenAPI document", () => {
  it("the check itself finds what the spec does not allow", () => {
    const { check } = makeChecker(loadSpec())
    const problems = (method: string, path: string, response: Exchange["response"]) => check({ method, path, response })
    expect(problems("GET", "/api/ssl/v1/20001", answer(200, JSON.stringify({ sslId: "20001" })))).toHaveLength(1)
    expect(problems("GET", "/api/ssl/v1/20001", answer(200, JSON.stringify({ sslId: 20001, reasonCode: "7" })))).toHaveLength(1)
    expect(problems("GET", "/api/ssl/v1/20001", answer(200, JSON.stringify({ sslId: 20001, issued: "21 May 2025" })))).toHaveLength(1)
    expect(problems("GET", "/api/ssl/v1", answer(200, "[]"))).toEqual(["GET /api/ssl/v1 200: header X-Total-Count is missing"])
    expect(problems("GET", "/api/ssl/v1/types", answer(418, "{}"))[0]).toContain("declares no 418")
    expect(problems("POST", "/api/ssl/v1/enroll", answer(400, JSON.stringify({ code: -7 })))).toHaveLength(1)
    expect(problems("GET", "/private/api/ssl/v2/collect/1/x509", answer(200, "PEM", { "content-type": "text/plain" }))).toEqual([
      "GET /private/api/ssl/v2/collect/1/x509 200: header Content-Disposition is missing",
      "GET /private/api/ssl/v2/collect/1/x509 200: content type text/plain is not one of application/octet-stream"
    ])
    expect(problems("DELETE", "/api/domain/v1/1", answer(204, ""))).toEqual([])
    expect(problems("GET", "/api/nothing", answer(200, "{}"))).toEqual(["GET /api/nothing 200: no path of the spec matches"])
    // DomainInfo's Java date pattern is mended; its format still holds.
    expect(problems("GET", "/api/domain/v1/1", answer(200, JSON.stringify({ id: 1, dcvValidation: "2025-03-01" })))).toEqual([])
    expect(problems("GET", "/api/domain/v1/1", answer(200, JSON.stringify({ id: 1, dcvValidation: "March 1" })))).toHaveLength(1)
  })

  it.effect("every answer of the SSL, organization and domain operations matches the spec, on v1 and v2, with each scheme", () =>
    Effect.gen(function* () {
      const checker = makeChecker(loadSpec())
      const mock = yield* MockScmServer.make({ manualIssuance: true })
      const exchanges = yield* Ref.make<ReadonlyArray<Exchange>>([])
      const schemes: ReadonlyArray<readonly [SchemeName, "v1" | "v2"]> = [["password", "v1"], ["oauth2", "v2"], ["certificate", "v1"]]
      for (const [scheme, version] of schemes) {
        yield* drive(recording(yield* apiClient(mock, scheme), scheme === "certificate", exchanges), mock, version)
      }
      yield* refusedLogins(mock, exchanges)

      const all = yield* Ref.get(exchanges)
      expect(all.flatMap(checker.check)).toEqual([])

      // The run reached each operation with each outcome it is meant to show.
      const reached = new Set(all.map(({ method, path, response }) => `${method} ${checker.templateFor(path)} ${response.status}`))
      const expected = [
        "GET /api/ssl/v1/types 200", "GET /api/ssl/v1/types 400", "GET /api/ssl/v1/types 401",
        "GET /api/ssl/v2/customFields 200", "GET /api/ssl/v1/customFields 401",
        "GET /api/ssl/v1 200", "HEAD /api/ssl/v1 200", "GET /api/ssl/v1 400", "GET /api/ssl/v2 200",
        "GET /api/ssl/v1/{sslId} 200", "GET /api/ssl/v1/{sslId} 404", "GET /api/ssl/v1/{sslId} 400", "GET /api/ssl/v2/{sslId} 404",
        "POST /api/ssl/v1/enroll 200", "POST /api/ssl/v1/enroll 400", "POST /api/ssl/v2/enroll 200", "POST /api/ssl/v1/enroll 401",
        "GET /api/ssl/v1/collect/{sslId} 200", "GET /api/ssl/v1/collect/{sslId} 400", "GET /api/ssl/v1/collect/{sslId} 404",
        "GET /api/ssl/v2/collect/{sslId} 200",
        "POST /api/ssl/v1/revoke/{id} 204", "POST /api/ssl/v1/revoke/{id} 400", "POST /api/ssl/v2/revoke/{id} 204",
        "POST /api/ssl/v1/revoke/serial/{serialNumber} 204", "POST /api/ssl/v1/revoke/serial/{serialNumber} 400",
        "POST /api/ssl/v1/renewById/{sslId} 200", "POST /api/ssl/v1/renewById/{sslId} 400",
        "POST /api/ssl/v1/approve/{id} 204", "POST /api/ssl/v1/approve/{id} 400",
        "GET /api/organization/v1 200", "GET /api/organization/v1 401",
        "GET /api/organization/v1/{id} 200", "GET /api/organization/v1/{id} 404", "GET /api/organization/v1/{id} 400",
        "GET /api/domain/v1 200", "HEAD /api/domain/v1 200", "GET /api/domain/v1 400", "GET /api/domain/v1 401",
        "GET /api/domain/v1/{id} 200", "GET /api/domain/v1/{id} 404"
      ]
      expect(expected.filter((combination) => !reached.has(combination))).toEqual([])
    }), { timeout: 30_000 })
})
