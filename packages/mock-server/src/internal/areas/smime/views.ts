/**
 * How a client certificate is sent: ApiSmimeV2 in the lists, the REST reference's details from
 * `GET /smime/v1/{id}`, in the vendor's field names (dates as ISO 8601 date-times).
 */
import { type KeyType, keyTypeLabel } from "../../pki/csr.js"
import { signatureAlgorithm } from "../../pki/pki.js"
import type { Profile, SignedFacts } from "../ssl/index.js"
import { type SmimeRecord, wasIssued } from "./certificates.js"
import { isoDay } from "../../http/recordAnswers.js"
import { isoTime, present, usDate } from "../../http/routeHelpers.js"

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
    // A day, as the REST reference's v2 lists write it ("2345-06-07", lines 6382, 6624).
    expires: record.expires === undefined ? undefined : isoDay(record.expires),
    comments: record.comments
  })

/** The details of `GET /smime/v1/{id}`, as the REST reference lists them (dates as `MM/dd/yyyy` on v1, line 7096). */
export const detailsOf = (
  record: SmimeRecord,
  profile: Profile | undefined,
  signed: SignedFacts | undefined,
  version: "v1" | "v2"
): Readonly<Record<string, unknown>> => {
  const date = version === "v1" ? usDate : isoTime
  return present({
    commonName: record.commonName,
    id: record.id,
    orgId: record.orgId,
    status: record.state,
    backendCertId: record.backendCertId,
    certType: profile?.sent,
    subType: profile?.subType,
    term: record.term,
    requestedVia: record.enrollType,
    comments: record.comments,
    requested: date(record.requested),
    issued: date(record.issued),
    expires: date(record.expires),
    revoked: date(record.revoked),
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
}
