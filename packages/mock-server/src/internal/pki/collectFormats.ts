/**
 * The formats `collect` answers in, as the spec lists them. A chain is the issued certificate, the
 * intermediate CA(s) that signed it and the root; the formats differ in which of them they carry,
 * in what order, and whether as PEM certificates or as a PKCS#7 certs-only SignedData.
 *
 * | format | body |
 * | --- | --- |
 * | `x509`, `pem` | PEM: root, intermediate(s), certificate (root first, as SCM's own example) |
 * | `x509R` | PEM: certificate, intermediate(s), root (the reverse) |
 * | `pemia` | PEM: certificate, then its issuer(s) without the root |
 * | `x509CO`, `pemco` | PEM: the certificate only |
 * | `x509IO` | PEM: root, intermediate(s), no certificate |
 * | `x509IOR` | PEM: intermediate(s), root, no certificate |
 * | `base64` (the default) | PKCS#7 in PEM (`-----BEGIN PKCS7-----`): certificate, intermediate(s), root |
 * | `bin` | the same PKCS#7, DER |
 */
import type * as X509 from "@peculiar/x509"
import type { X509Lib } from "./x509.js"

/** The format names `collect` accepts (case-sensitive, as SCM's). */
export const collectFormats = ["x509", "x509CO", "base64", "bin", "x509IO", "x509IOR", "pem", "pemco", "pemia", "x509R"] as const

/** A format `collect` accepts. */
export type CollectFormat = (typeof collectFormats)[number]

/** The format when the request names none. */
export const defaultCollectFormat: CollectFormat = "base64"

/** The certificates a format is made of. */
export interface Chain {
  readonly certificate: X509.X509Certificate
  /** Nearest to the certificate first. */
  readonly intermediates: ReadonlyArray<X509.X509Certificate>
  readonly root: X509.X509Certificate
}

/** A collect answer's bytes and the file extension its Content-Disposition names. */
export interface Rendered {
  readonly body: Uint8Array
  readonly extension: "crt" | "p7b"
}

/** Whether `format` is one `collect` accepts. */
export const isCollectFormat = (format: string): format is CollectFormat => (collectFormats as ReadonlyArray<string>).includes(format)

const encoder = new TextEncoder()

/** One PEM block per certificate, each ending with a newline. */
const pemBundle = (certificates: ReadonlyArray<X509.X509Certificate>): Rendered => ({
  body: encoder.encode(certificates.map((certificate) => `${certificate.toString("pem")}\n`).join("")),
  extension: "crt"
})

const pkcs7Der = (x509: X509Lib, certificates: ReadonlyArray<X509.X509Certificate>): ArrayBuffer =>
  new x509.X509Certificates([...certificates]).export("raw")

/** The chain in `format`. */
export const render = (x509: X509Lib, format: CollectFormat, chain: Chain): Rendered => {
  const { certificate, intermediates, root } = chain
  const upward = [certificate, ...intermediates, root]
  switch (format) {
    case "x509":
    case "pem":
      return pemBundle([...upward].reverse())
    case "x509R":
      return pemBundle(upward)
    case "pemia":
      return pemBundle([certificate, ...intermediates])
    case "x509CO":
    case "pemco":
      return pemBundle([certificate])
    case "x509IO":
      return pemBundle([root, ...[...intermediates].reverse()])
    case "x509IOR":
      return pemBundle([...intermediates, root])
    case "base64":
      // SCM's PKCS#7 "PEM encoded" is the PKCS7 label of RFC 7468, not the library's default CMS one.
      return { body: encoder.encode(`${x509.PemConverter.encode(pkcs7Der(x509, upward), "PKCS7")}\n`), extension: "p7b" }
    case "bin":
      return { body: new Uint8Array(pkcs7Der(x509, upward)), extension: "p7b" }
  }
}
