/**
 * The client (S/MIME) certificate lifecycle against the mock server, over real sockets, with each
 * strategy: enroll for a person's e-mail, wait for issuance, collect, check the certificate (chain
 * to the mock's root, EKU emailProtection, the e-mail as rfc822Name, the CSR's key), list, revoke
 * by order number, serial number and e-mail, renew. Then the wait for issuance under a TestClock
 * shared by client and server.
 */
import { describe, expect, it, layer } from "@effect/vitest"
import { Organizations, Persons, type ScmHttpClient, SmimeCertificates, SslCertificates } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import { DateTime, Effect, Fiber, Option, Schedule, Stream } from "effect"
import { TestClock } from "effect/testing"
import * as Crypto from "node:crypto"
import * as Csr from "./fixtures/Csr.js"
import * as Mock from "./fixtures/Mock.js"
import * as Resources from "./fixtures/Resources.js"
import { pollsSeen, sleepCounting, withClock } from "./fixtures/util.js"

// The seeded data: organization 1001 is offered S/MIME profile 1201 (365 or 730 days).
const orgId = Organizations.OrganizationId.make(1001)
const certType = SmimeCertificates.SmimeProfileId.make(1201)

const emailProtection = "1.3.6.1.5.5.7.3.4"

const uniqueEmail = (label: string) => `${label}-${Crypto.randomBytes(4).toString("hex")}@example.com`

const enrollNew = (email: string) =>
  Effect.gen(function*() {
    const csr = yield* Csr.generate("ignored by the CA", [])
    const ordered = yield* SmimeCertificates.enroll({ orgId, csr: csr.pem, certType, term: 365, email, firstName: "Ada", lastName: "Lovelace" })
    return { csr, ...ordered }
  })

/** A `pemia` bundle checked: chained to the mock's root, for e-mail protection, its rfc822Name, for the CSR's key. */
const checked = (bundle: string, csr: Csr.Csr, rootPem: string) => {
  const [leaf, issuingCa] = Csr.certificatesIn(bundle)
  if (leaf === undefined || issuingCa === undefined) throw new Error("no chain in the bundle")
  const root = new Crypto.X509Certificate(rootPem)
  return {
    chainVerifies: leaf.verify(issuingCa.publicKey) && issuingCa.verify(root.publicKey) && issuingCa.checkIssued(root),
    forEmailProtection: (leaf.keyUsage ?? []).includes(emailProtection),
    subjectAltName: leaf.subjectAltName,
    keyMatches: leaf.publicKey.export({ type: "spki", format: "der" }).equals(csr.spki),
    serialNumber: leaf.serialNumber
  }
}

layer(MockScmServer.layer(Mock.mockOptions), { timeout: 60_000 })("SmimeCertificates against the mock server", (it) => {
  describe.each(Resources.strategies)("with %s", (name, strategy) => {
    it.effect("enroll for a person, await issuance, check the certificate, list, revoke, renew", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        const email = uniqueEmail(name)
        const { backendCertId, csr } = yield* enrollNew(email)

        // SCM created the person from the enrollment.
        const personId = Option.getOrThrow(yield* Persons.findByEmail(email))
        expect((yield* Persons.get(personId)).commonName).toBe("Ada Lovelace")

        const bundle = yield* SmimeCertificates.awaitIssued(backendCertId)
        const certificate = checked(bundle, csr, mock.pki.ca.certPem)
        expect(certificate).toMatchObject({ chainVerifies: true, forEmailProtection: true, subjectAltName: `email:${email}`, keyMatches: true })

        const listed = yield* SmimeCertificates.list({ personId }).pipe(Stream.runCollect)
        expect(listed.map((item) => [item.backendCertId, item.state, item.serialNumber])).toEqual([[backendCertId, "issued", certificate.serialNumber]])
        expect(yield* SmimeCertificates.count({ email, state: "issued" })).toBe(1)
        const details = yield* SmimeCertificates.get(listed[0]!.id)
        expect(details).toMatchObject({ id: listed[0]!.id, status: "issued", backendCertId, orgId, subjectAlternativeNames: [email], certType: { id: certType } })
        expect(details.extendedKeyUsages).toContain("emailProtection")
        expect(DateTime.toEpochMillis(details.expires!) - DateTime.toEpochMillis(details.issued!)).toBe(365 * 86_400_000)

        const renewed = yield* SmimeCertificates.renew(backendCertId)
        expect(renewed.backendCertId).not.toBe(backendCertId)
        // A renewal is a new order from the same request and CSR: the same key, certified again.
        expect(checked(yield* SmimeCertificates.collect(renewed.backendCertId, "pemia"), csr, mock.pki.ca.certPem).keyMatches).toBe(true)

        yield* SmimeCertificates.revoke(backendCertId, { reasonCode: SslCertificates.ReasonCode.superseded, reason: "renewed" })
        expect(yield* SmimeCertificates.get(listed[0]!.id)).toMatchObject({ status: "revoked", reasonCode: 4 })
        const again = yield* Effect.flip(SmimeCertificates.revoke(backendCertId, { reason: "twice" }))
        expect(again).toMatchObject({ _tag: "ScmApiError", code: -159 })

        yield* SmimeCertificates.revokeByEmail(email, { reasonCode: SslCertificates.ReasonCode.affiliationChanged, reason: "left" })
        const states = yield* SmimeCertificates.list({ email }).pipe(Stream.map((item) => item.state), Stream.runCollect)
        expect(states).toEqual(["revoked", "revoked"])
      }).pipe(Effect.provide(strategy())))
  })

  it.effect("revoke and renew by serial number; profiles, custom fields and typed refusals", () =>
    Effect.gen(function*() {
      const email = uniqueEmail("serial")
      const { backendCertId } = yield* enrollNew(email)
      yield* SmimeCertificates.collect(backendCertId, "x509CO")
      const [issued] = yield* SmimeCertificates.list({ backendCertId }).pipe(Stream.runCollect)
      const serialNumber = issued?.serialNumber ?? ""
      expect(serialNumber).toMatch(/^[0-9A-F]+$/)

      const renewed = yield* SmimeCertificates.renewBySerial(serialNumber)
      yield* SmimeCertificates.revokeBySerial(serialNumber, { reasonCode: SslCertificates.ReasonCode.keyCompromise, reason: "lost laptop" })
      const states = yield* SmimeCertificates.list({ email }).pipe(Stream.runCollect)
      expect(states.map((item) => [item.backendCertId, item.state])).toEqual([[backendCertId, "revoked"], [renewed.backendCertId, "issued"]])
      expect(yield* Effect.flip(SmimeCertificates.collect(backendCertId, "pem"))).toMatchObject({ _tag: "ScmApiError", code: -110 })

      const profiles = yield* SmimeCertificates.types({ organizationId: orgId })
      expect(profiles.map((profile) => [profile.id, profile.terms])).toEqual([[1201, [365, 730]], [1202, [365, 730, 1095]]])
      expect((yield* SmimeCertificates.customFields()).map((field) => field.name)).toEqual(["Employee number"])

      const csr = yield* Csr.generate("x", [])
      const enroll = (changes: Partial<SmimeCertificates.EnrollRequest>) =>
        Effect.flip(SmimeCertificates.enroll({ orgId, csr: csr.pem, certType, term: 365, email: uniqueEmail("no"), firstName: "A", lastName: "B", ...changes }))
      expect(yield* enroll({ term: 10 })).toMatchObject({ _tag: "ScmApiError", code: -36 })
      expect(yield* enroll({ certType: SmimeCertificates.SmimeProfileId.make(1101) })).toMatchObject({ _tag: "ScmApiError", code: -172 })
      expect(yield* enroll({ csr: "not a CSR" })).toMatchObject({ _tag: "ScmApiError", code: -9 })
      expect(yield* Effect.flip(SmimeCertificates.collect(SmimeCertificates.BackendCertId.make("999999999"), "pem"))).toMatchObject({
        _tag: "ScmApiError",
        code: -5101
      })
      expect(yield* Effect.flip(SmimeCertificates.revokeByEmail(uniqueEmail("nobody"), {}))).toMatchObject({
        _tag: "ScmApiError",
        status: 404,
        code: -105
      })
    }).pipe(Effect.provide(Mock.certificate())))

  it.effect("the 120 seeded certificates page and filter", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      yield* mock.reset
      const all = yield* SmimeCertificates.list(undefined, { pageSize: 50 }).pipe(Stream.runCollect)
      expect(all.length).toBe(120)
      expect(yield* SmimeCertificates.count({ state: "expired" })).toBe(15)
      const page = yield* SmimeCertificates.page({ state: "revoked" }, { position: 10, size: 10 })
      expect([page.items.length, page.total]).toEqual([5, 15])
      expect(page.items.every((item) => item.state === "revoked")).toBe(true)
    }).pipe(Effect.provide(Mock.password())))
})

describe("SmimeCertificates.awaitIssued against the mock server, under a TestClock it shares", () => {
  const notIssuedAnswers = (entries: ReadonlyArray<MockScmServer.JournalEntry>, backendCertId: string) =>
    entries.filter((entry) => entry.path.includes(`/collect/${backendCertId}`) && entry.status === 400).length

  /** Real-time waits until the client got its `polls`-th "not issued yet" and sleeps (the deadline's timer and the schedule's). */
  const pollsAnswered = (backendCertId: string, polls: number, pending: () => number) =>
    pollsSeen((entries) => notIssuedAnswers(entries, backendCertId), polls, pending)

  const withMock = (options: Partial<MockScmServer.Options>) =>
    <A, E>(effect: Effect.Effect<A, E, ScmHttpClient.ScmHttpClient | MockScmServer.MockScmServer>) =>
      Effect.flatMap(MockScmServer.make({ ...Mock.mockOptions, ...options }), (mock) =>
        effect.pipe(Effect.provide(Mock.oauth2() as Resources.MockClient), Effect.provideService(MockScmServer.MockScmServer, mock)))

  it.effect("polls over the socket while the mock says -183, and collects once its clock reaches issuance", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const email = uniqueEmail("clock")
      const { backendCertId, csr } = yield* enrollNew(email)
      const sleeps = yield* sleepCounting
      const waiting = yield* SmimeCertificates.awaitIssued(backendCertId, { schedule: Schedule.spaced("10 seconds"), deadline: "5 minutes" }).pipe(
        withClock(sleeps.clock),
        Effect.forkChild
      )
      // Polls at 0, 10, ..., 50 s are answered -183; the one at 60 s collects.
      for (let poll = 1; poll <= 6; poll++) {
        yield* pollsAnswered(backendCertId, poll, sleeps.pending)
        yield* TestClock.adjust("10 seconds")
      }
      const bundle = yield* Fiber.join(waiting)
      expect(notIssuedAnswers(yield* mock.journal, backendCertId)).toBe(6)
      expect(checked(bundle, csr, mock.pki.ca.certPem)).toMatchObject({ chainVerifies: true, forEmailProtection: true, subjectAltName: `email:${email}`, keyMatches: true })
    }).pipe(withMock({ issuanceDelaySeconds: 60 })), { timeout: 30_000 })

  it.effect("the deadline passes: SmimeNotIssuedError with SCM's last code, and no poll after it", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const { backendCertId } = yield* enrollNew(uniqueEmail("deadline"))
      const sleeps = yield* sleepCounting
      const waiting = yield* SmimeCertificates.awaitIssued(backendCertId, { schedule: Schedule.spaced("10 seconds"), deadline: "25 seconds" }).pipe(
        Effect.flip,
        withClock(sleeps.clock),
        Effect.forkChild
      )
      // Polls at 0, 10 and 20 s; the deadline passes at 25 s, before a poll at 30 s.
      for (let poll = 1; poll <= 3; poll++) {
        yield* pollsAnswered(backendCertId, poll, sleeps.pending)
        yield* TestClock.adjust("10 seconds")
      }
      const error = yield* Fiber.join(waiting)
      expect(error).toMatchObject({ _tag: "SmimeNotIssuedError", backendCertId, reason: "deadline", attempts: 3, code: -1400 })
      expect(error.message).toContain(`Client certificate ${backendCertId} was still not issued when the deadline passed`)
      expect(notIssuedAnswers(yield* mock.journal, backendCertId)).toBe(3)
    }).pipe(withMock({ issuanceDelaySeconds: 3600, pendingCollect: "beingProcessed" })), { timeout: 30_000 })

  it.effect("a schedule that ends first: SmimeNotIssuedError for the schedule", () =>
    Effect.gen(function*() {
      const { backendCertId } = yield* enrollNew(uniqueEmail("schedule"))
      const error = yield* SmimeCertificates.awaitIssued(backendCertId, { schedule: Schedule.recurs(0) }).pipe(Effect.flip)
      expect(error).toMatchObject({ _tag: "SmimeNotIssuedError", reason: "schedule", attempts: 1, code: -183 })
    }).pipe(withMock({ issuanceDelaySeconds: 3600 })), { timeout: 30_000 })
})
