/**
 * The client (S/MIME) certificates the mock holds and how they move: enrolled ("requested"),
 * issued when their time comes on the `Clock`, expired when their term ends, revoked, renewed.
 * Pure transitions over an immutable state; `store.ts` runs them in a `Ref`. States are the
 * spec's lower-case ones (`GET /smime/v2?state=`).
 */
import type { Csr, KeyType } from "../../pki/csr.js"
import { serialNumberFor } from "../ssl/index.js"

/** The list filter's states, as the spec enumerates them. */
export const smimeStates = ["blank", "created", "requested", "issued", "downloaded", "expired", "revoked", "rejected", "pre_revoked"] as const

/** What a client certificate carries besides its ids and state. */
export interface SmimeRequest {
  readonly personId: number
  /** The person's e-mail when enrolled: the certificate's rfc822Name. */
  readonly email: string
  readonly secondaryEmails: ReadonlyArray<string>
  readonly commonName: string
  readonly orgId: number
  readonly certTypeId: number
  readonly term: number
  readonly comments: string | undefined
  readonly customFields: ReadonlyArray<{ readonly name: string; readonly value: string }>
  readonly keyType: KeyType
  /** The CSR it was enrolled with; absent for seeded ones, whose key is made up when first signed. */
  readonly csr: Csr | undefined
  /** The report's enrollType. */
  readonly enrollType: string
}

/** One client certificate. Times are milliseconds on the server's `Clock`. */
export interface SmimeRecord extends SmimeRequest {
  readonly id: number
  /** The order number, as a string: what collect, revoke and renew name a certificate by. */
  readonly backendCertId: string
  readonly state: string
  readonly serialNumber: string | undefined
  readonly requested: number
  readonly issued: number | undefined
  readonly expires: number | undefined
  readonly revoked: number | undefined
  /** First collected. */
  readonly downloaded: number | undefined
  /** Whether SCM keeps the private key (it generated the key, with key recovery): the list's `keyVault` filter. */
  readonly keyVault: boolean
  readonly reasonCode: string | undefined
  /** When it is due to be issued; absent once issued. */
  readonly issueAt: number | undefined
  /** Collect calls answered "not yet", for answers that alternate. */
  readonly pendingCollects: number
}

/** The certificates, in ascending id order, and the next id to give. */
export interface SmimeState {
  readonly records: ReadonlyArray<SmimeRecord>
  readonly nextId: number
}

/** Why an operation on a client certificate was refused. */
export type SmimeRefusal =
  | { readonly _tag: "UnknownCertificate"; readonly backendCertId: string }
  | { readonly _tag: "UnknownSerialNumber"; readonly serialNumber: string }
  | { readonly _tag: "AlreadyRevoked" }
  | { readonly _tag: "NotIssued"; readonly state: string }
  | { readonly _tag: "NotRenewable"; readonly state: string }

const day = 24 * 60 * 60 * 1000

/** Order numbers are far from certificate ids, as SCM's backend numbers are. */
export const backendCertIdFor = (id: number): string => String(3_000_000 + id)

/** States under which a certificate was once issued: it has a serial number and can be collected. */
const issuedStates: ReadonlySet<string> = new Set(["issued", "expired", "revoked"])

/** Whether the certificate was issued at some point. */
export const wasIssued = (record: SmimeRecord): boolean => issuedStates.has(record.state)

/** Whether the certificate waits for issuance (collect answers "not yet"). */
export const isPending = (record: SmimeRecord): boolean => record.state === "requested"

/** Finds a certificate by its order number. */
export const findByBackendId = (state: SmimeState, backendCertId: string): SmimeRecord | undefined =>
  state.records.find((record) => record.backendCertId === backendCertId)

const replace = (state: SmimeState, record: SmimeRecord): SmimeState => ({
  ...state,
  records: state.records.map((candidate) => (candidate.id === record.id ? record : candidate))
})

const issue = (record: SmimeRecord, at: number): SmimeRecord => ({
  ...record,
  state: "issued",
  serialNumber: record.serialNumber ?? serialNumberFor(record.id),
  issued: at,
  expires: at + record.term * day,
  issueAt: undefined
})

const isDue = (record: SmimeRecord, now: number): boolean => record.issueAt !== undefined && record.issueAt <= now
const isPast = (record: SmimeRecord, now: number): boolean => record.state === "issued" && record.expires !== undefined && record.expires <= now

/** Issues what has come due, then expires what has run out. Returns the same state when nothing changed. */
export const settle = (state: SmimeState, now: number): SmimeState => {
  if (!state.records.some((record) => isDue(record, now) || isPast(record, now))) return state
  const settled = state.records.map((record) => {
    const issued = isDue(record, now) && record.issueAt !== undefined ? issue(record, record.issueAt) : record
    return isPast(issued, now) ? { ...issued, state: "expired" } : issued
  })
  return { ...state, records: settled }
}

/** Records an enrollment, due for issuance `delaySeconds` from `now`. */
export const enroll = (state: SmimeState, request: SmimeRequest, now: number, delaySeconds: number): [SmimeRecord, SmimeState] => {
  const id = state.nextId
  const record: SmimeRecord = {
    ...request,
    id,
    backendCertId: backendCertIdFor(id),
    state: "requested",
    serialNumber: undefined,
    requested: now,
    issued: undefined,
    expires: undefined,
    revoked: undefined,
    downloaded: undefined,
    keyVault: false,
    reasonCode: undefined,
    issueAt: now + delaySeconds * 1000,
    pendingCollects: 0
  }
  return [record, { records: [...state.records, record], nextId: id + 1 }]
}

type Outcome = readonly [SmimeRefusal, undefined] | readonly [undefined, SmimeState]

/** Revokes an issued certificate. */
export const revoke = (state: SmimeState, record: SmimeRecord, reasonCode: string, now: number): Outcome =>
  record.state === "revoked"
    ? [{ _tag: "AlreadyRevoked" }, undefined]
    : record.state !== "issued"
    ? [{ _tag: "NotIssued", state: record.state }, undefined]
    : [undefined, replace(state, { ...record, state: "revoked", revoked: now, reasonCode })]

/** Revokes every issued certificate of a person; the others stay as they are. */
export const revokeAllOf = (state: SmimeState, personId: number, reasonCode: string, now: number): readonly [number, SmimeState] => {
  const targets = state.records.filter((record) => record.personId === personId && record.state === "issued")
  if (targets.length === 0) return [0, state]
  const ids = new Set(targets.map((record) => record.id))
  const records = state.records.map((record) => (ids.has(record.id) ? { ...record, state: "revoked", revoked: now, reasonCode } : record))
  return [targets.length, { ...state, records }]
}

/** Collect's side effects: a pending answer is counted (for alternating answers), the first download dated. */
export const collected = (state: SmimeState, record: SmimeRecord, now: number): SmimeState =>
  isPending(record)
    ? replace(state, { ...record, pendingCollects: record.pendingCollects + 1 })
    : record.downloaded === undefined && wasIssued(record)
    ? replace(state, { ...record, downloaded: now })
    : state

/** Renews an issued (or expired, or revoked) certificate: a new enrollment from the same request and CSR. */
export const renew = (
  state: SmimeState,
  record: SmimeRecord,
  now: number,
  delaySeconds: number
): readonly [SmimeRefusal, undefined] | readonly [undefined, [SmimeRecord, SmimeState]] =>
  wasIssued(record)
    ? [undefined, enroll(state, { ...record, enrollType: "API Enroll" }, now, delaySeconds)]
    : [{ _tag: "NotRenewable", state: record.state }, undefined]
