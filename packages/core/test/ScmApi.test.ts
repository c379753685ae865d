/**
 * The generated operations over an in-memory SCM: requests as the spec describes them, answers
 * decoded by the spec's schemas, failures as ScmError. Against the mock server in
 * ScmApi.contract.test.ts.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Layer, Stream } from "effect"
import { TestClock } from "effect/testing"
import { HttpClient, HttpClientRequest } from "effect/http"
import type { ScmHttpClient } from "@scm-effect/core"
import * as ScmApi from "../src/ScmApi.js"
import * as FakeHttp from "./fixtures/FakeHttp.js"
import * as Resources from "./fixtures/Resources.js"

// The client, with a password login, over `fake`.
const api = (fake: FakeHttp.Fake, options?: ScmApi.Options) =>
  ScmApi.layer(options).pipe(Layer.provide(Resources.overFake(fake)))

const ok = (body: unknown, headers?: Record<string, string>): FakeHttp.Answer => ({
  status: 200,
  body,
  ...(headers === undefined ? {} : { headers })
})

describe("ScmApi", () => {
  it.effect("a GET with query parameters: the spec's path and names, on the base URL, authenticated", () => {
    const fake = FakeHttp.make(() => ok([{ id: 7, name: "example.com" }], { "X-Total-Count": "1" }))
    return Effect.gen(function*() {
      const client = yield* ScmApi.ScmApi
      const domains = yield* client.listDomains({ params: { orgId: 1001, state: "active", size: 50 } })
      expect(domains).toEqual([{ id: 7, name: "example.com" }])
      const [request] = fake.requests
      expect(request?.method).toBe("GET")
      expect(`${request?.url.origin}${request?.url.pathname}`).toBe(`${FakeHttp.baseUrl}/api/domain/v1`)
      expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({ orgId: "1001", state: "active", size: "50" })
      expect(request?.headers).toMatchObject({ login: "admin", password: "pw", customeruri: "acme" })
    }).pipe(Effect.provide(api(fake)))
  })

  it.effect("path parameters are encoded; query parameters are the ones given", () => {
    const fake = FakeHttp.make((request) => ok(request.url.pathname === "/api/domain/v1" ? [] : { id: 1, name: "a" }))
    return Effect.gen(function*() {
      const client = yield* ScmApi.ScmApi
      yield* client.getDomainDetails("12")
      yield* client.getDomainDetails("a/b?c")
      yield* client.listDomains({ params: { position: 0 } })
      expect(fake.requests.map((request) => `${request.url.pathname}${request.url.search}`)).toEqual([
        "/api/domain/v1/12",
        "/api/domain/v1/a%2Fb%3Fc",
        "/api/domain/v1?position=0"
      ])
    }).pipe(Effect.provide(api(fake)))
  })

  it.effect("a POST sends the payload as JSON: revoke with only a reason, or a numeric reasonCode", () => {
    const fake = FakeHttp.make(() => ({ status: 204 }))
    return Effect.gen(function*() {
      const client = yield* ScmApi.ScmApi
      yield* client.revokeSslCertificateById("17", { payload: { reason: "key compromise" } })
      yield* client.revokeSslCertificateById1("18", { payload: { reasonCode: 4, reason: "superseded" } })
      expect(fake.requests.map((request) => [request.method, request.url.pathname, JSON.parse(request.body)])).toEqual([
        ["POST", "/api/ssl/v2/revoke/17", { reason: "key compromise" }],
        ["POST", "/api/ssl/v1/revoke/18", { reasonCode: 4, reason: "superseded" }]
      ])
      expect(fake.requests[0]?.headers["content-type"]).toBe("application/json")
    }).pipe(Effect.provide(api(fake)))
  })

  it.effect("includeResponse: the value and the response (a create's Location)", () => {
    const fake = FakeHttp.make(() => ({ status: 201, headers: { Location: `${FakeHttp.baseUrl}/api/domain/v1/42` } }))
    return Effect.gen(function*() {
      const client = yield* ScmApi.ScmApi
      const [value, response] = yield* client.createDomain({
        payload: { name: "example.com", delegations: [] },
        config: { includeResponse: true }
      })
      expect(value).toBeUndefined()
      expect(response.status).toBe(201)
      expect(response.headers["location"]?.split("/").pop()).toBe("42")
    }).pipe(Effect.provide(api(fake)))
  })

  it.effect("the spec's added v1 count: GET /api/domain/v1/count, not the {id} route", () => {
    const fake = FakeHttp.make(() => ok({ count: 4 }))
    return Effect.gen(function*() {
      const client = yield* ScmApi.ScmApi
      expect(yield* client.countDomains({ params: { state: "active" } })).toEqual({ count: 4 })
      expect(fake.requests[0]?.url.pathname).toBe("/api/domain/v1/count")
    }).pipe(Effect.provide(api(fake)))
  })

  it.effect("a 404 is ScmApiError with SCM's code and description, not the generator's error", () => {
    const fake = FakeHttp.make(() => ({
      status: 404,
      body: { code: -1023, description: "The organization '999' does not exist." }
    }))
    return Effect.gen(function*() {
      const client = yield* ScmApi.ScmApi
      const error = yield* Effect.flip(client.getOrgDetails("999"))
      expect(error).toMatchObject({
        _tag: "ScmApiError",
        status: 404,
        code: -1023,
        description: "The organization '999' does not exist.",
        method: "GET",
        url: `${FakeHttp.baseUrl}/api/organization/v1/999`
      })
    }).pipe(Effect.provide(api(fake)))
  })

  it.effect("a 400 the spec documents without a body still fails (the generator made it a success)", () => {
    const fake = FakeHttp.make(() => ({ status: 400, body: { code: -7, description: "Field 'reason' is missing." } }))
    return Effect.gen(function*() {
      const client = yield* ScmApi.ScmApi
      const error = yield* Effect.flip(client.revokeSslCertificateById("17", { payload: {} }))
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 400, code: -7 })
    }).pipe(Effect.provide(api(fake)))
  })

  it.effect("a 401 is ScmAuthenticationError, a 403 ScmAccessDeniedError", () => {
    let status = 401
    const fake = FakeHttp.make(() => ({ status, body: { code: -16, description: "Unknown user" } }))
    return Effect.gen(function*() {
      const client = yield* ScmApi.ScmApi
      expect(yield* Effect.flip(client.getOrgList())).toMatchObject({
        _tag: "ScmAuthenticationError",
        scheme: "password",
        code: -16
      })
      status = 403
      expect(yield* Effect.flip(client.getOrgList())).toMatchObject({ _tag: "ScmAccessDeniedError", status: 403 })
    }).pipe(Effect.provide(api(fake)))
  })

  it.effect("retried by the shared policy: a GET after a 502, a POST not (SCM may have acted on it)", () => {
    let failures = 2
    const fake = FakeHttp.make(() => failures-- > 0 ? { status: 502 } : ok([{ id: 1001, name: "Acme" }]))
    return Effect.gen(function*() {
      const client = yield* ScmApi.ScmApi
      const list = yield* client.getOrgList().pipe(Effect.forkChild)
      yield* TestClock.adjust("1 minute")
      expect(yield* Fiber.join(list)).toEqual([{ id: 1001, name: "Acme" }])
      expect(fake.requests.length).toBe(3)
      failures = 1
      const revoke = yield* client.revokeSslCertificateById("1", { payload: { reason: "r" } }).pipe(
        Effect.flip,
        Effect.forkChild
      )
      yield* TestClock.adjust("1 minute")
      expect(yield* Fiber.join(revoke)).toMatchObject({ _tag: "ScmApiError", status: 502 })
      expect(fake.requests.length).toBe(4)
    }).pipe(Effect.provide(api(fake)))
  })

  it.effect("a body the spec's schema refuses is ScmDecodeError; so is a 2xx the spec does not document", () => {
    let answer: FakeHttp.Answer = ok([{ id: "not a number" }])
    const fake = FakeHttp.make(() => answer)
    return Effect.gen(function*() {
      const client = yield* ScmApi.ScmApi
      const error = yield* Effect.flip(client.getSslCertTypes1())
      expect(error).toMatchObject({ _tag: "ScmDecodeError", status: 200, url: `${FakeHttp.baseUrl}/api/ssl/v1/types` })
      answer = { status: 200 }
      // revoke documents 204 only
      expect(yield* Effect.flip(client.revokeSslCertificateById("1", { payload: { reason: "r" } }))).toMatchObject({
        _tag: "ScmDecodeError",
        status: 200,
        description: "the spec documents no 200 answer for this operation"
      })
    }).pipe(Effect.provide(api(fake)))
  })

  it.effect("a collected certificate: bytes, or a stream", () => {
    const pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
    const fake = FakeHttp.make(() => ({ status: 200, body: pem, headers: { "content-type": "application/octet-stream" } }))
    return Effect.gen(function*() {
      const client = yield* ScmApi.ScmApi
      const bytes = yield* client.collectSslCertificate("5", { params: { format: "pem" } })
      expect(new TextDecoder().decode(bytes)).toBe(pem)
      const chunks = yield* client.collectSslCertificateStream("5", { params: { format: "pem" } }).pipe(Stream.runCollect)
      expect(new TextDecoder().decode(Buffer.concat(chunks))).toBe(pem)
      expect(fake.requests.map((request) => `${request.url.pathname}${request.url.search}`)).toEqual([
        "/api/ssl/v2/collect/5?format=pem",
        "/api/ssl/v2/collect/5?format=pem"
      ])
    }).pipe(Effect.provide(api(fake)))
  })

  it.effect("transformClient runs for every request and sends through the client it returns", () => {
    const fake = FakeHttp.make(() => ok([]))
    let calls = 0
    const withHeader = (client: ScmHttpClient.Service) =>
      Effect.sync(() => {
        calls++
        return HttpClient.mapRequest(client, HttpClientRequest.setHeader("x-extra", "1"))
      })
    return Effect.gen(function*() {
      const client = yield* ScmApi.ScmApi
      yield* client.getOrgList()
      yield* client.collectSslCertificateStream("5").pipe(Stream.runDrain)
      expect(calls).toBe(2)
      expect(fake.requests.map((request) => request.headers["x-extra"])).toEqual(["1", "1"])
    }).pipe(Effect.provide(api(fake, { transformClient: withHeader })))
  })

  it.effect("the REST reference's older paths: its requests and its example answers, where they differ from the newer version", () => {
    // The answers are the REST 25.5 reference's examples of these v1/v2 sections.
    const answers: Record<string, FakeHttp.Answer> = {
      "POST /api/customField/v1": ok({ id: 136, name: "test", mandatory: true, certType: "ssl", state: "ACTIVE", input: { type: "TEXT_SINGLE_LINE" } }),
      "GET /api/customField/v1/ssl": ok([{ id: 139, name: "Test field", mandatory: true, certType: "ssl", state: "ACTIVE", input: { type: "TEXT_SINGLE_LINE" } }]),
      "POST /api/discovery/v2/net_task": { status: 201, body: { taskId: 1000 } },
      "PUT /api/discovery/v2/net_task": ok(undefined),
      "POST /api/person/v1/118/import-key": ok({ id: 92 }),
      "POST /api/dcv/v1/validation/submit/domain/cname": ok({ status: "VALIDATED", orderStatus: "SUBMITTED", message: "Submitted successfully", orderBackendId: "100500" }),
      "GET /api/acme/v1/account/81": ok({ id: 81, name: "EV ACME Account", status: "pending", contacts: "", domains: [{ name: "ccmqa.com" }] }),
      "GET /api/ssl/v1/keystore/135/p12": ok({ link: "https:/download?token=DIN309I2AAVH4L5BHF3KP53SK0&keyformat=p12" }),
      "DELETE /api/agent/v1/ms/agent-1": ok({})
    }
    const fake = FakeHttp.make((request) => answers[`${request.method} ${request.url.pathname}`] ?? { status: 599 })
    return Effect.gen(function*() {
      const client = yield* ScmApi.ScmApi
      expect(yield* client.createCustomFieldV1({ payload: { name: "test", mandatory: true, certType: "ssl", state: "ACTIVE" } }))
        .toMatchObject({ id: 136, mandatory: true })
      expect(yield* client.readCustomFieldsByCertTypeV1("ssl")).toMatchObject([{ id: 139, mandatory: true }])
      // As the reference's v2 example: zero-based schedule fields, no `year`.
      const task = {
        name: "Discovery task",
        certBucketId: "7a16dfaf-2e2a-4c5c-8ca0-6175d7d6acd7",
        frequency: "Daily",
        timeZone: "UTC+00:00 - GMT, UCT, UTC, WET, EGST",
        time: { hours: 0, minutes: 0 },
        month: 0,
        dayOfMonth: 0,
        dayOfWeek: 0
      } as const
      expect(yield* client.createNetworkTaskV2({ payload: task })).toEqual({ taskId: 1000 })
      yield* client.updateNetworkTaskV2({ payload: { ...task, taskId: 1000, agent: "agent", ranges: [{ address: "10.0.0.1/32" }] } })
      expect(yield* client.importKeyV1("118", { payload: { p12: "MIIc9AIBAzCC" } })).toEqual({ id: 92 })
      expect(yield* client.submitCnameDcvV1({ payload: { domain: "ccmqa.com" } })).toMatchObject({ orderBackendId: "100500" })
      expect(yield* client.getPublicAcmeAccountDetailsV1("81")).toMatchObject({ status: "pending", domains: [{ name: "ccmqa.com" }] })
      expect(yield* client.getSslKeyStoreDownloadLink("135", "p12")).toMatchObject({ link: expect.stringContaining("keyformat=p12") })
      // The spec's `*/*` answer is JSON (spec/patches/07): the function reads its success.
      expect(yield* client.deleteMsAgent("agent-1")).toEqual({})
      expect(fake.requests.map((request) => `${request.method} ${request.url.pathname}`)).toEqual(Object.keys(answers))
      expect(fake.requests.find((request) => request.url.pathname === "/api/ssl/v1/keystore/135/p12")?.body).toBe("")
    }).pipe(Effect.provide(api(fake)))
  })

  it("the catalogue: every operation of the spec once, each a function of the client", () => {
    const operations = ScmApi.operations
    const names = operations.map((operation) => operation.name)
    expect(new Set(names).size).toBe(names.length)
    const primary = operations.filter((operation) => operation.binary !== "stream")
    expect(new Set(primary.map((operation) => `${operation.method} ${operation.path}`)).size).toBe(primary.length)
    expect(primary.length).toBe(372)
    expect(operations.find((operation) => operation.name === "getOrgList")).toMatchObject({
      method: "GET",
      path: "/api/organization/v1",
      area: "organization",
      tag: "Organizations",
      operationId: "get-org-list"
    })
    // The REST 25.5 reference's older versions, found by area and name beside the spec's.
    expect(operations.filter((operation) => operation.area === "person").map((operation) => operation.name)).toEqual(
      expect.arrayContaining(["listPersons", "listPersonsV1"])
    )
    expect(operations.find((operation) => operation.name === "listPersonsV1")).toMatchObject({ method: "GET", path: "/api/person/v1", deprecated: false })
    expect(operations.find((operation) => operation.name === "getNetworkTaskV3")).toMatchObject({
      method: "GET",
      path: "/api/discovery/v3/net_task/{taskId}",
      area: "discovery",
      deprecated: true
    })
    const client = ScmApi.fromClient(undefined as never)
    for (const name of names) expect(typeof (client as unknown as Record<string, unknown>)[name]).toBe("function")
  })
})
