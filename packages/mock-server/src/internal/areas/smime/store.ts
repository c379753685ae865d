/**
 * The client certificate state in a `Ref`, read and changed at the `Clock`'s time: every operation
 * first issues what has come due and expires what has run out, so a `TestClock.adjust` is all it
 * takes to get a certificate issued. Issuance follows the server's issuance settings (the SSL
 * store's): `delaySeconds` and `pendingCollect`; approval and manual issuance are SSL's own.
 */
import { Clock, Effect, Ref } from "effect"
import { findBySerial, type IssuanceSettings } from "../ssl/index.js"
import type { PersonSeed, SmimeCertificateSeed } from "../../state/seed.js"
import * as Smime from "./certificates.js"
import { seededSmimeState } from "./seed.js"

/** A refusal, or what the operation gave. */
export type SmimeResult<A> = { readonly _tag: "Refused"; readonly refusal: Smime.SmimeRefusal } | { readonly _tag: "Done"; readonly value: A }

/** Names one certificate, as revoke and renew do. */
export type SmimeTarget = { readonly backendCertId: string } | { readonly serialNumber: string }

/** The client certificates. */
export interface SmimeStore {
  /** Every certificate as it is now, in id order: read-only, for the reports. */
  readonly all: Effect.Effect<ReadonlyArray<Smime.SmimeRecord>>
  readonly get: (id: number) => Effect.Effect<Smime.SmimeRecord | undefined>
  readonly enroll: (request: Smime.SmimeRequest) => Effect.Effect<Smime.SmimeRecord>
  /** The certificate as collect sees it; a pending one counts the attempt, an issued one is dated downloaded. */
  readonly collect: (backendCertId: string) => Effect.Effect<Smime.SmimeRecord | undefined>
  readonly revoke: (target: SmimeTarget, reasonCode: string) => Effect.Effect<SmimeResult<Smime.SmimeRecord>>
  /** Revokes every issued certificate of the person; how many. */
  readonly revokeAllOf: (personId: number, reasonCode: string) => Effect.Effect<number>
  readonly renew: (target: SmimeTarget) => Effect.Effect<SmimeResult<Smime.SmimeRecord>>
  /** What collect answers before issuance. */
  readonly settings: Effect.Effect<IssuanceSettings>
  /** The certificates as they were at start. */
  readonly reset: Effect.Effect<void>
}

const refused = <A>(refusal: Smime.SmimeRefusal): SmimeResult<A> => ({ _tag: "Refused", refusal })
const done = <A>(value: A): SmimeResult<A> => ({ _tag: "Done", value })

const find = (state: Smime.SmimeState, target: SmimeTarget): readonly [Smime.SmimeRecord | undefined, Smime.SmimeRefusal] =>
  "backendCertId" in target
    ? [Smime.findByBackendId(state, target.backendCertId), { _tag: "UnknownCertificate", backendCertId: target.backendCertId }]
    : [findBySerial(state, target.serialNumber), { _tag: "UnknownSerialNumber", serialNumber: target.serialNumber }]

/** The store over `seeds` (for the seeded `persons`), dated from the `Clock`'s time at start. */
export const makeSmimeStore = (
  seeds: ReadonlyArray<SmimeCertificateSeed>,
  persons: ReadonlyArray<PersonSeed>,
  settings: Effect.Effect<IssuanceSettings>
): Effect.Effect<SmimeStore> =>
  Effect.gen(function* () {
    const initial = seededSmimeState(seeds, persons, yield* Clock.currentTimeMillis)
    const ref = yield* Ref.make(initial)

    /** Runs `f` on the state with everything due settled, at the Clock's time. */
    const modify = <A>(f: (state: Smime.SmimeState, now: number) => readonly [A, Smime.SmimeState]) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) => Ref.modify(ref, (state) => f(Smime.settle(state, now), now)))

    const delay = Effect.map(settings, (current) => current.delaySeconds)

    return {
      all: modify((state) => [state.records, state]),
      get: (id) => modify((state) => [state.records.find((record) => record.id === id), state]),
      enroll: (request) => Effect.flatMap(delay, (seconds) => modify((state, now) => Smime.enroll(state, request, now, seconds))),
      collect: (backendCertId) =>
        modify((state, now) => {
          const record = Smime.findByBackendId(state, backendCertId)
          return record === undefined ? [undefined, state] : [record, Smime.collected(state, record, now)]
        }),
      revoke: (target, reasonCode) =>
        modify((state, now): readonly [SmimeResult<Smime.SmimeRecord>, Smime.SmimeState] => {
          const [record, missing] = find(state, target)
          if (record === undefined) return [refused(missing), state]
          const [refusal, next] = Smime.revoke(state, record, reasonCode, now)
          return next === undefined ? [refused(refusal), state] : [done(next.records.find((candidate) => candidate.id === record.id) ?? record), next]
        }),
      revokeAllOf: (personId, reasonCode) => modify((state, now) => Smime.revokeAllOf(state, personId, reasonCode, now)),
      renew: (target) =>
        Effect.flatMap(delay, (seconds) =>
          modify((state, now): readonly [SmimeResult<Smime.SmimeRecord>, Smime.SmimeState] => {
            const [record, missing] = find(state, target)
            if (record === undefined) return [refused(missing), state]
            const [refusal, renewed] = Smime.renew(state, record, now, seconds)
            return renewed === undefined ? [refused(refusal), state] : [done(renewed[0]), renewed[1]]
          })),
      settings,
      reset: Ref.set(ref, initial)
    } satisfies SmimeStore
  })
