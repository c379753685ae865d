/**
 * `Renewals.renewExpiring` against the mock server, over real sockets, under a TestClock that client
 * and server share: a dry run orders nothing, the real run renews each expiring certificate once
 * (each strategy), at most `concurrency` at a time, and a second run orders nothing. Faults in the
 * middle of a run (a 503 burst that outlasts the client's retries, an interruption while a renewal
 * is in flight) leave a run that, run again, finishes the job; the mock's journal shows that no
 * certificate was ever renewed twice. A renewal SCM already took (by an earlier run whose answer
 * was lost, or by an admin) is skipped: SCM's own record says so.
 */
import { describe, expect, it } from "@effect/vitest"
import { Renewals, SslCertificates } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Fiber, Stream } from "effect"
import { TestClock } from "effect/testing"
import * as Mock from "./fixtures/Mock.js"
import { onMock } from "./fixtures/OnMock.js"
import * as Resources from "./fixtures/Resources.js"
import { withRealClock } from "./fixtures/util.js"

/** The seeded certificates that expire within 30 days of the server's start, soonest first. */
const expiringAtStart = [20324, 20173, 20172, 20192, 20126, 20171, 20346]

const within = "30 days"

const renewPath = /\/api\/ssl\/v1\/renewById\/(\d+)$/

/** The renewal requests in the journal, as `[sslId, status]`. */
const renewals = Effect.map(Mock.apiEntries, (entries) =>
  entries.flatMap((entry) => {
    const match = entry.method === "POST" ? renewPath.exec(entry.path) : null
    return match === null ? [] : [[Number(match[1]), entry.status] as const]
  }))

/** Every certificate renewed exactly once: one successful renewal request per id, no more. */
const renewedOnceEach = Effect.map(renewals, (requests) => requests.filter(([, status]) => status === 200).map(([sslId]) => sslId).sort())

const run = (options: Renewals.RenewExpiringOptions) => Stream.runCollect(Renewals.renewExpiring(options))

const ofTag = <T extends Renewals.RenewalEvent["_tag"]>(events: ReadonlyArray<Renewals.RenewalEvent>, tag: T) =>
  events.filter((event): event is Extract<Renewals.RenewalEvent, { readonly _tag: T }> => event._tag === tag)

const idsOf = (events: ReadonlyArray<{ readonly certificate: { readonly id: number } }>) => events.map((event) => event.certificate.id).sort()

/** Waits (in real time, a few ms at a time) until `condition` holds. */
const until = (condition: () => boolean, label: string) =>
  withRealClock(Effect.gen(function*() {
    for (let i = 0; i < 1000; i++) {
      if (condition()) return
      yield* Effect.sleep("5 millis")
    }
    return yield* Effect.die(new Error(`never: ${label}`))
  }))

/** Moves the TestClock a second at a time (with real pauses for the sockets) until `fiber` is done. */
const driveClock = <A, E>(fiber: Fiber.Fiber<A, E>) =>
  Effect.gen(function*() {
    for (let i = 0; i < 200 && fiber.pollUnsafe() === undefined; i++) {
      yield* TestClock.adjust("1 second")
      yield* withRealClock(Effect.sleep("10 millis"))
    }
    return yield* Fiber.join(fiber)
  })

describe("Renewals.renewExpiring against the mock server", () => {
  describe.each(Resources.strategies)("with %s", (_name, strategy) => {
    it.effect("a dry run orders nothing; the real run renews each once; run again, it orders nothing", () =>
      Effect.gen(function*() {
        const dry = yield* run({ within, dryRun: true })
        expect(dry[0]).toMatchObject({ _tag: "Found", dryRun: true })
        expect(ofTag(dry, "Found")[0]?.certificates.map((certificate) => certificate.id)).toEqual(expiringAtStart)
        expect(ofTag(dry, "Skipped").map((event) => event.reason)).toEqual(expiringAtStart.map(() => "dryRun"))
        expect(yield* renewals).toEqual([])

        const real = yield* run({ within, concurrency: 3 })
        expect(idsOf(ofTag(real, "Renewing"))).toEqual([...expiringAtStart].sort())
        const renewed = ofTag(real, "Renewed")
        expect(idsOf(renewed)).toEqual([...expiringAtStart].sort())
        const newIds = renewed.map((event) => event.renewed.sslId)
        expect(new Set(newIds).size).toBe(7)
        for (const sslId of newIds) expect(sslId).toBeGreaterThan(20450)
        // Each certificate's "Renewing" comes before its "Renewed".
        for (const event of renewed) {
          expect(real.findIndex((other) => other._tag === "Renewing" && other.certificate.id === event.certificate.id))
            .toBeLessThan(real.indexOf(event))
        }
        expect(yield* renewedOnceEach).toEqual([...expiringAtStart].sort())

        const again = yield* run({ within })
        const skipped = ofTag(again, "Skipped")
        expect(idsOf(skipped)).toEqual([...expiringAtStart].sort())
        for (const event of skipped) {
          expect(event.reason).toBe("alreadyRenewed")
          expect(event.renewedDate).toBeDefined()
        }
        expect(ofTag(again, "Renewing")).toEqual([])
        expect(yield* renewedOnceEach).toEqual([...expiringAtStart].sort())
        // One report request per run: the certificates are found without a call per certificate.
        const reports = (yield* Mock.apiEntries).filter((entry) => entry.path.endsWith("/api/report/v1/ssl-certificates"))
        expect(reports).toHaveLength(3)
      }).pipe(onMock(strategy)))
  })

  it.effect("renews at most `concurrency` certificates at a time", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      // Every renewal waits a second on the mock's (test) clock before it is answered.
      yield* mock.addFault({ method: "POST", path: "/api/ssl/v1/renewById/", match: "prefix", delayMs: 1000, times: 7 })
      let inFlight = 0
      let maxInFlight = 0
      let renewing = 0
      const fiber = yield* Renewals.renewExpiring({ within, concurrency: 3 }).pipe(
        Stream.runForEach((event) =>
          Effect.sync(() => {
            if (event._tag === "Renewing") {
              renewing++
              maxInFlight = Math.max(maxInFlight, ++inFlight)
            }
            if (event._tag === "Renewed" || event._tag === "Failed") inFlight--
          })
        ),
        Effect.forkChild
      )
      yield* until(() => renewing === 3, "three renewals in flight")
      // Time passes for the sockets, not for the clock: the three wait, and no fourth starts.
      yield* withRealClock(Effect.sleep("25 millis"))
      expect(renewing).toBe(3)
      yield* driveClock(fiber)
      expect(maxInFlight).toBe(3)
      expect(yield* renewedOnceEach).toEqual([...expiringAtStart].sort())
    }).pipe(onMock(() => Mock.password())))

  it.effect("a 503 burst half-way through: that certificate fails with its typed error, the rest are renewed; run again, only it is ordered", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const unlucky = 20192
      // More 503s than the client retries (4): the burst outlasts them.
      yield* mock.addFault({
        method: "POST",
        path: `/api/ssl/v1/renewById/${unlucky}`,
        status: 503,
        body: { code: -1, description: "Service temporarily unavailable" },
        times: 10
      })
      const first = yield* driveClock(yield* Effect.forkChild(run({ within, concurrency: 2 })))
      const failed = ofTag(first, "Failed")
      expect(idsOf(failed)).toEqual([unlucky])
      expect(failed[0]?.error).toMatchObject({ _tag: "ScmApiError", status: 503 })
      expect(idsOf(ofTag(first, "Renewed"))).toEqual(expiringAtStart.filter((id) => id !== unlucky).sort())
      // The client tried five times; SCM took none of them.
      expect((yield* renewals).filter(([sslId]) => sslId === unlucky)).toEqual(Array.from({ length: 5 }, () => [unlucky, 503]))

      yield* mock.clearFaults
      const second = yield* run({ within, concurrency: 2 })
      expect(idsOf(ofTag(second, "Renewed"))).toEqual([unlucky])
      expect(idsOf(ofTag(second, "Skipped"))).toEqual(expiringAtStart.filter((id) => id !== unlucky).sort())
      expect(yield* renewedOnceEach).toEqual([...expiringAtStart].sort())
    }).pipe(onMock(() => Mock.password())))

  it.effect("interrupted while a renewal is in flight: run again, it finishes without ordering anything twice", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const interrupted = 20192
      // The renewal of the fourth certificate hangs (its answer waits on a clock that does not move).
      yield* mock.addFault({ method: "POST", path: `/api/ssl/v1/renewById/${interrupted}`, delayMs: 60_000 })
      const seen: Array<Renewals.RenewalEvent> = []
      const fiber = yield* Renewals.renewExpiring({ within, concurrency: 1 }).pipe(
        Stream.runForEach((event) => Effect.sync(() => seen.push(event))),
        Effect.forkChild
      )
      yield* until(() => seen.some((event) => event._tag === "Renewing" && event.certificate.id === interrupted), "the fourth renewal in flight")
      yield* Fiber.interrupt(fiber)
      expect(idsOf(ofTag(seen, "Renewed"))).toEqual([20324, 20173, 20172].sort())

      const second = yield* run({ within, concurrency: 1 })
      expect(idsOf(ofTag(second, "Skipped"))).toEqual([20324, 20173, 20172].sort())
      expect(idsOf(ofTag(second, "Renewed"))).toEqual([20192, 20126, 20171, 20346].sort())
      expect(yield* renewedOnceEach).toEqual([...expiringAtStart].sort())
    }).pipe(onMock(() => Mock.password())))

  it.effect("a certificate SCM already renewed (an earlier run's answer lost, an admin's renewal) is skipped, as SCM records it", () =>
    Effect.gen(function*() {
      const done = SslCertificates.SslId.make(20173)
      yield* TestClock.adjust("1 hour")
      yield* SslCertificates.renew(done)
      const events = yield* run({ within, concurrency: 4 })
      const skipped = ofTag(events, "Skipped")
      expect(skipped).toHaveLength(1)
      expect(skipped[0]).toMatchObject({ reason: "alreadyRenewed", certificate: { id: done } })
      expect(skipped[0]?.renewedDate?.epochMilliseconds).toBe(60 * 60 * 1000)
      expect(idsOf(ofTag(events, "Renewed"))).toEqual(expiringAtStart.filter((id) => id !== done).sort())
      expect(yield* renewedOnceEach).toEqual([...expiringAtStart].sort())
    }).pipe(onMock(() => Mock.password())))
})
