/**
 * The mock's S/MIME CA: an issuing intermediate under the PKI's root, new for each server, for
 * email protection. It signs each issued client certificate once, on first use, for the CSR's
 * public key (a seeded certificate gets a fresh key nobody keeps): subject the person's common
 * name and e-mail, the e-mail (and secondary ones) as rfc822Name, EKU emailProtection and
 * clientAuth, as Sectigo's personal certificates carry.
 */
import { Effect } from "effect"
import type * as MockPki from "../MockPki.js"
import type { PkiError } from "../MockPki.js"
import type { Chain } from "./collectFormats.js"
import { type LeafOptions, makeSslIssuingCa, memoized, signIssued } from "./pki.js"
import type { SmimeRecord } from "./smimeCertificates.js"
import type { X509Lib } from "./x509.js"

/** Signs and remembers issued client certificates. */
export interface SmimeIssuer {
  readonly x509: X509Lib
  /** The S/MIME issuing CA's certificate, PEM. */
  readonly issuingCaPem: string
  /** The chain of an issued certificate, signed on first use. */
  readonly chainOf: (record: SmimeRecord) => Effect.Effect<Chain, PkiError>
  /** Forgets the signed certificates (ids are given again after a reset). */
  readonly reset: Effect.Effect<void>
}

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
export const makeSmimeIssuer = (x509: X509Lib, root: MockPki.KeyPair): Effect.Effect<SmimeIssuer, PkiError> =>
  Effect.map(makeSslIssuingCa(x509, root, "scm-effect mock S/MIME issuing CA"), (issuer) => {
    const rootCertificate = new x509.X509Certificate(root.certPem)
    const chains = memoized<number, SmimeRecord, Chain, PkiError>((record) =>
      Effect.map(signIssued(issuer, record.csr, leafOptions(record)), (certificate) => ({ certificate, intermediates: [issuer.certificate], root: rootCertificate })))
    return {
      x509,
      issuingCaPem: issuer.certificate.toString("pem"),
      chainOf: (record) => chains.get(record.id, record),
      reset: chains.clear
    }
  })
