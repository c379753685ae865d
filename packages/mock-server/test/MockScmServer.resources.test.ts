import { describe, expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { bearer, fetchToken, passwordLogin } from "./support/mock.js"
import { json, type RawRequest, send } from "./support/raw.js"

const server = MockScmServer.MockScmServer

interface SslIdentity {
  readonly sslId: number
  readonly commonName: string
  readonly subjectAlternativeNames?: ReadonlyArray<string>
  readonly serialNumber?: string
}

const get = (path: string, request: (mock: MockScmServer.Service) => RawRequest = passwordLogin) =>
  Effect.flatMap(server, (mock) => send(`${mock.httpUrl}${path}`, request(mock)))

const list = (query: string) =>
  Effect.map(get(`/api/ssl/v1${query}`), (response) => {
    expect(response.status).toBe(200)
    return { total: Number(response.headers["x-total-count"]), items: json(response) as ReadonlyArray<SslIdentity> }
  })

const status = (path: string) => Effect.map(get(path), (response) => response.status)

layer(MockScmServer.layer())("MockScmServer resources", (it) => {
  describe("GET /api/ssl/v1/types", () => {
    it.effect("lists the certificate profiles in ApiCertType's shape", () =>
      Effect.gen(function* () {
        const response = yield* get("/api/ssl/v1/types")
        expect(response.headers["content-type"]).toBe("application/json")
        const types = json(response) as ReadonlyArray<Record<string, unknown>>
        expect(types).toHaveLength(8)
        for (const type of types) {
          expect(Object.keys(type).sort()).toEqual(["description", "id", "keyTypes", "name", "terms", "useSecondaryOrgName"])
        }
      }))

    it.effect("filters by organizationId and refuses a bad one", () =>
      Effect.gen(function* () {
        const ids = (path: string) => Effect.map(get(path), (response) => (json(response) as ReadonlyArray<{ id: number }>).map((type) => type.id))
        expect(yield* ids("/api/ssl/v1/types?organizationId=1010")).toContain(1108)
        expect(yield* ids("/api/ssl/v1/types?organizationId=1010")).not.toContain(1107)
        expect(yield* ids("/api/ssl/v1/types?organizationId=1001")).toContain(1107)
        expect(yield* status("/api/ssl/v1/types?organizationId=abc")).toBe(400)
        expect(yield* status("/api/ssl/v1/types?organizationId=0")).toBe(400)
      }))
  })

  describe("GET /api/ssl/v1", () => {
    it.effect("pages with position and size, X-Total-Count counting every match", () =>
      Effect.gen(function* () {
        const first = yield* list("")
        expect(first.total).toBe(450)
        expect(first.items).toHaveLength(200)
        expect(Object.keys(first.items[0] ?? {}).sort()).toEqual(["commonName", "serialNumber", "sslId", "subjectAlternativeNames"])
        const second = yield* list("?position=200&size=200")
        expect(second.items).toHaveLength(200)
        const third = yield* list("?position=400&size=200")
        expect(third.items).toHaveLength(50)
        expect(new Set([...first.items, ...second.items, ...third.items].map((item) => item.sslId)).size).toBe(450)
        const middle = yield* list("?position=10&size=5")
        expect(middle.items.map((item) => item.sslId)).toEqual(first.items.slice(10, 15).map((item) => item.sslId))
      }))

    it.effect("answers an empty page past the end and for size 0, with the total", () =>
      Effect.gen(function* () {
        expect(yield* list("?position=450")).toEqual({ total: 450, items: [] })
        expect(yield* list("?position=2147483647&size=200")).toEqual({ total: 450, items: [] })
        expect(yield* list("?size=0")).toEqual({ total: 450, items: [] })
      }))

    it.effect("refuses sizes over 200 and other bad paging values with 400", () =>
      Effect.gen(function* () {
        for (const query of ["size=201", "size=-1", "size=1.5", "size=ten", "position=-1", "position=2147483648", "size=1&size=2"]) {
          const response = yield* get(`/api/ssl/v1?${query}`)
          expect(response.status).toBe(400)
          expect(json(response)).toMatchObject({ code: -1 })
        }
      }))

    it.effect("filters by status, common name, SAN, profile, organization and serial number", () =>
      Effect.gen(function* () {
        const revoked = yield* list("?status=Revoked")
        expect(revoked.total).toBe(45)
        const www = yield* list("?commonName=WWW-")
        expect(www.items.every((item) => item.commonName.startsWith("www-"))).toBe(true)
        expect(www.total).toBeGreaterThan(0)
        const san = yield* list("?subjectAlternativeName=example.org&size=200")
        expect(san.items.every((item) => (item.subjectAlternativeNames ?? []).some((name) => name.includes("example.org")))).toBe(true)
        const dv = yield* list("?sslTypeId=1106&orgId=1020")
        const research = yield* list("?orgId=1020")
        expect(dv.total).toBe(research.total)
        const one = first(yield* list("?size=1"))
        const bySerial = yield* list(`?serialNumber=${one.serialNumber?.toLowerCase()}`)
        expect(bySerial.items.map((item) => item.sslId)).toEqual([one.sslId])
        expect(yield* status("/api/ssl/v1?status=Bogus")).toBe(400)
        expect(yield* status("/api/ssl/v1?sslTypeId=0")).toBe(400)
        expect(yield* status(`/api/ssl/v1?serialNumber=${"A".repeat(129)}`)).toBe(400)
      }))

    it.effect("counts with HEAD: X-Total-Count and no body", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const response = yield* send(`${mock.httpUrl}/api/ssl/v1?status=Issued`, { ...passwordLogin(mock), method: "HEAD" })
        expect(response.status).toBe(200)
        expect(response.headers["x-total-count"]).toBe("270")
        expect(response.text).toBe("")
      }))
  })

  describe("paging across the 450 seeded certificates", () => {
    it.effect("first, middle, last and empty pages join up without gaps or repeats", () =>
      Effect.gen(function* () {
        const all = [...(yield* list("?position=0&size=200")).items, ...(yield* list("?position=200&size=200")).items, ...(yield* list("?position=400&size=200")).items]
        const ids = all.map((item) => item.sslId)
        expect(ids).toEqual([...ids].sort((a, b) => a - b))
        expect(new Set(ids).size).toBe(450)
        const at = (position: number) => Effect.map(list(`?position=${position}&size=1`), (page) => page.items.map((item) => item.sslId))
        expect(yield* at(0)).toEqual([ids[0]])
        expect(yield* at(199)).toEqual([ids[199]])
        expect(yield* at(200)).toEqual([ids[200]])
        expect(yield* at(449)).toEqual([ids[449]])
        expect(yield* at(450)).toEqual([])
        const lastTwo = yield* list("?position=448&size=200")
        expect(lastTwo).toEqual({ total: 450, items: all.slice(448) })
      }))

    it.effect("v2 lists the same, and HEAD counts each filter", () =>
      Effect.gen(function* () {
        const mock = yield* server
        for (const query of ["?position=7&size=9", "?status=Expired&size=3"]) {
          const v1 = yield* get(`/api/ssl/v1${query}`)
          const v2 = yield* get(`/api/ssl/v2${query}`)
          expect(v2.text).toBe(v1.text)
          expect(v2.headers["x-total-count"]).toBe(v1.headers["x-total-count"])
        }
        const head = (query: string) =>
          Effect.map(send(`${mock.httpUrl}/api/ssl/v1${query}`, { ...passwordLogin(mock), method: "HEAD" }), (response) => {
            expect(response.text).toBe("")
            expect(response.headers["content-type"]).toBeUndefined()
            return response.headers["x-total-count"]
          })
        expect(yield* head("")).toBe("450")
        expect(yield* head("?status=Applied")).toBe("45")
        expect(yield* head("?orgId=1020&status=Issued")).toBe(String((yield* list("?orgId=1020&status=Issued")).total))
      }))
  })

  describe("GET /api/ssl/v1/customFields", () => {
    it.effect("lists the custom fields", () =>
      Effect.gen(function* () {
        expect(json(yield* get("/api/ssl/v1/customFields"))).toEqual([
          { id: 201, name: "Cost center", mandatory: false },
          { id: 202, name: "Change ticket", mandatory: false }
        ])
      }))
  })

  describe("GET /api/domain/v1", () => {
    it.effect("pages the domains with X-Total-Count and filters; HEAD counts; GET {id} sends DomainInfo, 404 -727 for an unknown one", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const domains = (query: string) =>
          Effect.map(get(`/api/domain/v1${query}`), (response) => {
            expect(response.status).toBe(200)
            return { total: Number(response.headers["x-total-count"]), items: json(response) as ReadonlyArray<{ id: number; name: string }> }
          })
        const all = yield* domains("")
        expect(all.total).toBe(36)
        expect(Object.keys(all.items[0] ?? {}).sort()).toEqual(["id", "name"])
        const page = yield* domains("?position=30&size=10")
        expect(page).toEqual({ total: 36, items: all.items.slice(30) })
        expect((yield* domains("?name=EXAMPLE.io")).items.map((domain) => domain.name)).toEqual(["example.io", "*.example.io", "www.example.io"])
        const europe = yield* domains("?orgId=1010")
        expect(europe.total).toBe(6)
        const requested = yield* domains("?status=requested")
        const approved = yield* domains("?status=approved")
        expect(requested.total + approved.total).toBe(36)
        expect(requested.total).toBeGreaterThan(0)
        const inactive = yield* domains("?state=inactive")
        expect(inactive.total).toBeGreaterThan(0)
        for (const bad of ["?size=201", "?state=gone", "?status=x", "?orgId=0"]) expect(yield* status(`/api/domain/v1${bad}`)).toBe(400)
        const head = yield* send(`${mock.httpUrl}/api/domain/v1?orgId=1010`, { ...passwordLogin(mock), method: "HEAD" })
        expect([head.status, head.headers["x-total-count"], head.text]).toEqual([200, "6", ""])
        const first = all.items[0]
        if (first === undefined) throw new Error("no domain")
        expect(json(yield* get(`/api/domain/v1/${first.id}`))).toMatchObject({ id: first.id, name: first.name, state: "ACTIVE", delegations: [{ orgId: 1001 }] })
        const missing = yield* get("/api/domain/v1/999999")
        expect([missing.status, json(missing)]).toEqual([404, { code: -727, description: "The domain '999999' does not exist." }])
      }))
  })

  describe("GET /api/organization/v1/{id}", () => {
    it.effect("sends an organization's or a department's details, 404 -1023 for an unknown one", () =>
      Effect.gen(function* () {
        expect(json(yield* get("/api/organization/v1/1001"))).toMatchObject({ id: 1001, name: "Example Corp", country: "US", certTypes: ["SSL", "SMIME", "CodeSign"] })
        expect(json(yield* get("/api/organization/v1/1011"))).toMatchObject({ id: 1011, name: "EU Infrastructure", parentId: 1010, parentName: "Example Corp Europe" })
        const missing = yield* get("/api/organization/v1/4242")
        expect([missing.status, json(missing)]).toMatchObject([404, { code: -1023 }])
        expect(yield* status("/api/organization/v1/x")).toBe(400)
      }))
  })

  describe("GET /api/organization/v1", () => {
    it.effect("lists organizations with their departments", () =>
      Effect.gen(function* () {
        const organizations = json(yield* get("/api/organization/v1")) as ReadonlyArray<{
          id: number
          name: string
          departments: ReadonlyArray<{ id: number; name: string; parentName: string }>
        }>
        expect(organizations.length).toBeGreaterThan(1)
        // The list sends OrganizationBasicResp: the details stay with GET {id}.
        for (const organization of organizations) expect(Object.keys(organization).sort()).toEqual(["departments", "id", "name"])
        for (const organization of organizations) {
          for (const department of organization.departments) expect(department.parentName).toBe(organization.name)
        }
      }))
  })

  describe("one implementation behind every scheme", () => {
    it.effect("answers the same bytes to Bearer, password and certificate logins", () =>
      Effect.gen(function* () {
        const mock = yield* server
        const token = (yield* fetchToken(mock)).access_token
        for (const path of ["/api/ssl/v1/types", "/api/ssl/v1?position=3&size=7", "/api/organization/v1"]) {
          const viaPassword = yield* send(`${mock.httpUrl}${path}`, passwordLogin(mock))
          const viaBearer = yield* send(`${mock.httpUrl}${path}`, bearer(token))
          const viaCertificate = yield* send(`${mock.httpsUrl}/private${path}`, {
            headers: { login: mock.credentials.certLogin, customerUri: mock.credentials.customerUri },
            tls: { ca: mock.pki.ca.certPem, client: mock.pki.client }
          })
          expect(viaPassword.status).toBe(200)
          expect(viaBearer.text).toBe(viaPassword.text)
          expect(viaCertificate.text).toBe(viaPassword.text)
          expect(viaCertificate.headers["x-total-count"]).toBe(viaPassword.headers["x-total-count"])
        }
      }))
  })

  describe("routing", () => {
    it.effect("authenticates first, then answers 404 for unknown paths and 405 for known paths with another method; a trailing slash is no other path", () =>
      Effect.gen(function* () {
        const mock = yield* server
        expect((yield* send(`${mock.httpUrl}/api/nothing/here`)).status).toBe(401)
        const missing = yield* get("/api/nothing/here")
        expect([missing.status, json(missing)]).toEqual([404, { code: -1, description: "No resource at GET /api/nothing/here" }])
        const post = yield* send(`${mock.httpUrl}/api/ssl/v1/types`, { ...passwordLogin(mock), method: "POST", body: "{}" })
        expect(post.status).toBe(405)
        expect(post.headers["allow"]).toBe("GET, HEAD")
        for (const path of ["/API/ssl/v1/types", "//api/ssl/v1/types", "/", "/private"]) {
          expect(yield* status(path)).toBe(404)
        }
        // A trailing slash is the same path, as SCM (Spring's trailing slash match) serves the
        // REST reference's `POST /api/admin/v1/` and `GET /api/customField/v2/?certType=SSL`.
        expect(yield* status("/api/ssl/v1/types/")).toBe(200)
      }))
  })
})

const first = (page: { readonly items: ReadonlyArray<SslIdentity> }): SslIdentity => {
  const item = page.items[0]
  if (item === undefined) throw new Error("empty page")
  return item
}
