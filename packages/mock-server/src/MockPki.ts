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
import type { Effect, Redacted } from "effect"
import { Schema } from "effect"
import * as internal from "./internal/pki/pki.js"

/**
 * A certificate and its PKCS#8 private key, both PEM.
 *
 * @since 0.1.0
 * @category models
 */
export interface KeyPair {
  readonly certPem: string
  readonly keyPem: Redacted.Redacted<string>
}

/**
 * The CA to trust, the HTTPS server's certificate, and the certificate-login admin's client certificate.
 *
 * @since 0.1.0
 * @category models
 */
export interface Pki {
  readonly ca: KeyPair
  readonly server: KeyPair
  readonly client: KeyPair
}

/**
 * Paths of the PEM files written by `writeFiles`.
 *
 * @since 0.1.0
 * @category models
 */
export interface PkiFiles {
  readonly caFile: string
  readonly serverCertFile: string
  readonly serverKeyFile: string
  readonly clientCertFile: string
  readonly clientKeyFile: string
}

/**
 * Options of `issueClientCertificate`; the window defaults to an hour ago until a day from now.
 *
 * @since 0.1.0
 * @category models
 */
export interface ClientCertificateOptions {
  readonly commonName: string
  readonly notBefore?: Date
  readonly notAfter?: Date
}

/**
 * Generating, signing or writing PKI material failed.
 *
 * @since 0.1.0
 * @category errors
 */
export class PkiError extends Schema.TaggedError<PkiError>()("PkiError", { message: Schema.String }) {}

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
