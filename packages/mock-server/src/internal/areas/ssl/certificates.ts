/**
 * The SSL certificates the mock holds and how they move: enrolled ("Applied", or "Requested" when
 * approval is required), issued when their time comes on the `Clock` (or by an admin call),
 * revoked, renewed. Pure transitions over an immutable state; `store.ts` runs them in a `Ref`.
 * Nothing here knows HTTP: refusals are named, and the routes turn them into SCM's answers.
 */
import { createHash } from "node:crypto"
import type { Csr, KeyType } from "../../pki/csr.js"

/**
 * What collect answers before a certificate is issued: `"notCollectable"` -183 "Certificate is not collectable.", `"beingProcessed"` -1400 "The request is being processed by Sectigo.", `"alternate"` -1400 and -183 in turns (each certificate starts with -1400).
 *
 * @since 0.1.0
 * @category models
 */
export type PendingCollect = "notCollectable" | "beingProcessed" | "alternate"

/**
 * How enrolled SSL certificates get issued.
 *
 * @since 0.1.0
 * @category models
 */
export interface IssuanceSettings {
  /** Seconds on the `Clock` from enrollment (or approval) to issuance; 0 issues at the next request. */
  readonly delaySeconds: number
  /** Issue only on `issueCertificate` (or `POST /__admin/ssl/{sslId}/issue`). */
  readonly manual: boolean
  /** Enrollments wait as "Requested" until `POST /api/ssl/v1/approve/{id}` (or `issueCertificate`). */
  readonly requireApproval: boolean
  readonly pendingCollect: PendingCollect
}

/** What a certificate carries besides its id and status. */
export interface SslRequest {
  readonly commonName: string
  readonly subjectAlternativeNames: ReadonlyArray<string>
  readonly orgId: number | undefined
  readonly sslTypeId: number | undefined
  readonly term: number | undefined
  readonly requester: string | undefined
  readonly requestedVia: string
  readonly comments: string | undefined
  readonly externalRequester: string | undefined
  readonly customFields: ReadonlyArray<{ readonly name: string; readonly value: string }>
  readonly keyType: KeyType | undefined
  /** The CSR it was enrolled with; absent for seeded ones, whose key is made up when first collected. */
  readonly csr: Csr | undefined
}

/** One certificate. Times are milliseconds on the server's `Clock`. */
export interface SslRecord extends SslRequest {
  readonly sslId: number
  readonly renewId: string
  readonly status: string
  readonly serialNumber: string | undefined
  readonly requested: number | undefined
  readonly approved: number | undefined
  readonly issued: number | undefined
  readonly expires: number | undefined
  readonly revoked: number | undefined
  readonly reasonCode: string | undefined
  readonly renewedDate: number | undefined
  /** When it is due to be issued; absent while it waits for approval or a manual issue, and once issued. */
  readonly issueAt: number | undefined
  /** Collect calls answered "not yet", for answers that alternate. */
  readonly pendingCollects: number
  /** Further vendor fields a seed gave, sent with the details as they are. */
  readonly extra: Readonly<Record<string, unknown>>
}

/** The certificates, in ascending `sslId` order, and the next id to give. */
export interface SslState {
  readonly records: ReadonlyArray<SslRecord>
  readonly nextId: number
}

/** Why an operation on a certificate was refused. */
export type SslRefusal =
  | { readonly _tag: "UnknownCertificate"; readonly sslId: number }
  | { readonly _tag: "UnknownSerialNumber"; readonly serialNumber: string }
  | { readonly _tag: "AlreadyRevoked" }
  | { readonly _tag: "NotIssued"; readonly status: string }
  | { readonly _tag: "NotRenewable"; readonly status: string }
  | { readonly _tag: "NotPending"; readonly status: string }

/** Statuses under which a certificate exists and was once issued: it has a serial number and can be collected. */
export const issuedStatuses: ReadonlySet<string> = new Set(["Issued", "Revoked", "Expired", "Replaced"])

/** Whether a certificate of this status has been issued at some point. */
export const wasIssued = (record: SslRecord): boolean => issuedStatuses.has(record.status)

/** The order number SCM's backend gives an issued certificate (`backendCertId` in the details, `orderNumber` in reports). */
export const backendCertIdOf = (record: SslRecord): number | undefined => (wasIssued(record) ? record.sslId + 7_000_000 : undefined)

/** Whether a certificate waits for issuance (collect answers "not yet"). */
export const isPending = (record: SslRecord): boolean => record.status === "Applied" || record.status === "Requested"

const day = 24 * 60 * 60 * 1000

/**
 * A serial number for an id: 16 bytes, positive, without a leading zero byte (so its DER integer is
 * as long as its hex), upper-case hex as SCM shows it. Deterministic, so seeds and tests are stable.
 */
export const serialNumberFor = (sslId: number): string => {
  const bytes = createHash("sha256").update(`scm-mock-ssl-${sslId}`).digest().subarray(0, 16)
  bytes[0] = (bytes[0] ?? 0) & 0x7f || 0x01
  return bytes.toString("hex").toUpperCase()
}

/** A renew id like SCM's: 20 letters and digits, derived from the id. */
export const renewIdFor = (sslId: number): string =>
  createHash("sha256").update(`scm-mock-renew-${sslId}`).digest("base64").replace(/[^A-Za-z0-9]/g, "").slice(0, 20)

/** Finds a certificate by id (ids ascend, so a binary search). */
export const findRecord = (state: SslState, sslId: number): SslRecord | undefined => {
  let low = 0
  let high = state.records.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const record = state.records[middle]
    if (record === undefined) return undefined
    if (record.sslId === sslId) return record
    if (record.sslId < sslId) low = middle + 1
    else high = middle - 1
  }
  return undefined
}

const normalizeSerial = (serialNumber: string): string => serialNumber.replaceAll(":", "").toUpperCase().replace(/^0+(?=.)/, "")

/** Finds a certificate (SSL or client) by serial number: hex in any case, with or without colons or leading zeros. */
export const findBySerial = <R extends { readonly serialNumber: string | undefined }>(
  state: { readonly records: ReadonlyArray<R> },
  serialNumber: string
): R | undefined => {
  const wanted = normalizeSerial(serialNumber)
  return state.records.find((record) => record.serialNumber !== undefined && normalizeSerial(record.serialNumber) === wanted)
}

const replace = (state: SslState, record: SslRecord): SslState => ({
  ...state,
  records: state.records.map((candidate) => (candidate.sslId === record.sslId ? record : candidate))
})

const issue = (record: SslRecord, at: number): SslRecord => ({
  ...record,
  status: "Issued",
  serialNumber: record.serialNumber ?? serialNumberFor(record.sslId),
  approved: record.approved ?? at,
  issued: at,
  expires: at + (record.term ?? 365) * day,
  issueAt: undefined
})

/** Whether a certificate may be issued: "Held" by a name whose domain is not validated, or "Open" since its domains were validated. */
export type GateVerdict = { readonly _tag: "Open"; readonly since: number | undefined } | { readonly _tag: "Held"; readonly name: string }

/** The verdict on a certificate's names. */
export type IssuanceGate = (names: ReadonlyArray<string>) => GateVerdict

/** Every certificate may be issued: a server without domain state. */
export const openGate: IssuanceGate = () => ({ _tag: "Open", since: undefined })

/** The gate's verdict on a certificate. */
export const verdictOf = (gate: IssuanceGate, record: SslRecord): GateVerdict =>
  gate([record.commonName, ...record.subjectAlternativeNames])

/**
 * Issues every certificate whose time has come and that the gate lets through, at its due time or,
 * if its domains were validated later, at the validation. Returns the same state when none is.
 */
export const settle = (state: SslState, now: number, gate: IssuanceGate = openGate): SslState => {
  let changed = false
  const records = state.records.map((record) => {
    if (record.issueAt === undefined || record.issueAt > now) return record
    const verdict = verdictOf(gate, record)
    if (verdict._tag === "Held") return record
    changed = true
    return issue(record, Math.min(now, Math.max(record.issueAt, verdict.since ?? record.issueAt)))
  })
  return changed ? { ...state, records } : state
}

const scheduled = (now: number, settings: IssuanceSettings): number | undefined =>
  settings.manual ? undefined : now + settings.delaySeconds * 1000

/** Records an enrollment: "Applied" (due per the settings), or "Requested" when approval is required. */
export const enroll = (state: SslState, request: SslRequest, now: number, settings: IssuanceSettings): [SslRecord, SslState] => {
  const sslId = state.nextId
  const record: SslRecord = {
    ...request,
    sslId,
    renewId: renewIdFor(sslId),
    status: settings.requireApproval ? "Requested" : "Applied",
    serialNumber: undefined,
    requested: now,
    approved: settings.requireApproval ? undefined : now,
    issued: undefined,
    expires: undefined,
    revoked: undefined,
    reasonCode: undefined,
    renewedDate: undefined,
    issueAt: settings.requireApproval ? undefined : scheduled(now, settings),
    pendingCollects: 0,
    extra: {}
  }
  return [record, { records: [...state.records, record], nextId: sslId + 1 }]
}

type Outcome = readonly [SslRefusal, undefined] | readonly [undefined, SslState]

const refused = (refusal: SslRefusal): Outcome => [refusal, undefined]
const updated = (state: SslState, record: SslRecord): Outcome => [undefined, replace(state, record)]

/** Approves a "Requested" certificate: it becomes "Applied" and due per the settings. */
export const approve = (state: SslState, record: SslRecord, now: number, settings: IssuanceSettings): Outcome =>
  record.status === "Requested"
    ? updated(state, { ...record, status: "Applied", approved: now, issueAt: scheduled(now, settings) })
    : refused({ _tag: "NotPending", status: record.status })

/** Issues a pending certificate now, whatever its schedule. */
export const issueNow = (state: SslState, record: SslRecord, now: number): Outcome =>
  isPending(record) ? updated(state, issue(record, now)) : refused({ _tag: "NotPending", status: record.status })

/** Revokes an issued certificate. */
export const revoke = (state: SslState, record: SslRecord, reasonCode: string, now: number): Outcome =>
  record.status === "Revoked"
    ? refused({ _tag: "AlreadyRevoked" })
    : record.status !== "Issued"
    ? refused({ _tag: "NotIssued", status: record.status })
    : updated(state, { ...record, status: "Revoked", revoked: now, reasonCode })

/** Counts a collect answered "not yet", so that alternating answers can take turns. */
export const countPendingCollect = (state: SslState, record: SslRecord): SslState =>
  replace(state, { ...record, pendingCollects: record.pendingCollects + 1 })

/**
 * Renews an issued (or expired, or revoked) certificate: a new enrollment from the same request,
 * with a new CSR if one is given, and the old one marked renewed.
 */
export const renew = (
  state: SslState,
  record: SslRecord,
  csr: Csr | undefined,
  now: number,
  settings: IssuanceSettings
): readonly [SslRefusal, undefined] | readonly [undefined, [SslRecord, SslState]] => {
  if (!wasIssued(record)) return [{ _tag: "NotRenewable", status: record.status }, undefined]
  const marked = replace(state, { ...record, renewedDate: now })
  const request: SslRequest = {
    ...record,
    ...(csr === undefined ? {} : { csr, keyType: csr.keyType }),
    requestedVia: "REST API"
  }
  return [undefined, enroll(marked, request, now, settings)]
}
