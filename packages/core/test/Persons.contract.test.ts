/**
 * Persons against the mock server, over real sockets, with each strategy: find or create by
 * e-mail (the new id read from `Location`), get, update, list, count, delete; then the 240 seeded
 * persons paged, and SCM's refusals as typed errors.
 */
import { describe, expect, layer } from "@effect/vitest"
import { Organizations, Persons } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import { DateTime, Effect, Option, Stream } from "effect"
import * as Crypto from "node:crypto"
import * as Mock from "./fixtures/Mock.js"
import * as Resources from "./fixtures/Resources.js"

const organizationId = Organizations.OrganizationId.make(1001)

/** An e-mail no other test uses. */
const uniqueEmail = (label: string) => `${label}-${Crypto.randomBytes(4).toString("hex")}@example.com`

const request = (email: string): Persons.CreateRequest => ({
  firstName: "Ada",
  lastName: "Lovelace",
  email,
  organizationId,
  validationType: "STANDARD",
  secondaryEmails: [`alt.${email}`]
})

layer(MockScmServer.layer(Mock.mockOptions), { timeout: 30_000 })("Persons against the mock server", (it) => {
  describe.each(Resources.strategies)("with %s", (name, strategy) => {
    it.effect("find or create by e-mail, get, update, list, count and delete", () =>
      Effect.gen(function*() {
        const email = uniqueEmail(name)
        expect(yield* Persons.findByEmail(email)).toEqual(Option.none())

        const created = yield* Persons.findOrCreate(request(email))
        expect(created.created).toBe(true)
        const again = yield* Persons.findOrCreate({ ...request(email.toUpperCase()), firstName: "Someone else" })
        expect(again).toEqual({ id: created.id, created: false })
        expect(yield* Persons.findByEmail(email)).toEqual(Option.some(created.id))

        const person = yield* Persons.get(created.id)
        expect(person).toMatchObject({
          id: created.id,
          email,
          firstName: "Ada",
          lastName: "Lovelace",
          commonName: "Ada Lovelace",
          organizationId,
          validationType: "STANDARD",
          secondaryEmails: [`alt.${email}`]
        })
        expect(DateTime.isDateTime(person.created)).toBe(true)

        yield* Persons.update(created.id, { lastName: "King", phone: "+44 20 7946 0000" })
        expect(yield* Persons.get(created.id)).toMatchObject({ lastName: "King", phone: "+44 20 7946 0000", firstName: "Ada" })

        const listed = yield* Persons.list({ email }).pipe(Stream.runCollect)
        expect(listed.map((found) => found.id)).toEqual([created.id])
        expect(yield* Persons.count({ email })).toBe(1)

        yield* Persons.remove(created.id)
        expect(yield* Effect.flip(Persons.get(created.id))).toMatchObject({ _tag: "ScmApiError", status: 404, code: -105 })
        expect(yield* Persons.findByEmail(email)).toEqual(Option.none())
      }).pipe(Effect.provide(strategy())))
  })

  it.effect("the seeded persons stream over two pages, filter by organization and page with totals", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      const all = yield* Persons.list().pipe(Stream.runCollect)
      expect(all.length).toBe(240)
      expect(new Set(all.map((person) => person.id)).size).toBe(240)
      const listCalls = (yield* mock.journal).filter((entry) => entry.method === "GET" && entry.path.startsWith("/api/person/v2?"))
      expect(listCalls.map((entry) => entry.path)).toEqual(["/api/person/v2?size=200&position=0", "/api/person/v2?size=200&position=200"])

      const lab = yield* Persons.list({ organizationId: Organizations.OrganizationId.make(1020) }, { pageSize: 15 }).pipe(Stream.runCollect)
      expect(lab.length).toBe(40)
      expect(lab.every((person) => person.organizationId === 1020)).toBe(true)
      const last = yield* Persons.page(undefined, { position: 230, size: 20 })
      expect([last.items.length, last.total, last.items.at(-1)?.id]).toEqual([10, 240, 740])
      expect(yield* Persons.count({ organizationId })).toBe(40)
    }).pipe(Effect.provide(Mock.password())))

  it.effect("findOrCreate when someone else creates the person between its look-up and its create", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const email = uniqueEmail("race")
      const theirs = yield* Persons.create(request(email))
      // The look-up answers as it did before the other creator's create landed.
      yield* mock.addFault({
        method: "GET",
        path: "/api/person/v2/id/byEmail/",
        match: "prefix",
        status: 404,
        body: { code: -105, description: "Person not found." }
      })
      expect(yield* Persons.findOrCreate(request(email))).toEqual({ id: theirs, created: false })
      const calls = (yield* Mock.apiEntries).filter((entry) => entry.path.startsWith("/api/person/v2")).slice(-3)
      expect(calls.map((entry) => [entry.method, entry.status])).toEqual([["GET", 404], ["POST", 400], ["GET", 200]])
      // Any other refusal of the create is the caller's.
      const refused = yield* Effect.flip(Persons.findOrCreate({ ...request(uniqueEmail("bad")), phone: "call me" }))
      expect(refused).toMatchObject({ _tag: "ScmApiError", code: -1601 })
    }).pipe(Effect.provide(Mock.password())))

  it.effect("SCM's refusals are typed ScmApiErrors with its codes", () =>
    Effect.gen(function*() {
      const email = uniqueEmail("refused")
      yield* Persons.create(request(email))
      expect(yield* Effect.flip(Persons.create(request(email)))).toMatchObject({ _tag: "ScmApiError", status: 400, code: -1 })
      expect(yield* Effect.flip(Persons.create({ ...request(uniqueEmail("x")), email: "not-an-email" }))).toMatchObject({
        _tag: "ScmApiError",
        code: -1601
      })
      expect(yield* Effect.flip(Persons.create({ ...request(uniqueEmail("y")), organizationId: Organizations.OrganizationId.make(4242) })))
        .toMatchObject({ _tag: "ScmApiError", status: 404, code: -1023 })
      // A 201 that names no new person is not taken for a success.
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.addFault({ method: "POST", path: "/api/person/v2", status: 201, body: "" })
      expect(yield* Effect.flip(Persons.create(request(uniqueEmail("z"))))).toMatchObject({
        _tag: "ScmDecodeError",
        status: 201,
        description: "the created person's Location header names no id"
      })
      expect(yield* Effect.flip(Persons.update(Persons.PersonId.make(999999), { firstName: "Nobody" }))).toMatchObject({
        _tag: "ScmApiError",
        status: 404,
        code: -105
      })
    }).pipe(Effect.provide(Mock.oauth2())))
})
