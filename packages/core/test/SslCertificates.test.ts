/**
 * SslCertificates over an in-memory SCM: request shapes, decoding, pagination and the wait for
 * issuance under a TestClock. The same operations against the mock server are in
 * SslCertificates.contract.test.ts.
 */
import { describe, expect, it } from "@effect/vitest"
import { Clock, DateTime, Duration, Effect, Exit, Fiber, Schedule, Stream } from "effect"
import { TestClock } from "effect/testing"
import { Organizations, SslCertificates } from "@scm-effect/core"
import * as Capture from "./fixtures/Capture.js"
import * as FakeHttp from "./fixtures/FakeHttp.js"
import * as Resources from "./fixtures/Resources.js"

const scm = Resources.overFake

const sslId = SslCertificates.SslId.make(4242)
const orgId = Organizations.OrganizationId.make(1001)
const profileId = SslCertificates.ProfileId.make(1101)

const notCollectable = { status: 400, body: { code: -183, description: "Certificate is not collectable." } }
const processing = { status: 400, body: { code: -1400, description: "Request is being processed." } }
const leafPem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"

/** A list endpoint over `total` certificates that pages as SCM does; `withTotal: false` drops the header. */
const listing = (total: number, options: { readonly withTotal?: boolean } = {}) =>
  FakeHttp.make((request) => {
    const position = Number(request.url.searchParams.get("position") ?? 0)
    const size = Number(request.url.searchParams.get("size") ?? 200)
    const items = Array.from(
      { length: Math.max(0, Math.min(size, total - position)) },
      (_, i) => ({ sslId: position + i + 1, commonName: `host-${position + i + 1}.example.com` })
    )
    return {
      status: 200,
      body: items,
      headers: options.withTotal === false ? {} : { "X-Total-Count": String(total) }
    }
  })

const pagesAsked = (fake: FakeHttp.Fake) =>
  fake.requests.map((request) => [request.url.searchParams.get("position"), request.url.searchParams.get("size")])

describe("SslCertificates.types and customFields", () => {
  it.effect("decode profiles, filtered by organization when asked", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({
        status: 200,
        body: [{
          id: 1101,
          name: "OV SSL",
          terms: [365],
          keyTypes: { RSA: ["2048"], EC: ["P-256"] },
          useSecondaryOrgName: false,
          addedInAFutureRelease: { nested: true }
        }]
      }))
      const all = yield* SslCertificates.types().pipe(Effect.provide(scm(fake)))
      yield* SslCertificates.types({ organizationId: orgId }).pipe(Effect.provide(scm(fake)))
      expect(all).toEqual([{
        id: 1101,
        name: "OV SSL",
        terms: [365],
        keyTypes: { RSA: ["2048"], EC: ["P-256"] },
        useSecondaryOrgName: false
      }])
      expect(fake.requests.map((request) => request.url.pathname + request.url.search)).toEqual([
        "/api/ssl/v1/types",
        "/api/ssl/v1/types?organizationId=1001"
      ])
    }))

  it.effect("custom fields", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 200, body: [{ id: 7, name: "cost center", mandatory: true }] }))
      const fields = yield* SslCertificates.customFields().pipe(Effect.provide(scm(fake)))
      expect(fields).toEqual([{ id: 7, name: "cost center", mandatory: true }])
      expect(fake.requests[0]?.url.pathname).toBe("/api/ssl/v1/customFields")
    }))

  it.effect("a body that does not match is ScmDecodeError naming the path", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 200, body: [{ id: "not a number", name: "x" }] }))
      const error = yield* Effect.flip(SslCertificates.types()).pipe(Effect.provide(scm(fake)))
      expect(error._tag).toBe("ScmDecodeError")
      expect(error.message).toContain("/api/ssl/v1/types")
    }))
})

describe("SslCertificates.list", () => {
  it.effect("pages through 450 certificates with position/size 200 and stops on the total", () =>
    Effect.gen(function*() {
      const fake = listing(450)
      const all = yield* SslCertificates.list().pipe(Stream.runCollect, Effect.provide(scm(fake)))
      expect(all.length).toBe(450)
      expect(all.map((item) => item.sslId)).toEqual(Array.from({ length: 450 }, (_, i) => i + 1))
      expect(pagesAsked(fake)).toEqual([["0", "200"], ["200", "200"], ["400", "200"]])
    }))

  it.effect("a total that is a multiple of the page size costs no extra empty page", () =>
    Effect.gen(function*() {
      const fake = listing(400)
      const all = yield* SslCertificates.list().pipe(Stream.runCollect, Effect.provide(scm(fake)))
      expect(all.length).toBe(400)
      expect(pagesAsked(fake)).toEqual([["0", "200"], ["200", "200"]])
    }))

  it.effect("without X-Total-Count it stops on a short page, or on an empty one", () =>
    Effect.gen(function*() {
      const short = listing(250, { withTotal: false })
      expect((yield* SslCertificates.list().pipe(Stream.runCollect, Effect.provide(scm(short)))).length).toBe(250)
      expect(pagesAsked(short)).toEqual([["0", "200"], ["200", "200"]])
      const exact = listing(200, { withTotal: false })
      expect((yield* SslCertificates.list().pipe(Stream.runCollect, Effect.provide(scm(exact)))).length).toBe(200)
      expect(pagesAsked(exact)).toEqual([["0", "200"], ["200", "200"]])
    }))

  it.effect("Stream.take fetches only the pages it needs", () =>
    Effect.gen(function*() {
      const fake = listing(450)
      const five = yield* SslCertificates.list().pipe(Stream.take(5), Stream.runCollect, Effect.provide(scm(fake)))
      expect(five.length).toBe(5)
      expect(pagesAsked(fake)).toEqual([["0", "200"]])
      const fake2 = listing(450)
      yield* SslCertificates.list({}, { pageSize: 50 }).pipe(Stream.take(120), Stream.runDrain, Effect.provide(scm(fake2)))
      expect(pagesAsked(fake2)).toEqual([["0", "50"], ["50", "50"], ["100", "50"]])
    }))

  it.effect("nothing is fetched until the stream runs", () =>
    Effect.gen(function*() {
      const fake = listing(10)
      const stream = SslCertificates.list()
      expect(fake.requests.length).toBe(0)
      yield* Stream.runDrain(stream).pipe(Effect.provide(scm(fake)))
      expect(fake.requests.length).toBe(1)
    }))

  it.effect("no match: one request, an empty stream", () =>
    Effect.gen(function*() {
      const fake = listing(0)
      const none = yield* SslCertificates.list({ status: "Declined" }).pipe(Stream.runCollect, Effect.provide(scm(fake)))
      expect(none.length).toBe(0)
      expect(fake.requests.length).toBe(1)
    }))

  it.effect("page sizes above 200 are lowered to 200, below 1 raised to 1", () =>
    Effect.gen(function*() {
      const fake = listing(3)
      yield* SslCertificates.list({}, { pageSize: 1000 }).pipe(Stream.runDrain, Effect.provide(scm(fake)))
      yield* SslCertificates.list({}, { pageSize: 0 }).pipe(Stream.runDrain, Effect.provide(scm(fake)))
      expect(pagesAsked(fake)).toEqual([["0", "200"], ["0", "1"], ["1", "1"], ["2", "1"]])
    }))

  it.effect("filters travel under the spec's names; unset ones are left out", () =>
    Effect.gen(function*() {
      const fake = listing(1)
      yield* SslCertificates.list({
        status: "Issued",
        orgId,
        sslTypeId: profileId,
        commonName: "www.example.com",
        installStatus: "Not configured",
        serialNumber: undefined
      }).pipe(Stream.runDrain, Effect.provide(scm(fake)))
      expect(Object.fromEntries(fake.requests[0]!.url.searchParams)).toEqual({
        status: "Issued",
        orgId: "1001",
        sslTypeId: "1101",
        commonName: "www.example.com",
        installStatus: "Not configured",
        position: "0",
        size: "200"
      })
    }))

  it.effect("a failing page fails the stream with the typed error", () =>
    Effect.gen(function*() {
      let calls = 0
      const fake = FakeHttp.make(() =>
        ++calls === 1
          ? { status: 200, body: Array.from({ length: 200 }, (_, i) => ({ sslId: i + 1 })), headers: { "X-Total-Count": "450" } }
          : { status: 400, body: { code: -1, description: "Unknown error." } }
      )
      const error = yield* SslCertificates.list().pipe(Stream.runDrain, Effect.flip, Effect.provide(scm(fake, false)))
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 400, code: -1 })
    }))

  it.effect("page gives one page with the total; count reads X-Total-Count from HEAD", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make((request) =>
        request.method === "HEAD"
          ? { status: 200, headers: { "X-Total-Count": "42" } }
          : { status: 200, body: [{ sslId: 11 }], headers: { "X-Total-Count": "42" } }
      )
      const page = yield* SslCertificates.page({ status: "Issued" }, { position: 10, size: 1 }).pipe(Effect.provide(scm(fake)))
      expect(page).toEqual({ items: [{ sslId: 11, subjectAlternativeNames: [] }], position: 10, total: 42 })
      const count = yield* SslCertificates.count({ status: "Issued" }).pipe(Effect.provide(scm(fake)))
      expect(count).toBe(42)
      expect(fake.requests[1]).toMatchObject({ method: "HEAD" })
      expect(fake.requests[1]?.url.search).toBe("?status=Issued")
    }))

  it.effect("count without X-Total-Count is ScmDecodeError", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 200 }))
      const error = yield* Effect.flip(SslCertificates.count()).pipe(Effect.provide(scm(fake)))
      expect(error).toMatchObject({ _tag: "ScmDecodeError", description: "the answer has no X-Total-Count header" })
    }))
})

describe("SslCertificates.get", () => {
  const details = {
    commonName: "www.example.com",
    sslId: 4242,
    id: 4242,
    orgId: 1001,
    status: "Issued",
    certType: { id: 1101, name: "OV SSL", terms: [365] },
    term: 365,
    requestedVia: "REST API",
    requested: "05/21/2025",
    approved: "2025-05-21",
    issued: "2025-05-21T10:11:12Z",
    expires: "2026-05-21T10:11:12.000+02:00",
    revoked: null,
    reasonCode: "4",
    serialNumber: "0A1B",
    keyUsages: ["digitalSignature"],
    subjectAlternativeNames: ["www.example.com", "example.com"],
    autoInstallDetails: { state: "Not configured" },
    autoRenewDetails: { state: "Not scheduled" },
    someFieldFromANewerScm: [1, 2, 3]
  }

  it.effect("dates in SCM's three spellings become DateTime.Utc; null is absent; extra fields are ignored", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 200, body: details }))
      const certificate = yield* SslCertificates.get(sslId).pipe(Effect.provide(scm(fake)))
      expect(fake.requests[0]?.url.pathname).toBe("/api/ssl/v1/4242")
      expect(certificate.id).toBe(4242)
      expect(certificate.status).toBe("Issued")
      expect(certificate.requestedVia).toBe("REST API")
      expect(certificate.reasonCode).toBe(4)
      expect(certificate.requested && DateTime.formatIso(certificate.requested)).toBe("2025-05-21T00:00:00.000Z")
      expect(certificate.approved && DateTime.formatIso(certificate.approved)).toBe("2025-05-21T00:00:00.000Z")
      expect(certificate.issued && DateTime.formatIso(certificate.issued)).toBe("2025-05-21T10:11:12.000Z")
      expect(certificate.expires && DateTime.formatIso(certificate.expires)).toBe("2026-05-21T08:11:12.000Z")
      expect("revoked" in certificate).toBe(false)
      expect("someFieldFromANewerScm" in certificate).toBe(false)
      expect(certificate.extendedKeyUsages).toEqual([])
      expect(certificate.certType?.id).toBe(1101)
    }))

  it.effect("a status a newer SCM invents still decodes, as an unknown value", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 200, body: { ...details, status: "Quantum Approved", reasonCode: 7 } }))
      const certificate = yield* SslCertificates.get(sslId).pipe(Effect.provide(scm(fake)))
      const describe = (status: SslCertificates.SslStatus): string => {
        switch (status) {
          case "Issued":
            return "issued"
          case "Applied":
          case "Requested":
            return "pending"
          default:
            return `other: ${status}`
        }
      }
      expect(describe(certificate.status)).toBe("other: Quantum Approved")
      expect(certificate.reasonCode).toBe(7)
    }))

  it.effect("a date that is not a date is ScmDecodeError", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 200, body: { id: 1, status: "Issued", expires: "02/30/2025" } }))
      const error = yield* Effect.flip(SslCertificates.get(sslId)).pipe(Effect.provide(scm(fake)))
      expect(error._tag).toBe("ScmDecodeError")
      expect(error.message).toContain("02/30/2025")
    }))
})

describe("SslCertificates.enroll", () => {
  const csr = "-----BEGIN CERTIFICATE REQUEST-----\nMIIBSECRETCSRBODY\n-----END CERTIFICATE REQUEST-----\n"

  it.effect("sends the spec's EnrollRequest and returns sslId and renewId", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 200, body: { sslId: 77, renewId: "yMLfsjZ4hgPX4YZN4nIz" } }))
      const enrolled = yield* SslCertificates.enroll({
        csr,
        certType: profileId,
        term: 365,
        orgId,
        subjAltNames: ["www.example.com", "example.com"],
        customFields: [{ name: "cost center", value: "42" }],
        externalRequester: ["a@example.com", "b@example.com"],
        comments: undefined
      }).pipe(Effect.provide(scm(fake)))
      expect(enrolled).toEqual({ sslId: 77, renewId: "yMLfsjZ4hgPX4YZN4nIz" })
      expect(fake.requests[0]).toMatchObject({ method: "POST" })
      expect(fake.requests[0]?.url.pathname).toBe("/api/ssl/v1/enroll")
      expect(fake.requests[0]?.headers["content-type"]).toBe("application/json")
      expect(JSON.parse(fake.requests[0]!.body)).toEqual({
        orgId: 1001,
        certType: 1101,
        term: 365,
        csr,
        subjAltNames: "www.example.com,example.com",
        customFields: [{ name: "cost center", value: "42" }],
        externalRequester: "a@example.com,b@example.com"
      })
    }))

  it.effect("is never resent after a 5xx: a certificate must not be enrolled twice", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 500, body: { code: -2, description: "Internal error" } }))
      const error = yield* Effect.flip(
        SslCertificates.enroll({ csr, certType: profileId, term: 365, orgId })
      ).pipe(Effect.provide(scm(fake)))
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 500 })
      expect(fake.requests.length).toBe(1)
    }))

  it.effect("its span carries ids, never the CSR", () =>
    Effect.gen(function*() {
      const captured = Capture.make()
      const fake = FakeHttp.make(() => ({ status: 200, body: { sslId: 77, renewId: "r" } }))
      yield* Capture.run(
        captured,
        SslCertificates.enroll({ csr, certType: profileId, term: 365, orgId, subjAltNames: "secret-host.example.com" })
          .pipe(Effect.provide(scm(fake)))
      )
      const span = captured.spans.find((span) => span.name === "SslCertificates.enroll")
      expect(Object.fromEntries(span?.attributes ?? [])).toMatchObject({
        "scm.org_id": 1001,
        "scm.profile_id": 1101,
        "scm.term": 365,
        "scm.ssl_id": 77
      })
      const text = Capture.text(captured)
      expect(text).not.toContain("SECRETCSRBODY")
      expect(text).not.toContain("secret-host")
    }))
})

describe("SslCertificates.collect", () => {
  it.effect("PEM formats come back as text, bin as bytes; the format is a query parameter", () =>
    Effect.gen(function*() {
      const der = new Uint8Array([0x30, 0x82, 0x01, 0x00, 0xff])
      const fake = FakeHttp.make((request) =>
        request.url.searchParams.get("format") === "bin"
          ? { status: 200, body: new TextDecoder("latin1").decode(der), headers: { "content-type": "application/octet-stream" } }
          : { status: 200, body: leafPem, headers: { "content-type": "application/octet-stream" } }
      )
      const pem: string = yield* SslCertificates.collect(sslId, "x509CO").pipe(Effect.provide(scm(fake)))
      expect(pem).toBe(leafPem)
      const bin: Uint8Array = yield* SslCertificates.collect(sslId, "bin").pipe(Effect.provide(scm(fake)))
      expect(bin).toBeInstanceOf(Uint8Array)
      expect(bin[0]).toBe(0x30)
      expect(fake.requests.map((request) => request.url.pathname + request.url.search)).toEqual([
        "/api/ssl/v1/collect/4242?format=x509CO",
        "/api/ssl/v1/collect/4242?format=bin"
      ])
    }))

  it.effect("before issuance: ScmApiError -183, recognised by isNotIssuedYet", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => notCollectable)
      const error = yield* Effect.flip(SslCertificates.collect(sslId, "pem")).pipe(Effect.provide(scm(fake)))
      expect(error).toMatchObject({ _tag: "ScmApiError", status: 400, code: -183 })
      expect(SslCertificates.isNotIssuedYet(error)).toBe(true)
      expect(fake.requests.length).toBe(1)
    }))
})

describe("SslCertificates.awaitIssued (TestClock)", () => {
  /** Answers the scripted answers in turn, then the PEM. */
  const scripted = (...answers: Array<FakeHttp.Answer>) => {
    let i = 0
    return FakeHttp.make(() => answers[i++] ?? { status: 200, body: leafPem })
  }

  it.effect("polls while SCM answers -183 or -1400, then returns the certificate", () =>
    Effect.gen(function*() {
      const fake = scripted(notCollectable, processing, notCollectable)
      const fiber = yield* SslCertificates.awaitIssued(sslId, { schedule: Schedule.spaced("5 seconds") }).pipe(
        Effect.provide(scm(fake)),
        Effect.forkChild
      )
      yield* TestClock.adjust("4 seconds")
      expect(fake.requests.length).toBe(1)
      yield* TestClock.adjust("1 second")
      expect(fake.requests.length).toBe(2)
      yield* TestClock.adjust("10 seconds")
      const pem = yield* Fiber.join(fiber)
      expect(pem).toBe(leafPem)
      expect(fake.requests.length).toBe(4)
      expect(fake.requests.every((request) => request.url.search === "?format=pemia")).toBe(true)
    }))

  it.effect("the deadline passing is NotIssuedError with SCM's last answer", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => notCollectable)
      const fiber = yield* SslCertificates.awaitIssued(sslId, {
        format: "x509",
        schedule: Schedule.spaced("10 seconds"),
        deadline: "55 seconds"
      }).pipe(Effect.provide(scm(fake)), Effect.flip, Effect.forkChild)
      yield* TestClock.adjust("2 minutes")
      const error = yield* Fiber.join(fiber)
      expect(error._tag).toBe("NotIssuedError")
      expect(error).toMatchObject({ sslId: 4242, reason: "deadline", attempts: 6, code: -183 })
      expect(error.message).toContain("SSL certificate 4242 was still not issued when the deadline passed")
      expect(error.message).toContain("after 6 attempt(s) over 55 s")
      expect(fake.requests.every((request) => request.url.search === "?format=x509")).toBe(true)
    }))

  it.effect("the default schedule backs off: 2 s, 3 s, 4.5 s, ... never more than 30 s apart, for 10 minutes", () =>
    Effect.gen(function*() {
      const pollTimes: Array<number> = []
      const fake = FakeHttp.make(() =>
        Effect.map(Clock.currentTimeMillis, (now) => {
          pollTimes.push(now / 1000)
          return notCollectable
        })
      )
      const fiber = yield* SslCertificates.awaitIssued(sslId).pipe(Effect.provide(scm(fake)), Effect.flip, Effect.forkChild)
      yield* TestClock.adjust("11 minutes")
      const error = yield* Fiber.join(fiber)
      expect(error).toMatchObject({ _tag: "NotIssuedError", reason: "deadline", elapsed: Duration.minutes(10) })
      const gaps = pollTimes.slice(1).map((time, i) => time - pollTimes[i]!)
      expect(gaps.slice(0, 4)).toEqual([2, 3, 4.5, 6.75])
      expect(Math.max(...gaps)).toBe(30)
      expect(pollTimes.at(-1)).toBeLessThanOrEqual(600)
    }))

  it.effect("any other error fails at once, without waiting", () =>
    Effect.gen(function*() {
      const fake = scripted(notCollectable, { status: 400, body: { code: -124, description: "Wrong SSL ID" } })
      const fiber = yield* SslCertificates.awaitIssued(sslId, { schedule: Schedule.spaced("5 seconds") }).pipe(
        Effect.provide(scm(fake)),
        Effect.flip,
        Effect.forkChild
      )
      yield* TestClock.adjust("5 seconds")
      const error = yield* Fiber.join(fiber)
      expect(error).toMatchObject({ _tag: "ScmApiError", code: -124 })
      expect(fake.requests.length).toBe(2)
    }))

  it.effect("a schedule that ends first is NotIssuedError too, naming the schedule", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => processing)
      const fiber = yield* SslCertificates.awaitIssued(sslId, { schedule: Schedule.recurs(2) }).pipe(
        Effect.provide(scm(fake)),
        Effect.flip,
        Effect.forkChild
      )
      const error = yield* Fiber.join(fiber)
      expect(error).toMatchObject({ _tag: "NotIssuedError", reason: "schedule", attempts: 3, code: -1400 })
    }))

  it.effect("bin is awaited as bytes", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 200, body: "\u0030\u0001", headers: { "content-type": "application/octet-stream" } }))
      const exit = yield* SslCertificates.awaitIssued(sslId, { format: "bin" }).pipe(Effect.provide(scm(fake)), Effect.exit)
      expect(Exit.isSuccess(exit) && exit.value instanceof Uint8Array).toBe(true)
    }))

  it.effect("its span names the certificate and the attempts", () =>
    Effect.gen(function*() {
      const captured = Capture.make()
      const fake = scripted(notCollectable)
      const fiber = yield* Capture.run(
        captured,
        SslCertificates.awaitIssued(sslId, { schedule: Schedule.spaced("1 second") }).pipe(Effect.provide(scm(fake)))
      ).pipe(Effect.forkChild)
      yield* TestClock.adjust("1 second")
      yield* Fiber.join(fiber)
      const span = captured.spans.find((span) => span.name === "SslCertificates.awaitIssued")
      expect(Object.fromEntries(span?.attributes ?? [])).toMatchObject({
        "scm.ssl_id": 4242,
        "scm.format": "pemia",
        "scm.attempts": 2
      })
      expect(captured.spans.filter((span) => span.name === "SslCertificates.collect").length).toBe(2)
    }))

  it.effect("Duration inputs are accepted as the deadline", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => notCollectable)
      const fiber = yield* SslCertificates.awaitIssued(sslId, { deadline: Duration.seconds(5) }).pipe(
        Effect.provide(scm(fake)),
        Effect.flip,
        Effect.forkChild
      )
      yield* TestClock.adjust("5 seconds")
      expect(yield* Fiber.join(fiber)).toMatchObject({ _tag: "NotIssuedError", reason: "deadline" })
    }))
})

describe("SslCertificates.revoke and renew", () => {
  it.effect("revoke by id and by serial send the spec's RevokeRequest; 204 is success", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 204 }))
      yield* SslCertificates.revoke(sslId, { reason: "key leaked", reasonCode: SslCertificates.ReasonCode.keyCompromise })
        .pipe(Effect.provide(scm(fake)))
      yield* SslCertificates.revokeBySerial("0A:1B/2C", { reasonCode: 4, reason: "replaced" }).pipe(Effect.provide(scm(fake)))
      expect(fake.requests.map((request) => [request.method, request.url.pathname, JSON.parse(request.body)])).toEqual([
        ["POST", "/api/ssl/v1/revoke/4242", { reason: "key leaked", reasonCode: "1" }],
        ["POST", "/api/ssl/v1/revoke/serial/0A:1B%2F2C", { reason: "replaced", reasonCode: "4" }]
      ])
    }))

  it.effect("revoke takes any 2xx, not only the spec's 204", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 200, body: { ok: true } }))
      yield* SslCertificates.revoke(sslId, { reasonCode: 0, reason: "any 2xx" }).pipe(Effect.provide(scm(fake)))
      expect(fake.requests.length).toBe(1)
    }))

  it.effect("revoking twice: ScmApiError -159", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 400, body: { code: -159, description: "Certificate is already revoked" } }))
      const error = yield* Effect.flip(SslCertificates.revoke(sslId, { reasonCode: 0, reason: "again" })).pipe(Effect.provide(scm(fake)))
      expect(error).toMatchObject({ _tag: "ScmApiError", code: -159 })
    }))

  it.effect("renew by id sends a body (empty by default) and returns the new id", () =>
    Effect.gen(function*() {
      const fake = FakeHttp.make(() => ({ status: 200, body: { sslId: 5000 } }))
      const renewed = yield* SslCertificates.renew(sslId).pipe(Effect.provide(scm(fake)))
      yield* SslCertificates.renew(sslId, { csr: "CSR", dcvMode: "EMAIL", dcvEmail: "admin@example.com" }).pipe(
        Effect.provide(scm(fake))
      )
      expect(renewed).toEqual({ sslId: 5000 })
      expect(fake.requests.map((request) => [request.url.pathname, JSON.parse(request.body)])).toEqual([
        ["/api/ssl/v1/renewById/4242", {}],
        ["/api/ssl/v1/renewById/4242", { csr: "CSR", dcvMode: "EMAIL", dcvEmail: "admin@example.com" }]
      ])
    }))
})
