/**
 * Organizations over an in-memory SCM; against the mock server in Organizations.contract.test.ts.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { Organizations } from "@scm-effect/core"
import * as FakeHttp from "./fixtures/FakeHttp.js"
import * as Resources from "./fixtures/Resources.js"

const scm = Resources.overFake

describe("Organizations", () => {
  it.effect("list: one request (SCM does not paginate it); departments default to []", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({
        status: 200,
        body: [
          { id: 1001, name: "Example Corp", departments: [{ id: 1002, name: "IT", parentName: "Example Corp" }] },
          { id: 1020, name: "Lab", departments: null, futureField: "ignored" }
        ]
      }))
      const organizations = yield* Organizations.list().pipe(Effect.provide(scm(fake)))
      expect(organizations).toEqual([
        { id: 1001, name: "Example Corp", departments: [{ id: 1002, name: "IT", parentName: "Example Corp" }] },
        { id: 1020, name: "Lab", departments: [] }
      ])
      expect(fake.requests.map((request) => request.url.pathname + request.url.search)).toEqual(["/api/organization/v1"])
    }))

  it.effect("get: details with typed certificate kinds, a newer kind included", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({
        status: 200,
        body: {
          id: 1001,
          name: "Example Corp",
          certTypes: ["SSL", "SMIME", "QuantumSafe"],
          country: "GB",
          clientCertificate: { allowKeyRecoveryByMasterAdmins: true },
          sslCertsApiEnabled: true
        }
      }))
      const organization = yield* Organizations.get(Organizations.OrganizationId.make(1001)).pipe(Effect.provide(scm(fake)))
      expect(fake.requests[0]?.url.pathname).toBe("/api/organization/v1/1001")
      expect(organization).toMatchObject({ id: 1001, country: "GB", sslCertsApiEnabled: true, departments: [] })
      const kinds: ReadonlyArray<Organizations.CertificateKind> = organization.certTypes
      expect(kinds).toEqual(["SSL", "SMIME", "QuantumSafe"])
    }))

  it.effect("get: an unknown id is ScmApiError with SCM's code", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 404, body: { code: -5101, description: "Organization not found" } }))
      const error = yield* Effect.flip(Organizations.get(Organizations.OrganizationId.make(9))).pipe(Effect.provide(scm(fake)))
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 404, code: -5101 })
    }))
})
