/**
 * What the admin API shows of the mock's state (`/__admin/state/{area}`, the chains, the clock),
 * as the dashboard reads it: rows paged and searched, newest first, at the Clock's time, and no
 * secret in any of them; and one queued fault removed by its place.
 */
import { describe, expect, it, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { X509Certificate } from "node:crypto"
import { scmCall } from "./support/calls.js"
import { adminRequest } from "./support/mock.js"
import { json, type RawResponse, send } from "./support/raw.js"
import { makeCsr } from "./support/ssl.js"

const server = MockScmServer.MockScmServer

const admin = (mock: MockScmServer.Service, path: string, method = "GET") => send(`${mock.httpUrl}${path}`, adminRequest({ method }))

interface Page<A> {
  readonly total: number
  readonly rows: ReadonlyArray<A>
}

const page = <A = Record<string, unknown>>(response: RawResponse): Page<A> => {
  expect(response.status, response.text).toBe(200)
  return { total: Number(response.headers["x-total-count"]), rows: json(response) as ReadonlyArray<A> }
}

interface Certificate {
  readonly id: number
  readonly subject: string
  readonly status: string
  readonly downloadable: boolean
  readonly orderNumber?: string
}

const pemCertificates = (pem: string): ReadonlyArray<X509Certificate> =>
  (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map((block) => new X509Certificate(block))

layer(MockScmServer.layer())("MockScmServer state for the test controls", (it) => {
  it.effect("pages and searches every area, newest first unless asked otherwise", () =>
    Effect.gen(function*() {
      const mock = yield* server
      yield* mock.reset
      const ssl = page<Certificate>(yield* admin(mock, "/__admin/state/ssl?size=5"))
      expect(ssl.total).toBe(450)
      expect(ssl.rows.map((row) => row.id)).toEqual([20450, 20449, 20448, 20447, 20446])
      const ascending = page<Certificate>(yield* admin(mock, "/__admin/state/ssl?size=2&position=1&order=asc"))
      expect(ascending.rows.map((row) => row.id)).toEqual([20002, 20003])
      const applied = page<Certificate>(yield* admin(mock, "/__admin/state/ssl?q=applied&size=200"))
      expect(applied.total).toBe(45)
      expect(applied.rows.every((row) => row.status === "Applied")).toBe(true)
      const oneName = ssl.rows[0]?.subject ?? ""
      const byName = page<Certificate>(yield* admin(mock, `/__admin/state/ssl?q=${encodeURIComponent(`${oneName.toUpperCase()} ${ssl.rows[0]?.status}`)}`))
      expect(byName.rows.map((row) => row.id)).toContain(20450)
      for (const area of ["smime", "domains", "acme", "persons", "admins"]) {
        const rows = page<{ readonly id: number }>(yield* admin(mock, `/__admin/state/${area}`))
        expect([area, rows.total > 0, rows.rows.length === Math.min(rows.total, 200)]).toEqual([area, true, true])
      }
      const domains = page<Record<string, unknown>>(yield* admin(mock, "/__admin/state/domains?size=1"))
      expect(domains.rows[0]).toEqual(expect.objectContaining({ name: expect.any(String), dcvStatus: expect.any(String), orderStatus: expect.any(String) }))
      expect((yield* admin(mock, "/__admin/state/nothing")).status).toBe(404)
      expect((yield* admin(mock, "/__admin/state/ssl?size=500")).status).toBe(400)
      expect((yield* admin(mock, "/__admin/state/ssl?order=up")).status).toBe(400)
    }))

  it.effect("never shows an ACME account's EAB keys or an admin's password", () =>
    Effect.gen(function*() {
      const mock = yield* server
      yield* mock.reset
      const call = scmCall(mock)
      const accounts = json(yield* call("GET", "/api/acme/v2/account?organizationId=1001")) as ReadonlyArray<{ readonly macKey: string; readonly macId: string }>
      expect(accounts.length).toBeGreaterThan(0)
      const created = yield* call("POST", "/api/admin/v1", {
        login: "state_admin",
        email: "state@example.com",
        forename: "State",
        surname: "Admin",
        password: "Hidden-password-7",
        credentials: [{ role: "RAO_SSL", orgId: 1001 }]
      })
      expect(created.status, created.text).toBe(201)
      const acme = yield* admin(mock, "/__admin/state/acme?size=200")
      const admins = yield* admin(mock, "/__admin/state/admins?q=state_admin")
      expect(page<{ readonly roles: ReadonlyArray<string> }>(admins).rows).toEqual([expect.objectContaining({ login: "state_admin", roles: ["RAO_SSL @ 1001"] })])
      for (const account of accounts) {
        expect(acme.text).not.toContain(account.macKey)
        expect(acme.text).not.toContain(account.macId)
      }
      expect(acme.text).not.toMatch(/mac/i)
      expect(admins.text).not.toContain("Hidden-password-7")
      expect(admins.text).not.toMatch(/password/i)
    }))

  it.effect("downloads the PEM chain of an issued SSL or S/MIME certificate, certificate first, and 404 for any other", () =>
    Effect.gen(function*() {
      const mock = yield* server
      yield* mock.reset
      const [issued] = page<Certificate>(yield* admin(mock, "/__admin/state/ssl?q=issued&size=1")).rows
      expect(issued?.downloadable).toBe(true)
      const file = yield* admin(mock, `/__admin/ssl/${issued?.id}/chain`)
      expect(file.status).toBe(200)
      expect(file.headers["content-type"]).toBe("application/x-pem-file")
      expect(file.headers["content-disposition"]).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.pem"$/)
      const [leaf, intermediate, root] = pemCertificates(file.text)
      expect(leaf?.subject).toContain(issued?.subject)
      expect(leaf?.verify(intermediate!.publicKey)).toBe(true)
      expect(root?.subject).toBe(new X509Certificate(mock.pki.ca.certPem).subject)
      const [pending] = page<Certificate>(yield* admin(mock, "/__admin/state/ssl?q=applied&size=1")).rows
      expect(pending?.downloadable).toBe(false)
      expect((yield* admin(mock, `/__admin/ssl/${pending?.id}/chain`)).status).toBe(404)
      expect((yield* admin(mock, "/__admin/ssl/1/chain")).status).toBe(404)
      expect((yield* admin(mock, "/__admin/ssl/x/chain")).status).toBe(400)
      const [smime] = page<Certificate>(yield* admin(mock, "/__admin/state/smime?q=issued&size=1")).rows
      expect(smime?.orderNumber).toMatch(/^\d+$/)
      const smimeFile = yield* admin(mock, `/__admin/smime/${smime?.id}/chain`)
      expect(smimeFile.status).toBe(200)
      expect(pemCertificates(smimeFile.text)[0]?.subjectAltName).toContain(smime?.subject)
    }))

  it.effect("removes one queued fault by its place in the queue", () =>
    Effect.gen(function*() {
      const mock = yield* server
      yield* mock.reset
      for (const status of [500, 502, 503]) yield* mock.addFault({ path: "/api/ssl/v1/types", status })
      expect((yield* admin(mock, "/__admin/faults/1", "DELETE")).status).toBe(204)
      expect((yield* mock.pendingFaults).map((fault) => fault.status)).toEqual([500, 503])
      expect((yield* admin(mock, "/__admin/faults/2", "DELETE")).status).toBe(404)
      expect((yield* admin(mock, "/__admin/faults/-1", "DELETE")).status).toBe(400)
      expect((yield* mock.pendingFaults)).toHaveLength(2)
    }))
})

describe("MockScmServer state on the Clock", () => {
  it.effect("shows the Clock's time, and an enrolled certificate Applied until its issuance is due", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.make({ issuanceDelaySeconds: 60 })
      expect(json(yield* admin(mock, "/__admin/clock"))).toEqual({ now: "1970-01-01T00:00:00.000Z" })
      const csr = yield* makeCsr("state-clock.example.com")
      const enrolled = yield* scmCall(mock)("POST", "/api/ssl/v1/enroll", { orgId: 1001, certType: 1101, term: 200, csr: csr.pem })
      const { sslId } = json(enrolled) as { readonly sslId: number }
      const statusOf = Effect.map(admin(mock, "/__admin/state/ssl?q=state-clock"), (response) => page<Certificate>(response).rows.map((row) => [row.id, row.status]))
      expect(yield* statusOf).toEqual([[sslId, "Applied"]])
      yield* TestClock.adjust("1 minute")
      expect(json(yield* admin(mock, "/__admin/clock"))).toEqual({ now: "1970-01-01T00:01:00.000Z" })
      expect(yield* statusOf).toEqual([[sslId, "Issued"]])
    }))
})
