/**
 * Domain control validation in the mock: start gives what to publish, submit really checks it
 * (a local web server for HTTP(S), a map of DNS records for CNAME and TXT), a failed order is
 * checked again on the Clock, and the SSL area issues only under validated domains.
 */
import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Schema } from "effect"
import { TestClock } from "effect/testing"
import { SeedFile, serverOptions } from "../src/internal/cli/cli.js"
import { dcvFileServer, dnsRecords, fileNameOf } from "../src/internal/areas/dcv/fixtures.js"
import { ok, scmCall } from "./support/calls.js"
import { json } from "./support/raw.js"
import { apiClient, failure, makeCsr, schemes } from "./support/ssl.js"

/** A mock whose HTTP(S) checks reach a local file server for `domains`, and whose DNS is `dns`. */
const started = (domains: ReadonlyArray<string>, recheckSeconds = 300) =>
  Effect.gen(function* () {
    const files = yield* dcvFileServer
    const dns = dnsRecords()
    const mock = yield* MockScmServer.make({
      dcv: { hosts: Object.fromEntries(domains.map((domain) => [domain, files.url])), resolve: dns.resolve, recheckSeconds }
    })
    const call = scmCall(mock)
    // New domains, not validated yet, delegated to the company.
    for (const name of ["dcv-http.test", "dcv-https.test", "dcv-dns.test", "dcv-txt.test", "dcv-mail.test", "dcv-ssl.test"]) {
      const created = yield* call("POST", "/api/domain/v1", { name, delegations: [{ orgId: 1001, certTypes: ["SSL"] }] })
      expect(created.status, created.text).toBe(201)
    }
    return { mock, files, dns, call }
  })

interface Started {
  readonly url: string
  readonly firstLine: string
  readonly secondLine: string
}

const timeout = { timeout: 20_000 }

describe("MockScmServer DCV", () => {
  it.effect("HTTP: a file with the wrong token stays not validated; the right one is seen at the next check", () =>
    Effect.gen(function* () {
      const { call, files } = yield* started(["dcv-http.test"])
      const v2 = "/api/dcv/v2/validation"
      const file = ok<Started>(yield* call("POST", `${v2}/start/domain/http`, { domain: "dcv-http.test" }))
      expect(file.url).toMatch(/^http:\/\/dcv-http\.test\/\.well-known\/pki-validation\/[0-9A-F]{32}\.txt$/)
      expect(file.firstLine).toMatch(/^[0-9a-f]{64}$/)
      expect(file.secondLine).toBe("sectigo.com")
      expect(ok(yield* call("POST", `${v2}/status`, { domain: "dcv-http.test" }))).toMatchObject({
        orderStatus: "Awaiting submission",
        orderMode: "HTTP",
        url: file.url
      })

      files.publish(fileNameOf(file.url), `${"0".repeat(64)}\nsectigo.com\n`)
      const submitted = ok(yield* call("POST", `${v2}/submit/domain/http`, { domain: "dcv-http.test" }))
      expect(submitted).toMatchObject({ status: "NOT_VALIDATED", orderStatus: "SUBMITTED", message: "Submitted successfully" })
      expect(files.requested).toEqual([`/.well-known/pki-validation/${fileNameOf(file.url)}`])
      const pending = ok<{ nextCheck: string; lastCheck: string }>(yield* call("POST", `${v2}/status`, { domain: "dcv-http.test" }))
      expect(pending).toMatchObject({ status: "NOT_VALIDATED", lastCheck: "1970-01-01T00:00:00.000Z", nextCheck: "1970-01-01T00:05:00.000Z" })

      files.publish(fileNameOf(file.url), `${file.firstLine}\r\n${file.secondLine}\r\n`)
      yield* TestClock.adjust("4 minutes")
      expect(ok(yield* call("POST", `${v2}/status`, { domain: "dcv-http.test" }))).toMatchObject({ status: "NOT_VALIDATED" })
      expect(files.requested).toHaveLength(1)
      yield* TestClock.adjust("1 minute")
      expect(ok(yield* call("POST", `${v2}/status`, { domain: "dcv-http.test" }))).toMatchObject({
        status: "VALIDATED",
        validationDate: "1970-01-01",
        expirationDate: "1971-01-01",
        orderStatus: "SUBMITTED"
      })
      const domains = ok<ReadonlyArray<{ id: number; name: string }>>(yield* call("GET", "/api/domain/v1?name=dcv-http.test"))
      const id = domains.find((domain) => domain.name === "dcv-http.test")?.id
      expect(ok(yield* call("GET", `/api/domain/v1/${id}`))).toMatchObject({
        validationStatus: "VALIDATED",
        validationMethod: "HTTP_CSR_HASH",
        dcvValidation: "1970-01-01",
        dcvExpiration: "1971-01-01"
      })
      // A year later the proof has expired.
      yield* TestClock.adjust("366 days")
      expect(ok(yield* call("GET", `/api/domain/v1/${id}`))).toMatchObject({ validationStatus: "EXPIRED" })
    }), timeout)

  it.effect("HTTPS on the v1 path answers with the reference's constants", () =>
    Effect.gen(function* () {
      const { call, files } = yield* started(["dcv-https.test"])
      const v1 = "/api/dcv/v1/validation"
      const file = ok<Started>(yield* call("POST", `${v1}/start/domain/https`, { domain: "dcv-https.test" }))
      expect(file.url).toMatch(/^https:\/\/dcv-https\.test\/\.well-known\/pki-validation\//)
      files.publish(fileNameOf(file.url), `${file.firstLine}\n${file.secondLine}`)
      expect(ok(yield* call("POST", `${v1}/submit/domain/https`, { domain: "dcv-https.test" }))).toMatchObject({
        status: "VALIDATED",
        orderStatus: "SUBMITTED",
        orderBackendId: expect.stringMatching(/^\d+$/)
      })
      expect(ok(yield* call("POST", `${v1}/status`, { domain: "dcv-https.test" }))).toMatchObject({
        status: "VALIDATED",
        validationDate: "1970-01-01",
        expirationDate: "1971-01-01",
        orderStatus: "SUBMITTED",
        orderMode: "HTTPS"
      })
      const listed = ok<ReadonlyArray<Record<string, unknown>>>(yield* call("GET", `${v1}?domain=dcv-https.test&size=10&position=0`))
      expect(listed).toContainEqual(expect.objectContaining({
        domain: "dcv-https.test",
        dcvStatus: "VALIDATED",
        dcvMethod: "HTTPS_CSR_HASH",
        dcvOrderMethod: "HTTPS",
        expirationDate: "1971-01-01"
      }))
    }), timeout)

  it.effect("CNAME and TXT are checked through the resolver; a wrong value stays not validated", () =>
    Effect.gen(function* () {
      const { call, dns } = yield* started([])
      const v2 = "/api/dcv/v2/validation"
      const cname = ok<{ host: string; point: string }>(yield* call("POST", `${v2}/start/domain/cname`, { domain: "dcv-dns.test" }))
      expect(cname.host).toMatch(/^_[0-9a-f]{32}\.dcv-dns\.test\.$/)
      expect(cname.point).toMatch(/\.sectigo\.com\.$/)
      dns.set("CNAME", cname.host, ["wrong.sectigo.com."])
      expect(ok(yield* call("POST", `${v2}/submit/domain/cname`, { domain: "dcv-dns.test" }))).toMatchObject({ status: "NOT_VALIDATED" })
      dns.set("CNAME", cname.host, [cname.point.toUpperCase()])
      expect(ok(yield* call("POST", `${v2}/submit/domain/cname`, { domain: "dcv-dns.test" }))).toMatchObject({ status: "VALIDATED" })

      // TXT has no start (the reference: "Use submit directly"): the first submit gives the record.
      expect(ok(yield* call("POST", `${v2}/start/domain/txt`, { domain: "dcv-txt.test" }))).toEqual({
        message: "Start request is not supported by the API. Use submit directly."
      })
      const txt = ok<{ host: string; point: string; status: string }>(yield* call("POST", `${v2}/submit/domain/txt`, { domain: "dcv-txt.test" }))
      expect(txt).toMatchObject({ host: "_pki-validation.dcv-txt.test.", status: "NOT_VALIDATED", orderStatus: "SUBMITTED" })
      dns.set("TXT", txt.host, ["someone else's value", txt.point])
      yield* TestClock.adjust("5 minutes")
      expect(ok(yield* call("POST", `${v2}/status`, { domain: "dcv-txt.test" }))).toMatchObject({
        status: "VALIDATED",
        orderMode: "TXT",
        host: txt.host,
        point: txt.point
      })
    }), timeout)

  it.effect("email: the offered addresses; another is -518; an offered one is confirmed at the first check", () =>
    Effect.gen(function* () {
      const { call } = yield* started([])
      const v2 = "/api/dcv/v2/validation"
      const offered = ok<{ emails: ReadonlyArray<string>; dcvEmails: ReadonlyArray<{ domainName: string }> }>(
        yield* call("POST", `${v2}/start/domain/email`, { domain: "dcv-mail.test" })
      )
      expect(offered.emails).toContain("admin@dcv-mail.test")
      expect(offered.dcvEmails[0]?.domainName).toBe("dcv-mail.test")
      expect(failure(yield* call("POST", `${v2}/submit/domain/email`, { domain: "dcv-mail.test", email: "me@elsewhere.com" }))).toEqual({
        status: 400,
        code: -518
      })
      const submitted = ok(yield* call("POST", `${v2}/submit/domain/email`, { domain: "dcv-mail.test", email: "hostmaster@dcv-mail.test" }))
      expect(submitted).toMatchObject({ orderStatus: "SUBMITTED", emailValidationReferenceNumber: expect.stringMatching(/^\d+$/) })
      expect(ok(yield* call("POST", `${v2}/status`, { domain: "dcv-mail.test" }))).toMatchObject({
        status: "NOT_VALIDATED",
        orderMode: "EMAIL",
        validationEmail: "hostmaster@dcv-mail.test"
      })
      yield* TestClock.adjust("5 minutes")
      expect(ok(yield* call("POST", `${v2}/status`, { domain: "dcv-mail.test" }))).toMatchObject({ status: "VALIDATED", lastCheck: "1970-01-01T00:05:00.000Z" })
    }), timeout)

  it.effect("the list names the method that proved control; a bulk email validation goes to the registrant's address all the domains share (WHOIS)", () =>
    Effect.gen(function* () {
      const call = scmCall(yield* MockScmServer.make())
      const v1 = "/api/dcv/v1/validation"
      // The list names the method that proved control once no order is out (the seed's by email or DNS TXT).
      const listed = ok<ReadonlyArray<{ readonly domain: string; readonly dcvMethod?: string; readonly dcvOrderMethod?: string }>>(yield* call("GET", `${v1}?size=50`))
      expect(listed.filter((item) => item.dcvMethod === "EMAIL").every((item) => item.dcvOrderMethod === "EMAIL")).toBe(true)
      expect(listed.filter((item) => item.dcvMethod === "DNSTXT_RANDOM_VALUE").every((item) => item.dcvOrderMethod === "TXT")).toBe(true)
      const offered = ok<{ readonly emails: ReadonlyArray<string>; readonly dcvEmails: ReadonlyArray<{ readonly whoisEmails: ReadonlyArray<string> }> }>(
        yield* call("POST", `${v1}/start/domain/email`, { domains: ["example.com", "example.net"] })
      )
      expect(offered.emails).toEqual(["domains@example.com"])
      expect(offered.dcvEmails.map((each) => each.whoisEmails)).toEqual([["domains@example.com"], ["domains@example.com"]])
      expect(ok(yield* call("POST", `${v1}/submit-bulk/domain/email`, { domains: ["example.com", "example.net"], email: "domains@example.com" })))
        .toMatchObject({ orderStatus: "SUBMITTED", orderBackendId: expect.stringMatching(/^\d+$/) })
      expect(failure(yield* call("POST", `${v1}/submit-bulk/domain/email`, { domains: ["example.com", "example.net"], email: "admin@example.com" })))
        .toEqual({ status: 400, code: -518 })
    }))

  it.effect("the list pages with X-Total-Count and filters on expiry; clear resets the order, delete the validation", () =>
    Effect.gen(function* () {
      const { call } = yield* started([])
      const v2 = "/api/dcv/v2/validation"
      const page = yield* call("GET", `${v2}?size=5&position=0`)
      const all = Number(page.headers["x-total-count"])
      expect(ok<ReadonlyArray<unknown>>(page)).toHaveLength(5)
      expect(all).toBeGreaterThan(5)
      // The seed's validated domains were validated a month before the start: they expire in 335 days.
      const soon = yield* call("GET", `${v2}?expiresIn=30`)
      expect(ok<ReadonlyArray<unknown>>(soon)).toEqual([])
      const within = ok<ReadonlyArray<{ dcvStatus: string; expirationDate: string }>>(yield* call("GET", `${v2}?expiresIn=336`))
      expect(within.length).toBeGreaterThan(0)
      expect(within.every((item) => item.dcvStatus === "VALIDATED" && item.expirationDate === "1970-12-02")).toBe(true)
      const notValidated = ok<ReadonlyArray<{ domain: string }>>(yield* call("GET", `${v2}?dcvStatus=NOT_VALIDATED`))
      expect(notValidated.map((item) => item.domain)).toContain("example.eu")

      yield* call("POST", `${v2}/start/domain/http`, { domain: "example.com" })
      expect(ok(yield* call("POST", `${v2}/clear`, { domain: "example.com" }))).toEqual({
        status: "VALIDATED",
        orderStatus: "NOT_INITIATED",
        message: "DCV status: VALIDATED; DCV order status: NOT_INITIATED"
      })
      expect((yield* call("POST", `${v2}/delete`, { domain: "example.com" })).status).toBe(200)
      expect(ok(yield* call("POST", `${v2}/status`, { domain: "example.com" }))).toEqual({ status: "NOT_VALIDATED", orderStatus: "NOT_INITIATED" })
    }), timeout)

  it.effect("refusals carry SCM's codes", () =>
    Effect.gen(function* () {
      const { call, mock } = yield* started([])
      const v2 = "/api/dcv/v2/validation"
      expect(failure(yield* call("POST", `${v2}/status`, { domain: "nowhere.test" }))).toEqual({ status: 404, code: -727 })
      expect(failure(yield* call("POST", `${v2}/submit/domain/http`, { domain: "example.org" }))).toEqual({ status: 400, code: -724 })
      expect(failure(yield* call("POST", `${v2}/start/domain/http`, { domain: "*.example.com" }))).toEqual({ status: 400, code: -723 })
      // example-shop.com is seeded suspended.
      expect(failure(yield* call("POST", `${v2}/start/domain/cname`, { domain: "example-shop.com" }))).toEqual({ status: 400, code: -715 })
      expect(failure(yield* call("POST", `${v2}/status`, {}))).toEqual({ status: 400, code: -7 })
      expect(failure(yield* call("POST", `${v2}/status`, "\"\""))).toEqual({ status: 400, code: -1002 })
      expect(failure(yield* call("GET", `${v2}?expiresIn=0`))).toEqual({ status: 400, code: -1 })
      // reset drops the orders and validations made since the start.
      yield* call("POST", `${v2}/delete`, { domain: "example.com" })
      yield* mock.reset
      expect(ok(yield* call("POST", `${v2}/status`, { domain: "example.com" }))).toMatchObject({ status: "VALIDATED" })
    }), timeout)
})

describe("MockScmServer DCV from the CLI's seed file", () => {
  it.effect("the seed's dcv.hosts reach the server: its HTTP check fetches from there", () =>
    Effect.gen(function* () {
      const files = yield* dcvFileServer
      const text = JSON.stringify({ dcv: { hosts: { "example.eu": files.url }, recheckSeconds: 60 } })
      const seed = yield* Schema.decodeUnknownEffect(Schema.fromJsonString(SeedFile))(text, { onExcessProperty: "error" })
      const options = serverOptions({}, seed)
      expect(options.dcv).toEqual({ hosts: { "example.eu": files.url }, recheckSeconds: 60 })
      const call = scmCall(yield* MockScmServer.make(options))
      const file = ok<Started>(yield* call("POST", "/api/dcv/v1/validation/start/domain/http", { domain: "example.eu" }))
      files.publish(fileNameOf(file.url), `${file.firstLine}\n${file.secondLine}\n`)
      expect(ok(yield* call("POST", "/api/dcv/v1/validation/submit/domain/http", { domain: "example.eu" }))).toMatchObject({ status: "VALIDATED" })
      const refused = yield* Effect.flip(Schema.decodeUnknownEffect(Schema.fromJsonString(SeedFile))(JSON.stringify({ dcv: { recheckSeconds: 0 } })))
      expect(String(refused)).toContain("must be at least 1")
    }), timeout)
})

describe("MockScmServer DCV and SSL issuance", () => {
  const enroll = (mock: MockScmServer.Service, commonName: string, scheme: (typeof schemes)[number] = "password") =>
    Effect.gen(function* () {
      const api = yield* apiClient(mock, scheme)
      const csr = yield* makeCsr(commonName)
      const { sslId } = ok<{ sslId: number }>(yield* api.post("/api/ssl/v1/enroll", { orgId: 1001, certType: 1101, term: 200, csr: csr.pem }))
      return { api, sslId, collect: api.get(`/api/ssl/v1/collect/${sslId}/x509CO`) }
    })

  it.effect.each(schemes)("with %s: a name under an unvalidated (or expired) domain stays pending with -107 until the domain is validated", (scheme) =>
    Effect.gen(function* () {
      const { call, files, mock } = yield* started(["dcv-ssl.test"])
      const held = yield* enroll(mock, "shop.dcv-ssl.test", scheme)
      const pending = yield* held.collect
      expect(failure(pending)).toEqual({ status: 400, code: -107 })
      expect(json(pending)).toMatchObject({ description: expect.stringContaining("shop.dcv-ssl.test") })
      expect(ok(yield* held.api.get(`/api/ssl/v1/${held.sslId}`))).toMatchObject({ status: "Applied" })

      // Under a validated domain, and under no domain of the store, enrollments issue as before.
      expect((yield* (yield* enroll(mock, "api.example.com", scheme)).collect).status).toBe(200)
      expect((yield* (yield* enroll(mock, "host.unknown-domain.test", scheme)).collect).status).toBe(200)

      const file = ok<Started>(yield* call("POST", "/api/dcv/v2/validation/start/domain/http", { domain: "dcv-ssl.test" }))
      files.publish(fileNameOf(file.url), `${file.firstLine}\n${file.secondLine}`)
      yield* TestClock.adjust("10 seconds")
      expect(ok(yield* call("POST", "/api/dcv/v2/validation/submit/domain/http", { domain: "dcv-ssl.test" }))).toMatchObject({ status: "VALIDATED" })
      expect((yield* held.collect).status).toBe(200)
      // Issued when the domain was validated, not when it was enrolled.
      expect(ok(yield* held.api.get(`/api/ssl/v2/${held.sslId}`))).toMatchObject({ status: "Issued", issued: "1970-01-01T00:00:10.000Z" })

      // A year on, the validation has expired: a new enrollment under the domain is held again.
      yield* TestClock.adjust("366 days")
      expect(failure(yield* (yield* enroll(mock, "www.dcv-ssl.test", scheme)).collect)).toEqual({ status: 400, code: -107 })
    }), timeout)
})
