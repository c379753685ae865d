import { describe, expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { ok, scmCall } from "./support/calls.js"
import { apiClient, failure, schemes } from "./support/ssl.js"

const server = MockScmServer.MockScmServer

interface PersonInfo {
  readonly id: number
  readonly firstName: string
  readonly middleName: string
  readonly lastName: string
  readonly email: string
  readonly organizationId: number
  readonly validationType: string
  readonly phone: string
  readonly secondaryEmails: ReadonlyArray<string>
  readonly commonName: string
  readonly created: string
  readonly createdBy: string
  readonly modified: string
}

let counter = 0
/** An e-mail no other test uses. */
const uniqueEmail = (label: string) => `${label}.${++counter}.${Date.now()}@example.com`

const newPerson = (email: string, extra: Readonly<Record<string, unknown>> = {}) => ({
  firstName: "Grace",
  middleName: "",
  lastName: "Hopper",
  email,
  organizationId: 1001,
  validationType: "STANDARD",
  phone: "+1 (555) 010-1234",
  secondaryEmails: [`alt.${email}`],
  eppn: "",
  upn: null,
  ...extra
})

/** A request with the password scheme, any method, to the layer's mock. */
const call = (method: string, path: string, body?: unknown) => Effect.flatMap(server, (mock) => scmCall(mock)(method, path, body))

/** Creates a person and reads its id from `Location`, as clients do. */
const create = (version: "v1" | "v2", body: unknown) =>
  Effect.gen(function* () {
    const response = yield* call("POST", `/api/person/${version}`, body)
    expect(response.status, response.text).toBe(201)
    expect(response.text).toBe("")
    const location = String(response.headers["location"])
    expect(location).toMatch(new RegExp(`^/api/person/${version}/\\d+$`))
    return Number(location.split("/").pop())
  })

layer(MockScmServer.layer())("MockScmServer persons", (it) => {
  describe.each(["v1", "v2"] as const)("on /person/%s", (version) => {
    const base = `/api/person/${version}`

    it.effect("create answers 201 with Location; get, find by e-mail, list, update and delete follow", () =>
      Effect.gen(function* () {
        const email = uniqueEmail(`grace-${version}`)
        const id = yield* create(version, newPerson(email))

        const person = ok<PersonInfo>(yield* call("GET", `${base}/${id}`))
        expect(person).toMatchObject({
          id,
          firstName: "Grace",
          lastName: "Hopper",
          email,
          organizationId: 1001,
          validationType: "STANDARD",
          secondaryEmails: [`alt.${email}`],
          commonName: "Grace Hopper",
          createdBy: (yield* server).credentials.login
        })
        expect(person.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)

        const found = yield* call("GET", `${base}/id/byEmail/${encodeURIComponent(email.toUpperCase())}`)
        expect(ok(found)).toEqual({ personId: id })

        const listed = yield* call("GET", `${base}?email=${encodeURIComponent(email)}`)
        expect(ok<ReadonlyArray<PersonInfo>>(listed).map((item) => item.id)).toEqual([id])
        expect(listed.headers["x-total-count"]).toBe("1")

        const updated = yield* call("PUT", `${base}/${id}`, { lastName: "Brewster Hopper", phone: "12345", validationType: "HIGH" })
        expect(updated.status, updated.text).toBe(200)
        expect(ok<PersonInfo>(yield* call("GET", `${base}/${id}`))).toMatchObject({
          firstName: "Grace",
          lastName: "Brewster Hopper",
          phone: "12345",
          validationType: "HIGH"
        })

        expect((yield* call("DELETE", `${base}/${id}`)).status).toBe(200)
        expect(failure(yield* call("GET", `${base}/${id}`))).toEqual({ status: 404, code: -105 })
        expect(failure(yield* call("DELETE", `${base}/${id}`))).toEqual({ status: 404, code: -105 })
        expect(failure(yield* call("GET", `${base}/id/byEmail/${encodeURIComponent(email)}`))).toEqual({ status: 404, code: -105 })
      }), { timeout: 10_000 })

    it.effect("refuses what the reference's constraints refuse, with SCM's codes", () =>
      Effect.gen(function* () {
        const email = uniqueEmail(`checks-${version}`)
        const refusedWith = (body: unknown) => Effect.map(call("POST", base, body), failure)
        expect(yield* refusedWith(newPerson(email, { firstName: undefined }))).toEqual({ status: 400, code: -7 })
        expect(yield* refusedWith(newPerson(email, { lastName: "  " }))).toEqual({ status: 400, code: -7 })
        expect(yield* refusedWith(newPerson("not-an-email"))).toEqual({ status: 400, code: -1601 })
        expect(yield* refusedWith(newPerson(email, { validationType: "LOW" }))).toEqual({ status: 400, code: -1601 })
        expect(yield* refusedWith(newPerson(email, { phone: "call me" }))).toEqual({ status: 400, code: -1601 })
        expect(yield* refusedWith(newPerson(email, { organizationId: 999 }))).toEqual({ status: 404, code: -1023 })
        expect(yield* refusedWith('""')).toEqual({ status: 400, code: -1002 })

        // A second person with the same e-mail (in any case) is refused; the first one stands.
        const id = yield* create(version, newPerson(email))
        expect(yield* refusedWith(newPerson(email.toUpperCase()))).toEqual({ status: 400, code: -1 })
        expect(failure(yield* call("PUT", `${base}/${id}`, { firstName: "" }))).toEqual({ status: 400, code: -1601 })
        expect(failure(yield* call("PUT", `${base}/424242`, { firstName: "Ada" }))).toEqual({ status: 404, code: -105 })
        expect(failure(yield* call("GET", `${base}/not-a-number`))).toEqual({ status: 400, code: -1 })
      }), { timeout: 10_000 })
  })

  it.effect("the 240 seeded persons page by position and size, filter, and count with HEAD", () =>
    Effect.gen(function* () {
      yield* (yield* server).reset
      const first = yield* call("GET", "/api/person/v2")
      expect(ok<ReadonlyArray<PersonInfo>>(first)).toHaveLength(200)
      expect(first.headers["x-total-count"]).toBe("240")
      const rest = ok<ReadonlyArray<PersonInfo>>(yield* call("GET", "/api/person/v1?position=200&size=100"))
      expect(rest).toHaveLength(40)
      expect(rest[0]?.id).toBe(701)

      const lab = yield* call("GET", "/api/person/v2?organizationId=1020&size=5")
      expect(ok<ReadonlyArray<PersonInfo>>(lab).every((person) => person.organizationId === 1020)).toBe(true)
      expect(lab.headers["x-total-count"]).toBe("40")
      const byName = ok<ReadonlyArray<PersonInfo>>(yield* call("GET", `/api/person/v2?name=${encodeURIComponent("alice adams")}`))
      // Twelve first names by twelve last names: the 145th person is a second Alice Adams.
      expect(byName.map((person) => person.email)).toEqual(["alice.adams@example.com", "alice.adams144@example.com"])

      const counted = yield* call("HEAD", "/api/person/v2?organizationId=1001")
      expect(counted.headers["x-total-count"]).toBe("40")
      expect(counted.text).toBe("")
      expect(failure(yield* call("GET", "/api/person/v2?size=201"))).toEqual({ status: 400, code: -1 })
    }), { timeout: 10_000 })

  it.effect.each(schemes)("with %s, a created person's Location is under the API root the request came in", (scheme) =>
    Effect.gen(function* () {
      const api = yield* apiClient(yield* server, scheme)
      const response = yield* api.post("/api/person/v1", newPerson(uniqueEmail(scheme)))
      expect(response.status, response.text).toBe(201)
      expect(String(response.headers["location"])).toMatch(scheme === "certificate" ? /^\/private\/api\/person\/v1\/\d+$/ : /^\/api\/person\/v1\/\d+$/)
    }), { timeout: 10_000 })

  it.effect("reset forgets created persons and restores deleted ones", () =>
    Effect.gen(function* () {
      const mock = yield* server
      const id = yield* create("v2", newPerson(uniqueEmail("reset")))
      expect((yield* call("DELETE", "/api/person/v2/501")).status).toBe(200)
      yield* mock.reset
      expect(failure(yield* call("GET", `/api/person/v2/${id}`))).toEqual({ status: 404, code: -105 })
      expect(ok<PersonInfo>(yield* call("GET", "/api/person/v2/501")).email).toBe("alice.adams@example.com")
    }), { timeout: 10_000 })
})
