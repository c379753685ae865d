/**
 * The mock's SSL CA (a `CertificateIssuer`): what it puts into a certificate, the CSR's subject
 * and names, for server and client authentication.
 */
import type * as X509 from "@peculiar/x509"
import type { Effect } from "effect"
import { isIP } from "node:net"
import type { KeyPair, PkiError } from "../../pki/model.js"
import { type CertificateIssuer, makeCertificateIssuer } from "../../pki/certificateIssuer.js"
import type { LeafOptions } from "../../pki/pki.js"
import type { SslRecord } from "./certificates.js"
import type { X509Lib } from "../../pki/x509.js"

/** Signs and remembers issued certificates. */
export type SslIssuer = CertificateIssuer<SslRecord>

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
export const makeSslIssuer = (x509: X509Lib, root: KeyPair): Effect.Effect<SslIssuer, PkiError> =>
  makeCertificateIssuer({ x509, root, commonName: "scm-effect mock SSL issuing CA", idOf: (record) => record.sslId, leafOptions })
