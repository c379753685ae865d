/**
 * Admins against the mock server, over real sockets, with each strategy; a new admin's password
 * stays out of logs, spans and errors.
 */
import { describe, expect, layer } from "@effect/vitest"
import { Effect, Redacted, Stream } from "effect"
import { Admins, Organizations } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import * as Capture from "./fixtures/Capture.js"
import * as Mock from "./fixtures/Mock.js"
import * as Resources from "./fixtures/Resources.js"

const orgId = Organizations.OrganizationId.make(1001)

let counter = 0
const newAdmin = (password = Redacted.make("Password#1234")): Admins.CreateRequest => {
  const login = `contract.rao.${++counter}`
  return {
    login,
    password,
    email: `${login}@example.com`,
    forename: "Contract",
    surname: "Rao",
    credentials: [{ role: "RAO_SSL", orgId }],
    privileges: ["sslRequest", "sslRenew"]
  }
}

layer(MockScmServer.layer(Mock.mockOptions), { timeout: 60_000 })("Admins against the mock server", (it) => {
  describe.each(Resources.strategies)("with %s", (_name, strategy) => {
    it.effect("list streams every admin (pages of 5 as one), matching the count", () =>
      Effect.gen(function*() {
        const all = yield* Admins.list().pipe(Stream.runCollect)
        expect(all.length).toBe(yield* Admins.count())
        expect(all.length).toBeGreaterThan(10)
        const inFives = yield* Admins.list(undefined, { pageSize: 5 }).pipe(Stream.runCollect)
        expect(inFives.map((admin) => admin.id)).toEqual(all.map((admin) => admin.id))
        const apiOnly = yield* Admins.list({ type: "API" }).pipe(Stream.runCollect)
        expect(apiOnly.length).toBeGreaterThan(0)
        expect(apiOnly.every((admin) => admin.type === "API")).toBe(true)
      }).pipe(Effect.provide(strategy())))

    it.effect("create (id from Location), get, update, delete", () =>
      Effect.gen(function*() {
        const request = newAdmin()
        const id = yield* Admins.create(request)
        const admin = yield* Admins.get(id)
        expect(admin).toMatchObject({
          id,
          type: "STANDARD",
          login: request.login,
          credentials: [{ role: "RAO_SSL", orgId }],
          privileges: ["sslRequest", "sslRenew"],
          activeState: "ACTIVE"
        })
        expect(admin.created).toBeDefined()
        yield* Admins.update(id, { activeStatus: "SUSPENDED", privileges: ["sslRequest"] })
        expect(yield* Admins.get(id)).toMatchObject({ activeState: "SUSPENDED", privileges: ["sslRequest"] })
        expect((yield* Admins.list({ login: request.login }).pipe(Stream.runCollect)).map((found) => found.id)).toEqual([id])
        yield* Admins.remove(id, { replacingRequesterId: Admins.AdminId.make(1501) })
        expect(yield* Effect.flip(Admins.get(id))).toMatchObject({ _tag: "ScmApiError", status: 404 })
      }).pipe(Effect.provide(strategy())))
  })

  it.effect("roles and privileges follow the spec's model; SCM's refusals are typed with its codes", () =>
    Effect.gen(function*() {
      expect(yield* Admins.roles()).toContain("MRAO")
      expect(yield* Admins.roles({ forEdit: true })).toContain("DRAO_DEVICE")
      const ssl = (yield* Admins.privileges(["RAO_SSL"])).map((privilege) => privilege.name)
      expect(ssl).toContain("sslRequest")
      expect(ssl).not.toContain("clientCertRequest")
      const description = (yield* Admins.privileges(["RAO_SMIME"])).find((privilege) => privilege.name === "clientCertRequest")
      expect(description?.description).toBe("Request client certificates")
      const refused = (request: Admins.CreateRequest) => Effect.flip(Admins.create(request))
      expect(yield* refused({ ...newAdmin(), credentials: [] })).toMatchObject({ _tag: "ScmApiError", status: 400, code: -7 })
      expect(yield* refused({ ...newAdmin(), email: "nope" })).toMatchObject({ code: -237 })
      expect(yield* refused({ ...newAdmin(), privileges: ["csManage"] })).toMatchObject({ code: -234 })
      expect(yield* refused({ ...newAdmin(), credentials: [{ role: "RAO_SMIME", orgId }], privileges: ["allowDCV"] })).toMatchObject({ code: -255 })
      const id = yield* Admins.create(newAdmin())
      expect(yield* Effect.flip(Admins.update(id, { type: "SAS" }).pipe(Effect.andThen(Admins.update(id, { type: "API" }))))).toMatchObject({
        code: -1601
      })
    }).pipe(Effect.provide(Mock.password())))

  it.effect("a new admin's password is in no log, span or error", () =>
    Effect.gen(function*() {
      const captured = Capture.make()
      const password = "Sup3r-Secret-Admin-Password!"
      yield* Capture.run(
        captured,
        Effect.gen(function*() {
          const request = newAdmin(Redacted.make(password))
          yield* Effect.logDebug("creating", request)
          const id = yield* Admins.create(request)
          yield* Admins.update(id, { password: Redacted.make(password) })
          // Refused (the login is taken): the error carries no password either.
          const error = yield* Effect.flip(Admins.create(request))
          captured.errors.push(error)
          yield* Effect.logError("refused", error)
        }).pipe(Effect.provide(Mock.oauth2()))
      )
      const text = Capture.text(captured)
      expect(text).toContain("Admins.create")
      expect(text).toContain("ScmApiError")
      expect(text).not.toContain(password)
    }))
})
