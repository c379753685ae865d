import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { ok, scmCall } from "./support/calls.js"
import { json } from "./support/raw.js"
import { apiClient, failure, schemes } from "./support/ssl.js"

interface Identity {
  readonly id: number
  readonly type: string
  readonly login?: string
  readonly email: string
}

interface Details extends Identity {
  readonly forename?: string
  readonly credentials: ReadonlyArray<{ readonly role: string; readonly orgId?: number }>
  readonly privileges: ReadonlyArray<string>
  readonly activeState: string
  readonly created: string
  readonly modified: string
  readonly phone?: string
  readonly passwordState?: string
}

const standard = {
  type: "STANDARD",
  login: "new.rao",
  password: "Password#1234",
  email: "new.rao@example.com",
  forename: "New",
  surname: "Rao",
  telephone: "+1 (888) 266-6361",
  privileges: ["allowCreate", "sslRequest"],
  credentials: [{ role: "RAO_SSL", orgId: 1001 }]
}

const create = (mock: MockScmServer.Service, body: unknown) =>
  Effect.gen(function*() {
    const response = yield* scmCall(mock)("POST", "/api/admin/v1", body)
    expect(response.status, response.text).toBe(201)
    expect(response.text).toBe("")
    const location = response.headers.location ?? ""
    expect(location).toMatch(/^\/api\/admin\/v1\/\d+$/)
    return Number(location.split("/").at(-1))
  })

describe("MockScmServer admins", () => {
  it.effect("lists the seeded admins in pages with X-Total-Count, with each scheme; filters by role, type, org and state", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      for (const scheme of schemes) {
        const api = yield* apiClient(mock, scheme)
        const first = yield* api.get("/api/admin/v1?position=0&size=7")
        const total = Number(first.headers["x-total-count"])
        expect(total).toBeGreaterThan(14)
        const pages = [ok<ReadonlyArray<Identity>>(first)]
        for (let position = 7; position < total; position += 7) pages.push(ok(yield* api.get(`/api/admin/v1?position=${position}&size=7`)))
        expect(new Set(pages.flat().map((admin) => admin.id)).size).toBe(total)
      }
      const list = (query: string) => Effect.map(scmCall(mock)("GET", `/api/admin/v1?${query}`), (response) => ok<ReadonlyArray<Identity>>(response))
      expect((yield* list("login=scm_admin")).map((admin) => admin.login)).toEqual(["scm_admin"])
      expect((yield* list("type=API")).every((admin) => admin.type === "API")).toBe(true)
      expect((yield* list("role=MRAO")).length).toBeGreaterThanOrEqual(2)
      // A department's admins and those of its organization.
      const logins = (yield* list("orgId=1003")).map((admin) => admin.login)
      expect(logins).toEqual(expect.arrayContaining(["admin_web", "admin_ops"]))
      expect(logins).not.toContain("eu_pki")
      expect((yield* list("activeState=SUSPENDED")).length).toBe(2)
      expect(failure(yield* scmCall(mock)("GET", "/api/admin/v1?type=ROBOT"))).toEqual({ status: 400, code: -1 })
    }))

  it.effect("create answers 201 with Location; the details show the admin, never the password; dates follow the Clock", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      yield* TestClock.adjust("3 days")
      const id = yield* create(mock, standard)
      const response = yield* scmCall(mock)("GET", `/api/admin/v1/${id}`)
      expect(response.text).not.toContain(standard.password)
      const details = ok<Details>(response)
      expect(details).toMatchObject({
        id,
        type: "STANDARD",
        login: "new.rao",
        email: "new.rao@example.com",
        forename: "New",
        phone: "+1 (888) 266-6361",
        credentials: [{ role: "RAO_SSL", orgId: 1001 }],
        privileges: ["allowCreate", "sslRequest"],
        activeState: "ACTIVE",
        passwordState: "ALIVE",
        created: "1970-01-04",
        clientAdminCreator: 1501
      })
      // An IdP admin needs neither login nor password.
      const idp = yield* create(mock, { type: "IDP", email: "sso@example.com", credentials: [{ role: "DRAO_SMIME", orgId: 1002 }], identityProviderId: 77, idpPersonId: "sso@example.com" })
      expect(ok<Details>(yield* scmCall(mock)("GET", `/api/admin/v1/${idp}`))).toMatchObject({ type: "IDP", credentials: [{ role: "DRAO_SMIME", orgId: 1002 }] })
    }))

  it.effect("create refuses what the reference's constraints refuse, with SCM's codes", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const refused = (body: unknown) => Effect.map(scmCall(mock)("POST", "/api/admin/v1", body), failure)
      const { login: _login, ...noLogin } = standard
      const { password: _password, ...noPassword } = standard
      expect(yield* refused(noLogin)).toEqual({ status: 400, code: -7 })
      expect(yield* refused(noPassword)).toEqual({ status: 400, code: -7 })
      expect(yield* refused({ ...standard, credentials: [] })).toEqual({ status: 400, code: -7 })
      expect(yield* refused({ ...standard, login: "no spaces" })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused({ ...standard, login: "ab" })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused({ ...standard, email: "not-an-email" })).toEqual({ status: 400, code: -237 })
      expect(yield* refused({ ...standard, forename: "Robert'); DROP" })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused({ ...standard, credentials: [{ role: "RAO_SSL" }] })).toEqual({ status: 400, code: -221 })
      expect(yield* refused({ ...standard, credentials: [{ role: "RAO_SSL", orgId: 4242 }] })).toEqual({ status: 400, code: -1023 })
      expect(yield* refused({ ...standard, credentials: [{ role: "DRAO_SSL", orgId: 1001 }] })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused({ ...standard, credentials: [{ role: "MRAO" }, { role: "RAO_SSL", orgId: 1001 }] })).toEqual({ status: 400, code: -222 })
      expect(yield* refused({ ...standard, credentials: [{ role: "SUPERUSER" }] })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused({ ...standard, privileges: ["fly"] })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused({ ...standard, credentials: [{ role: "RAO_SMIME", orgId: 1001 }], privileges: ["allowDCV"] })).toEqual({ status: 400, code: -255 })
      expect(yield* refused({ ...standard, privileges: ["csManage"] })).toEqual({ status: 400, code: -234 })
      expect(yield* refused({ ...standard, login: "SCM_ADMIN" })).toEqual({ status: 400, code: -1 })
      expect(yield* refused("[]")).toEqual({ status: 400, code: -1002 })
    }))

  it.effect("update changes what it is given, allows the reference's type changes only; delete removes", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const id = yield* create(mock, standard)
      yield* TestClock.adjust("1 day")
      const updated = yield* scmCall(mock)("PUT", `/api/admin/v1/${id}`, { activeStatus: "SUSPENDED", credentials: [{ role: "RAO_SMIME", orgId: 1010 }] })
      expect([updated.status, updated.text]).toEqual([200, ""])
      expect(ok<Details>(yield* scmCall(mock)("GET", `/api/admin/v1/${id}`))).toMatchObject({
        login: "new.rao",
        activeState: "SUSPENDED",
        credentials: [{ role: "RAO_SMIME", orgId: 1010 }],
        // sslRequest went with the SSL role.
        privileges: ["allowCreate"],
        modified: "1970-01-02"
      })
      expect((yield* scmCall(mock)("PUT", `/api/admin/v1/${id}`, { type: "SAS" })).status).toBe(200)
      expect(failure(yield* scmCall(mock)("PUT", `/api/admin/v1/${id}`, { type: "API" }))).toEqual({ status: 400, code: -1601 })
      expect(failure(yield* scmCall(mock)("PUT", `/api/admin/v1/${id}`, { email: "" }))).toEqual({ status: 400, code: -1601 })
      expect(failure(yield* scmCall(mock)("PUT", `/api/admin/v1/${id}`, { login: "admin_ops" }))).toEqual({ status: 400, code: -1 })
      expect(failure(yield* scmCall(mock)("PUT", "/api/admin/v1/999999", { forename: "Nobody" }))).toEqual({ status: 404, code: -1 })
      expect(failure(yield* scmCall(mock)("DELETE", `/api/admin/v1/${id}?replacingRequesterId=${id}`))).toEqual({ status: 400, code: -1601 })
      expect((yield* scmCall(mock)("DELETE", `/api/admin/v1/${id}?replacingRequesterId=1501`)).status).toBe(204)
      expect(failure(yield* scmCall(mock)("GET", `/api/admin/v1/${id}`))).toEqual({ status: 404, code: -1 })
    }))

  it.effect("roles and the privileges each role may be given", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      expect(ok(yield* scmCall(mock)("GET", "/api/admin/v1/roles?isForEdit=false"))).toEqual([
        "MRAO", "RAO_SSL", "RAO_SMIME", "RAO_CS", "RAO_DEVICE", "DRAO_SSL", "DRAO_SMIME", "DRAO_CS", "DRAO_DEVICE"
      ])
      const names = (query: string) =>
        Effect.map(scmCall(mock)("GET", `/api/admin/v1/privileges?${query}`), (response) =>
          ok<ReadonlyArray<{ readonly name: string; readonly description: string }>>(response).map((privilege) => privilege.name))
      const sslAndSmime = yield* names("role=RAO_SSL&role=RAO_SMIME")
      expect(sslAndSmime).toEqual(expect.arrayContaining(["sslRequest", "clientCertRequest", "allowCreate", "orgValidationManager"]))
      expect(sslAndSmime).not.toContain("csManage")
      expect(yield* names("role=DRAO_SSL")).not.toContain("orgValidationManager")
      expect((yield* names("role=MRAO")).length).toBeGreaterThan(sslAndSmime.length)
      expect(failure(yield* scmCall(mock)("GET", "/api/admin/v1/privileges"))).toEqual({ status: 400, code: -7 })
      expect(failure(yield* scmCall(mock)("GET", "/api/admin/v1/privileges?role=BOSS"))).toEqual({ status: 400, code: -1601 })
    }))

  it.effect("the caller's password: its state, and a change held to SCM's policy (-7306, the rules it breaks)", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      yield* TestClock.adjust("10 days")
      const call = scmCall(mock)
      const before = ok<{ readonly state: string; readonly expirationDate: string }>(yield* call("GET", "/api/admin/v1/password"))
      expect(before.state).toBe("ALIVE")
      const refused = yield* call("POST", "/api/admin/v1/changepassword", { newPassword: "new" })
      expect([refused.status, json(refused)]).toEqual([400, {
        code: -7306,
        description: "Password policy violated: Password must contain 1 or more uppercase characters. Password must contain 1 or more digit characters. Password must be 8 or more characters in length."
      }])
      expect(failure(yield* call("POST", "/api/admin/v1/changepassword", { newPassword: "Longenough" }))).toEqual({ status: 400, code: -7306 })
      expect(failure(yield* call("POST", "/api/admin/v1/changepassword", {}))).toEqual({ status: 400, code: -7 })
      expect((yield* call("POST", "/api/admin/v1/changepassword", { newPassword: "newPass122345" })).status).toBe(204)
      const after = ok<{ readonly state: string; readonly expirationDate: string }>(yield* call("GET", "/api/admin/v1/password"))
      expect(after.expirationDate > before.expirationDate).toBe(true)
      const caller = ok<{ readonly lastPasswordChange: string }>(yield* call("GET", "/api/admin/v1/1501"))
      expect(caller.lastPasswordChange).toBe("1970-01-11")
    }).pipe(Effect.scoped))

  it.effect("reset restores the seeded admins", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const count = (yield* scmCall(mock)("GET", "/api/admin/v1?size=1")).headers["x-total-count"]
      yield* create(mock, standard)
      yield* scmCall(mock)("DELETE", "/api/admin/v1/1520")
      yield* mock.reset
      expect((yield* scmCall(mock)("GET", "/api/admin/v1?size=1")).headers["x-total-count"]).toBe(count)
      expect((yield* scmCall(mock)("GET", "/api/admin/v1/1520")).status).toBe(200)
    }))

  it.effect("odd requests get a 4xx with an SCM code, never a 5xx", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const odd: ReadonlyArray<readonly [string, string, unknown?]> = [
        ["GET", "/api/admin/v1/0"],
        ["GET", "/api/admin/v1?orgId=0"],
        ["GET", "/api/admin/v1/roles?isForEdit=maybe"],
        ["POST", "/api/admin/v1", "null"],
        ["POST", "/api/admin/v1", { ...standard, credentials: "RAO_SSL" }],
        ["POST", "/api/admin/v1", { ...standard, credentials: [null] }],
        ["POST", "/api/admin/v1", { ...standard, credentials: [{ role: "RAO_SSL", orgId: "1001x" }] }],
        ["POST", "/api/admin/v1", { ...standard, privileges: "sslRequest" }],
        ["POST", "/api/admin/v1", { ...standard, type: 3 }],
        ["POST", "/api/admin/v1", { ...standard, identityProviderId: 5 }],
        ["POST", "/api/admin/v1", { ...standard, password: "p".repeat(65) }],
        ["PUT", "/api/admin/v1/1503", { activeStatus: "ON_HOLIDAY" }],
        ["DELETE", "/api/admin/v1/1503?replacingRequesterId=abc"]
      ]
      for (const [method, path, body] of odd) {
        const response = yield* scmCall(mock)(method, path, body)
        expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400)
        expect(response.status, `${method} ${path}`).toBeLessThan(500)
        expect(typeof (json(response) as { readonly code?: unknown }).code, `${method} ${path}`).toBe("number")
      }
    }))
})
