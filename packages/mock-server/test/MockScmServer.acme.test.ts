import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { ok, scmCall } from "./support/calls.js"
import { json, type RawResponse } from "./support/raw.js"
import { apiClient, failure, schemes } from "./support/ssl.js"

interface Account {
  readonly id: number
  readonly name: string
  readonly organizationId: number
  readonly acmeServer: string
  readonly certValidationType: string
  readonly macId: string
  readonly macKey: string
  readonly status: string
  readonly domains?: ReadonlyArray<{ readonly name: string }>
}

const base64url = /^[A-Za-z0-9_-]+$/

/** Creates an account on `version`'s path and reads its id from `Location`. */
const create = (mock: MockScmServer.Service, body: unknown, version: "v1" | "v2" = "v2") =>
  Effect.gen(function*() {
    const response = yield* scmCall(mock)("POST", `/api/acme/${version}/account`, body)
    expect(response.status, response.text).toBe(201)
    expect(response.text).toBe("")
    const location = response.headers.location ?? ""
    expect(location).toMatch(new RegExp(`^/api/acme/${version}/account/\\d+$`))
    return Number(location.split("/").at(-1))
  })

const newAccount = { organizationId: 1001, name: "ingress.example.com", acmeServer: "Sectigo OV ACME" }

describe("MockScmServer ACME accounts", () => {
  it.effect("lists every seeded account across pages on v2 and v1, with X-Total-Count and HEAD, with each scheme", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      for (const scheme of schemes) {
        const api = yield* apiClient(mock, scheme)
        const first = yield* api.get("/api/acme/v2/account?position=0&size=200")
        const second = yield* api.get("/api/acme/v2/account?position=200&size=200")
        const total = Number(first.headers["x-total-count"])
        expect(total).toBeGreaterThan(200)
        const ids = [...ok<ReadonlyArray<Account>>(first), ...ok<ReadonlyArray<Account>>(second)].map((account) => account.id)
        expect(ids.length).toBe(total)
        expect(new Set(ids).size).toBe(total)
        const head = yield* api.head("/api/acme/v2/account")
        expect([head.status, head.text, head.headers["x-total-count"]]).toEqual([200, "", String(total)])
      }
      // Without paging parameters SCM sends one page of 200: a client that never pages misses the rest.
      expect(ok<ReadonlyArray<Account>>(yield* scmCall(mock)("GET", "/api/acme/v2/account")).length).toBe(200)
      const v1 = ok<ReadonlyArray<Account>>(yield* scmCall(mock)("GET", "/api/acme/v1/account?size=5"))
      expect(v1).toHaveLength(5)
      for (const account of v1) expect(Array.isArray(account.domains)).toBe(true)
    }))

  it.effect("filters by organization (with or without departments), server, validation type and name", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const list = (query: string) => Effect.map(scmCall(mock)("GET", `/api/acme/v2/account?size=200&${query}`), (response) => ok<ReadonlyArray<Account>>(response))
      const withDepartments = yield* list("organizationId=1001")
      const orgOnly = yield* list("organizationId=1001%2C-2")
      expect(new Set(withDepartments.map((account) => account.organizationId))).toEqual(new Set([1001, 1002, 1003]))
      expect(new Set(orgOnly.map((account) => account.organizationId))).toEqual(new Set([1001]))
      const ev = yield* list("certValidationType=EV")
      expect(ev.length).toBeGreaterThan(0)
      expect(ev.every((account) => account.certValidationType === "EV" && account.acmeServer === "Sectigo EV ACME")).toBe(true)
      const named = yield* list("name=k8s-ingress")
      expect(named.length).toBeGreaterThan(0)
      expect(named.every((account) => account.name.includes("k8s-ingress"))).toBe(true)
      expect(failure(yield* scmCall(mock)("GET", "/api/acme/v2/account?certValidationType=XV"))).toEqual({ status: 400, code: -1 })
    }))

  it.effect("create answers 201 with Location and no body; the details carry the EAB key id and HMAC key; v1 alike", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const id = yield* create(mock, newAccount)
      const account = ok<Account>(yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}`))
      expect(account).toMatchObject({ id, ...newAccount, certValidationType: "OV", status: "pending" })
      expect(account.macId).toMatch(base64url)
      expect(account.macKey).toMatch(base64url)
      expect(Buffer.from(account.macKey, "base64url")).toHaveLength(64)
      expect(account.domains).toBeUndefined()
      const v1Id = yield* create(mock, { ...newAccount, name: "legacy.example.com" }, "v1")
      expect(v1Id).toBe(id + 1)
      const legacy = ok<Account>(yield* scmCall(mock)("GET", `/api/acme/v1/account/${v1Id}`))
      expect(legacy).toMatchObject({ id: v1Id, name: "legacy.example.com", domains: [] })
      expect(legacy.macKey).not.toBe(account.macKey)
      // Under certificate login the new resource is named under /private/api.
      const certificate = yield* apiClient(mock, "certificate")
      const privately = yield* certificate.post("/api/acme/v2/account", newAccount)
      expect(privately.headers.location).toBe(`/private/api/acme/v2/account/${v1Id + 1}`)
    }))

  it.effect("create takes the server by its directory URL, as python cert_manager sends it; OV and EV accounts carry their anchor order", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const id = yield* create(mock, { ...newAccount, acmeServer: "https://acme.sectigo.com/v2/OV" })
      const account = ok<Account & Record<string, unknown>>(yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}`))
      expect([account.acmeServer, account.certValidationType]).toEqual(["Sectigo OV ACME", "OV"])
      expect(typeof account["ovOrderNumber"]).toBe("number")
      expect([account["ovAnchorID"], account["validationId"]]).toEqual([String(account["ovOrderNumber"]), String(account["ovOrderNumber"])])
      expect(ok(yield* scmCall(mock)("POST", `/api/acme/v2/account/${id}/domain`, { domains: [{ name: "ingress.example.com" }] }))).toEqual({})
      const [domain] = ok<ReadonlyArray<Record<string, unknown>>>(yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}/domain`))
      expect(domain).toMatchObject({ name: "ingress.example.com", ovAnchorOrderNumber: account["ovOrderNumber"], ovAnchorID: account["ovAnchorID"] })
      const dv = yield* create(mock, { ...newAccount, acmeServer: "https://acme.sectigo.com/v2/DV/" })
      expect(ok<Record<string, unknown>>(yield* scmCall(mock)("GET", `/api/acme/v2/account/${dv}`))["ovOrderNumber"]).toBeUndefined()
      expect(failure(yield* scmCall(mock)("POST", "/api/acme/v2/account", { ...newAccount, acmeServer: "https://acme.example.net/v2/OV" })))
        .toEqual({ status: 400, code: -1601 })
    }))

  it.effect("create refuses what SCM refuses, with its codes", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const refused = (body: unknown) => Effect.map(scmCall(mock)("POST", "/api/acme/v2/account", body), failure)
      expect(yield* refused({ name: "x", acmeServer: "Sectigo OV ACME" })).toEqual({ status: 400, code: -7 })
      expect(yield* refused({ organizationId: 1001, acmeServer: "Sectigo OV ACME" })).toEqual({ status: 400, code: -7 })
      expect(yield* refused({ ...newAccount, organizationId: 4242 })).toEqual({ status: 400, code: -1023 })
      expect(yield* refused({ ...newAccount, acmeServer: "Nobody's ACME" })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused({ ...newAccount, certValidationType: "EV" })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused("\"\"")).toEqual({ status: 400, code: -1002 })
    }))

  it.effect("update renames, delete removes (404 after), on v2 and v1; unknown ids are 404", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const id = yield* create(mock, newAccount)
      const renamed = yield* scmCall(mock)("PUT", `/api/acme/v2/account/${id}`, { name: "renamed" })
      expect([renamed.status, renamed.text]).toEqual([200, ""])
      expect(ok<Account>(yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}`)).name).toBe("renamed")
      expect((yield* scmCall(mock)("PUT", `/api/acme/v1/account/${id}`, { name: "again" })).status).toBe(200)
      expect(failure(yield* scmCall(mock)("PUT", `/api/acme/v2/account/${id}`, { name: "" }))).toEqual({ status: 400, code: -1601 })
      expect((yield* scmCall(mock)("DELETE", `/api/acme/v1/account/${id}`)).status).toBe(204)
      expect(failure(yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}`))).toEqual({ status: 404, code: -1 })
      expect(failure(yield* scmCall(mock)("DELETE", `/api/acme/v2/account/${id}`))).toEqual({ status: 404, code: -1 })
      expect(failure(yield* scmCall(mock)("GET", "/api/acme/v2/account/abc"))).toEqual({ status: 400, code: -1 })
    }))

  it.effect("adds only domains the organization may use (a department uses its organization's), removes what it holds", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const id = yield* create(mock, { ...newAccount, organizationId: 1002 })
      const added = ok<{ readonly notAddedDomains?: ReadonlyArray<string> }>(
        yield* scmCall(mock)("POST", `/api/acme/v2/account/${id}/domain`, {
          domains: [{ name: "ingress.example.com" }, { name: "*.apps.example.com" }, { name: "shop.example.eu" }, { name: "elsewhere.test" }]
        })
      )
      expect(added.notAddedDomains).toEqual(["shop.example.eu", "elsewhere.test"])
      // All added: SCM's `{}`.
      expect(ok(yield* scmCall(mock)("POST", `/api/acme/v1/account/${id}/domains`, { domains: [{ name: "www.example.com" }] }))).toEqual({})
      const names = (response: RawResponse) => ok<ReadonlyArray<{ readonly name: string }>>(response).map((domain) => domain.name)
      expect(names(yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}/domain`))).toEqual(["ingress.example.com", "*.apps.example.com", "www.example.com"])
      expect(names(yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}/domain?name=%5Ewww%5C.`))).toEqual(["www.example.com"])
      expect(ok<Account>(yield* scmCall(mock)("GET", `/api/acme/v1/account/${id}`)).domains).toHaveLength(3)
      const removed = ok(yield* scmCall(mock)("DELETE", `/api/acme/v2/account/${id}/domain`, { domains: [{ name: "www.example.com" }, { name: "never.example.com" }] }))
      expect(removed).toEqual({ notRemovedDomains: ["never.example.com"] })
      expect(ok(yield* scmCall(mock)("DELETE", `/api/acme/v1/account/${id}/domains`, { domains: [{ name: "ingress.example.com" }] }))).toEqual({})
      expect(names(yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}/domain`))).toEqual(["*.apps.example.com"])
      expect(failure(yield* scmCall(mock)("POST", `/api/acme/v2/account/${id}/domain`, { domains: [] }))).toEqual({ status: 400, code: -7 })
      expect(failure(yield* scmCall(mock)("POST", `/api/acme/v2/account/${id}/domain`, { domains: [{ name: " " }] }))).toEqual({ status: 400, code: -7 })
      expect(failure(yield* scmCall(mock)("POST", "/api/acme/v2/account/999999/domain", { domains: [{ name: "a.example.com" }] }))).toEqual({ status: 404, code: -1 })
    }))

  it.effect("domain validity follows the Clock: expiresWithinNextDays finds a domain as its year runs out", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const id = yield* create(mock, newAccount)
      yield* scmCall(mock)("POST", `/api/acme/v2/account/${id}/domain`, { domains: [{ name: "clock.example.com" }] })
      const expiring = (days: number) =>
        Effect.map(scmCall(mock)("GET", `/api/acme/v2/account/${id}/domain?expiresWithinNextDays=${days}`), (response) => ok<ReadonlyArray<unknown>>(response).length)
      expect(yield* expiring(30)).toBe(0)
      yield* TestClock.adjust("340 days")
      expect(yield* expiring(30)).toBe(1)
      const [domain] = ok<ReadonlyArray<{ readonly validUntil: string }>>(yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}/domain`))
      expect(domain?.validUntil).toBe("1971-01-01T00:00:00.000Z")
    }))

  it.effect("lists an account's clients with filters, and deactivates one (204; unknown is 404)", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      // Seeded account 304 has two clients: one valid, one deactivated.
      const clients = (query = "") =>
        Effect.map(scmCall(mock)("GET", `/api/acme/v2/account/304/client${query}`), (response) =>
          ok<ReadonlyArray<{ readonly accountId: string; readonly status: string; readonly contacts: string }>>(response))
      const all = yield* clients()
      expect(all.map((client) => client.status)).toEqual(["valid", "deactivated"])
      expect(yield* clients("?status=valid")).toHaveLength(1)
      expect(yield* clients("?status=valid&status=deactivated")).toHaveLength(2)
      expect(yield* clients("?userAgent=certbot")).toHaveLength(1)
      const valid = all[0]!
      const deactivated = yield* scmCall(mock)("PUT", `/api/acme/v2/account/304/client/${valid.accountId}`)
      expect([deactivated.status, deactivated.text]).toEqual([204, ""])
      expect((yield* clients()).map((client) => client.status)).toEqual(["deactivated", "deactivated"])
      expect(failure(yield* scmCall(mock)("PUT", "/api/acme/v2/account/304/client/no-such-client"))).toEqual({ status: 404, code: -1 })
    }))

  it.effect("lists the ACME servers, filtered", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const servers = ok<ReadonlyArray<{ readonly name: string; readonly url: string; readonly certValidationType: string }>>(
        yield* scmCall(mock)("GET", "/api/acme/v1/server")
      )
      expect(servers.length).toBeGreaterThanOrEqual(3)
      expect(servers.every((server) => server.url.startsWith("https://"))).toBe(true)
      const ov = ok<ReadonlyArray<{ readonly certValidationType: string }>>(yield* scmCall(mock)("GET", "/api/acme/v1/server?certValidationType=OV"))
      expect(ov.length).toBeGreaterThan(0)
      expect(ov.every((server) => server.certValidationType === "OV")).toBe(true)
    }))

  it.effect("reset restores the seed; the journal shows the calls, never a key", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const total = (yield* scmCall(mock)("GET", "/api/acme/v2/account?size=1")).headers["x-total-count"]
      const id = yield* create(mock, newAccount)
      const { macKey } = ok<Account>(yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}`))
      yield* scmCall(mock)("DELETE", "/api/acme/v2/account/301")
      const journal = yield* mock.journal
      expect(journal.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual(expect.arrayContaining([
        "POST /api/acme/v2/account 201",
        `GET /api/acme/v2/account/${id} 200`,
        "DELETE /api/acme/v2/account/301 204"
      ]))
      expect(JSON.stringify(journal)).not.toContain(macKey)
      yield* mock.reset
      expect((yield* scmCall(mock)("GET", "/api/acme/v2/account?size=1")).headers["x-total-count"]).toBe(total)
      expect((yield* scmCall(mock)("GET", "/api/acme/v2/account/301")).status).toBe(200)
      expect((yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}`)).status).toBe(404)
    }))

  it.effect("private CA (universal) accounts: list, create with a private profile (201, Location), details, rename, clients, delete", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const listed = yield* scmCall(mock)("GET", "/api/acme/v1/pca/account?size=200")
      const accounts = ok<ReadonlyArray<{ readonly id: number; readonly profileName: string }>>(listed)
      expect(accounts.length).toBe(Number(listed.headers["x-total-count"]))
      expect(accounts.every((account) => account.profileName === "Sectigo Private SSL")).toBe(true)
      const body = { organizationId: 1002, name: "vault.corp.example.com", acmeServer: "Sectigo Private ACME", profileName: "Sectigo Private SSL" }
      const response = yield* scmCall(mock)("POST", "/api/acme/v1/pca/account", body)
      expect(response.status, response.text).toBe(201)
      const id = Number(response.headers.location?.match(/^\/api\/acme\/v1\/pca\/account\/(\d+)$/)?.[1])
      const account = ok<Account & { readonly profileName: string }>(yield* scmCall(mock)("GET", `/api/acme/v1/pca/account/${id}`))
      expect(account).toMatchObject({ id, ...body })
      expect(account.macKey).toMatch(base64url)
      expect((yield* scmCall(mock)("PUT", `/api/acme/v1/pca/account/${id}`, { name: "renamed.corp.example.com" })).status).toBe(200)
      expect(ok<Account>(yield* scmCall(mock)("GET", `/api/acme/v1/pca/account/${id}`)).name).toBe("renamed.corp.example.com")
      // A profile the organization is not offered, or a public one, is refused.
      expect(failure(yield* scmCall(mock)("POST", "/api/acme/v1/pca/account", { ...body, organizationId: 1010 }))).toEqual({ status: 400, code: -1601 })
      expect(failure(yield* scmCall(mock)("POST", "/api/acme/v1/pca/account", { ...body, profileName: "Sectigo OV SSL" }))).toEqual({ status: 400, code: -1601 })
      expect(failure(yield* scmCall(mock)("POST", "/api/acme/v1/pca/account", { ...body, profileName: undefined }))).toEqual({ status: 400, code: -7 })
      const clients = ok<ReadonlyArray<{ readonly accountId: string; readonly status: string }>>(yield* scmCall(mock)("GET", "/api/acme/v1/pca/account/801/client"))
      expect(clients.map((client) => client.status)).toEqual(["valid"])
      expect((yield* scmCall(mock)("PUT", `/api/acme/v1/pca/account/801/client/${clients[0]!.accountId}`)).status).toBe(204)
      expect(ok<ReadonlyArray<{ readonly status: string }>>(yield* scmCall(mock)("GET", "/api/acme/v1/pca/account/801/client?status=valid"))).toEqual([])
      expect((yield* scmCall(mock)("DELETE", `/api/acme/v1/pca/account/${id}`)).status).toBe(204)
      expect(failure(yield* scmCall(mock)("GET", `/api/acme/v1/pca/account/${id}`))).toEqual({ status: 404, code: -1 })
      // The public and the private accounts are apart.
      expect((yield* scmCall(mock)("GET", "/api/acme/v2/account/801")).status).toBe(404)
    }))

  it.effect("a domain filter that would backtrack for ever is refused within its time budget; the server answers on", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const id = yield* create(mock, { ...newAccount, organizationId: 1002 })
      const long = `${"a".repeat(40)}.example.com`
      expect(ok(yield* scmCall(mock)("POST", `/api/acme/v2/account/${id}/domain`, { domains: [{ name: long }, { name: "www.example.com" }] })))
        .toEqual({})
      // `^(a+)+$` against forty `a`s and a dot: about 2^40 steps for V8's backtracking engine.
      const started = Date.now()
      const refused = yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}/domain?name=${encodeURIComponent("^(a+)+$")}`)
      expect(failure(refused)).toEqual({ status: 400, code: -1 })
      expect((json(refused) as { readonly description: string }).description).toContain("too costly to evaluate (over 100 ms)")
      expect(Date.now() - started).toBeLessThan(5000)
      // An ordinary pattern over the same names still works, before and after the refusal.
      const names = (response: RawResponse) => ok<ReadonlyArray<{ readonly name: string }>>(response).map((domain) => domain.name)
      expect(names(yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}/domain?name=${encodeURIComponent("^a+\\.example")}`))).toEqual([long])
      expect(names(yield* scmCall(mock)("GET", `/api/acme/v2/account/${id}/domain?name=${encodeURIComponent("^WWW\\.")}&expiresWithinNextDays=36500`)))
        .toEqual(["www.example.com"])
    }))

  it.effect("odd requests get a 4xx with an SCM code, never a 5xx", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const odd: ReadonlyArray<readonly [string, string, unknown?]> = [
        ["GET", "/api/acme/v2/account/0"],
        ["GET", "/api/acme/v2/account/99999999999"],
        ["GET", "/api/acme/v2/account?size=201"],
        ["GET", "/api/acme/v2/account?organizationId=abc"],
        ["GET", "/api/acme/v2/account/301/domain?name=(unclosed"],
        ["GET", "/api/acme/v2/account/301/client?lastActivityWithinPrevDays=-1"],
        ["POST", "/api/acme/v2/account", "null"],
        ["POST", "/api/acme/v2/account", "[1]"],
        ["POST", "/api/acme/v2/account", { organizationId: "x", name: 1, acmeServer: [] }],
        ["POST", "/api/acme/v2/account", { organizationId: 1001, name: "x".repeat(129), acmeServer: "Sectigo DV ACME" }],
        ["PUT", "/api/acme/v2/account/301", { name: 42 }],
        ["POST", "/api/acme/v2/account/301/domain", { domains: "example.com" }],
        ["POST", "/api/acme/v2/account/301/domain", { domains: [42] }],
        ["DELETE", "/api/acme/v1/account/301/domains", "{not json"],
        ["PUT", "/api/acme/v1/pca/account/801", "7"]
      ]
      for (const [method, path, body] of odd) {
        const response = yield* scmCall(mock)(method, path, body)
        expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400)
        expect(response.status, `${method} ${path}`).toBeLessThan(500)
        expect(typeof (json(response) as { readonly code?: unknown }).code, `${method} ${path}`).toBe("number")
      }
    }))
})
