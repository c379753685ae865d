/**
 * The default S/MIME data (client certificate profiles, custom fields, a certificate for many of
 * the default persons) and seeded certificates as the store keeps them: dates laid out backwards
 * from the start time by the certificate's place in the seed, so the data looks lived-in and is the
 * same from run to run.
 */
import type { CustomFieldSeed, PersonSeed, SmimeCertificateSeed, SslTypeSeed } from "../../state/seed.js"
import type { KeyType } from "../../pki/csr.js"
import { fullName } from "../persons/index.js"
import { backendCertIdFor, type SmimeRecord, type SmimeState } from "./certificates.js"
import { serialNumberFor } from "../ssl/index.js"

const keyTypes = { RSA: ["2048", "3072", "4096"], EC: ["P-256", "P-384"] }

/** The default client certificate profiles; `subType` (mock only, never sent with the profile) is what a certificate's details name. */
export const defaultSmimeTypes: ReadonlyArray<SslTypeSeed> = [
  { id: 1201, name: "Sectigo Personal Authentication", description: "S/MIME, mailbox validated", terms: [365, 730], keyTypes, useSecondaryOrgName: false, subType: "Private" },
  { id: 1202, name: "Sectigo Personal Enterprise", description: "S/MIME, organization validated", terms: [365, 730, 1095], keyTypes, useSecondaryOrgName: false, subType: "Corporate" },
  {
    id: 1203,
    name: "Sectigo Personal (EU)",
    description: "S/MIME from the EU instance",
    terms: [365],
    keyTypes,
    useSecondaryOrgName: false,
    organizationIds: [1010, 1011],
    subType: "Private"
  }
]

/** The default client certificate custom fields. */
export const defaultSmimeCustomFields: ReadonlyArray<CustomFieldSeed> = [{ id: 301, name: "Employee number", mandatory: false }]

/** The id of the first default client certificate. */
export const firstSmimeId = 7001

const stateCycle = ["issued", "issued", "issued", "issued", "issued", "expired", "revoked", "issued"]

/** A certificate for each of the first 120 persons, in the states a live customer has. */
export const defaultSmimeCertificates = (persons: ReadonlyArray<PersonSeed>): ReadonlyArray<SmimeCertificateSeed> =>
  persons.slice(0, 120).map((person, i): SmimeCertificateSeed => ({
    id: firstSmimeId + i,
    personId: person.id,
    state: stateCycle[i % stateCycle.length],
    certTypeId: person["organizationId"] === 1010 || person["organizationId"] === 1011 ? 1203 : 1201 + (i % 2),
    orgId: typeof person["organizationId"] === "number" ? person["organizationId"] : 1001,
    term: 365,
    comments: `Mailbox certificate for ${fullName({ firstName: String(person["firstName"] ?? ""), middleName: "", lastName: String(person["lastName"] ?? "") }) || person.email}`,
    // Every fourth one was enrolled with a key SCM generated and keeps (key recovery).
    keyVault: i % 4 === 0
  }))

const day = 24 * 60 * 60 * 1000

const stringField = (seed: SmimeCertificateSeed, name: string): string | undefined => (typeof seed[name] === "string" ? seed[name] : undefined)
const numberField = (seed: SmimeCertificateSeed, name: string): number | undefined => (typeof seed[name] === "number" ? seed[name] : undefined)
const timeField = (seed: SmimeCertificateSeed, name: string): number | undefined => {
  const time = Date.parse(stringField(seed, name) ?? "")
  return Number.isNaN(time) ? undefined : time
}

/** The stand-in key of a seeded certificate (made when it is first signed). */
const seededKeyType: KeyType = { algorithm: "EC", parameter: "P-256" }

const fromSeed = (seed: SmimeCertificateSeed, person: PersonSeed | undefined, index: number, start: number): SmimeRecord => {
  const state = stringField(seed, "state") ?? "issued"
  const term = numberField(seed, "term") ?? 365
  const issuedOnce = state === "issued" || state === "expired" || state === "revoked"
  // Expired ones were issued more than a term ago; the others within it.
  const requested = timeField(seed, "requested") ?? start - (state === "expired" ? term + 10 + (index % 40) : 1 + (index % Math.max(1, term - 30))) * day
  const issued = timeField(seed, "issued") ?? (issuedOnce ? requested + 10 * 60 * 1000 : undefined)
  const email = person?.email ?? stringField(seed, "email") ?? `person-${seed.personId}@example.com`
  const names = {
    firstName: typeof person?.["firstName"] === "string" ? person["firstName"] : "",
    middleName: "",
    lastName: typeof person?.["lastName"] === "string" ? person["lastName"] : ""
  }
  return {
    id: seed.id,
    backendCertId: stringField(seed, "backendCertId") ?? backendCertIdFor(seed.id),
    personId: seed.personId,
    email,
    secondaryEmails: [],
    commonName: stringField(seed, "commonName") ?? (fullName(names) || email),
    orgId: numberField(seed, "orgId") ?? 1001,
    certTypeId: numberField(seed, "certTypeId") ?? 1201,
    term,
    comments: stringField(seed, "comments"),
    customFields: [],
    keyType: seededKeyType,
    csr: undefined,
    enrollType: index % 3 === 0 ? "Self Enroll" : "Admin Enroll",
    state,
    serialNumber: stringField(seed, "serialNumber") ?? (issuedOnce ? serialNumberFor(seed.id) : undefined),
    requested,
    issued,
    expires: timeField(seed, "expires") ?? (issued === undefined ? undefined : issued + term * day),
    revoked: timeField(seed, "revoked") ?? (state === "revoked" ? start - (index % 20) * day : undefined),
    downloaded: issued === undefined ? undefined : issued + 60 * 60 * 1000,
    keyVault: seed["keyVault"] === true,
    reasonCode: state === "revoked" ? "1" : undefined,
    issueAt: undefined,
    pendingCollects: 0
  }
}

/** The state a seed gives: its certificates in id order, new ids after the largest. */
export const seededSmimeState = (
  seeds: ReadonlyArray<SmimeCertificateSeed>,
  persons: ReadonlyArray<PersonSeed>,
  start: number
): SmimeState => {
  const byId = new Map(persons.map((person) => [person.id, person]))
  const records = seeds.map((seed, index) => fromSeed(seed, byId.get(seed.personId), index, start)).sort((a, b) => a.id - b.id)
  return { records, nextId: Math.max(firstSmimeId + 1000, ...records.map((record) => record.id + 1)) }
}
