/** Reading PEM bundles such as the chains SCM's collect formats return. */
import * as Crypto from "node:crypto"

/** The certificates of a PEM bundle, in the order the bundle has them. */
export const certificatesIn = (pem: string): Array<Crypto.X509Certificate> =>
  (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map((block) =>
    new Crypto.X509Certificate(block)
  )
