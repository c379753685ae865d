import { describe, expect, it, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { X509Certificate } from "node:crypto"
import { ok, scmCall } from "./support/calls.js"
import { apiClient, certifiesKey, chainVerifies, failure, makeCsr, pemCertificates, pkcs7Certificates, schemes, type TestCsr } from "./support/ssl.js"

const server = MockScmServer.MockScmServer

/** Organization 1001 is offered S/MIME profile 1201 (365 or 730 days, RSA and EC keys). */
const enrollment = (csr: TestCsr, email: string, extra: Readonly<Record<string, unknown>> = {}) => ({
  orgId: 1001,
  firstName: "Ada",
  middleName: "",
  lastName: "Lovelace",
  email,
  phone: "12345678",
  secondaryEmails: [],
  csr: csr.pem,
  certType: 1201,
  term: 365,
  customFields: [],
  commonName: "Ada Lovelace",
  upn: null,
  eppn: null,
  comments: "S/MIME for Ada",
  ...extra
})

interface Ordered {
  readonly orderNumber: number
  readonly backendCertId: string
}

interface Listed {
  readonly id: number
  readonly state: string
  readonly serialNumber?: string
  readonly backendCertId: string
  readonly orderNumber: number
  readonly expires?: string
  readonly certificateDetails?: { readonly subject: string; readonly issuer: string }
}

interface ReportRow {
  readonly id?: number
  readonly email?: string
  readonly backendCertId?: string
  readonly person: { readonly email: string; readonly name?: string; readonly guid: string }
  readonly organization: { readonly id: string; readonly name?: string }
  readonly enrolled?: string
  readonly revoked?: string
  readonly expire?: string
  readonly enrollType?: string
}

const emailProtection = "1.3.6.1.5.5.7.3.4"
const clientAuth = "1.3.6.1.5.5.7.3.2"

let counter = 0
const uniqueEmail = (label: string) => `${label}.${++counter}.${Date.now()}@example.com`

/** A request with the password scheme, any method, to the layer's mock. */
const call = (method: string, path: string, body?: unknown) => Effect.flatMap(server, (mock) => scmCall(mock)(method, path, body))

const enroll = (version: "v1" | "v2", email: string, extra: Readonly<Record<string, unknown>> = {}) =>
  Effect.gen(function* () {
    const csr = yield* makeCsr("ignored by the CA")
    const ordered = ok<Ordered>(yield* call("POST", `/api/smime/${version}/enroll`, enrollment(csr, email, extra)))
    return { csr, ...ordered }
  })

/** The issued certificate of a `pemia` collect (certificate, then the issuing CA), checked against the mock's root. */
const collectChecked = (version: "v1" | "v2", backendCertId: string, csr: TestCsr | undefined, email: string) =>
  Effect.gen(function* () {
    const mock = yield* server
    const response = yield* call("GET", `/api/smime/${version}/collect/${backendCertId}?format=pemia`)
    expect(response.status, response.text).toBe(200)
    expect(response.headers["content-type"]).toBe("application/octet-stream")
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename=".+\.crt"$/)
    const [leaf, issuingCa, ...more] = pemCertificates(response.text)
    expect(more).toEqual([])
    if (leaf === undefined || issuingCa === undefined) throw new Error("no chain")
    expect(chainVerifies(leaf, issuingCa, new X509Certificate(mock.pki.ca.certPem))).toBe(true)
    expect(issuingCa.subject).toContain("S/MIME issuing CA")
    expect(issuingCa.fingerprint256).not.toBe(new X509Certificate(mock.sslIssuingCaPem).fingerprint256)
    expect(leaf.keyUsage).toEqual(expect.arrayContaining([emailProtection, clientAuth]))
    expect(leaf.subjectAltName).toContain(`email:${email}`)
    expect(leaf.subject).toContain(`emailAddress=${email}`)
    if (csr !== undefined) expect(yield* certifiesKey(leaf, csr)).toBe(true)
    return leaf
  })

layer(MockScmServer.layer())("MockScmServer S/MIME certificates", (it) => {
  describe.each(["v1", "v2"] as const)("on /smime/%s", (version) => {
    const base = `/api/smime/${version}`

    it.effect("enroll creates the person; collect gives an email-protection certificate for the CSR's key, chained to the root", () =>
      Effect.gen(function* () {
        const email = uniqueEmail(`ada-${version}`)
        const { backendCertId, csr, orderNumber } = yield* enroll(version, email)
        expect(String(orderNumber)).toBe(backendCertId)

        const { personId } = ok<{ readonly personId: number }>(yield* call("GET", `/api/person/${version}/id/byEmail/${encodeURIComponent(email)}`))
        expect(ok(yield* call("GET", `/api/person/v2/${personId}`))).toMatchObject({ email, firstName: "Ada", lastName: "Lovelace", organizationId: 1001 })

        const leaf = yield* collectChecked(version, backendCertId, csr, email)
        expect(leaf.subject).toContain("CN=Ada Lovelace")

        const mine = ok<ReadonlyArray<Listed>>(yield* call("GET", `${base}/byPersonId/${personId}`))
        expect(mine).toHaveLength(1)
        expect(mine[0]).toMatchObject({ state: "issued", backendCertId, serialNumber: leaf.serialNumber, certificateDetails: { subject: `CN=Ada Lovelace, E=${email}` } })
        expect(ok(yield* call("GET", `${base}/byPersonEmail/${encodeURIComponent(email)}`))).toEqual(mine)

        // A second enrollment for the same e-mail is the same person's.
        yield* enroll(version, email.toUpperCase())
        expect(ok<ReadonlyArray<Listed>>(yield* call("GET", `${base}/byPersonId/${personId}`))).toHaveLength(2)
      }), { timeout: 15_000 })

    it.effect("revoke by order number, by serial number and by e-mail; renew by order number and by serial number", () =>
      Effect.gen(function* () {
        const email = uniqueEmail(`revoke-${version}`)
        const first = yield* enroll(version, email)
        const second = yield* enroll(version, email)
        const third = yield* enroll(version, email)
        const serialOf = (backendCertId: string) =>
          Effect.map(call("GET", `/api/smime/v2?backendCertId=${backendCertId}`), (response) => ok<ReadonlyArray<Listed>>(response)[0]?.serialNumber ?? "")

        expect((yield* call("POST", `${base}/revoke/order/${first.backendCertId}`, { reasonCode: 4, reason: "superseded" })).status).toBe(204)
        expect(failure(yield* call("POST", `${base}/revoke/order/${first.backendCertId}`, { reason: "again" }))).toEqual({ status: 400, code: -159 })
        expect(failure(yield* call("GET", `${base}/collect/${first.backendCertId}`))).toEqual({ status: 400, code: -110 })

        const serial = yield* serialOf(second.backendCertId)
        expect(serial).toMatch(/^[0-9A-F]{32}$/)
        const colons = serial.replace(/(..)(?!$)/g, "$1:").toLowerCase()
        expect((yield* call("POST", `${base}/revoke/serial/${colons}`, { reasonCode: "1", reason: "key compromise" })).status).toBe(204)

        // Renewal: a new order from the same request and CSR.
        const renewed = ok<Ordered>(yield* call("POST", `${base}/renew/order/${first.backendCertId}`))
        expect(renewed.backendCertId).not.toBe(first.backendCertId)
        yield* collectChecked(version, renewed.backendCertId, first.csr, email)
        const renewedBySerial = ok<Ordered>(yield* call("POST", `${base}/renew/serial/${serial}`))
        yield* collectChecked(version, renewedBySerial.backendCertId, second.csr, email)

        // By e-mail: every issued certificate of the person, the third and both renewals.
        expect((yield* call("POST", `${base}/revoke`, { email, reasonCode: 3, reason: "left the company" })).status).toBe(204)
        const states = ok<ReadonlyArray<Listed>>(yield* call("GET", `/api/smime/v2?email=${encodeURIComponent(email)}`))
        expect(states.map((item) => item.state)).toEqual(["revoked", "revoked", "revoked", "revoked", "revoked"])
        expect(states.map((item) => item.backendCertId)).toContain(third.backendCertId)

        expect(failure(yield* call("POST", `${base}/revoke`, { email: uniqueEmail("nobody"), reason: "x" }))).toEqual({ status: 404, code: -105 })
        expect(failure(yield* call("POST", `${base}/revoke/order/999999999`, { reason: "x" }))).toEqual({ status: 400, code: -5101 })
        expect(failure(yield* call("POST", `${base}/revoke/serial/ABCDEF`, { reason: "x" }))).toEqual({ status: 400, code: -5101 })
        expect(failure(yield* call("POST", `${base}/renew/order/999999999`))).toEqual({ status: 400, code: -5101 })
        expect(failure(yield* call("POST", `${base}/revoke/order/${third.backendCertId}`, { reasonCode: 2 }))).toEqual({ status: 400, code: -1601 })
        expect(failure(yield* call("POST", `${base}/revoke/order/${third.backendCertId}`, '""'))).toEqual({ status: 400, code: -1002 })
      }), { timeout: 20_000 })

    it.effect("enroll refuses what SCM refuses, with its codes", () =>
      Effect.gen(function* () {
        const csr = yield* makeCsr("x")
        const email = uniqueEmail("refused")
        const refusedWith = (extra: Readonly<Record<string, unknown>>) => Effect.map(call("POST", `${base}/enroll`, enrollment(csr, email, extra)), failure)
        expect(yield* refusedWith({ orgId: undefined })).toEqual({ status: 400, code: -7 })
        expect(yield* refusedWith({ orgId: 4242 })).toEqual({ status: 400, code: -1023 })
        expect(yield* refusedWith({ csr: "" })).toEqual({ status: 400, code: -7 })
        expect(yield* refusedWith({ csr: "bm90IGEgQ1NS" })).toEqual({ status: 400, code: -10 })
        expect(yield* refusedWith({ csr: "***" })).toEqual({ status: 400, code: -9 })
        expect(yield* refusedWith({ certType: 1101 })).toEqual({ status: 400, code: -172 })
        expect(yield* refusedWith({ certType: 1203 })).toEqual({ status: 400, code: -172 })
        expect(yield* refusedWith({ term: 100 })).toEqual({ status: 400, code: -36 })
        expect(yield* refusedWith({ email: "ada" })).toEqual({ status: 400, code: -1601 })
        expect(yield* refusedWith({ email: undefined })).toEqual({ status: 400, code: -7 })
        expect(yield* refusedWith({ firstName: "" })).toEqual({ status: 400, code: -7 })
        expect(yield* refusedWith({ customFields: [{ name: "Shoe size", value: "44" }] })).toEqual({ status: 400, code: -135 })
        expect(failure(yield* call("POST", `${base}/enroll`, '""'))).toEqual({ status: 400, code: -1002 })
        const rsa = yield* makeCsr("x", { key: "EC P-521" })
        expect(yield* refusedWith({ csr: rsa.pem })).toEqual({ status: 400, code: -13 })
        // Nothing refused created a person.
        expect(failure(yield* call("GET", `/api/person/v2/id/byEmail/${encodeURIComponent(email)}`))).toEqual({ status: 404, code: -105 })
      }), { timeout: 15_000 })

    it.effect("profiles by organization and custom fields", () =>
      Effect.gen(function* () {
        const all = ok<ReadonlyArray<{ readonly id: number; readonly terms: ReadonlyArray<number> }>>(yield* call("GET", `${base}/types`))
        expect(all.map((profile) => profile.id)).toEqual([1201, 1202, 1203])
        expect(all.some((profile) => "organizationIds" in profile)).toBe(false)
        const eu = ok<ReadonlyArray<{ readonly id: number }>>(yield* call("GET", `${base}/types?organizationId=1011`))
        expect(eu.map((profile) => profile.id)).toEqual([1201, 1202, 1203])
        const us = ok<ReadonlyArray<{ readonly id: number }>>(yield* call("GET", `${base}/types?organizationId=1001`))
        expect(us.map((profile) => profile.id)).toEqual([1201, 1202])
        expect(ok(yield* call("GET", `${base}/customFields`))).toEqual([{ id: 301, name: "Employee number", mandatory: false }])
      }), { timeout: 10_000 })
  })

  it.effect("the seeded certificates list with filters, paging and HEAD counts", () =>
    Effect.gen(function* () {
      yield* (yield* server).reset
      const page = yield* call("GET", "/api/smime/v2?size=50&position=100")
      expect(ok<ReadonlyArray<Listed>>(page)).toHaveLength(20)
      expect(page.headers["x-total-count"]).toBe("120")
      const revoked = yield* call("GET", "/api/smime/v2?state=revoked")
      expect(ok<ReadonlyArray<Listed>>(revoked).every((item) => item.state === "revoked")).toBe(true)
      expect(revoked.headers["x-total-count"]).toBe("15")
      expect((yield* call("HEAD", "/api/smime/v2?state=expired")).headers["x-total-count"]).toBe("15")
      expect((yield* call("HEAD", "/api/smime/v2?personId=501")).headers["x-total-count"]).toBe("1")
      expect((yield* call("HEAD", "/api/smime/v2?email=ALICE.ADAMS%40example.com")).headers["x-total-count"]).toBe("1")
      // Every fourth seeded certificate's key is kept by SCM.
      expect((yield* call("HEAD", "/api/smime/v2?keyVault=true")).headers["x-total-count"]).toBe("30")
      expect((yield* call("HEAD", "/api/smime/v2?keyVault=false")).headers["x-total-count"]).toBe("90")
      expect((yield* call("HEAD", "/api/smime/v2?extendedKeyUsage=emailProtection&certTypeId=1201")).headers["x-total-count"]).toBe("40")
      expect(failure(yield* call("GET", "/api/smime/v2?state=lost"))).toEqual({ status: 400, code: -1 })

      // A seeded certificate has no CSR: the CA signs a key of its own, for the person's e-mail.
      const [seeded] = ok<ReadonlyArray<Listed>>(yield* call("GET", "/api/smime/v2?personId=501"))
      yield* collectChecked("v2", seeded?.backendCertId ?? "", undefined, "alice.adams@example.com")
      const details = ok<Record<string, unknown>>(yield* call("GET", `/api/smime/v1/${seeded?.id}`))
      expect(details).toMatchObject({ id: seeded?.id, status: "issued", backendCertId: seeded?.backendCertId, certType: { id: 1201 }, subjectAlternativeNames: ["alice.adams@example.com"] })
      expect(details["certificateDetails"]).toMatchObject({ subject: expect.stringContaining("alice.adams@example.com") })
      expect(failure(yield* call("GET", "/api/smime/v1/424242"))).toEqual({ status: 404, code: -5101 })
    }), { timeout: 15_000 })

  it.effect("the client certificate report holds the store's certificates and dates, and the persons without one", () =>
    Effect.gen(function* () {
      yield* (yield* server).reset
      const email = uniqueEmail("report")
      const { backendCertId } = yield* enroll("v2", email)
      yield* call("GET", `/api/smime/v2/collect/${backendCertId}`)
      expect((yield* call("POST", "/api/smime/v2/revoke", { email, reason: "report" })).status).toBe(204)

      const report = (body: unknown) =>
        Effect.map(call("POST", "/api/report/v1/client-certificates?output_type=buffered", body), (response) => {
          expect(response.headers["content-disposition"]).toBe(`attachment; filename="rest_api_client-certificates.json"`)
          return ok<{ readonly statusCode: number; readonly reports: ReadonlyArray<ReportRow> }>(response)
        })
      const revoked = yield* report({ certificateStatus: 3, certificateDateAttribute: 2 })
      expect(revoked.statusCode).toBe(0)
      const row = revoked.reports.find((candidate) => candidate.backendCertId === backendCertId)
      expect(row).toMatchObject({ email, person: { email, name: "Ada Lovelace" }, organization: { id: "1001", name: "Example Corp" }, enrollType: "API Enroll" })
      expect(row?.person.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
      expect(revoked.reports).toHaveLength(16)

      // The window is on the chosen date: the revocation was just now, the seeded ones days ago.
      const revokedAt = Date.parse(row?.revoked ?? "")
      const recent = yield* report({ certificateStatus: "3", certificateDateAttribute: "2", from: new Date(revokedAt - 1000).toISOString(), to: new Date(revokedAt + 1000).toISOString() })
      expect(recent.reports.map((candidate) => candidate.backendCertId)).toEqual([backendCertId])

      const lab = yield* report({ organizationIds: [1020], certificateStatus: "6" })
      expect(lab.reports.length).toBe(20)
      expect(lab.reports.every((candidate) => candidate.organization.id === "1020" && candidate.backendCertId === undefined)).toBe(true)
      expect(failure(yield* call("POST", "/api/report/v1/client-certificates", { certificateStatus: 1 }))).toEqual({ status: 400, code: -1601 })
      expect(failure(yield* call("POST", "/api/report/v1/client-certificates", { from: "2026-02-01", to: "2026-01-01" }))).toEqual({ status: 400, code: -1601 })
    }), { timeout: 15_000 })

  it.effect.each(schemes)("with %s, enroll and collect reach the same store", (scheme) =>
    Effect.gen(function* () {
      const api = yield* apiClient(yield* server, scheme)
      const email = uniqueEmail(scheme)
      const csr = yield* makeCsr("x")
      const { backendCertId } = ok<Ordered>(yield* api.post("/api/smime/v2/enroll", enrollment(csr, email)))
      const response = yield* api.get(`/api/smime/v2/collect/${backendCertId}?format=bin`)
      expect(response.status, response.text).toBe(200)
      const [leaf] = pkcs7Certificates(new Uint8Array(response.bytes))
      expect(leaf?.subjectAltName).toBe(`email:${email}`)
    }), { timeout: 15_000 })
})

describe("MockScmServer S/MIME issuance on the server's clock", () => {
  it.effect("collect answers -183 until the issuance delay has passed on the clock; revoke before issuance is -102", () =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.make({ issuanceDelaySeconds: 60 })
      const email = uniqueEmail("clock")
      const { backendCertId, csr } = yield* enroll("v2", email).pipe(Effect.provideService(server, mock))
      const inMock = <A, E>(effect: Effect.Effect<A, E, MockScmServer.MockScmServer>) => Effect.provideService(effect, server, mock)
      expect(failure(yield* inMock(call("GET", `/api/smime/v2/collect/${backendCertId}`)))).toEqual({ status: 400, code: -183 })
      expect(failure(yield* inMock(call("POST", `/api/smime/v2/revoke/order/${backendCertId}`, { reason: "x" })))).toEqual({ status: 400, code: -102 })
      expect(failure(yield* inMock(call("POST", `/api/smime/v2/renew/order/${backendCertId}`)))).toEqual({ status: 400, code: -105 })
      const [pending] = ok<ReadonlyArray<Listed>>(yield* inMock(call("GET", `/api/smime/v2?backendCertId=${backendCertId}`)))
      expect(pending).toMatchObject({ state: "requested" })
      expect(pending?.serialNumber).toBeUndefined()

      yield* TestClock.adjust("59 seconds")
      expect(failure(yield* inMock(call("GET", `/api/smime/v2/collect/${backendCertId}`)))).toEqual({ status: 400, code: -183 })
      yield* TestClock.adjust("1 second")
      yield* inMock(collectChecked("v2", backendCertId, csr, email))
      const [issued] = ok<ReadonlyArray<Listed>>(yield* inMock(call("GET", `/api/smime/v2?backendCertId=${backendCertId}`)))
      // The list writes the day the certificate expires.
      expect(issued).toMatchObject({ state: "issued", expires: new Date(60_000 + 365 * 86_400_000).toISOString().slice(0, 10) })

      // A year on the certificate has expired: the list says so, and the report finds it by its expiry.
      yield* TestClock.adjust("365 days")
      const [expired] = ok<ReadonlyArray<Listed>>(yield* inMock(call("GET", `/api/smime/v2?backendCertId=${backendCertId}`)))
      expect(expired?.state).toBe("expired")
      const report = ok<{ readonly reports: ReadonlyArray<ReportRow> }>(
        yield* inMock(call("POST", "/api/report/v1/client-certificates", { certificateStatus: "4", certificateDateAttribute: "3", from: "1971-01-01", to: "1971-01-01" }))
      )
      expect(report.reports.map((row) => row.backendCertId)).toEqual([backendCertId])
    }), { timeout: 15_000 })

  it.effect("a seed of persons and certificates replaces the default data", () =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.make({
        seed: {
          persons: [{ id: 42, email: "grace@example.org", firstName: "Grace", lastName: "Hopper", organizationId: 1020 }],
          smime: { certificates: [{ id: 9, personId: 42, state: "revoked", backendCertId: "555", certTypeId: 1201 }] }
        }
      })
      const inMock = <A, E>(effect: Effect.Effect<A, E, MockScmServer.MockScmServer>) => Effect.provideService(effect, server, mock)
      const persons = yield* inMock(call("GET", "/api/person/v1"))
      expect(ok<ReadonlyArray<{ readonly id: number; readonly commonName: string }>>(persons).map((person) => [person.id, person.commonName])).toEqual([[42, "Grace Hopper"]])
      const certificates = ok<ReadonlyArray<Listed>>(yield* inMock(call("GET", "/api/smime/v1/byPersonEmail/grace%40example.org")))
      expect(certificates).toMatchObject([{ id: 9, backendCertId: "555", orderNumber: 555, state: "revoked" }])
      // New ones never take a seeded id or order number.
      const { backendCertId } = yield* inMock(enroll("v2", "grace@example.org"))
      expect(backendCertId).not.toBe("555")
      expect(ok<ReadonlyArray<Listed>>(yield* inMock(call("GET", "/api/smime/v2/byPersonId/42"))).map((item) => item.state)).toEqual(["revoked", "issued"])
    }), { timeout: 15_000 })

  it.effect("pendingCollect beingProcessed answers -1400", () =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.make({ issuanceDelaySeconds: 60, pendingCollect: "beingProcessed" })
      const inMock = <A, E>(effect: Effect.Effect<A, E, MockScmServer.MockScmServer>) => Effect.provideService(effect, server, mock)
      const { backendCertId } = yield* inMock(enroll("v1", uniqueEmail("processing")))
      expect(failure(yield* inMock(call("GET", `/api/smime/v1/collect/${backendCertId}`)))).toEqual({ status: 400, code: -1400 })
    }), { timeout: 15_000 })
})
