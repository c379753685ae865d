/**
 * The reports against the mock server, over real sockets, with each strategy: typed rows of the
 * SSL, device, domain and activity reports from the mock's state, the client-certificate report's
 * request, SCM's "did not run" as `ReportError`. Then `SslCertificates.expiring` under a TestClock
 * shared by client and server: the seeded certificates that expire within 30 days, in ONE request
 * (the journal shows it), by organization, and a window that moves as the clock does. And the
 * domain report following the domains' state: a domain validated by DNS is "Validated" there.
 */
import { describe, expect, it, layer } from "@effect/vitest"
import { DomainValidation, Organizations, Reports, SslCertificates } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import { DateTime, Duration, Effect } from "effect"
import { TestClock } from "effect/testing"
import * as Mock from "./fixtures/Mock.js"
import { onMock } from "./fixtures/OnMock.js"
import * as Resources from "./fixtures/Resources.js"

/** The seeded certificates that expire within 30 days of the server's start, soonest first. */
const expiringAtStart = [20324, 20173, 20172, 20192, 20126, 20171, 20346]

const reportRequests = (entries: ReadonlyArray<MockScmServer.JournalEntry>) => entries.filter((entry) => entry.path.includes("/api/report/v1/"))

layer(MockScmServer.layer(Mock.mockOptions))("Reports against the mock server", (it) => {
  describe.each(Resources.strategies)("with %s", (_name, strategy) => {
    it.effect("the SSL report: typed rows, filtered by organization and status", () =>
      Effect.gen(function*() {
        const lab = Organizations.OrganizationId.make(1020)
        const rows = yield* Reports.sslCertificates({ organizationIds: [lab], status: "revoked" })
        expect(rows.length).toBeGreaterThan(0)
        for (const row of rows) {
          expect(row).toMatchObject({ orgId: lab, status: "Revoked", organizationName: "Example Research Lab", requestedVia: "Enrollment Form" })
          expect(DateTime.isDateTime(row.revoked)).toBe(true)
          expect(typeof row.serialNumber).toBe("string")
        }
        const named = yield* Reports.sslCertificates({ commonName: "portal*.example.net" })
        expect(named.map((row) => row.commonName)).toEqual(expect.arrayContaining(["portal.example.net"]))
      }).pipe(Effect.provide(strategy())))

    it.effect("devices, domains and the activity log", () =>
      Effect.gen(function*() {
        const devices = yield* Reports.deviceCertificates({ status: "issued" })
        expect(devices.length).toBeGreaterThan(0)
        for (const device of devices) {
          expect(device.deviceCertStatus).toBe("Issued")
          expect(DateTime.isDateTime(device.expire)).toBe(true)
        }
        // Each name is sent as SCM's code: "approved" is 8, "expiration" 3.
        const approved = yield* Reports.deviceCertificates({ status: "approved" })
        expect(approved.map((device) => [device.commonName, device.deviceCertStatus])).toEqual([["kiosk-lobby.devices.example.com", "Approved"]])
        const now = yield* DateTime.now
        const soon = yield* Reports.deviceCertificates({
          status: "issued",
          dateAttribute: "expiration",
          from: now,
          to: DateTime.addDuration(now, Duration.days(30))
        })
        expect(soon.map((device) => device.commonName)).toEqual(["badge-reader-01.devices.example.com"])
        const domains = yield* Reports.domains()
        expect(domains).toHaveLength(36)
        expect(domains.find((domain) => domain.name === "example.com")).toMatchObject({ status: "Active", dcvStatus: expect.any(String) })
        const log = yield* Reports.activity({ to: now })
        expect(log.length).toBeGreaterThan(450)
        expect(log[0]).toMatchObject({ action: { actionName: expect.stringContaining("SSL") }, ssl: { commonName: expect.any(String) } })
      }).pipe(Effect.provide(strategy())))
  })

  it.effect("the client-certificate report sends the spec's request and reads its rows", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.clearJournal
      const rows = yield* Reports.clientCertificates({ status: "enrolled", dateAttribute: "expiration", from: new Date(0) })
      expect(Array.isArray(rows)).toBe(true)
      expect(reportRequests(yield* mock.journal)).toMatchObject([{ method: "POST", path: "/api/report/v1/client-certificates", status: 200 }])
    }).pipe(Effect.provide(Mock.password())))

  it.effect("a report SCM says did not run is a ReportError with its status code and message", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.addFault({
        method: "POST",
        path: "/api/report/v1/activity",
        status: 200,
        body: { statusCode: -1, message: "Report generation failed" }
      })
      const error = yield* Effect.flip(Reports.activity())
      expect(error).toMatchObject({ _tag: "ReportError", report: "activity", statusCode: -1, description: "Report generation failed" })
      expect(error.message).toContain("activity report")
    }).pipe(Effect.provide(Mock.oauth2())))
})

describe("SslCertificates.expiring against the mock server, under a TestClock it shares", () => {
  describe.each(Resources.strategies)("with %s", (_name, strategy) => {
    it.effect("the certificates expiring within 30 days, soonest first, in one request", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.clearJournal
        const expiring = yield* SslCertificates.expiring({ within: "30 days" })
        expect(expiring.map((certificate) => certificate.id)).toEqual(expiringAtStart)
        const now = yield* DateTime.now
        for (const certificate of expiring) {
          expect(certificate.status).toBe("Issued")
          expect(DateTime.isGreaterThan(certificate.expires, now)).toBe(true)
          expect(Duration.toMillis(DateTime.distance(now, certificate.expires))).toBeLessThanOrEqual(30 * 24 * 60 * 60 * 1000)
        }
        // One report request; no listing, no details call per certificate.
        const journal = (yield* Mock.apiEntries).filter((entry) => entry.method !== "HEAD")
        expect(journal.map((entry) => `${entry.method} ${entry.path.replace("/private", "")}`)).toEqual([
          "POST /api/report/v1/ssl-certificates"
        ])
      }).pipe(onMock(strategy)))
  })

  it.effect("by organization, and a window that moves with the clock", () =>
    Effect.gen(function*() {
      const lab = Organizations.OrganizationId.make(1020)
      const labs = yield* SslCertificates.expiring({ within: "30 days", organizationId: lab })
      expect(labs.map((certificate) => certificate.id)).toEqual([20324, 20192, 20126])
      for (const certificate of labs) expect(certificate.orgId).toBe(lab)

      expect(yield* SslCertificates.expiring({ within: "1 day" })).toEqual([])
      yield* TestClock.adjust("26 days")
      // 20324 expired (26 days and an hour after the start) within the next day; the others later.
      const nextDay = yield* SslCertificates.expiring({ within: "1 day" })
      expect(nextDay.map((certificate) => certificate.id)).toEqual([20324])
      const thirty = yield* SslCertificates.expiring({ within: "30 days" })
      expect(thirty.map((certificate) => certificate.id)).toEqual(expect.arrayContaining(expiringAtStart))
      expect(thirty.length).toBeGreaterThan(expiringAtStart.length)
    }).pipe(onMock(() => Mock.password())))
})

/** The TXT records the mock's DCV check reads. */
const records = new Map<string, ReadonlyArray<string>>()

describe("Reports.domains follows the domains' state", () => {
  it.effect("a domain validated by a DNS TXT record reports as Validated", () =>
    Effect.gen(function*() {
      const before = yield* Reports.domains()
      const domain = before.find((row) => row.status === "Active" && row.dcvStatus === "Not Initiated" && !row.name?.startsWith("*"))?.name
      if (domain === undefined) return yield* Effect.die(new Error("the seed has no domain waiting for validation"))
      const record = yield* DomainValidation.start(domain, "TXT")
      records.set(record.host.replace(/\.$/, ""), [record.point])
      expect(yield* DomainValidation.submit(domain, "TXT")).toMatchObject({ status: "VALIDATED" })
      const after = yield* Reports.domains()
      expect(after.find((row) => row.name === domain)).toMatchObject({ dcvStatus: "Validated", stickyUntil: expect.anything() })
      expect(after).toHaveLength(before.length)
    }).pipe(onMock(() => Mock.oauth2(), { dcv: { resolve: (type, name) => (type === "TXT" ? records.get(name.replace(/\.$/, "")) ?? [] : []) } })))
})
