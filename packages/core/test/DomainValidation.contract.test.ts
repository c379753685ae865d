/**
 * DomainValidation against the mock server, over real sockets, with each strategy: the mock
 * really fetches the file from a web server on 127.0.0.1 and reads DNS from a map, checks a failed
 * order again on its clock (a TestClock the client shares), and survives faults in the middle.
 */
import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Fiber, Schedule, Stream } from "effect"
import { TestClock } from "effect/testing"
import { Domains, DomainValidation, Organizations, type ScmHttpClient } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import { dcvFileServer, type DcvFiles, dnsRecords } from "../../mock-server/src/internal/areas/dcv/fixtures.js"
import * as Mock from "./fixtures/Mock.js"
import * as Resources from "./fixtures/Resources.js"
import { pollsSeen, sleepCounting, withClock, withRealClock } from "./fixtures/util.js"

const orgId = Organizations.OrganizationId.make(1001)
const delegations = [{ orgId, certTypes: ["SSL"] }] as const

let names = 0
const uniqueDomain = (label: string) => `${label}-${++names}.dcv.test`

interface World {
  readonly mock: MockScmServer.Service
  readonly files: DcvFiles
  readonly dns: ReturnType<typeof dnsRecords>
}

/**
 * A mock started inside the test (so the test's TestClock is its clock too) whose HTTP checks go
 * to a local file server for `domains`, its DNS a map; the client logs in with `strategy`.
 */
const withWorld = (domains: ReadonlyArray<string>, strategy: () => Resources.MockClient = Mock.password) =>
  <A, E>(f: (world: World) => Effect.Effect<A, E, ScmHttpClient.ScmHttpClient | MockScmServer.MockScmServer>) =>
    Effect.gen(function*() {
      const files = yield* dcvFileServer
      const dns = dnsRecords()
      const mock = yield* MockScmServer.make({
        ...Mock.mockOptions,
        dcv: { hosts: Object.fromEntries(domains.map((domain) => [domain, files.url])), resolve: dns.resolve }
      })
      return yield* f({ mock, files, dns }).pipe(Effect.provide(strategy()), Effect.provideService(MockScmServer.MockScmServer, mock))
    })

const statusCalls = (entries: ReadonlyArray<MockScmServer.JournalEntry>) =>
  entries.filter((entry) => entry.path === "/api/dcv/v2/validation/status" || entry.path === "/private/api/dcv/v2/validation/status").length

/** Real-time waits until the client made its `polls`-th status call and sleeps (deadline timer and schedule). */
const pollsMade = (polls: number, pending: () => number) => pollsSeen(statusCalls, polls, pending)

const iso = (value: DateTime.Utc | undefined) => (value === undefined ? undefined : DateTime.formatIso(value))

describe("DomainValidation against the mock server", () => {
  describe.each(Resources.strategies)("with %s", (_name, strategy) => {
    const domain = uniqueDomain("http")
    it.effect("HTTP: a wrong file stays not validated; the right one is seen at the mock's next check, which awaitValidated waits for", () =>
      withWorld([domain], strategy)(({ files }) =>
        Effect.gen(function*() {
          const id = yield* Domains.create({ name: domain, delegations })
          expect(yield* Domains.get(id)).toMatchObject({ name: domain, validationStatus: "NOT_VALIDATED", state: "ACTIVE" })

          const instructions = yield* DomainValidation.start(domain, "HTTP")
          const file = DomainValidation.fileOf(instructions)
          expect(instructions.url).toBe(`http://${domain}${file.path}`)
          expect(file.content).toBe(`${instructions.firstLine}\n${instructions.secondLine}\n`)
          files.publish(file.name, "not the token\nsectigo.com\n")
          expect(yield* DomainValidation.submit(domain, "HTTP")).toMatchObject({ status: "NOT_VALIDATED", orderStatus: "SUBMITTED" })
          files.publish(file.name, file.content)

          // The mock checks again 300 s after the first check; polls at 0, 60, ... 240 s see "Not validated".
          const sleeps = yield* sleepCounting
          const waiting = yield* DomainValidation.awaitValidated(domain, { schedule: Schedule.spaced("1 minute"), deadline: "30 minutes" })
            .pipe(withClock(sleeps.clock), Effect.forkChild)
          for (let poll = 1; poll <= 5; poll++) {
            yield* pollsMade(poll, sleeps.pending)
            yield* TestClock.adjust("1 minute")
          }
          const validated = yield* Fiber.join(waiting)
          expect(validated).toMatchObject({ status: "VALIDATED", orderMode: "HTTP", orderStatus: "SUBMITTED", url: instructions.url })
          expect(iso(validated.validationDate)).toBe("1970-01-01T00:00:00.000Z")
          expect(iso(validated.expirationDate)).toBe("1971-01-01T00:00:00.000Z")
          expect(files.requested).toHaveLength(2)

          const details = yield* Domains.get(id)
          expect(details).toMatchObject({ validationStatus: "VALIDATED", validationMethod: "HTTP_CSR_HASH" })
          expect(details.dcvExpiration && DateTime.formatIsoDate(details.dcvExpiration)).toBe("1971-01-01")
          const listed = yield* DomainValidation.list({ domain }).pipe(Stream.runCollect)
          expect(listed).toHaveLength(1)
          expect(listed[0]).toMatchObject({ domain, dcvStatus: "VALIDATED", dcvMethod: "HTTP_CSR_HASH", dcvOrderMethod: "HTTP" })
          expect(iso(listed[0]?.expirationDate)).toBe("1971-01-01T00:00:00.000Z")
        })), { timeout: 20_000 })
  })

  it.effect("HTTPS, CNAME and TXT through the resolver, email to an offered address", () =>
    withWorld(["https.dcv.test"])(({ dns, files }) =>
      Effect.gen(function*() {
        for (const name of ["https.dcv.test", "cname.dcv.test", "txt.dcv.test", "mail.dcv.test"]) {
          yield* Domains.create({ name, delegations })
        }
        const https = yield* DomainValidation.start("https.dcv.test", "HTTPS")
        expect(https.url.startsWith("https://https.dcv.test/.well-known/pki-validation/")).toBe(true)
        const file = DomainValidation.fileOf(https)
        files.publish(file.name, file.content)
        expect(yield* DomainValidation.submit("https.dcv.test", "HTTPS")).toMatchObject({ status: "VALIDATED" })

        const cname = yield* DomainValidation.start("cname.dcv.test", "CNAME")
        dns.set("CNAME", cname.host, [cname.point])
        expect(yield* DomainValidation.submit("cname.dcv.test", "CNAME")).toMatchObject({ status: "VALIDATED" })

        // TXT: start submits (SCM has no TXT start) and gives the record; a later submit checks it.
        const txt = yield* DomainValidation.start("txt.dcv.test", "TXT")
        expect(txt.host).toBe("_pki-validation.txt.dcv.test.")
        expect((yield* DomainValidation.status("txt.dcv.test")).status).toBe("NOT_VALIDATED")
        dns.set("TXT", txt.host, [txt.point])
        expect(yield* DomainValidation.submit("txt.dcv.test", "TXT")).toMatchObject({ status: "VALIDATED" })

        const choices = yield* DomainValidation.start("mail.dcv.test", "EMAIL")
        expect(choices.emails).toContain("admin@mail.dcv.test")
        expect(choices.dcvEmails[0]?.adminEmails).toEqual(choices.emails)
        const mailed = yield* DomainValidation.submit("mail.dcv.test", "EMAIL", { email: "admin@mail.dcv.test" })
        expect(mailed).toMatchObject({ orderStatus: "SUBMITTED", emailValidationReferenceNumber: expect.stringMatching(/^\d+$/) })
        expect((yield* DomainValidation.status("mail.dcv.test")).validationEmail).toBe("admin@mail.dcv.test")
        const wrong = yield* Effect.flip(DomainValidation.submit("mail.dcv.test", "EMAIL", { email: "someone@else.test" }))
        expect(wrong).toMatchObject({ _tag: "ScmApiError", status: 400, code: -518 })

        // Clear resets the order and keeps the validation; delete drops it.
        expect(yield* DomainValidation.clear("cname.dcv.test")).toMatchObject({ status: "VALIDATED", orderStatus: "NOT_INITIATED" })
        yield* DomainValidation.remove("cname.dcv.test")
        expect(yield* DomainValidation.status("cname.dcv.test")).toMatchObject({ status: "NOT_VALIDATED", orderStatus: "NOT_INITIATED" })
        expect(yield* DomainValidation.sync("https.dcv.test", { force: true })).toMatchObject({ status: "VALIDATED" })
      })), { timeout: 20_000 })

  it.effect("the list streams every page with its expiry, and count matches it", () =>
    withWorld([])(() =>
      Effect.gen(function*() {
        const all = yield* DomainValidation.list(undefined, { pageSize: 7 }).pipe(Stream.runCollect)
        expect(all.length).toBe(yield* DomainValidation.count())
        expect(all.length).toBeGreaterThan(7)
        const mock = yield* MockScmServer.MockScmServer
        expect((yield* mock.journal).filter((entry) => entry.path.startsWith("/api/dcv/v2/validation?")).length).toBe(Math.ceil(all.length / 7))
        // The seed's validations date from a month before the start: they expire in 335 days.
        expect(yield* DomainValidation.list({ expiresIn: 30 }).pipe(Stream.runCollect)).toEqual([])
        const expiring = yield* DomainValidation.list({ expiresIn: 336, org: orgId }).pipe(Stream.runCollect)
        expect(expiring.length).toBeGreaterThan(0)
        expect(expiring.every((validation) => iso(validation.expirationDate) === "1970-12-02T00:00:00.000Z")).toBe(true)
        const notValidated = yield* DomainValidation.list({ dcvStatus: "NOT_VALIDATED" }).pipe(Stream.runCollect)
        expect(notValidated.map((validation) => validation.domain)).toContain("example.eu")
      })), { timeout: 20_000 })

  it.effect("awaitValidated: the deadline passes with NotValidatedError and SCM's last status, no poll after it", () =>
    withWorld([])(() =>
      Effect.gen(function*() {
        yield* Domains.create({ name: "never.dcv.test", delegations })
        yield* DomainValidation.start("never.dcv.test", "HTTP")
        const sleeps = yield* sleepCounting
        const waiting = yield* DomainValidation.awaitValidated("never.dcv.test", { schedule: Schedule.spaced("10 seconds"), deadline: "25 seconds" })
          .pipe(Effect.flip, withClock(sleeps.clock), Effect.forkChild)
        for (let poll = 1; poll <= 3; poll++) {
          yield* pollsMade(poll, sleeps.pending)
          yield* TestClock.adjust("10 seconds")
        }
        const error = yield* Fiber.join(waiting)
        expect(error).toMatchObject({
          _tag: "NotValidatedError",
          domain: "never.dcv.test",
          reason: "deadline",
          attempts: 3,
          status: "NOT_VALIDATED",
          orderStatus: "Awaiting submission"
        })
        expect(error.message).toContain("never.dcv.test was still not validated when the deadline passed, after 3 attempt(s)")
        expect(statusCalls(yield* (yield* MockScmServer.MockScmServer).journal)).toBe(3)
        // Any other error ends the wait at once.
        const unknown = yield* Effect.flip(DomainValidation.awaitValidated("nowhere.test"))
        expect(unknown).toMatchObject({ _tag: "ScmApiError", status: 404, code: -727 })
      })), { timeout: 20_000 })

  it.effect("faults in the middle: a 503 mid-submit is retried and the order submitted once; a 500 is a typed error and nothing was submitted", () =>
    withWorld(["fault.dcv.test"], () => Mock.password({ retry: { baseDelay: "1 millis", maxDelay: "2 millis" } }))(({ files, mock }) =>
      Effect.gen(function*() {
        yield* Domains.create({ name: "fault.dcv.test", delegations })
        const file = DomainValidation.fileOf(yield* DomainValidation.start("fault.dcv.test", "HTTP"))
        files.publish(file.name, file.content)
        const path = "/api/dcv/v2/validation/submit/domain/http"
        yield* mock.addFault({ path, method: "POST", status: 500, body: { code: -1, description: "Unknown error" } })
        const failed = yield* Effect.flip(DomainValidation.submit("fault.dcv.test", "HTTP"))
        expect(failed).toMatchObject({ _tag: "ScmApiError", status: 500, code: -1 })
        expect(yield* DomainValidation.status("fault.dcv.test")).toMatchObject({ status: "NOT_VALIDATED", orderStatus: "Awaiting submission" })
        expect(files.requested).toEqual([])

        yield* mock.addFault({ path, method: "POST", status: 503, times: 2 })
        expect(yield* DomainValidation.submit("fault.dcv.test", "HTTP")).toMatchObject({ status: "VALIDATED" })
        const submits = (yield* mock.journal).filter((entry) => entry.path === path).map((entry) => entry.status)
        expect(submits).toEqual([500, 503, 503, 200])
        expect(files.requested).toHaveLength(1)
      }).pipe(withRealClock)), { timeout: 20_000 })
})
