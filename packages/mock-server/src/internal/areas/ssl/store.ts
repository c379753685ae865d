/**
 * The SSL certificate state in a `Ref`, read and changed at the `Clock`'s time: every operation
 * first issues what has come due, so a `TestClock.adjust` is all it takes to get a certificate issued.
 */
import { Clock, Effect, Ref } from "effect"
import type { IssuanceSettings, PendingCollect } from "./certificates.js"
import type { SslCertificateSeed } from "../../state/seed.js"
import type { Csr } from "../../pki/csr.js"
import * as Ssl from "./certificates.js"
import { seededState } from "./seed.js"

/** What an operation on one certificate gives: a refusal, or the certificate as it now is. */
export type StoreResult<A> = { readonly _tag: "Refused"; readonly refusal: Ssl.SslRefusal } | { readonly _tag: "Done"; readonly value: A }

/** The certificates and the issuance settings. */
export interface SslStore {
  readonly all: Effect.Effect<ReadonlyArray<Ssl.SslRecord>>
  readonly get: (sslId: number) => Effect.Effect<Ssl.SslRecord | undefined>
  readonly enroll: (request: Ssl.SslRequest) => Effect.Effect<Ssl.SslRecord>
  /** The certificate as collect sees it; a pending one counts the attempt. */
  readonly collect: (sslId: number) => Effect.Effect<Ssl.SslRecord | undefined>
  readonly revoke: (
    target: { readonly sslId: number } | { readonly serialNumber: string },
    reasonCode: string
  ) => Effect.Effect<StoreResult<Ssl.SslRecord>>
  readonly renew: (sslId: number, csr: Csr | undefined) => Effect.Effect<StoreResult<Ssl.SslRecord>>
  readonly approve: (sslId: number) => Effect.Effect<StoreResult<Ssl.SslRecord>>
  readonly issueNow: (sslId: number) => Effect.Effect<StoreResult<Ssl.SslRecord>>
  /** The name under a known, unvalidated domain that holds a pending certificate back, if one does. */
  readonly heldBy: (record: Ssl.SslRecord) => Effect.Effect<string | undefined>
  readonly settings: Effect.Effect<IssuanceSettings>
  readonly setSettings: (settings: Partial<IssuanceSettings>) => Effect.Effect<IssuanceSettings>
  /** Certificates and settings as they were at start. */
  readonly reset: Effect.Effect<void>
}

/** What collect may answer before issuance. */
export const pendingCollects: ReadonlyArray<PendingCollect> = ["notCollectable", "beingProcessed", "alternate"]

/** The longest issuance delay the server accepts, a year. */
export const maxIssuanceDelaySeconds = 31_536_000

/** Whether `seconds` is an issuance delay the server accepts. */
export const isValidIssuanceDelay = (seconds: number): boolean =>
  Number.isInteger(seconds) && seconds >= 0 && seconds <= maxIssuanceDelaySeconds

/** The settings a server starts with unless its options say otherwise. */
export const defaultIssuanceSettings: IssuanceSettings = {
  delaySeconds: 0,
  manual: false,
  requireApproval: false,
  pendingCollect: "notCollectable"
}

interface State {
  readonly ssl: Ssl.SslState
  readonly settings: IssuanceSettings
}

const refused = <A>(refusal: Ssl.SslRefusal): StoreResult<A> => ({ _tag: "Refused", refusal })
const done = <A>(value: A): StoreResult<A> => ({ _tag: "Done", value })

/**
 * The store over `seeds`, dated from the `Clock`'s time at start. `gate` (read at each operation)
 * holds back certificates whose domains are not validated; without it every certificate may issue.
 */
export const makeSslStore = (
  seeds: ReadonlyArray<SslCertificateSeed>,
  settings: IssuanceSettings,
  gate: Effect.Effect<Ssl.IssuanceGate> = Effect.succeed(Ssl.openGate)
): Effect.Effect<SslStore> =>
  Effect.gen(function* () {
    const start = yield* Clock.currentTimeMillis
    const initial: State = { ssl: seededState(seeds, start), settings }
    const ref = yield* Ref.make(initial)

    /** Runs `f` on the state with everything due issued, at the Clock's time. */
    const modify = <A>(f: (state: State, now: number) => readonly [A, State]) =>
      Effect.flatMap(Effect.all([Clock.currentTimeMillis, gate]), ([now, open]) =>
        Ref.modify(ref, (state) => {
          const settled = Ssl.settle(state.ssl, now, open)
          return f(settled === state.ssl ? state : { ...state, ssl: settled }, now)
        }))

    /** An operation on one certificate found by id (or another way). */
    const onRecord = <A>(
      find: (state: Ssl.SslState) => Ssl.SslRecord | undefined,
      missing: Ssl.SslRefusal,
      f: (state: State, record: Ssl.SslRecord, now: number) => readonly [StoreResult<A>, State]
    ) =>
      modify((state, now): readonly [StoreResult<A>, State] => {
        const record = find(state.ssl)
        return record === undefined ? [refused(missing), state] : f(state, record, now)
      })

    /** Applies a transition's outcome; the certificate is answered as it is afterwards. */
    const applied = (
      state: State,
      sslId: number,
      [refusal, next]: readonly [Ssl.SslRefusal, undefined] | readonly [undefined, Ssl.SslState]
    ): readonly [StoreResult<Ssl.SslRecord>, State] => {
      if (next === undefined) return [refused(refusal), state]
      const record = Ssl.findRecord(next, sslId)
      return record === undefined ? [refused({ _tag: "UnknownCertificate", sslId }), state] : [done(record), { ...state, ssl: next }]
    }

    const byId = (sslId: number) => (ssl: Ssl.SslState) => Ssl.findRecord(ssl, sslId)
    const unknown = (sslId: number): Ssl.SslRefusal => ({ _tag: "UnknownCertificate", sslId })

    return {
      all: modify((state) => [state.ssl.records, state]),
      get: (sslId) => modify((state) => [Ssl.findRecord(state.ssl, sslId), state]),
      enroll: (request) =>
        modify((state, now) => {
          const [record, ssl] = Ssl.enroll(state.ssl, request, now, state.settings)
          return [record, { ...state, ssl }]
        }),
      collect: (sslId) =>
        modify((state) => {
          const record = Ssl.findRecord(state.ssl, sslId)
          if (record === undefined || !Ssl.isPending(record)) return [record, state]
          const ssl = Ssl.countPendingCollect(state.ssl, record)
          return [record, { ...state, ssl }]
        }),
      revoke: (target, reasonCode) =>
        "sslId" in target
          ? onRecord(byId(target.sslId), unknown(target.sslId), (state, record, now) =>
            applied(state, record.sslId, Ssl.revoke(state.ssl, record, reasonCode, now)))
          : onRecord(
            (ssl) => Ssl.findBySerial(ssl, target.serialNumber),
            { _tag: "UnknownSerialNumber", serialNumber: target.serialNumber },
            (state, record, now) => applied(state, record.sslId, Ssl.revoke(state.ssl, record, reasonCode, now))
          ),
      renew: (sslId, csr) =>
        onRecord(byId(sslId), unknown(sslId), (state, record, now) => {
          const [refusal, renewed] = Ssl.renew(state.ssl, record, csr, now, state.settings)
          return renewed === undefined ? [refused(refusal), state] : [done(renewed[0]), { ...state, ssl: renewed[1] }]
        }),
      approve: (sslId) =>
        onRecord(byId(sslId), unknown(sslId), (state, record, now) =>
          applied(state, sslId, Ssl.approve(state.ssl, record, now, state.settings))),
      issueNow: (sslId) =>
        onRecord(byId(sslId), unknown(sslId), (state, record, now) => applied(state, sslId, Ssl.issueNow(state.ssl, record, now))),
      heldBy: (record) =>
        Effect.map(gate, (open) => {
          const verdict = Ssl.verdictOf(open, record)
          return Ssl.isPending(record) && verdict._tag === "Held" ? verdict.name : undefined
        }),
      settings: Effect.map(Ref.get(ref), (state) => state.settings),
      setSettings: (changes) =>
        Ref.modify(ref, (state) => {
          const next = { ...state.settings, ...changes }
          return [next, { ...state, settings: next }]
        }),
      reset: Ref.set(ref, initial)
    } satisfies SslStore
  })
