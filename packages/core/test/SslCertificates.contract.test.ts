/**
 * The SSL certificate lifecycle against the mock server, over real sockets, with each strategy:
 * enroll, wait for issuance, collect, verify the chain, list, revoke, list again. Then pagination
 * over the 450 seeded certificates, every error of issue 5 as a typed ScmApiError, and the wait
 * for issuance under a TestClock shared by client and server.
 */
import { describe, expect, it, layer } from "@effect/vitest"
import { Effect, Fiber, Schedule, Stream } from "effect"
import { TestClock } from "effect/testing"
import * as Crypto from "node:crypto"
import { Organizations, SslCertificates } from "@scm-effect/core"
import type { ScmHttpClient } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import * as Csr from "./fixtures/Csr.js"
import * as Mock from "./fixtures/Mock.js"
import * as Resources from "./fixtures/Resources.js"
import { pollsSeen, sleepCounting, withClock, withRealClock } from "./fixtures/util.js"

// The seeded data: organization 1001 is offered profile 1101 ("Sectigo OV SSL", 200 days).
const orgId = Organizations.OrganizationId.make(1001)
const profileId = SslCertificates.ProfileId.make(1101)
const term = 200


let names = 0
/** A common name no other test uses, so list filters find only this test's certificate. */
const uniqueName = (label: string) => `${label}-${++names}-${Crypto.randomBytes(3).toString("hex")}.example.com`

const enrollNew = (commonName: string) =>
  Effect.gen(function*() {
    const csr = yield* Csr.generate(commonName, [commonName, `alt.${commonName}`])
    const enrolled = yield* SslCertificates.enroll({ csr: csr.pem, certType: profileId, term, orgId })
    return { csr, ...enrolled }
  })

/** Collect answers "not issued yet" (400) the mock gave for `sslId`. */
const notIssuedAnswers = (entries: ReadonlyArray<MockScmServer.JournalEntry>, sslId: number) =>
  entries.filter((entry) => entry.path.includes(`/collect/${sslId}`) && entry.status === 400).length

/** Waits (real time, a few ms at a time) until the mock's journal satisfies `predicate`. */
const journalShows = (predicate: (entries: ReadonlyArray<MockScmServer.JournalEntry>) => boolean) =>
  Effect.gen(function*() {
    const mock = yield* MockScmServer.MockScmServer
    for (let i = 0; i < 1000; i++) {
      if (predicate(yield* mock.journal)) return
      yield* Effect.sleep("5 millis")
    }
    return yield* Effect.die(new Error("the mock's journal never showed what the test waits for"))
  })

const idsOf = <A extends { readonly sslId: number }>(items: ReadonlyArray<A>) => items.map((item) => item.sslId)

layer(MockScmServer.layer(Mock.mockOptions))("SslCertificates against the mock server", (it) => {
  describe.each(Resources.strategies)("with %s", (name, strategy) => {
    it.effect("enroll, await issuance, collect, verify the chain, list, revoke, list again", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        yield* mock.setIssuance({ manual: true })
        const commonName = uniqueName(name.toLowerCase())
        const { csr, renewId, sslId } = yield* enrollNew(commonName)
        expect(renewId.length).toBeGreaterThan(0)
        expect((yield* SslCertificates.get(sslId)).status).toBe("Applied")

        // Not issued yet: awaitIssued polls (on a short real schedule) until the CA issues it.
        const waiting = yield* SslCertificates.awaitIssued(sslId, { schedule: Schedule.spaced("20 millis") }).pipe(
          Effect.forkChild
        )
        yield* journalShows((entries) => notIssuedAnswers(entries, sslId) >= 2)
        yield* mock.issueCertificate(sslId)
        const bundle = yield* Fiber.join(waiting)

        const verified = Csr.verify(bundle, csr, mock.sslIssuingCaPem, mock.pki.ca.certPem)
        expect(verified.chainVerifies).toBe(true)
        expect(verified.keyMatches).toBe(true)
        expect(verified.leaf.subject).toContain(`CN=${commonName}`)
        expect(verified.dnsNames).toEqual(expect.arrayContaining([commonName, `alt.${commonName}`]))

        const details = yield* SslCertificates.get(sslId)
        expect(details.status).toBe("Issued")
        expect(details.issued).toBeDefined()
        expect(details.serialNumber?.replace(/:/g, "").toUpperCase()).toBe(verified.leaf.serialNumber.toUpperCase())

        const listed = yield* SslCertificates.list({ commonName }).pipe(Stream.runCollect)
        expect(idsOf(listed)).toEqual([sslId])
        expect(yield* SslCertificates.count({ commonName, status: "Issued" })).toBe(1)

        yield* SslCertificates.revoke(sslId, { reason: "contract test", reasonCode: SslCertificates.ReasonCode.superseded })
        const revoked = yield* SslCertificates.get(sslId)
        expect(revoked.status).toBe("Revoked")
        expect(revoked.revoked).toBeDefined()
        expect(idsOf(yield* SslCertificates.list({ commonName, status: "Revoked" }).pipe(Stream.runCollect))).toEqual([sslId])
        expect(idsOf(yield* SslCertificates.list({ commonName, status: "Issued" }).pipe(Stream.runCollect))).toEqual([])

        // Certificate login reached the same resources under /private, without the caller saying so.
        const journal = yield* Mock.apiEntries
        const prefix = name === "certificate" ? "/private/api/ssl/v1" : "/api/ssl/v1"
        expect(journal.filter((entry) => entry.path.startsWith("/api") || entry.path.startsWith("/private"))
          .every((entry) => entry.path.startsWith(prefix))).toBe(true)
      }).pipe(Effect.provide(strategy()), withRealClock))
  })

  describe("pagination over the 450 seeded certificates", () => {
    const listCalls = (entries: ReadonlyArray<MockScmServer.JournalEntry>) =>
      entries.filter((entry) => entry.method === "GET" && entry.path.startsWith("/api/ssl/v1?")).map((entry) => entry.path)

    it.effect("the Stream reads all 450 in three pages and stops on X-Total-Count", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        const all = yield* SslCertificates.list().pipe(Stream.runCollect)
        const ids = idsOf(all)
        expect(ids.length).toBe(450)
        expect(new Set(ids).size).toBe(450)
        expect(ids[0]).toBe(20001)
        expect(ids.at(-1)).toBe(20450)
        // The generated operation writes the query in the spec's order: size, position, filters.
        expect(listCalls(yield* mock.journal)).toEqual([
          "/api/ssl/v1?size=200&position=0",
          "/api/ssl/v1?size=200&position=200",
          "/api/ssl/v1?size=200&position=400"
        ])
        expect(yield* SslCertificates.count()).toBe(450)
      }).pipe(Effect.provide(Mock.password())))

    it.effect("first, middle, last and empty pages", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        const first = yield* SslCertificates.page(undefined, { position: 0 })
        const middle = yield* SslCertificates.page(undefined, { position: 200, size: 200 })
        const last = yield* SslCertificates.page(undefined, { position: 400, size: 200 })
        const empty = yield* SslCertificates.page(undefined, { position: 450, size: 200 })
        expect([first, middle, last, empty].map((page) => [page.position, page.items.length, page.total])).toEqual([
          [0, 200, 450],
          [200, 200, 450],
          [400, 50, 450],
          [450, 0, 450]
        ])
        expect(middle.items[0]?.sslId).toBe(20201)
        expect(last.items.at(-1)?.sslId).toBe(20450)
      }).pipe(Effect.provide(Mock.certificate())))

    it.effect("Stream.take stops fetching: 5 items cost one page, 250 cost two", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        expect((yield* SslCertificates.list().pipe(Stream.take(5), Stream.runCollect)).length).toBe(5)
        expect(listCalls(yield* mock.journal)).toEqual(["/api/ssl/v1?size=200&position=0"])
        yield* mock.clearJournal
        expect((yield* SslCertificates.list().pipe(Stream.take(250), Stream.runCollect)).length).toBe(250)
        expect(listCalls(yield* mock.journal).length).toBe(2)
      }).pipe(Effect.provide(Mock.oauth2())))

    it.effect("filters page too: 270 Issued in pages of 100, the count agreeing", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        const issued = yield* SslCertificates.list({ status: "Issued" }, { pageSize: 100 }).pipe(Stream.runCollect)
        expect(issued.length).toBe(yield* SslCertificates.count({ status: "Issued" }))
        expect(issued.length).toBe(270)
        expect(listCalls(yield* mock.journal)).toEqual([
          "/api/ssl/v1?size=100&position=0&status=Issued",
          "/api/ssl/v1?size=100&position=100&status=Issued",
          "/api/ssl/v1?size=100&position=200&status=Issued"
        ])
        const none = yield* SslCertificates.list({ commonName: "no-such-name.invalid" }).pipe(Stream.runCollect)
        expect(none.length).toBe(0)
      }).pipe(Effect.provide(Mock.password())))
  })

  describe("collect formats, renewal and revocation by serial", () => {
    it.effect("every format the spec lists, typed by format", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        // With the mock's default settings an enrollment is issued by the next request.
        const { sslId } = yield* enrollNew(uniqueName("formats"))
        const issuingCa = new Crypto.X509Certificate(mock.sslIssuingCaPem).fingerprint256
        const root = new Crypto.X509Certificate(mock.pki.ca.certPem).fingerprint256
        const leaf = Csr.certificatesIn(yield* SslCertificates.collect(sslId, "x509CO"))[0]!.fingerprint256
        const chainOf = (pem: string) => Csr.certificatesIn(pem).map((certificate) => certificate.fingerprint256)
        const pemFormats = {
          x509: [root, issuingCa, leaf],
          pem: [root, issuingCa, leaf],
          x509R: [leaf, issuingCa, root],
          pemia: [leaf, issuingCa],
          x509CO: [leaf],
          pemco: [leaf],
          x509IO: [root, issuingCa],
          x509IOR: [issuingCa, root]
        } as const
        for (const [format, expected] of Object.entries(pemFormats)) {
          const pem: string = yield* SslCertificates.collect(sslId, format as keyof typeof pemFormats)
          expect([format, chainOf(pem)]).toEqual([format, expected])
        }
        const pkcs7Pem: string = yield* SslCertificates.collect(sslId, "base64")
        expect(pkcs7Pem).toMatch(/^-----BEGIN PKCS7-----/)
        const der: Uint8Array = yield* SslCertificates.collect(sslId, "bin")
        expect(der[0]).toBe(0x30)
        expect(Buffer.from(pkcs7Pem.replace(/-----[A-Z0-9 ]+-----|\s/g, ""), "base64").equals(Buffer.from(der))).toBe(true)
      }).pipe(Effect.provide(Mock.password())))

    it.effect("renew issues a new certificate from the same request; revoke by serial number", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        const commonName = uniqueName("renew")
        const { csr, sslId } = yield* enrollNew(commonName)
        expect((yield* SslCertificates.get(sslId)).status).toBe("Issued")
        const renewed = yield* SslCertificates.renew(sslId)
        expect(renewed.sslId).not.toBe(sslId)
        const bundle = yield* SslCertificates.awaitIssued(renewed.sslId, { schedule: Schedule.spaced("10 millis") })
        const verified = Csr.verify(bundle, csr, mock.sslIssuingCaPem, mock.pki.ca.certPem)
        expect(verified.chainVerifies && verified.keyMatches).toBe(true)
        expect(verified.leaf.subject).toContain(commonName)

        const { serialNumber } = yield* SslCertificates.get(renewed.sslId)
        expect(serialNumber).toBeDefined()
        yield* SslCertificates.revokeBySerial(serialNumber!, { reasonCode: 5, reason: "decommissioned" })
        expect((yield* SslCertificates.get(renewed.sslId)).status).toBe("Revoked")
        expect((yield* SslCertificates.get(sslId)).status).not.toBe("Revoked")
      }).pipe(Effect.provide(Mock.password()), withRealClock))
  })

  describe("every error of the lifecycle is a typed ScmApiError with SCM's code", () => {
    const enrollError = (request: Partial<SslCertificates.EnrollRequest>) =>
      Effect.flip(SslCertificates.enroll(request as SslCertificates.EnrollRequest))

    it.effect("enroll: -7, -9, -10, -111, -36", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        const csr = (yield* Csr.generate(uniqueName("errors"))).pem
        const valid = { csr, certType: profileId, term, orgId }
        // The type requires orgId; a caller in plain JavaScript could still leave it out.
        const { orgId: _, ...withoutOrg } = valid
        const errors = [
          yield* enrollError(withoutOrg),
          yield* enrollError({ ...valid, csr: "this is not base64 at all!" }),
          yield* enrollError({ ...valid, csr: Buffer.from("forty-two bytes that are not a CSR").toString("base64") }),
          yield* enrollError({ ...valid, certType: SslCertificates.ProfileId.make(999999) }),
          yield* enrollError({ ...valid, term: 7 })
        ]
        expect(errors.map((error) => [error._tag, error._tag === "ScmApiError" ? error.code : undefined])).toEqual([
          ["ScmApiError", -7],
          ["ScmApiError", -9],
          ["ScmApiError", -10],
          ["ScmApiError", -111],
          ["ScmApiError", -36]
        ])
        expect(errors[0]?.message).toContain("code -7")
        // None of them was resent: a refused POST is not retried.
        const enrolls = (yield* mock.journal).filter((entry) => entry.path === "/api/ssl/v1/enroll")
        expect(enrolls.length).toBe(5)
      }).pipe(Effect.provide(Mock.password())))

    it.effect("collect before issuance: -183, or -1400 while being processed", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        yield* mock.setIssuance({ manual: true })
        const first = yield* enrollNew(uniqueName("pending"))
        const notCollectable = yield* Effect.flip(SslCertificates.collect(first.sslId, "pemia"))
        yield* mock.setIssuance({ pendingCollect: "beingProcessed" })
        const second = yield* enrollNew(uniqueName("processing"))
        const processing = yield* Effect.flip(SslCertificates.collect(second.sslId, "pemia"))
        expect(notCollectable).toMatchObject({ _tag: "ScmApiError", status: 400, code: -183 })
        expect(processing).toMatchObject({ _tag: "ScmApiError", status: 400, code: -1400 })
        expect([notCollectable, processing].every(SslCertificates.isNotIssuedYet)).toBe(true)
      }).pipe(Effect.provide(Mock.oauth2())))

    it.effect("revoke: -102 before issuance, -159 twice; unknown ids -124 and serials -5101", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        yield* mock.reset
        yield* mock.setIssuance({ manual: true })
        const { sslId } = yield* enrollNew(uniqueName("revoke"))
        const reason = { reasonCode: SslCertificates.ReasonCode.unspecified, reason: "contract test" }
        const notIssued = yield* Effect.flip(SslCertificates.revoke(sslId, reason))
        yield* mock.issueCertificate(sslId)
        yield* SslCertificates.revoke(sslId, reason)
        const twice = yield* Effect.flip(SslCertificates.revoke(sslId, reason))
        const unknown = SslCertificates.SslId.make(999999)
        const unknownErrors = [
          yield* Effect.flip(SslCertificates.get(unknown)),
          yield* Effect.flip(SslCertificates.collect(unknown, "pemia")),
          yield* Effect.flip(SslCertificates.revoke(unknown, reason)),
          yield* Effect.flip(SslCertificates.renew(unknown))
        ]
        const unknownSerial = yield* Effect.flip(SslCertificates.revokeBySerial("00DEADBEEF", reason))
        expect(notIssued).toMatchObject({ _tag: "ScmApiError", code: -102 })
        expect(twice).toMatchObject({ _tag: "ScmApiError", code: -159 })
        expect(unknownErrors.map((error) => [error._tag, error._tag === "ScmApiError" ? error.code : undefined])).toEqual([
          ["ScmApiError", -124],
          ["ScmApiError", -124],
          ["ScmApiError", -124],
          ["ScmApiError", -124]
        ])
        expect(unknownSerial).toMatchObject({ _tag: "ScmApiError", code: -5101 })
      }).pipe(Effect.provide(Mock.certificate())))
  })
})

describe("SslCertificates.awaitIssued against the mock server, under a TestClock it shares", () => {
  /** Real-time waits until the client got its `polls`-th "not issued yet" and went to sleep. */
  const pollsAnswered = (sslId: number, polls: number, pending: () => number) =>
    pollsSeen((entries) => notIssuedAnswers(entries, sslId), polls, pending)

  const withMock = (options: Partial<MockScmServer.Options>) =>
    <A, E>(effect: Effect.Effect<A, E, ScmHttpClient.ScmHttpClient | MockScmServer.MockScmServer>) =>
      Effect.flatMap(MockScmServer.make({ ...Mock.mockOptions, ...options }), (mock) =>
        effect.pipe(
          Effect.provide(Mock.password() as Resources.MockClient),
          Effect.provideService(MockScmServer.MockScmServer, mock)
        ))

  it.effect("polls over the socket while the mock says -183, and collects once its clock reaches issuance", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const { csr, sslId } = yield* enrollNew(uniqueName("clock"))
      const sleeps = yield* sleepCounting
      const waiting = yield* SslCertificates.awaitIssued(sslId, {
        schedule: Schedule.spaced("10 seconds"),
        deadline: "5 minutes"
      }).pipe(withClock(sleeps.clock), Effect.forkChild)
      // Polls at 0, 10, ..., 50 s are answered -183; the one at 60 s collects.
      for (let poll = 1; poll <= 6; poll++) {
        yield* pollsAnswered(sslId, poll, sleeps.pending)
        yield* TestClock.adjust("10 seconds")
      }
      const bundle = yield* Fiber.join(waiting)
      const journal = yield* mock.journal
      expect(notIssuedAnswers(journal, sslId)).toBe(6)
      expect(Csr.verify(bundle, csr, mock.sslIssuingCaPem, mock.pki.ca.certPem)).toMatchObject({
        chainVerifies: true,
        keyMatches: true
      })
    }).pipe(withMock({ issuanceDelaySeconds: 60 })))

  it.effect("the deadline passes: NotIssuedError, and no poll after it", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const { sslId } = yield* enrollNew(uniqueName("deadline"))
      const sleeps = yield* sleepCounting
      const waiting = yield* SslCertificates.awaitIssued(sslId, {
        schedule: Schedule.spaced("10 seconds"),
        deadline: "25 seconds"
      }).pipe(Effect.flip, withClock(sleeps.clock), Effect.forkChild)
      // Polls at 0, 10 and 20 s; the deadline passes at 25 s, before a poll at 30 s.
      for (let poll = 1; poll <= 3; poll++) {
        yield* pollsAnswered(sslId, poll, sleeps.pending)
        yield* TestClock.adjust("10 seconds")
      }
      const error = yield* Fiber.join(waiting)
      expect(error).toMatchObject({ _tag: "NotIssuedError", sslId, reason: "deadline", attempts: 3, code: -1400 })
      expect(notIssuedAnswers(yield* mock.journal, sslId)).toBe(3)
    }).pipe(withMock({ manualIssuance: true, pendingCollect: "beingProcessed" })))
})
