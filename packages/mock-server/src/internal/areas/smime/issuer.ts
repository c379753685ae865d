/**
 * The mock's S/MIME CA (a `CertificateIssuer`), for email protection: subject the person's common
 * name and e-mail, the e-mail (and secondary ones) as rfc822Name, EKU emailProtection and
 * clientAuth, as Sectigo's personal certificates carry.
 */
import type { Effect } from "effect"
import type { KeyPair, PkiError } from "../../pki/model.js"
import { type CertificateIssuer, makeCertificateIssuer } from "../../pki/certificateIssuer.js"
import type { LeafOptions } from "../../pki/pki.js"
import type { SmimeRecord } from "./certificates.js"
import type { X509Lib } from "../../pki/x509.js"

/** Signs and remembers issued client certificates. */
export type SmimeIssuer = CertificateIssuer<SmimeRecord>

const day = 24 * 60 * 60 * 1000

const leafOptions = (record: SmimeRecord): LeafOptions => {
  const notBefore = record.issued ?? record.requested
  return {
    subject: [{ CN: [record.commonName] }, { E: [record.email] }],
    usages: ["emailProtection", "clientAuth"],
    altNames: [record.email, ...record.secondaryEmails].map((email) => ({ type: "email", value: email })),
    window: { notBefore: new Date(notBefore), notAfter: new Date(record.expires ?? notBefore + record.term * day) },
    ...(record.serialNumber === undefined ? {} : { serialNumber: record.serialNumber })
  }
}

/** The S/MIME issuing CA under `root`, and the certificates it signs. */
export const makeSmimeIssuer = (x509: X509Lib, root: KeyPair): Effect.Effect<SmimeIssuer, PkiError> =>
  makeCertificateIssuer({ x509, root, commonName: "scm-effect mock S/MIME issuing CA", idOf: (record) => record.id, leafOptions })
