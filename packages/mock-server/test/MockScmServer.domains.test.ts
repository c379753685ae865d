/**
 * Domains in the mock: create (201 and Location), delegations and their approval, activate and
 * suspend, CT log monitoring, the count, delete, with SCM's codes for what it refuses.
 */
import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { scmCall } from "./support/calls.js"
import { json, type RawResponse } from "./support/raw.js"
import { apiClient, failure, schemes } from "./support/ssl.js"

const ok = <A = Record<string, unknown>>(response: RawResponse, status = 200): A => {
  expect(response.status, response.text).toBe(status)
  return (response.text === "" ? undefined : json(response)) as A
}

interface DomainInfo {
  readonly id: number
  readonly name: string
  readonly state: string
  readonly delegationStatus: string
  readonly validationStatus: string
  readonly delegations: ReadonlyArray<{ readonly orgId: number; readonly status: string; readonly certTypes: ReadonlyArray<string> }>
  readonly ctLogMonitoring?: Record<string, unknown>
}

const timeout = { timeout: 20_000 }

const newDomain = (name: string, extra: Readonly<Record<string, unknown>> = {}) => ({
  name,
  description: "Domain created via REST API",
  delegations: [{ orgId: 1001, certTypes: ["SSL"], domainCertificateRequestPrivileges: ["SUBDOMAIN", "DOMAIN"] }],
  ...extra
})

/** The id a 201's Location names. */
const idOf = (response: RawResponse, root = "/api"): number => {
  expect(response.status, response.text).toBe(201)
  const location = String(response.headers["location"])
  expect(location).toMatch(new RegExp(`^${root.replaceAll("/", "\\/")}\\/domain\\/v1\\/\\d+$`))
  return Number(location.slice(location.lastIndexOf("/") + 1))
}

describe("MockScmServer domains", () => {
  it.effect("create answers 201 with Location under the root it came in by; the domain is listed, counted and not validated", () =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.make()
      const call = scmCall(mock)
      const before = ok<{ count: number }>(yield* call("GET", "/api/domain/v1/count")).count
      const id = idOf(yield* call("POST", "/api/domain/v1", newDomain("created.test", { active: false })))
      expect(ok<DomainInfo>(yield* call("GET", `/api/domain/v1/${id}`))).toMatchObject({
        id,
        name: "created.test",
        state: "SUSPENDED",
        delegationStatus: "ACTIVE",
        validationStatus: "NOT_VALIDATED",
        delegations: [{ orgId: 1001, certTypes: ["SSL"], domainCertificateRequestPrivileges: ["SUBDOMAIN", "DOMAIN"], status: "ACTIVE" }]
      })
      expect(ok<{ count: number }>(yield* call("GET", "/api/domain/v1/count")).count).toBe(before + 1)
      expect(ok(yield* call("GET", "/api/domain/v1?name=created.test&state=inactive"))).toEqual([{ id, name: "created.test" }])

      // Certificate login: the Location names /private/api.
      const api = yield* apiClient(mock, "certificate")
      const privateId = idOf(yield* api.post("/api/domain/v1", newDomain("private.test")), "/private/api")
      expect(privateId).toBe(id + 1)
      yield* mock.reset
      expect(failure(yield* call("GET", `/api/domain/v1/${id}`))).toEqual({ status: 404, code: -727 })
    }), timeout)

  it.effect("create refuses what SCM refuses, with its codes", () =>
    Effect.gen(function* () {
      const call = scmCall(yield* MockScmServer.make())
      const refused = (body: unknown) => Effect.map(call("POST", "/api/domain/v1", body), failure)
      expect(yield* refused(newDomain("example.com"))).toEqual({ status: 400, code: -700 })
      expect(yield* refused({ name: "nodelegation.test" })).toEqual({ status: 400, code: -7 })
      expect(yield* refused({ delegations: [] })).toEqual({ status: 400, code: -7 })
      expect(yield* refused(newDomain("empty.test", { delegations: [] }))).toEqual({ status: 400, code: -709 })
      expect(yield* refused(newDomain("a.b"))).toEqual({ status: 400, code: -712 })
      expect(yield* refused(newDomain("not a domain"))).toEqual({ status: 400, code: -732 })
      expect(yield* refused(newDomain("org.test", { delegations: [{ orgId: 424242, certTypes: ["SSL"] }] }))).toEqual({ status: 400, code: -1023 })
      expect(yield* refused(newDomain("type.test", { delegations: [{ orgId: 1001, certTypes: ["Pizza"] }] }))).toEqual({ status: 400, code: -1601 })
      expect(yield* refused(newDomain("ct.test", { ctLogMonitoring: { enabled: true } }))).toEqual({ status: 400, code: -7 })
      expect(yield* refused("\"\"")).toEqual({ status: 400, code: -1002 })
    }), timeout)

  it.effect.each(schemes)("with %s: delegate, approve and reject; a decided delegation cannot be decided again", (scheme) =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.make()
      const call = scmCall(mock)
      const api = yield* apiClient(mock, scheme)
      const id = idOf(yield* call("POST", "/api/domain/v1", newDomain("delegated.test")))
      const details = () => Effect.map(call("GET", `/api/domain/v1/${id}`), (response) => ok<DomainInfo>(response))

      ok(yield* api.post(`/api/domain/v1/${id}/delegation`, { orgId: 1010, certTypes: ["SSL", "SMIME"] }))
      ok(yield* api.post(`/api/domain/v1/${id}/delegation`, { orgId: 1020, certTypes: ["SSL"] }))
      expect(yield* details()).toMatchObject({
        delegationStatus: "REQUESTED",
        delegations: [{ orgId: 1001, status: "ACTIVE" }, { orgId: 1010, status: "REQUESTED" }, { orgId: 1020, status: "REQUESTED" }]
      })
      const requested = ok<ReadonlyArray<{ id: number }>>(yield* call("GET", "/api/domain/v1?status=requested&orgId=1010"))
      expect(requested.map((domain) => domain.id)).toContain(id)

      ok(yield* api.post(`/api/domain/v1/${id}/delegation/approve`, { orgId: 1010 }))
      ok(yield* api.post(`/api/domain/v1/${id}/delegation/reject`, { orgId: 1020 }))
      expect(yield* details()).toMatchObject({
        delegationStatus: "ACTIVE",
        delegations: [{ orgId: 1001, status: "ACTIVE" }, { orgId: 1010, status: "ACTIVE", certTypes: ["SSL", "SMIME"] }]
      })
      expect(failure(yield* api.post(`/api/domain/v1/${id}/delegation/approve`, { orgId: 1010 }))).toEqual({ status: 400, code: -705 })
      expect(failure(yield* api.post(`/api/domain/v1/${id}/delegation/reject`, { orgId: 1020 }))).toEqual({ status: 400, code: -707 })
      expect(failure(yield* api.post(`/api/domain/v1/${id}/delegation/approve`, {}))).toEqual({ status: 400, code: -7 })
      expect(failure(yield* api.post("/api/domain/v1/999999/delegation/approve", { orgId: 1010 }))).toEqual({ status: 404, code: -727 })
    }), timeout)

  it.effect("remove a delegation, delegate many domains at once, suspend and activate, CT log monitoring", () =>
    Effect.gen(function* () {
      const call = scmCall(yield* MockScmServer.make())
      const first = idOf(yield* call("POST", "/api/domain/v1", newDomain("first.test")))
      const second = idOf(yield* call("POST", "/api/domain/v1", newDomain("second.test")))
      const details = (id: number) => Effect.map(call("GET", `/api/domain/v1/${id}`), (response) => ok<DomainInfo>(response))

      ok(yield* call("POST", "/api/domain/v1/delegation", { domainIds: [first, second], orgId: 1011, certTypes: ["SSL"] }))
      expect((yield* details(second)).delegations.map((delegation) => [delegation.orgId, delegation.status])).toEqual([[1001, "ACTIVE"], [1011, "REQUESTED"]])
      expect(failure(yield* call("POST", "/api/domain/v1/delegation", { domainIds: [first, 999999], orgId: 1011, certTypes: ["SSL"] }))).toEqual({
        status: 404,
        code: -727
      })
      ok(yield* call("DELETE", `/api/domain/v1/${first}/delegation`, { orgId: 1011, certTypes: ["SSL"] }))
      expect((yield* details(first)).delegations.map((delegation) => delegation.orgId)).toEqual([1001])
      expect(failure(yield* call("DELETE", `/api/domain/v1/${first}/delegation`, { orgId: 1011, certTypes: ["SSL"] }))).toEqual({ status: 400, code: -707 })

      ok(yield* call("PUT", `/api/domain/v1/${first}/suspend`))
      expect(yield* details(first)).toMatchObject({ state: "SUSPENDED" })
      ok(yield* call("PUT", `/api/domain/v1/${first}/activate`))
      expect(yield* details(first)).toMatchObject({ state: "ACTIVE" })
      ok(yield* call("PUT", `/api/domain/v1/${first}/monitoring`, { enabled: true, includeSubdomains: true, bucketId: "6a84095a" }))
      expect((yield* details(first)).ctLogMonitoring).toEqual({ enabled: true, includeSubdomains: true, bucketId: "6a84095a" })
      expect(failure(yield* call("PUT", "/api/domain/v1/not-a-number/suspend"))).toEqual({ status: 400, code: -1 })
    }), timeout)

  it.effect("delete answers 204; a domain with SSL certificates enrolled under it is refused with -740", () =>
    Effect.gen(function* () {
      const call = scmCall(yield* MockScmServer.make())
      const id = idOf(yield* call("POST", "/api/domain/v1", newDomain("deleted.test")))
      ok(yield* call("DELETE", `/api/domain/v1/${id}`), 204)
      expect(failure(yield* call("GET", `/api/domain/v1/${id}`))).toEqual({ status: 404, code: -727 })
      expect(failure(yield* call("DELETE", `/api/domain/v1/${id}`))).toEqual({ status: 404, code: -727 })
      // The seed's certificates are under example.com (domain 5001).
      expect(failure(yield* call("DELETE", "/api/domain/v1/5001"))).toEqual({ status: 400, code: -740 })
    }), timeout)
})
