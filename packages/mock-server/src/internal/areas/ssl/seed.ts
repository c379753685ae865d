/**
 * Seeded SSL certificates as the store keeps them: the fields a seed gives, and plausible values
 * for those it leaves out (dates laid out backwards from the start time by the certificate's place
 * in the seed, serial numbers and renew ids derived from the id), so a data set looks lived-in and
 * is the same from run to run.
 */
import type { SslCertificateSeed } from "../../../MockScmServer.js"
import type { KeyType } from "../../pki/csr.js"
import { issuedStatuses, renewIdFor, serialNumberFor, type SslRecord, type SslState } from "./certificates.js"

const day = 24 * 60 * 60 * 1000

const stringField = (seed: SslCertificateSeed, name: string): string | undefined =>
  typeof seed[name] === "string" ? seed[name] : undefined

const numberField = (seed: SslCertificateSeed, name: string): number | undefined =>
  typeof seed[name] === "number" ? seed[name] : undefined

const timeField = (seed: SslCertificateSeed, name: string): number | undefined => {
  const text = stringField(seed, name)
  const time = text === undefined ? Number.NaN : Date.parse(text)
  return Number.isNaN(time) ? undefined : time
}

/** Seed fields the record models; any other field is kept in `extra` and sent with the details. */
const modelledFields: ReadonlySet<string> = new Set([
  "sslId",
  "commonName",
  "subjectAlternativeNames",
  "serialNumber",
  "status",
  "sslTypeId",
  "orgId",
  "requester",
  "term",
  "requested",
  "approved",
  "issued",
  "expires",
  "revoked",
  "renewId"
])

/** The stand-in key of a seeded certificate (made when it is first collected). */
const seededKeyType: KeyType = { algorithm: "EC", parameter: "P-256" }

/**
 * A seeded certificate. Dates it does not give are laid out backwards from `start`, by its place in
 * the seed, so that the data set looks lived-in and stays the same from run to run.
 */
export const fromSeed = (seed: SslCertificateSeed, index: number, start: number): SslRecord => {
  const status = stringField(seed, "status") ?? "Issued"
  const term = numberField(seed, "term") ?? 365
  const names = seed["subjectAlternativeNames"]
  const issuedOnce = issuedStatuses.has(status)
  // Expired ones were requested more than a term ago; the others within the term, the oldest 25
  // days short of it: a few expire within the next 30 days, as a real customer's always do.
  const requested = timeField(seed, "requested") ??
    start - (status === "Expired" ? term + 30 + (index % 60) : 1 + (index % Math.max(1, term - 25))) * day
  const issued = timeField(seed, "issued") ?? (issuedOnce ? requested + 60 * 60 * 1000 : undefined)
  const extra = Object.fromEntries(Object.entries(seed).filter(([name]) => !modelledFields.has(name)))
  return {
    sslId: seed.sslId,
    renewId: stringField(seed, "renewId") ?? renewIdFor(seed.sslId),
    commonName: seed.commonName,
    subjectAlternativeNames: Array.isArray(names) ? names.filter((name): name is string => typeof name === "string") : [seed.commonName],
    orgId: numberField(seed, "orgId"),
    sslTypeId: numberField(seed, "sslTypeId"),
    term,
    requester: stringField(seed, "requester"),
    requestedVia: "Enrollment Form",
    comments: undefined,
    externalRequester: undefined,
    customFields: [],
    keyType: seededKeyType,
    csr: undefined,
    status,
    serialNumber: stringField(seed, "serialNumber") ?? (issuedOnce ? serialNumberFor(seed.sslId) : undefined),
    requested,
    approved: timeField(seed, "approved") ?? (status === "Requested" ? undefined : requested),
    issued,
    expires: timeField(seed, "expires") ?? (issued === undefined ? undefined : issued + term * day),
    revoked: timeField(seed, "revoked") ?? (status === "Revoked" ? start - (index % 20) * day : undefined),
    reasonCode: status === "Revoked" ? "4" : undefined,
    renewedDate: undefined,
    issueAt: undefined,
    pendingCollects: 0,
    extra
  }
}

/** The state a seed gives: its certificates in id order, new ids after the largest. */
export const seededState = (seeds: ReadonlyArray<SslCertificateSeed>, start: number): SslState => {
  const records = seeds.map((seed, index) => fromSeed(seed, index, start)).sort((a, b) => a.sslId - b.sslId)
  return { records, nextId: Math.max(30000, ...records.map((record) => record.sslId + 1)) }
}
