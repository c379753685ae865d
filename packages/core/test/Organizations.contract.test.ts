/**
 * Organizations against the mock server, over real sockets, with each strategy.
 */
import { describe, expect, layer } from "@effect/vitest"
import { Effect } from "effect"
import { Organizations } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import * as Mock from "./fixtures/Mock.js"
import * as Resources from "./fixtures/Resources.js"


layer(MockScmServer.layer(Mock.mockOptions))("Organizations against the mock server", (it) => {
  describe.each(Resources.strategies)("with %s", (_name, strategy) => {
    it.effect("list, then the details of each organization and department", () =>
      Effect.gen(function*() {
        const organizations = yield* Organizations.list()
        expect(organizations.map((organization) => organization.id)).toEqual([1001, 1010, 1020])
        expect(organizations[0]?.departments.map((department) => department.id)).toEqual([1002, 1003])
        for (const summary of organizations) {
          const details = yield* Organizations.get(summary.id)
          expect(details).toMatchObject({ id: summary.id, name: summary.name })
          for (const department of summary.departments) {
            expect(yield* Organizations.get(department.id)).toMatchObject({ id: department.id, parentId: summary.id })
          }
        }
      }).pipe(Effect.provide(strategy())))
  })

  it.effect("an unknown organization is ScmApiError 404 with SCM's code", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Organizations.get(Organizations.OrganizationId.make(999999)))
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 404, code: -1023 })
    }).pipe(Effect.provide(Mock.password())))
})
