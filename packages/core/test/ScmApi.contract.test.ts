/**
 * The generated operations against the mock server, over real sockets, with each strategy: the
 * operations the mock answers today (SSL profiles, organizations, domains), and operations only the
 * REST 25.5 reference has (spec/patches/), which the spec fallback answers.
 */
import { describe, expect, layer } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { MockScmServer } from "@scm-effect/mock-server"
import * as ScmApi from "../src/ScmApi.js"
import * as Mock from "./fixtures/Mock.js"
import * as Resources from "./fixtures/Resources.js"

const client = (strategy: () => Resources.MockClient) => ScmApi.layer().pipe(Layer.provide(strategy()))

layer(MockScmServer.layer(Mock.mockOptions))("ScmApi against the mock server", (it) => {
  describe.each(Resources.strategies)("with %s", (name, strategy) => {
    it.effect("SSL profiles on v1 and v2, organizations, domains: requests and answers as the spec says", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        const api = yield* ScmApi.ScmApi

        const typesV1 = yield* api.getSslCertTypes1()
        const typesV2 = yield* api.getSslCertTypes()
        expect(typesV1.length).toBeGreaterThan(0)
        expect(typesV2.map((type) => type.id)).toEqual(typesV1.map((type) => type.id))

        const organizations = yield* api.getOrgList()
        expect(organizations.map((organization) => organization.id)).toEqual([1001, 1010, 1020])
        const details = yield* api.getOrgDetails("1001")
        expect(details).toMatchObject({ id: 1001, name: organizations[0]?.name })

        const [page, response] = yield* api.listDomains({
          params: { size: 5, position: 0 },
          config: { includeResponse: true }
        })
        expect(page.length).toBe(5)
        const total = Number(response.headers["x-total-count"])
        expect(total).toBeGreaterThan(5)
        const first = page[0]!
        expect(yield* api.getDomainDetails(String(first.id))).toMatchObject({ id: first.id, name: first.name })

        const prefix = name === "certificate" ? "/private" : ""
        const journal = yield* Mock.apiEntries
        expect(journal.map((entry) => [entry.method, entry.path.split("?")[0], entry.status])).toEqual([
          ["GET", `${prefix}/api/ssl/v1/types`, 200],
          ["GET", `${prefix}/api/ssl/v2/types`, 200],
          ["GET", `${prefix}/api/organization/v1`, 200],
          ["GET", `${prefix}/api/organization/v1/1001`, 200],
          ["GET", `${prefix}/api/domain/v1`, 200],
          ["GET", `${prefix}/api/domain/v1/${first.id}`, 200]
        ])
      }).pipe(Effect.provide(client(strategy))))

    it.effect("the REST reference's operations the vendor's spec lacks: older versions, CSoD, CA backends", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        const api = yield* ScmApi.ScmApi
        expect(Array.isArray(yield* api.listCaBackends())).toBe(true)
        expect(yield* api.countCsodDeveloperRequests()).toEqual({ count: expect.any(Number) })
        const [created, response] = yield* api.createNetworkTaskV2({
          payload: {
            name: "Discovery task",
            certBucketId: "7a16dfaf-2e2a-4c5c-8ca0-6175d7d6acd7",
            frequency: "Daily",
            timeZone: "UTC+00:00 - GMT, UCT, UTC, WET, EGST",
            time: { hours: 0, minutes: 0 }
          },
          config: { includeResponse: true }
        })
        // v2 names the new task in the body, not in a Location (v3 and v4 do).
        expect([response.status, response.headers["location"], typeof created.taskId]).toEqual([201, undefined, "number"])
        yield* api.startNetworkScanTaskV3("7")
        expect(yield* api.readCustomFieldsByCertTypeV1("ssl")).toEqual(expect.any(Array))
        // The v1 create's name "Must not be blank": one without it is SCM's -7.
        const refused = yield* Effect.flip(api.createCustomFieldV1({ payload: { mandatory: true, certType: "ssl" } as never }))
        expect(refused).toMatchObject({ _tag: "ScmApiError", status: 400, code: -7 })

        const prefix = name === "certificate" ? "/private" : ""
        const journal = yield* Mock.apiEntries
        expect(journal.map((entry) => [entry.method, entry.path.split("?")[0], entry.status])).toEqual([
          ["GET", `${prefix}/api/ca-backend/v1`, 200],
          ["GET", `${prefix}/api/csod/v1/requests/developer/count`, 200],
          ["POST", `${prefix}/api/discovery/v2/net_task`, 201],
          ["POST", `${prefix}/api/discovery/v3/net_task/7/start`, 200],
          ["GET", `${prefix}/api/customField/v1/ssl`, 200],
          ["POST", `${prefix}/api/customField/v1`, 400]
        ])
      }).pipe(Effect.provide(client(strategy))))

    it.effect("an unknown organization or domain is ScmApiError 404 with SCM's code", () =>
      Effect.gen(function*() {
        const api = yield* ScmApi.ScmApi
        expect(yield* Effect.flip(api.getOrgDetails("999999"))).toMatchObject({
          _tag: "ScmApiError",
          status: 404,
          code: -1023
        })
        const error = yield* Effect.flip(api.getDomainDetails("999999"))
        expect(error).toMatchObject({ _tag: "ScmApiError", status: 404, code: -727 })
        expect(error._tag === "ScmApiError" && error.description).toContain("999999")
      }).pipe(Effect.provide(client(strategy))))
  })
})
