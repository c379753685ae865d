/**
 * The reports (`POST /api/report/v1/...`) answered from the mock's state: the SSL report's window on
 * the expiry date, organization and status filters over the seeded certificates, each scheme alike;
 * the window moving with a TestClock; a renewal showing in the SSL and activity reports; devices,
 * domains; SCM's refusals; every answer valid against the vendor's spec.
 */
import { describe, expect, it, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { loadPatchedSpec } from "../src/internal/spec/specDocument.js"
import { makeChecker, type OpenApiDocument } from "./support/openApi.js"
import { json, type RawResponse } from "./support/raw.js"
import { apiClient, type ApiClient, failure, schemes } from "./support/ssl.js"

// The patched document: patch 20 mends the domains report's answer, a oneOf that no answer can match.
const checker = makeChecker(loadPatchedSpec(new URL("../../../spec/", import.meta.url)) as unknown as OpenApiDocument)

const day = 24 * 60 * 60 * 1000

interface SslRow {
  readonly id: number
  readonly orgId?: number
  readonly status: string
  readonly commonName: string
  readonly expires?: string
  readonly requested?: string
  readonly organizationName?: string
  readonly issuer?: string
}

interface Report<Row> {
  readonly statusCode: number
  readonly reports: ReadonlyArray<Row>
}

/** Posts a report request and checks the answer against the spec before reading it. */
const post = (api: ApiClient, path: string, body: unknown) =>
  Effect.map(api.post(path, body), (response) => {
    expect(checker.check({ method: "POST", path: path.split("?")[0] ?? path, response })).toEqual([])
    return response
  })

const report = <Row>(response: RawResponse): Report<Row> => {
  expect(response.status, response.text).toBe(200)
  return json(response) as Report<Row>
}

/** The SSL report's window on the expiry date: issued certificates expiring between `from` and `to`. */
const expiringBetween = (from: number, to: number, extra: Readonly<Record<string, unknown>> = {}) => ({
  from: new Date(from).toISOString(),
  to: new Date(to).toISOString(),
  certificateStatus: "2",
  certificateDateAttribute: "3",
  ...extra
})

const sslPath = "/api/report/v1/ssl-certificates"

/** What the default seed holds expiring within 30 days of the start: seven issued certificates. */
const expiringAtStart = [20126, 20171, 20172, 20173, 20192, 20324, 20346]

describe("MockScmServer reports under a TestClock", () => {
  it.effect("the SSL report's expiry window finds the seeded certificates, and moves as the clock does", () =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.make()
      const api = yield* apiClient(mock, "password")
      const start = 0
      const within30 = report<SslRow>(yield* post(api, sslPath, expiringBetween(start, start + 30 * day)))
      expect(within30.statusCode).toBe(0)
      expect(within30.reports.map((row) => row.id).sort()).toEqual(expiringAtStart)
      for (const row of within30.reports) {
        expect(row.status).toBe("Issued")
        const expires = Date.parse(row.expires ?? "")
        expect(expires).toBeGreaterThan(start)
        expect(expires).toBeLessThanOrEqual(start + 30 * day)
        expect(row.issuer).toContain("CN=")
      }

      // Two days on, the two expiring in 26 to 28 days are still in, the certificates next in line have
      // come in, and none of the first seven has left (they expire later than two days from now).
      yield* TestClock.adjust("2 days")
      const now = start + 2 * day
      const later = report<SslRow>(yield* post(api, sslPath, expiringBetween(now, now + 30 * day)))
      const laterIds = later.reports.map((row) => row.id)
      expect(laterIds).toEqual(expect.arrayContaining(expiringAtStart))
      expect(laterIds.length).toBeGreaterThan(expiringAtStart.length)
      for (const row of later.reports) expect(Date.parse(row.expires ?? "")).toBeLessThanOrEqual(now + 30 * day)
    }))

  it.effect("a renewal shows in the SSL report (the new certificate, requested via REST API) and in the activity log", () =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.make({ manualIssuance: true })
      const api = yield* apiClient(mock, "password")
      yield* TestClock.adjust("1 hour")
      const renewed = json(yield* api.post("/api/ssl/v1/renewById/20171", {})) as { readonly sslId: number }
      expect(renewed.sslId).toBeGreaterThan(20450)

      const requestedNow = report<SslRow>(yield* post(api, sslPath, {
        from: new Date(30 * 60 * 1000).toISOString(),
        certificateStatus: 1,
        certificateDateAttribute: 4
      }))
      expect(requestedNow.reports).toEqual([expect.objectContaining({ id: renewed.sslId, status: "Applied", commonName: "www-170.example.org" })])

      const activity = report<{ readonly action: { readonly actionName: string }; readonly ssl: { readonly commonName: string }; readonly date: string }>(
        yield* post(api, "/api/report/v1/activity", { from: new Date(30 * 60 * 1000).toISOString(), to: new Date(2 * 60 * 60 * 1000).toISOString() })
      )
      expect(activity.reports.map((row) => [row.action.actionName, row.ssl.commonName, row.date])).toEqual([
        ["SSL: certificate renewed", "www-170.example.org", new Date(60 * 60 * 1000).toISOString()],
        ["SSL: certificate requested", "www-170.example.org", new Date(60 * 60 * 1000).toISOString()]
      ])
      // The whole log is ordered by date and numbered in that order.
      const all = report<{ readonly id: number; readonly date: string }>(yield* post(api, "/api/report/v1/activity", {}))
      expect(all.reports.length).toBeGreaterThan(450)
      expect(all.reports.map((row) => row.id)).toEqual(all.reports.map((_, i) => i + 1))
      const dates = all.reports.map((row) => Date.parse(row.date))
      expect(dates).toEqual([...dates].sort((a, b) => a - b))
    }))

  it.effect("device certificates: status and windows, an issued one reporting Expired once the clock passes its expiry", () =>
    Effect.gen(function* () {
      const mock = yield* MockScmServer.make()
      const api = yield* apiClient(mock, "password")
      const path = "/api/report/v1/device-certificates"
      const all = report<{ readonly id: number; readonly deviceCertStatus: string; readonly expire?: string; readonly organization: { readonly id: string } }>(
        yield* post(api, path, {})
      )
      expect(all.reports).toHaveLength(9)
      const issued = report<{ readonly id: number; readonly expire: string }>(yield* post(api, path, { certificateStatus: "2" }))
      // badge-reader-01 was issued 350 days ago for 365: it expires in 15 days.
      const soon = report<{ readonly id: number }>(yield* post(api, path, expiringBetween(0, 30 * day)))
      expect(soon.reports.map((row) => row.id)).toEqual([40001])
      expect(issued.reports.map((row) => row.id)).toContain(40001)
      yield* TestClock.adjust("16 days")
      const expired = report<{ readonly id: number }>(yield* post(api, path, { certificateStatus: 4 }))
      expect(expired.reports.map((row) => row.id)).toContain(40001)
      const lab = report<{ readonly organization: { readonly id: string } }>(yield* post(api, path, { organizationIds: [1020] }))
      expect(lab.reports.map((row) => row.organization.id)).toEqual(["1020", "1020"])
    }))
})

layer(MockScmServer.layer())("MockScmServer reports", (it) => {
  describe.each(schemes)("with %s", (scheme) => {
    it.effect("the SSL report filters by organization and status; every row of the spec's shape", () =>
      Effect.gen(function* () {
        const api = yield* apiClient(yield* MockScmServer.MockScmServer, scheme)
        const lab = report<SslRow>(yield* post(api, sslPath, { organizationIds: [1020], certificateStatus: "3" }))
        expect(lab.reports.length).toBeGreaterThan(0)
        for (const row of lab.reports) expect(row).toMatchObject({ orgId: 1020, status: "Revoked", organizationName: "Example Research Lab" })
        const everything = report<SslRow>(yield* post(api, sslPath, {}))
        expect(everything.reports).toHaveLength(450)
        const named = report<SslRow>(yield* post(api, sslPath, { commonName: "www-*.example.org" }))
        expect(named.reports.length).toBeGreaterThan(0)
        for (const row of named.reports) expect(row.commonName).toMatch(/^www-.*\.example\.org$/)
      }))

    it.effect("the domains report: every domain with its state and DCV status", () =>
      Effect.gen(function* () {
        const api = yield* apiClient(yield* MockScmServer.MockScmServer, scheme)
        const response = yield* post(api, "/api/report/v1/domains?output_type=buffered", {})
        expect(response.headers["content-disposition"]).toBe(`attachment; filename="rest_api_domains.json"`)
        const domains = report<{ readonly id: number; readonly status: string; readonly dcvStatus: string }>(response)
        expect(domains.reports).toHaveLength(36)
        expect(domains.reports.find((row) => row.id === 5012)).toMatchObject({ status: "Active", dcvStatus: "Not Initiated" })
        expect(domains.reports.find((row) => row.id === 5018)).toMatchObject({ status: "Suspended" })
      }))
  })

  it.effect("refuses what SCM refuses, with its codes", () =>
    Effect.gen(function* () {
      const api = yield* apiClient(yield* MockScmServer.MockScmServer, "password")
      const refused = (path: string, body: unknown) => Effect.map(post(api, path, body), failure)
      expect(yield* refused(sslPath, { certificateStatus: "9" })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused(sslPath, { certificateDateAttribute: "6" })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused(sslPath, { from: "2026-02-01", to: "2026-01-01" })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused(sslPath, { from: "next week" })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused(sslPath, { organizationIds: [{}] })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused(sslPath, { commonName: "<script>" })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused(sslPath, { includeIpAddresses: "yes" })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused(sslPath, "")).toEqual({ status: 400, code: -1002 })
      expect(yield* refused("/api/report/v1/activity", [])).toEqual({ status: 400, code: -1002 })
      expect(yield* refused("/api/report/v1/device-certificates", { certificateStatus: "5" })).toEqual({ status: 400, code: -1601 })
      expect(yield* refused(`${sslPath}?output_type=csv`, {})).toEqual({ status: 400, code: -1 })
    }))

  it.effect("reads the reference's example body: codes as numbers, dates as dates", () =>
    Effect.gen(function* () {
      const api = yield* apiClient(yield* MockScmServer.MockScmServer, "password")
      const response = yield* post(api, `${sslPath}?output_type=buffered`, {
        from: "2019-01-01T00:00:00.000Z",
        to: "2019-01-31T00:00:00.000Z",
        organizationIds: [2945],
        certificateStatus: 1,
        certificateDateAttribute: 1,
        certificateRequestSource: 0,
        serialNumberFormat: "",
        includeIpAddresses: false
      })
      expect(response.headers["content-disposition"]).toBe(`attachment; filename="rest_api_ssl-certificates.json"`)
      expect(report(response)).toEqual({ statusCode: 0, reports: [] })
    }))
})
