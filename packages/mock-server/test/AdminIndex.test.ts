/**
 * The mock explains itself: `GET /__admin` lists the admin API (and every entry is served),
 * `GET /__admin/seed` shows what an enroll may name (an enroll built from it alone succeeds), and
 * a PUT or DELETE without a body needs no content type while POST keeps the JSON rule.
 */
import { expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Redacted } from "effect"
import { usage } from "../src/internal/cli/cli.js"
import { json, send } from "./support/raw.js"
import { makeCsr } from "./support/ssl.js"

interface Index {
  readonly endpoints: ReadonlyArray<{ readonly method: string; readonly path: string; readonly does: string; readonly example?: unknown }>
  readonly rules: ReadonlyArray<string>
}

interface Summary {
  readonly organizations: ReadonlyArray<{ readonly id: number; readonly name: string; readonly departments: ReadonlyArray<{ readonly id: number }> }>
  readonly sslProfiles: ReadonlyArray<{ readonly id: number; readonly name: string; readonly terms: ReadonlyArray<number> | null; readonly organizationIds?: ReadonlyArray<number> }>
  readonly smimeProfiles: ReadonlyArray<{ readonly id: number; readonly terms: ReadonlyArray<number> | null }>
}

layer(MockScmServer.layer(), { timeout: 20_000 })("the admin API explains itself", (it) => {
  it.effect("GET /__admin lists each endpoint with its method, what it does and an example body; each is served", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const answer = yield* send(`${mock.httpUrl}/__admin`)
      expect(answer.status).toBe(200)
      const index = json(answer) as Index
      const listed = index.endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`)
      for (
        const expected of [
          "GET /__admin",
          "GET /__admin/seed",
          "POST /__admin/faults",
          "GET /__admin/faults",
          "DELETE /__admin/faults",
          "GET /__admin/requests",
          "DELETE /__admin/requests",
          "POST /__admin/tokens/revoke",
          "POST /__admin/reset",
          "GET /__admin/settings",
          "PUT /__admin/settings",
          "POST /__admin/ssl/{sslId}/issue",
          "GET /__admin/ssl/settings",
          "PUT /__admin/ssl/settings"
        ]
      ) expect(listed).toContain(expected)
      expect(index.endpoints.every((endpoint) => endpoint.does.length > 10)).toBe(true)
      expect(index.rules.join(" ")).toContain("application/json")
      // Every GET it lists answers (those with a path parameter are each tested where they are
      // built), and the example bodies are taken as they are.
      for (const endpoint of index.endpoints.filter((endpoint) => endpoint.method === "GET" && !endpoint.path.includes("{"))) {
        expect((yield* send(`${mock.httpUrl}${endpoint.path}`)).status, endpoint.path).toBe(200)
      }
      for (const endpoint of index.endpoints.filter((endpoint) => endpoint.example !== undefined)) {
        const answer = yield* send(`${mock.httpUrl}${endpoint.path}`, {
          method: endpoint.method,
          headers: { "content-type": "application/json" },
          body: JSON.stringify(endpoint.example)
        })
        expect(answer.status, `${endpoint.method} ${endpoint.path}`).toBeLessThan(300)
      }
      yield* mock.reset
    }))

  it.effect("a PUT or DELETE without a body needs no content type; POST, and a body, keep the JSON rule", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.addFault({ path: "/api/ssl/v1/types", status: 503 })
      // curl -X DELETE .../__admin/faults
      expect((yield* send(`${mock.httpUrl}/__admin/faults`, { method: "DELETE" })).status).toBe(204)
      expect(yield* mock.pendingFaults).toEqual([])
      expect((yield* send(`${mock.httpUrl}/__admin/requests`, { method: "DELETE" })).status).toBe(204)
      // A PUT with no body passes the guard; the route then asks for the JSON body it reads.
      const put = yield* send(`${mock.httpUrl}/__admin/settings`, { method: "PUT", headers: { "content-length": "0" } })
      expect([put.status, json(put)]).toEqual([415, { code: -1, description: "Content-Type must be application/json" }])
      // What a cross-site form can send is still refused.
      expect((yield* send(`${mock.httpUrl}/__admin/reset`, { method: "POST" })).status).toBe(415)
      expect(
        (yield* send(`${mock.httpUrl}/__admin/faults`, { method: "DELETE", headers: { "content-type": "text/plain" }, body: "x" })).status
      ).toBe(415)
      expect(
        (yield* send(`${mock.httpUrl}/__admin/settings`, { method: "PUT", headers: { "content-type": "text/plain" }, body: "{\"tokenTtl\":60}" }))
          .status
      ).toBe(415)
      // And a foreign Origin, whatever the method.
      expect((yield* send(`${mock.httpUrl}/__admin/faults`, { method: "DELETE", headers: { origin: "https://evil.example" } })).status)
        .toBe(403)
    }))

  it.effect("GET /__admin/seed names what an enroll may use: an enroll built from it alone is accepted", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      const summary = json(yield* send(`${mock.httpUrl}/__admin/seed`)) as Summary
      expect(summary.organizations.map((organization) => organization.id)).toContain(1001)
      expect(summary.organizations.find((organization) => organization.id === 1001)?.departments.map((department) => department.id))
        .toEqual([1002, 1003])
      expect(summary.sslProfiles.find((profile) => profile.id === 1101)).toMatchObject({ name: "Sectigo OV SSL", terms: [200] })
      expect(summary.smimeProfiles.length).toBeGreaterThan(0)

      const organization = summary.organizations[0]!
      const profile = summary.sslProfiles.find((profile) =>
        profile.organizationIds === undefined || profile.organizationIds.includes(organization.id)
      )!
      const csr = yield* makeCsr("www.example.com", { altNames: ["www.example.com"] })
      const enroll = yield* send(`${mock.httpUrl}/api/ssl/v1/enroll`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          login: mock.credentials.login,
          password: Redacted.value(mock.credentials.password),
          customerUri: mock.credentials.customerUri
        },
        body: JSON.stringify({ orgId: organization.id, csr: csr.pem, certType: profile.id, term: profile.terms![0] })
      })
      expect(enroll.status, enroll.text).toBe(200)
      expect(json(enroll)).toMatchObject({ sslId: expect.any(Number) })
    }))

  it.effect("--help lists the admin API", () =>
    Effect.sync(() => {
      for (const line of ["GET    /__admin ", "GET    /__admin/seed", "DELETE /__admin/faults", "POST   /__admin/reset", "PUT    /__admin/settings"]) {
        expect(usage).toContain(line)
      }
    }))
})
