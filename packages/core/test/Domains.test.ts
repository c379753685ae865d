/**
 * Domains over an in-memory SCM; against the mock server in Domains.contract.test.ts.
 */
import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Stream } from "effect"
import { Domains, Organizations } from "@scm-effect/core"
import * as FakeHttp from "./fixtures/FakeHttp.js"
import * as Resources from "./fixtures/Resources.js"

const scm = Resources.overFake

const domains = (total: number) =>
  FakeHttp.make((request) => {
    const position = Number(request.url.searchParams.get("position") ?? 0)
    const size = Number(request.url.searchParams.get("size") ?? 200)
    const count = Math.max(0, Math.min(size, total - position))
    return {
      status: 200,
      body: Array.from({ length: count }, (_, i) => ({ id: position + i + 1, name: `d${position + i + 1}.example.com` })),
      headers: { "X-Total-Count": String(total) }
    }
  })

describe("Domains", () => {
  it.effect("list pages with position/size and stops on the total; filters by the spec's names", () =>
    Effect.gen(function*() {
      const fake = domains(230)
      const all = yield* Domains.list({ state: "active", orgId: Organizations.OrganizationId.make(1001) }).pipe(
        Stream.runCollect,
        Effect.provide(scm(fake))
      )
      expect(all.length).toBe(230)
      // The generated listDomains writes its query in the spec's parameter order: size, position, filters.
      expect(fake.requests.map((request) => request.url.search)).toEqual([
        "?size=200&position=0&state=active&orgId=1001",
        "?size=200&position=200&state=active&orgId=1001"
      ])
    }))

  it.effect("page and count", () =>
    Effect.gen(function*() {
      const fake = domains(230)
      const page = yield* Domains.page(undefined, { position: 225, size: 10 }).pipe(Effect.provide(scm(fake)))
      expect(page.items.map((domain) => domain.id)).toEqual([226, 227, 228, 229, 230])
      expect(page.total).toBe(230)
      expect(yield* Domains.count().pipe(Effect.provide(scm(fake)))).toBe(230)
      expect(fake.requests[1]?.method).toBe("HEAD")
    }))

  it.effect("get: DCV dates (yyyy-MM-dd) are DateTime.Utc, enums typed", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({
        status: 200,
        body: {
          id: 7,
          name: "example.com",
          delegationStatus: "ACTIVE",
          state: "ACTIVE",
          validationStatus: "Validated",
          validationMethod: "CNAME_CSR_HASH",
          dcvValidation: "2025-01-31",
          dcvExpiration: "2026-01-31",
          delegations: [{ orgId: 1001, certTypes: ["SSL"], status: "ACTIVE" }],
          ctLogMonitoring: { enabled: false }
        }
      }))
      const domain = yield* Domains.get(Domains.DomainId.make(7)).pipe(Effect.provide(scm(fake)))
      expect(fake.requests[0]?.url.pathname).toBe("/api/domain/v1/7")
      expect(domain.validationStatus).toBe("Validated")
      expect(domain.dcvExpiration && DateTime.formatIsoDate(domain.dcvExpiration)).toBe("2026-01-31")
      expect(domain.delegations).toEqual([
        { orgId: 1001, certTypes: ["SSL"], domainCertificateRequestPrivileges: [], status: "ACTIVE" }
      ])
    }))

  it.effect("create: the body in the spec's names, the id read from an absolute or relative Location", () =>
    Effect.gen(function*() {
      const locations = ["https://cert-manager.com/api/domain/v1/396", "/private/api/domain/v1/397/"]
      const fake = FakeHttp.make(() => ({ status: 201, headers: { Location: locations.shift() ?? "" } }))
      const request: Domains.CreateRequest = {
        name: "testdomain.com",
        active: false,
        ctLogMonitoring: { enabled: true, bucketId: "d376477c" },
        delegations: [{ orgId: Organizations.OrganizationId.make(2622), certTypes: ["SSL"], domainCertificateRequestPrivileges: ["SUBDOMAIN", "DOMAIN"] }]
      }
      expect(yield* Domains.create(request).pipe(Effect.provide(scm(fake)))).toBe(396)
      expect(yield* Domains.create(request).pipe(Effect.provide(scm(fake)))).toBe(397)
      expect(fake.requests[0]?.method).toBe("POST")
      expect(JSON.parse(fake.requests[0]?.body ?? "")).toEqual({
        name: "testdomain.com",
        active: "false",
        ctLogMonitoring: { enabled: true, bucketId: "d376477c" },
        delegations: [{ orgId: 2622, certTypes: ["SSL"], domainCertificateRequestPrivileges: ["SUBDOMAIN", "DOMAIN"] }]
      })
      const missing = yield* Effect.flip(Domains.create(request).pipe(Effect.provide(scm(fake))))
      expect(missing).toMatchObject({ _tag: "ScmDecodeError", status: 201, description: "the 201 has no Location naming the new domain" })
    }))

  it.effect("delegation, state and delete calls go to the reference's paths with its bodies", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make((request) => ({ status: request.method === "DELETE" && request.url.pathname === "/api/domain/v1/7" ? 204 : 200 }))
      const id = Domains.DomainId.make(7)
      const orgId = Organizations.OrganizationId.make(2598)
      const delegation = { orgId, certTypes: ["SSL"] } as const
      yield* Effect.all([
        Domains.delegate(id, delegation),
        Domains.delegateAll([id, Domains.DomainId.make(8)], delegation),
        Domains.removeDelegation(id, delegation),
        Domains.approveDelegation(id, orgId),
        Domains.rejectDelegation(id, orgId),
        Domains.activate(id),
        Domains.suspend(id),
        Domains.setMonitoring(id, { enabled: false }),
        Domains.remove(id)
      ]).pipe(Effect.provide(scm(fake)))
      expect(fake.requests.map((request) => `${request.method} ${request.url.pathname} ${request.body}`)).toEqual([
        `POST /api/domain/v1/7/delegation {"orgId":2598,"certTypes":["SSL"]}`,
        `POST /api/domain/v1/delegation {"orgId":2598,"certTypes":["SSL"],"domainIds":[7,8]}`,
        `DELETE /api/domain/v1/7/delegation {"orgId":2598,"certTypes":["SSL"]}`,
        `POST /api/domain/v1/7/delegation/approve {"orgId":2598}`,
        `POST /api/domain/v1/7/delegation/reject {"orgId":2598}`,
        "PUT /api/domain/v1/7/activate ",
        "PUT /api/domain/v1/7/suspend ",
        `PUT /api/domain/v1/7/monitoring {"enabled":false}`,
        "DELETE /api/domain/v1/7 "
      ])
    }))
})
