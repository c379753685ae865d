/**
 * A PKCS#10 certificate signing request made with node:crypto alone (ECDSA P-256), so the
 * templates need no X.509 library. With a real SCM you would more likely bring your own CSR:
 *
 *   openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
 *     -keyout key.pem -out request.csr -subj "/CN=www.example.com"
 */
import { Effect, Redacted } from "effect"
import * as Crypto from "node:crypto"

export interface Csr {
  /** The request, PEM: what `SslCertificates.enroll` takes. */
  readonly csrPem: string
  /** Its private key (PKCS#8 PEM): stays with you, SCM never sees it. */
  readonly privateKeyPem: Redacted.Redacted<string>
  /** Its public key, to check that the issued certificate carries it. */
  readonly publicKey: Crypto.KeyObject
}

const derLength = (length: number): Array<number> =>
  length < 0x80 ? [length] : length < 0x100 ? [0x81, length] : [0x82, length >> 8, length & 0xff]

const tlv = (tag: number, ...parts: ReadonlyArray<Uint8Array>): Buffer => {
  const content = Buffer.concat(parts)
  return Buffer.concat([Buffer.from([tag, ...derLength(content.length)]), content])
}

const sequence = (...parts: ReadonlyArray<Uint8Array>) => tlv(0x30, ...parts)
const set = (...parts: ReadonlyArray<Uint8Array>) => tlv(0x31, ...parts)

const oid = (dotted: string): Buffer => {
  const [first = 0, second = 0, ...rest] = dotted.split(".").map(Number)
  const bytes = [first * 40 + second]
  for (const arc of rest) {
    const base128 = [arc & 0x7f]
    for (let value = arc >> 7; value > 0; value >>= 7) base128.unshift((value & 0x7f) | 0x80)
    bytes.push(...base128)
  }
  return tlv(0x06, Buffer.from(bytes))
}

const commonNameOid = "2.5.4.3"
const extensionRequestOid = "1.2.840.113549.1.9.14"
const subjectAltNameOid = "2.5.29.17"
const ecdsaWithSha256Oid = "1.2.840.10045.4.3.2"

/** A CSR for `commonName`, asking for `dnsNames` as subject alternative names, and its key pair. */
export const makeCsr = (commonName: string, dnsNames: ReadonlyArray<string>) => {
  const { privateKey, publicKey } = Crypto.generateKeyPairSync("ec", { namedCurve: "P-256" })
  const subject = sequence(set(sequence(oid(commonNameOid), tlv(0x0c, Buffer.from(commonName, "utf8")))))
  const subjectAltNames = sequence(...dnsNames.map((name) => tlv(0x82, Buffer.from(name, "ascii"))))
  const extensionRequest = sequence(
    oid(extensionRequestOid),
    set(sequence(sequence(oid(subjectAltNameOid), tlv(0x04, subjectAltNames))))
  )
  const info = sequence(
    tlv(0x02, Buffer.from([0])),
    subject,
    publicKey.export({ type: "spki", format: "der" }),
    tlv(0xa0, extensionRequest)
  )
  const signature = Crypto.sign("sha256", info, privateKey)
  const der = sequence(info, sequence(oid(ecdsaWithSha256Oid)), tlv(0x03, Buffer.from([0]), signature))
  const base64 = der.toString("base64").replace(/.{1,64}/g, "$&\n")
  return { csrPem: `-----BEGIN CERTIFICATE REQUEST-----\n${base64}-----END CERTIFICATE REQUEST-----\n`, privateKey, publicKey }
}

/** `makeCsr`, with the private key a secret from the start. */
export const generateCsr = (commonName: string, dnsNames: ReadonlyArray<string>): Effect.Effect<Csr> =>
  Effect.sync(() => {
    const { csrPem, privateKey, publicKey } = makeCsr(commonName, dnsNames)
    return {
      csrPem,
      privateKeyPem: Redacted.make(privateKey.export({ type: "pkcs8", format: "pem" }).toString()),
      publicKey
    }
  })
