/**
 * How a certificate is sent: SSLIdentity in the list, CertDetailsResponse from `GET /ssl/v1/{id}`,
 * in the spec's field names and types (dates as RFC 3339 date-times, the reason code a string).
 */
import type * as X509 from "@peculiar/x509"
import { createHash } from "node:crypto"
import { type KeyType, keyTypeLabel } from "../../pki/csr.js"
import { signatureAlgorithm } from "../../pki/pki.js"
import type { Profile } from "./profiles.js"
import { isoTime, present, usDate } from "../../http/routeHelpers.js"
import { backendCertIdOf, type SslRecord, wasIssued } from "./certificates.js"
import type { X509Lib } from "../../pki/x509.js"

/** SSLIdentity: the serial number only once issued. */
export const identityOf = (record: SslRecord): Readonly<Record<string, unknown>> => ({
  sslId: record.sslId,
  commonName: record.commonName,
  subjectAlternativeNames: record.subjectAlternativeNames,
  ...(record.serialNumber === undefined ? {} : { serialNumber: record.serialNumber })
})

/** Bits for RSA; for EC the curve's size, as SCM's deprecated `keySize` gives it. */
const keySizeOf = (key: KeyType): number => (key.algorithm === "RSA" ? Number(key.parameter) : Number(key.parameter.replace(/\D/g, "")))

/** What `certificateDetails` says once the certificate is signed. */
export interface SignedFacts {
  readonly issuer: string
  readonly subject: string
  readonly subjectAltNames: string
  readonly md5Hash: string
  readonly sha1Hash: string
  readonly sha256Hash: string
}

const fingerprint = (algorithm: "md5" | "sha1" | "sha256", der: ArrayBuffer): string =>
  createHash(algorithm).update(new Uint8Array(der)).digest("hex").toUpperCase()

/** `certificateDetails` of a signed certificate. */
export const signedFactsOf = (x509: X509Lib, certificate: X509.X509Certificate): SignedFacts => ({
  issuer: certificate.issuer,
  subject: certificate.subject,
  subjectAltNames: (certificate.getExtension(x509.SubjectAlternativeNameExtension)?.names.items ?? [])
    .map((name) => `${name.type === "ip" ? "IP Address" : name.type.toUpperCase()}:${name.value}`)
    .join(", "),
  md5Hash: fingerprint("md5", certificate.rawData),
  sha1Hash: fingerprint("sha1", certificate.rawData),
  sha256Hash: fingerprint("sha256", certificate.rawData)
})

/** The admin a certificate belongs to, as its details name them. */
export interface Owner {
  readonly id: number
  readonly name: string
}

/** What the details of a certificate are written for: the API version (v1 writes dates as `MM/dd/yyyy`) and its owner. */
export interface DetailsContext {
  readonly version: "v1" | "v2"
  readonly owner: Owner | undefined
}

/** CertDetailsResponse: on v1 as the REST reference's (dates as `MM/dd/yyyy`, line 2709), on v2 as the spec's (date-times). */
export const detailsOf = (
  record: SslRecord,
  profile: Profile | undefined,
  signed: SignedFacts | undefined,
  context: DetailsContext
): Readonly<Record<string, unknown>> => {
  const backendCertId = backendCertIdOf(record)
  const date = context.version === "v1" ? usDate : isoTime
  return present({
    commonName: record.commonName,
    sslId: record.sslId,
    id: record.sslId,
    orgId: record.orgId,
    status: record.status,
    orderNumber: backendCertId,
    backendCertId: backendCertId === undefined ? undefined : String(backendCertId),
    vendor: "scm-effect mock CA",
    certType: profile?.sent,
    // Deprecated by SCM for validationType, and empty in its answers.
    subType: "",
    validationType: profile?.validationType,
    term: record.term,
    owner: context.owner?.name,
    ownerId: context.owner?.id,
    requester: record.requester,
    requestedVia: record.requestedVia,
    externalRequester: record.externalRequester,
    comments: record.comments,
    requested: date(record.requested),
    approved: date(record.approved),
    issued: date(record.issued),
    expires: date(record.expires),
    revoked: date(record.revoked),
    reasonCode: record.reasonCode,
    renewed: record.renewedDate !== undefined,
    // The reference does not show it on v1; the spec's date-time.
    renewedDate: isoTime(record.renewedDate),
    serialNumber: record.serialNumber,
    signatureAlg: wasIssued(record) ? signatureAlgorithm : undefined,
    keyAlgorithm: record.keyType?.algorithm,
    keySize: record.keyType === undefined ? undefined : keySizeOf(record.keyType),
    keyType: record.keyType === undefined ? undefined : keyTypeLabel(record.keyType),
    keyUsages: wasIssued(record) ? ["digitalSignature"] : undefined,
    extendedKeyUsages: wasIssued(record) ? ["serverAuth", "clientAuth"] : undefined,
    subjectAlternativeNames: record.subjectAlternativeNames,
    customFields: record.customFields,
    certificateDetails: signed,
    autoInstallDetails: { state: "Not configured" },
    autoRenewDetails: { state: "Not scheduled" },
    suspendNotifications: false,
    ...record.extra
  })
}
