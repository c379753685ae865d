/**
 * Organizations over real sockets: what the API creates is listed and read back from its
 * `Location`, a department goes under the organization its parentOrgName names, an update answers
 * the organization, a delete 204 (with its departments), other areas take a new organization's id,
 * and a reset brings the seed back.
 */
import { expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { passwordLogin } from "./support/mock.js"
import { json, send } from "./support/raw.js"

const server = MockScmServer.MockScmServer

const call = (mock: MockScmServer.Service, method: string, path: string, body?: unknown) =>
  send(`${mock.httpUrl}${path}`, {
    method,
    headers: { ...passwordLogin(mock).headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })

const recovery = { allowKeyRecoveryByMasterAdmins: true, allowKeyRecoveryByOrgAdmins: false, allowKeyRecoveryByDepartmentAdmins: false }

interface Basic {
  readonly id: number
  readonly name: string
  readonly departments: ReadonlyArray<{ readonly id: number; readonly parentName: string; readonly name: string }>
}

layer(MockScmServer.layer(), { timeout: 30_000 })("MockScmServer organizations", (it) => {
  it.effect("a created organization and department are listed and read from their Location; update answers it; delete is 204", () =>
    Effect.gen(function* () {
      const mock = yield* server
      yield* mock.reset
      const made = yield* call(mock, "POST", "/api/organization/v1", {
        name: "Example Labs",
        address1: "2 Example Street",
        stateProvince: "Kent",
        country: "gb",
        clientCertificate: recovery,
        contactWebhook: "https://hooks.example.com/labs"
      })
      expect(made.status).toBe(201)
      const location = made.headers["location"] ?? ""
      expect(location).toMatch(/^\/api\/organization\/v1\/\d+$/)
      const details = json(yield* call(mock, "GET", location)) as Record<string, unknown>
      expect(details).toMatchObject({ name: "Example Labs", stateOrProvince: "Kent", country: "GB", clientCertificate: recovery, departments: [] })

      const department = yield* call(mock, "POST", "/api/organization/v1", { parentOrgName: "Example Labs", name: "Research", clientCertificate: recovery })
      expect(department.status).toBe(201)
      const departmentId = Number(department.headers["location"]?.split("/").pop())
      const listed = (json(yield* call(mock, "GET", "/api/organization/v1")) as ReadonlyArray<Basic>).find((organization) => organization.name === "Example Labs")
      expect(listed?.departments).toEqual([{ id: departmentId, parentName: "Example Labs", name: "Research" }])
      expect(json(yield* call(mock, "GET", `/api/organization/v1/${departmentId}`))).toMatchObject({ name: "Research", parentName: "Example Labs", address1: "2 Example Street" })

      const updated = yield* call(mock, "PUT", location, { name: "Example Labs Ltd", alternativeName: "Labs" })
      expect([updated.status, (json(updated) as Record<string, unknown>)["name"], (json(updated) as Record<string, unknown>)["secondaryName"]])
        .toEqual([200, "Example Labs Ltd", "Labs"])

      // Another area takes the new organization: a person in it.
      const person = yield* call(mock, "POST", "/api/person/v1", { firstName: "Ada", lastName: "Labs", email: "ada@labs.example.com", organizationId: departmentId, validationType: "STANDARD" })
      expect(person.status).toBe(201)

      expect((yield* call(mock, "DELETE", location)).status).toBe(204)
      expect((yield* call(mock, "GET", location)).status).toBe(404)
      expect((yield* call(mock, "GET", `/api/organization/v1/${departmentId}`)).status).toBe(404)
      expect((yield* call(mock, "DELETE", location)).status).toBe(404)
    }))

  it.effect("refuses a create without a name or clientCertificate, a department under an unknown organization, a country of three letters", () =>
    Effect.gen(function* () {
      const mock = yield* server
      yield* mock.reset
      const code = (path: string, body: unknown) =>
        Effect.map(call(mock, "POST", path, body), (response) => [response.status, (json(response) as { readonly code: number }).code])
      expect(yield* code("/api/organization/v1", { clientCertificate: recovery })).toEqual([400, -7])
      expect(yield* code("/api/organization/v1", { name: "No certificate" })).toEqual([400, -7])
      expect(yield* code("/api/organization/v1", { name: "Orphan", parentOrgName: "Nobody", clientCertificate: recovery })).toEqual([400, -1023])
      expect(yield* code("/api/organization/v1", { name: "Far", country: "GBR", clientCertificate: recovery })).toEqual([400, -1601])
    }))

  it.effect("a reset brings back the seeded organizations", () =>
    Effect.gen(function* () {
      const mock = yield* server
      yield* mock.reset
      const before = json(yield* call(mock, "GET", "/api/organization/v1"))
      const [first] = before as ReadonlyArray<Basic>
      expect((yield* call(mock, "DELETE", `/api/organization/v1/${first?.id}`)).status).toBe(204)
      expect((yield* call(mock, "POST", "/api/organization/v1", { name: "Temporary", clientCertificate: recovery })).status).toBe(201)
      yield* mock.reset
      expect(json(yield* call(mock, "GET", "/api/organization/v1"))).toEqual(before)
    }))
})
