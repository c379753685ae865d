/**
 * How a client certificate is sent: ApiSmimeV2 in the lists, the REST reference's details from
 * `GET /smime/v1/{id}`, in the vendor's field names (dates as ISO 8601 date-times).
 */
import { type KeyType, keyTypeLabel } from "../../pki/csr.js"
import { signatureAlgorithm } from "../../pki/pki.js"
import type { Profile, SignedFacts } from "../ssl/index.js"
import { type SmimeRecord, wasIssued } from "./certificates.js"
import { isoTime, present } from "../../http/routeHelpers.js"

/** The subject the S/MIME CA gives a certificate, as `certificateDetails.subject` shows it. */
export const subjectOf = (record: SmimeRecord): string => `CN=${record.commonName}, E=${record.email}`

/** What lists and filters say of an issued certificate's usages. */
export const keyUsages: ReadonlyArray<string> = ["digitalSignature"]
export const extendedKeyUsages: ReadonlyArray<string> = ["emailProtection", "clientAuth"]

/** Bits for RSA, the curve's size for EC. */
const keySizeOf = (key: KeyType): number => (key.algorithm === "RSA" ? Number(key.parameter) : Number(key.parameter.replace(/\D/g, "")))

/** ApiSmimeV2: what the list, `byPersonId` and `byPersonEmail` send. */
export const listItemOf = (record: SmimeRecord, issuerSubject: string): Readonly<Record<string, unknown>> =>
  present({
    id: record.id,
    state: record.state,
    certificateDetails: wasIssued(record) ? { issuer: issuerSubject, subject: subjectOf(record) } : undefined,
    serialNumber: record.serialNumber,
    orderNumber: Number(record.backendCertId),
    backendCertId: record.backendCertId,
    expires: isoTime(record.expires),
    comments: record.comments
  })

/** The details of `GET /smime/v1/{id}`, as the REST reference lists them. */
export const detailsOf = (record: SmimeRecord, profile: Profile | undefined, signed: SignedFacts | undefined): Readonly<Record<string, unknown>> =>
  present({
    commonName: record.commonName,
    id: record.id,
    orgId: record.orgId,
    status: record.state,
    backendCertId: record.backendCertId,
    certType: profile?.sent,
    term: record.term,
    requestedVia: record.enrollType,
    comments: record.comments,
    requested: isoTime(record.requested),
    issued: isoTime(record.issued),
    expires: isoTime(record.expires),
    revoked: isoTime(record.revoked),
    reasonCode: record.reasonCode,
    serialNumber: record.serialNumber,
    signatureAlg: wasIssued(record) ? signatureAlgorithm : undefined,
    keyAlgorithm: record.keyType.algorithm,
    keySize: keySizeOf(record.keyType),
    keyType: keyTypeLabel(record.keyType),
    keyUsages: wasIssued(record) ? keyUsages : undefined,
    extendedKeyUsages: wasIssued(record) ? extendedKeyUsages : undefined,
    subjectAlternativeNames: [record.email, ...record.secondaryEmails],
    customFields: record.customFields,
    certificateDetails: signed ?? {},
    suspendNotifications: false
  })
