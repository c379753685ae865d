/**
 * The domain state in a `Ref`, read and changed at the `Clock`'s time. Reading it first makes the
 * checks that have come due (a submitted DCV order is checked again every `recheckSeconds`), so a
 * `TestClock.adjust` is all it takes for a corrected file or record to be seen.
 */
import { Clock, Effect, Ref } from "effect"
import type { DcvOptions } from "./dcvChecks.js"
import type { DomainSeed } from "../../state/seed.js"
import { check, defaultRecheckSeconds } from "./dcvChecks.js"
import * as Domains from "./state.js"
import type { IssuanceGate } from "../ssl/index.js"

/** The domains, their DCV orders and the SSL issuance gate they make. */
export interface DomainStore {
  /** The state with every due check made, and the time it was read at. */
  readonly current: Effect.Effect<readonly [Domains.DomainsState, number]>
  /** Runs `f` on the current state at the Clock's time. */
  readonly modify: <A>(f: (state: Domains.DomainsState, now: number) => readonly [A, Domains.DomainsState]) => Effect.Effect<A>
  /** Checks the domain's submitted order now and records the outcome. */
  readonly checkNow: (domainId: number) => Effect.Effect<void>
  /** Milliseconds between checks of a submitted order. */
  readonly recheckMillis: number
  /** Holds back an SSL certificate with a name under a known domain that is not validated. */
  readonly gate: Effect.Effect<IssuanceGate>
  /** Every domain's DomainInfo as it is now, for the other areas (the domains report). */
  /** Each domain's DomainInfo now, with the date it was requested (the domain report's). */
  readonly infos: Effect.Effect<ReadonlyArray<DomainSeed>>
  /** The domains as they were at start. */
  readonly reset: Effect.Effect<void>
}

/** The store over `seeds`, dated from the `Clock`'s time at start. */
export const makeDomainStore = (seeds: ReadonlyArray<DomainSeed>, options: DcvOptions): Effect.Effect<DomainStore> =>
  Effect.gen(function* () {
    const start = yield* Clock.currentTimeMillis
    const initial = Domains.seededState(seeds, start)
    const ref = yield* Ref.make(initial)
    const recheckSeconds = options.recheckSeconds ?? defaultRecheckSeconds
    if (!Number.isFinite(recheckSeconds) || recheckSeconds < 1) {
      return yield* Effect.die(new RangeError(`dcv.recheckSeconds must be at least 1, got ${recheckSeconds}`))
    }
    const recheckMillis = recheckSeconds * 1000

    const modify = <A>(f: (state: Domains.DomainsState, now: number) => readonly [A, Domains.DomainsState]) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) => Ref.modify(ref, (state) => f(state, now)))

    /** Checks one record's order, outside the `Ref` (it may fetch), then records it if it is still that order. */
    const checkRecord = (record: Domains.DomainRecord) => {
      const order = record.order
      if (order === undefined || order.status !== "Submitted") return Effect.void
      return Effect.flatMap(check(options, record.name, order.challenge), (passed) =>
        modify((state, now) => [undefined, Domains.recordCheck(state, record.id, order.backendId, passed, now, recheckMillis)]))
    }

    const current = Effect.gen(function* () {
      const now = yield* Clock.currentTimeMillis
      yield* Effect.forEach(Domains.dueOrders(yield* Ref.get(ref), now), checkRecord, { discard: true })
      return [yield* Ref.get(ref), now] as const
    })

    const gate = Effect.map(current, ([state, now]): IssuanceGate => (names) => {
      let since: number | undefined
      for (const name of names) {
        const domain = Domains.decidingDomain(state, name)
        if (domain === undefined) continue
        if (Domains.statusAt(domain, now) !== "Validated") return { _tag: "Held", name }
        since = Math.max(since ?? 0, domain.validated ?? 0)
      }
      return { _tag: "Open", since }
    })

    return {
      current,
      modify,
      checkNow: (domainId) =>
        Effect.flatMap(Ref.get(ref), (state) => {
          const record = Domains.findById(state, domainId)
          return record === undefined ? Effect.void : checkRecord(record)
        }),
      recheckMillis,
      gate,
      infos: Effect.map(current, ([state, now]) =>
        state.records.map((record): DomainSeed => ({ ...Domains.domainInfoOf(record, now), id: record.id, name: record.name, requested: new Date(record.requested).toISOString() }))),
      reset: Ref.set(ref, initial)
    } satisfies DomainStore
  })
