/**
 * The SSL data: the default profiles, custom fields and certificates (a plausible customer's: eight
 * certificate profiles, two custom fields, more certificates than fit on two pages), and seeded
 * SSL certificates as the store keeps them: the fields a seed gives, and plausible values
 * for those it leaves out (dates laid out backwards from the start time by the certificate's place
 * in the seed, serial numbers and renew ids derived from the id), so a data set looks lived-in and
 * is the same from run to run.
 */
import type { CustomFieldSeed, SslCertificateSeed, SslTypeSeed } from "../../state/seed.js"
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
  "renewId",
  "comments",
  "customFields"
])

/** Custom field values as a seed gives them: `[{name, value}]`. */
const customFieldsOf = (value: unknown): ReadonlyArray<{ readonly name: string; readonly value: string }> =>
  Array.isArray(value)
    ? value.flatMap((item: unknown) =>
      typeof item === "object" && item !== null && "name" in item && "value" in item && typeof item.name === "string" && typeof item.value === "string"
        ? [{ name: item.name, value: item.value }]
        : [])
    : []

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
    comments: stringField(seed, "comments"),
    externalRequester: undefined,
    customFields: customFieldsOf(seed["customFields"]),
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

const publicKeyTypes = { RSA: ["2048", "3072", "4096"], EC: ["P-256", "P-384"] }

/** Publicly trusted TLS certificates are limited to 200 days from March 2026 (CA/B Forum SC-081). */
const publicTerms = [200]

const profile = (id: number, name: string, description: string, extra: Partial<Record<string, unknown>> = {}): SslTypeSeed => ({
  id,
  name,
  description,
  terms: publicTerms,
  keyTypes: publicKeyTypes,
  useSecondaryOrgName: false,
  ...extra
})

const ov = { validationType: "Organization Validation (OV)" }
const ev = { validationType: "Extended Validation (EV)" }

/** The default profiles; `validationType` (mock only, never sent with the profile) is what a certificate's details name. */
export const defaultSslTypes: ReadonlyArray<SslTypeSeed> = [
  profile(1101, "Sectigo OV SSL", "Organization validated, single domain", ov),
  profile(1102, "Sectigo OV Multi-Domain", "Organization validated, up to 250 SANs", ov),
  profile(1103, "Sectigo OV Wildcard SSL", "Organization validated, one wildcard level", ov),
  profile(1104, "Sectigo EV SSL", "Extended validation, single domain", { useSecondaryOrgName: true, ...ev }),
  profile(1105, "Sectigo EV Multi-Domain", "Extended validation, up to 250 SANs", { useSecondaryOrgName: true, ...ev }),
  profile(1106, "Sectigo DV SSL", "Domain validated, single domain", { terms: [90, 200], validationType: "Domain Validation (DV)" }),
  profile(1107, "Sectigo Private SSL", "Private CA, internal names allowed", {
    terms: [365, 730],
    keyTypes: { RSA: ["2048", "4096"], EC: ["P-256"] },
    organizationIds: [1001, 1002, 1003]
  }),
  profile(1108, "Sectigo OV SSL (EU)", "Organization validated, issued from the EU instance", { organizationIds: [1010, 1011], ...ov })
]

export const defaultCustomFields: ReadonlyArray<CustomFieldSeed> = [
  { id: 201, name: "Cost center", mandatory: false },
  { id: 202, name: "Change ticket", mandatory: false }
]

const hosts = ["www", "api", "portal", "mail", "vpn", "intranet", "shop", "cdn", "auth", "status"]
const domains = ["example.com", "example.net", "example.org"]
const statusCycle = ["Issued", "Issued", "Issued", "Issued", "Issued", "Issued", "Expired", "Revoked", "Requested", "Applied"]
const orgCycle = [1001, 1002, 1003, 1010, 1011, 1020]
const requesters = ["admin_ops", "admin_web", "api-client"]

/** How many certificates the default seed holds: more than one page of 200. */
export const defaultCertificateCount = 450

const at = <A>(items: ReadonlyArray<A>, i: number): A => items[i % items.length] as A

/** The certificate profile a default certificate of `orgId` uses: one its organization is offered. */
const sslTypeFor = (orgId: number, i: number): number =>
  orgId === 1020 ? 1106 : orgId >= 1010 ? 1108 : at([1101, 1102, 1103, 1104, 1107], i)

/** A term the certificate's profile offers, so the seed agrees with what enroll would accept. */
const termFor = (sslTypeId: number): number => {
  const terms = defaultSslTypes.find((profile) => profile.id === sslTypeId)?.["terms"]
  return Array.isArray(terms) && typeof terms[0] === "number" ? terms[0] : 200
}

export const defaultSslCertificates = (): ReadonlyArray<SslCertificateSeed> =>
  Array.from({ length: defaultCertificateCount }, (_, i): SslCertificateSeed => {
    const sslId = 20001 + i
    const domain = at(domains, Math.floor(i / hosts.length))
    const host = at(hosts, i)
    const commonName = i < hosts.length * domains.length ? `${host}.${domain}` : `${host}-${String(i).padStart(3, "0")}.${domain}`
    const orgId = at(orgCycle, i)
    const sslTypeId = sslTypeFor(orgId, i)
    return {
      sslId,
      commonName,
      subjectAlternativeNames: i % 3 === 0 ? [commonName, domain] : [commonName],
      status: at(statusCycle, i),
      sslTypeId,
      term: termFor(sslTypeId),
      orgId,
      requester: at(requesters, i),
      // Every other certificate carries a note and the cost center it is charged to.
      ...(i % 2 === 0
        ? { comments: `Renewed yearly for ${host}`, customFields: [{ name: "Cost center", value: `CC-${1000 + (i % 7) * 10}` }] }
        : {})
    }
  })
