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

  it.effect("an unknown domain is ScmApiError 404 with SCM's code", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Domains.get(Domains.DomainId.make(999999)))
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 404, code: -727 })
    }).pipe(Effect.provide(Mock.password())))
})
