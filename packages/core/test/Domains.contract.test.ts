/**
 * Domains against the mock server, over real sockets, with each strategy.
 */
import { describe, expect, layer } from "@effect/vitest"
import { Effect, Stream } from "effect"
import { Domains, Organizations } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import * as Mock from "./fixtures/Mock.js"
import * as Resources from "./fixtures/Resources.js"


layer(MockScmServer.layer(Mock.mockOptions))("Domains against the mock server", (it) => {
  describe.each(Resources.strategies)("with %s", (_name, strategy) => {
    it.effect("the whole list in pages of 10 matches the count; details decode", () =>
      Effect.gen(function*() {
        const all = yield* Domains.list({}, { pageSize: 10 }).pipe(Stream.runCollect)
        expect(all.length).toBe(yield* Domains.count())
        expect(all.length).toBeGreaterThan(10)
        const first = all[0]!
        const details = yield* Domains.get(first.id)
        expect(details).toMatchObject({ id: first.id, name: first.name })
      }).pipe(Effect.provide(strategy())))
  })

  it.effect("filters: active domains delegated to an organization; an empty page past the end", () =>
    Effect.gen(function*() {
      const orgId = Organizations.OrganizationId.make(1001)
      const active = yield* Domains.list({ state: "active", orgId }).pipe(Stream.runCollect)
      for (const domain of active) {
        const details = yield* Domains.get(domain.id)
        expect(details.state).toBe("ACTIVE")
        expect(details.delegations.some((delegation) => delegation.orgId === orgId)).toBe(true)
      }
      const total = yield* Domains.count()
      const past = yield* Domains.page(undefined, { position: total })
      expect(past).toEqual({ items: [], position: total, total })
    }).pipe(Effect.provide(Mock.password())))

  describe.each(Resources.strategies)("lifecycle with %s", (name, strategy) => {
    it.effect("create, delegate, approve and reject, suspend and activate, delete; refusals are typed", () =>
      Effect.gen(function*() {
        const domainName = `lifecycle-${name.toLowerCase()}.test`
        const company = Organizations.OrganizationId.make(1001)
        const europe = Organizations.OrganizationId.make(1010)
        const lab = Organizations.OrganizationId.make(1020)
        const before = yield* Domains.count()
        const id = yield* Domains.create({ name: domainName, delegations: [{ orgId: company, certTypes: ["SSL"] }] })
        expect(yield* Domains.count()).toBe(before + 1)
        expect(yield* Domains.get(id)).toMatchObject({ id, name: domainName, state: "ACTIVE", validationStatus: "NOT_VALIDATED" })
        const duplicate = yield* Effect.flip(Domains.create({ name: domainName, delegations: [{ orgId: company, certTypes: ["SSL"] }] }))
        expect(duplicate).toMatchObject({ _tag: "ScmApiError", status: 400, code: -700 })

        yield* Domains.delegate(id, { orgId: europe, certTypes: ["SSL", "SMIME"], domainCertificateRequestPrivileges: ["SUBDOMAIN"] })
        yield* Domains.delegateAll([id], { orgId: lab, certTypes: ["SSL"] })
        const requested = yield* Domains.list({ status: "requested", orgId: europe }).pipe(Stream.runCollect)
        expect(requested.map((domain) => domain.id)).toContain(id)
        yield* Domains.approveDelegation(id, europe)
        yield* Domains.rejectDelegation(id, lab)
        expect((yield* Domains.get(id)).delegations.map((delegation) => [delegation.orgId, delegation.status])).toEqual([
          [company, "ACTIVE"],
          [europe, "ACTIVE"]
        ])
        const again = yield* Effect.flip(Domains.approveDelegation(id, europe))
        expect(again).toMatchObject({ _tag: "ScmApiError", code: -705 })
        yield* Domains.removeDelegation(id, { orgId: europe, certTypes: ["SSL"] })

        yield* Domains.suspend(id)
        expect(yield* Domains.get(id)).toMatchObject({ state: "SUSPENDED" })
        expect((yield* Domains.list({ state: "inactive", name: domainName }).pipe(Stream.runCollect)).map((domain) => domain.id)).toEqual([id])
        yield* Domains.activate(id)
        yield* Domains.setMonitoring(id, { enabled: true, includeSubdomains: true, bucketId: "bucket-1" })
        expect((yield* Domains.get(id)).ctLogMonitoring).toEqual({ enabled: true, includeSubdomains: true, bucketId: "bucket-1" })
        yield* Domains.remove(id)
        expect(yield* Effect.flip(Domains.get(id))).toMatchObject({ _tag: "ScmApiError", status: 404, code: -727 })
        // The seeded certificates are under example.com (5001): SCM keeps the domain.
        expect(yield* Effect.flip(Domains.remove(Domains.DomainId.make(5001)))).toMatchObject({ _tag: "ScmApiError", code: -740 })
      }).pipe(Effect.provide(strategy())))
  })

  it.effect("an unknown domain is ScmApiError 404 with SCM's code", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Domains.get(Domains.DomainId.make(999999)))
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 404, code: -727 })
    }).pipe(Effect.provide(Mock.password())))
})
