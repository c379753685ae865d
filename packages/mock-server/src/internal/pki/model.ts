/**
 * What the PKI is made of, and how it fails: the shapes and the error that `MockPki` exports,
 * declared here, below every file that makes or reads PKI material, and re-exported there.
 */
import type { Redacted } from "effect"
import { Schema } from "effect"

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
