/**
 * The mock's SSL CA: an issuing intermediate under the PKI's root (`pki.ca`), new for each server,
 * that signs each issued certificate once, on first collect, for the CSR's public key, subject and
 * names (a seeded certificate, which has no CSR, gets a fresh key nobody keeps). The signed chain is
 * kept, so every collect of a certificate answers the same bytes.
 */
import type * as X509 from "@peculiar/x509"
import { Effect } from "effect"
import { isIP } from "node:net"
import type * as MockPki from "../MockPki.js"
import type { PkiError } from "../MockPki.js"
import type { Chain } from "./collectFormats.js"
import { type LeafOptions, makeSslIssuingCa, memoized, signIssued } from "./pki.js"
import type { SslRecord } from "./sslCertificates.js"
import type { X509Lib } from "./x509.js"

/** Signs and remembers issued certificates. */
export interface SslIssuer {
  /** The X.509 library the certificates come from, for those who render or read them. */
  readonly x509: X509Lib
  /** The issuing CA's certificate, PEM. */
  readonly issuingCaPem: string
  /** The chain of an issued certificate, signed on first use. */
  readonly chainOf: (record: SslRecord) => Effect.Effect<Chain, PkiError>
  /** Forgets the signed certificates (ids are given again after a reset). */
  readonly reset: Effect.Effect<void>
}

const day = 24 * 60 * 60 * 1000

const generalName = (name: string): X509.JsonGeneralName =>
  isIP(name) === 0 ? { type: "dns", value: name } : { type: "ip", value: name }

const leafOptions = (record: SslRecord): LeafOptions => {
  const notBefore = record.issued ?? record.requested ?? 0
  return {
    subject: record.csr?.subject ?? [{ CN: [record.commonName] }],
    usages: ["serverAuth", "clientAuth"],
    altNames: record.subjectAlternativeNames.map(generalName),
    window: { notBefore: new Date(notBefore), notAfter: new Date(record.expires ?? notBefore + 365 * day) },
    ...(record.serialNumber === undefined ? {} : { serialNumber: record.serialNumber })
  }
}

/** The issuing CA under `root`, and the certificates it signs. */
export const makeSslIssuer = (x509: X509Lib, root: MockPki.KeyPair): Effect.Effect<SslIssuer, PkiError> =>
  Effect.map(makeSslIssuingCa(x509, root, "scm-effect mock SSL issuing CA"), (issuer) => {
    const rootCertificate = new x509.X509Certificate(root.certPem)
    // One signing per certificate: concurrent collects wait for the same signature, and the
    // signing finishes even if the client that started it leaves; a failed one is tried again.
    const chains = memoized<number, SslRecord, Chain, PkiError>((record) =>
      Effect.map(signIssued(issuer, record.csr, leafOptions(record)), (certificate): Chain => ({
        certificate,
        intermediates: [issuer.certificate],
        root: rootCertificate
      })))
    return {
      x509,
      issuingCaPem: issuer.certificate.toString("pem"),
      chainOf: (record) => chains.get(record.sslId, record),
      reset: chains.clear
    }
  })
