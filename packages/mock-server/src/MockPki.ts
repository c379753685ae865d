/**
 * The mock server's PKI: one CA that signs the HTTPS server certificate and the
 * client certificates used by the certificate-login scheme. Generated at run time,
 * ECDSA P-256, nothing on disk unless `writeFiles` puts it there.
 *
 * Validity windows are read from a live clock, not the Effect `Clock` service:
 * the TLS stack checks certificates against the real time, and a `TestClock`
 * starts at 1970.
 *
 * The X.509 library (and the `reflect-metadata` global it needs) is loaded the
 * first time one of these effects runs, not when this module is imported.
 *
 * @since 0.1.0
 */
import type { Effect } from "effect"
import type { ClientCertificateOptions, KeyPair, Pki, PkiError, PkiFiles } from "./internal/pki/model.js"
import * as internal from "./internal/pki/pki.js"

export type { ClientCertificateOptions, KeyPair, Pki, PkiFiles } from "./internal/pki/model.js"
export { PkiError } from "./internal/pki/model.js"

/**
 * A fresh PKI: a CA, a server certificate for localhost, 127.0.0.1 and ::1, and a client certificate with CN `clientCommonName`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const generate: (options: { readonly clientCommonName: string }) => Effect.Effect<Pki, PkiError> =
  internal.generate

/**
 * Signs a client certificate (clientAuth) with `ca`, e.g. one for another admin or an expired one.
 *
 * @since 0.1.0
 * @category constructors
 */
export const issueClientCertificate: (ca: KeyPair, options: ClientCertificateOptions) => Effect.Effect<KeyPair, PkiError> =
  internal.issueClientCertificate

/**
 * A self-signed CA on its own, e.g. a foreign CA that the mock server does not trust.
 *
 * @since 0.1.0
 * @category constructors
 */
export const generateCa: (options: { readonly commonName: string }) => Effect.Effect<KeyPair, PkiError> =
  internal.generateCa

/**
 * SHA-256 fingerprint of a PEM certificate as colon-separated upper-case hex, like node's `X509Certificate.fingerprint256`; throws on input that is not PEM.
 *
 * @since 0.1.0
 * @category utils
 */
export const fingerprint256: (certPem: string) => string = internal.fingerprint256

/**
 * Writes ca.pem, server.pem, server-key.pem, client.pem and client-key.pem to `dir` (created if needed; keys mode 0600).
 *
 * @since 0.1.0
 * @category utils
 */
export const writeFiles: (pki: Pki, dir: string) => Effect.Effect<PkiFiles, PkiError> = internal.writeFiles
