/**
 * Reading a certificate signing request the way SCM's enroll does: PEM or bare base64 of a DER
 * PKCS#10 request, whose signature must hold. What goes wrong is told apart as SCM tells it: text
 * that is not base64 (-9), bytes that are not a CSR (-10), a key SCM does not issue for (-11).
 */
import type * as X509 from "@peculiar/x509"
import { Data, Effect } from "effect"
import { webcrypto } from "node:crypto"
import type { X509Lib } from "./x509.js"

/** Why a CSR was refused. */
export class CsrRefused extends Data.TaggedError("CsrRefused")<{
  readonly reason: "notBase64" | "notCsr" | "unsupportedAlgorithm"
}> {}

/** A key as SCM's profiles list them: `{ "RSA": ["2048"], "EC": ["P-256"] }`. */
export interface KeyType {
  readonly algorithm: "RSA" | "EC"
  /** Modulus length for RSA, curve name for EC. */
  readonly parameter: string
}

/** A key type as SCM's details and reports show it: `"EC - P-256"`, `"RSA - 2048"`. */
export const keyTypeLabel = (key: KeyType): string => `${key.algorithm} - ${key.parameter}`

/** What the mock needs of a valid CSR. */
export interface Csr {
  readonly subject: X509.Name
  readonly commonName: string | undefined
  readonly publicKey: X509.PublicKey
  readonly keyType: KeyType
  /** DNS names of the CSR's requested subjectAltName extension. */
  readonly dnsNames: ReadonlyArray<string>
}

/** `-----BEGIN CERTIFICATE REQUEST-----` (or the older `NEW CERTIFICATE REQUEST`) around base64. */
const pemArmor = /^-----BEGIN (NEW )?CERTIFICATE REQUEST-----([^-]*)-----END (NEW )?CERTIFICATE REQUEST-----$/
const anyPem = /^-----BEGIN [A-Z0-9 ]+-----/
const base64Syntax = /^[A-Za-z0-9+/]+={0,2}$/

const subjectAltNameOid = "2.5.29.17"

const keyTypeOf = (algorithm: webcrypto.KeyAlgorithm): KeyType | undefined => {
  if ("modulusLength" in algorithm && typeof algorithm.modulusLength === "number") {
    return { algorithm: "RSA", parameter: String(algorithm.modulusLength) }
  }
  if ("namedCurve" in algorithm && typeof algorithm.namedCurve === "string") {
    return { algorithm: "EC", parameter: algorithm.namedCurve }
  }
  return undefined
}

const dnsNamesOf = (x509: X509Lib, request: X509.Pkcs10CertificateRequest): ReadonlyArray<string> => {
  const extension = request.extensions.find((candidate) => candidate.type === subjectAltNameOid)
  if (extension === undefined) return []
  return new x509.SubjectAlternativeNameExtension(extension.rawData).names.items
    .filter((name) => name.type === "dns")
    .map((name) => name.value)
}

const refuse = (reason: CsrRefused["reason"]) => Effect.fail(new CsrRefused({ reason }))

/** The base64 body of `text`, PEM armor and whitespace removed. */
const base64Of = (text: string): Effect.Effect<string, CsrRefused> => {
  const trimmed = text.trim()
  const armored = pemArmor.exec(trimmed)
  if (armored === null && anyPem.test(trimmed)) return refuse("notCsr")
  const body = (armored?.[2] ?? trimmed).replace(/\s+/g, "")
  return body.length % 4 === 0 && base64Syntax.test(body) ? Effect.succeed(body) : refuse("notBase64")
}

/** Parses and verifies a CSR given as PEM or bare base64. */
export const parseCsr = (x509: X509Lib, text: string): Effect.Effect<Csr, CsrRefused> =>
  Effect.gen(function* () {
    const der = Buffer.from(yield* base64Of(text), "base64")
    const request = yield* Effect.try({
      try: () => new x509.Pkcs10CertificateRequest(der),
      catch: () => new CsrRefused({ reason: "notCsr" })
    })
    const verified = yield* Effect.tryPromise({
      try: () => request.verify(webcrypto),
      catch: () => new CsrRefused({ reason: "notCsr" })
    })
    if (!verified) return yield* refuse("notCsr")
    // A key of an algorithm webcrypto does not know fails to load: to SCM, an unsupported algorithm too.
    const keyType = yield* Effect.try({
      try: () => keyTypeOf(request.publicKey.algorithm),
      catch: () => new CsrRefused({ reason: "unsupportedAlgorithm" })
    })
    if (keyType === undefined) return yield* refuse("unsupportedAlgorithm")
    return {
      subject: request.subjectName,
      commonName: request.subjectName.getField("CN")[0],
      publicKey: request.publicKey,
      keyType,
      dnsNames: yield* Effect.try({ try: () => dnsNamesOf(x509, request), catch: () => new CsrRefused({ reason: "notCsr" }) })
    }
  })
