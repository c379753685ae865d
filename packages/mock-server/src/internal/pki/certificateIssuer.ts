/**
 * An issuing CA of the mock and the certificates it signs: an intermediate under the PKI's root,
 * new for each server, that signs each issued certificate once, on first use, for its CSR's public
 * key (a seeded certificate, which has no CSR, gets a fresh key nobody keeps). The signed chain is
 * kept, so every collect of a certificate answers the same bytes. The SSL and the S/MIME CAs
 * differ only in their name and in what they put into a certificate.
 */
import type * as X509 from "@peculiar/x509"
import { Effect } from "effect"
import type { KeyPair, PkiError } from "./model.js"
import type { Chain } from "./collectFormats.js"
import { type LeafOptions, makeSslIssuingCa, memoized, signIssued } from "./pki.js"
import type { X509Lib } from "./x509.js"

/** Signs and remembers the issued certificates of records `R`. */
export interface CertificateIssuer<R> {
  /** The X.509 library the certificates come from, for those who render or read them. */
  readonly x509: X509Lib
  /** The issuing CA's certificate, PEM. */
  readonly issuingCaPem: string
  /** The chain of an issued certificate, signed on first use. */
  readonly chainOf: (record: R) => Effect.Effect<Chain, PkiError>
  /** Forgets the signed certificates (ids are given again after a reset). */
  readonly reset: Effect.Effect<void>
}

/** The issuing CA `commonName` under `root`, signing each record (by `idOf`) with `leafOptions`. */
export const makeCertificateIssuer = <R extends { readonly csr: { readonly publicKey: X509.PublicKeyType } | undefined }>(options: {
  readonly x509: X509Lib
  readonly root: KeyPair
  readonly commonName: string
  readonly idOf: (record: R) => number
  readonly leafOptions: (record: R) => LeafOptions
}): Effect.Effect<CertificateIssuer<R>, PkiError> =>
  Effect.map(makeSslIssuingCa(options.x509, options.root, options.commonName), (issuer) => {
    const rootCertificate = new options.x509.X509Certificate(options.root.certPem)
    // One signing per certificate: concurrent collects wait for the same signature, and the
    // signing finishes even if the client that started it leaves; a failed one is tried again.
    const chains = memoized<number, R, Chain, PkiError>((record) =>
      Effect.map(signIssued(issuer, record.csr, options.leafOptions(record)), (certificate): Chain => ({
        certificate,
        intermediates: [issuer.certificate],
        root: rootCertificate
      })))
    return {
      x509: options.x509,
      issuingCaPem: issuer.certificate.toString("pem"),
      chainOf: (record) => chains.get(options.idOf(record), record),
      reset: chains.clear
    }
  })
