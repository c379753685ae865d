/**
 * Certificate signing requests, checked or made on this machine before anything is sent. A file
 * given as `--csr` must be a CSR (PEM or DER) whose signature holds; a private key, a certificate
 * or an empty file is refused with what it is, and never leaves the machine. `--cn` makes the key
 * (ECDSA P-256, or RSA) and the CSR here, as certbot and step do; the key goes to a file of mode
 * 0600 and nowhere else. The X.509 library loads only when a command needs it.
 */
import type * as X509 from "@peculiar/x509"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import * as Redacted from "effect/Redacted"
import * as Flag from "effect/cli/Flag"
import { createPrivateKey, webcrypto, X509Certificate } from "node:crypto"
import { choiceFlag } from "./commands/common.js"
import { UsageError } from "./failure.js"
import { refuseToOverwrite, writeFileAtomic } from "./output.js"

type X509Lib = typeof X509

let loaded: Promise<X509Lib> | undefined

/** `@peculiar/x509`, once per process; it needs the `reflect-metadata` global first. */
const x509 = Effect.promise(() => {
  loaded ??= import("reflect-metadata").then(() => import("@peculiar/x509"))
  return loaded
})

/** A CSR read and checked: the PEM to send, and what it asks for. */
export interface CheckedCsr {
  readonly pem: string
  readonly commonName: string | undefined
  readonly dnsNames: ReadonlyArray<string>
  /** `EC P-256`, `RSA 2048` ... */
  readonly key: { readonly algorithm: "EC" | "RSA" | string; readonly parameter: string }
}

const usage = (message: string) => new UsageError({ message })

const pemBlock = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/

/** What a PEM label says a file is, for the message that refuses it. */
const describeLabel = (label: string): string =>
  /PRIVATE KEY/.test(label)
    ? "a private key"
    : label === "CERTIFICATE" || label === "TRUSTED CERTIFICATE" || label === "X509 CERTIFICATE"
    ? "a certificate"
    : label === "PUBLIC KEY" || label === "RSA PUBLIC KEY"
    ? "a public key"
    : label === "PKCS7" || label === "CMS"
    ? "a PKCS#7 bundle"
    : `a PEM "${label}" block`

const keyAdvice = (file: string) =>
  ` Never send a private key anywhere: make a CSR from it (openssl req -new -key ${file} -out www.csr),` +
  " or let scm make key and CSR (--cn NAME --key-out FILE)."

const refusal = (flag: string, file: string, what: string) =>
  usage(
    `${flag} ${file} is ${what}, not a certificate signing request; nothing was sent.` +
      (what === "a private key" ? keyAdvice(file) : "")
  )

const keyTypeOf = (algorithm: webcrypto.KeyAlgorithm): CheckedCsr["key"] =>
  "modulusLength" in algorithm && typeof algorithm.modulusLength === "number"
    ? { algorithm: "RSA", parameter: String(algorithm.modulusLength) }
    : "namedCurve" in algorithm && typeof algorithm.namedCurve === "string"
    ? { algorithm: "EC", parameter: algorithm.namedCurve }
    : { algorithm: algorithm.name, parameter: "" }

const subjectAltNameOid = "2.5.29.17"
const commonNameOid = "2.5.4.3"

/** Parses and verifies a DER CSR. */
const checkDer = (flag: string, file: string, der: Uint8Array) =>
  Effect.gen(function*() {
    const lib = yield* x509
    const request = yield* Effect.try({
      try: () => new lib.Pkcs10CertificateRequest(der),
      catch: () => usage(`${flag} ${file} is not a valid certificate signing request; nothing was sent`)
    })
    const verified = yield* Effect.promise(() => request.verify(webcrypto).catch(() => false))
    if (!verified) {
      return yield* usage(`${flag} ${file}: the CSR's signature does not hold (a damaged file?); nothing was sent`)
    }
    const extension = request.extensions.find((candidate) => candidate.type === subjectAltNameOid)
    const dnsNames = extension === undefined
      ? []
      : new lib.SubjectAlternativeNameExtension(extension.rawData).names.items
        .filter((name) => name.type === "dns")
        .map((name) => name.value)
    const commonName = request.subjectName.getField(commonNameOid)[0]
    const key = yield* Effect.try({
      try: () => keyTypeOf(request.publicKey.algorithm),
      catch: () => usage(`${flag} ${file}: the CSR's key is of an algorithm SCM does not issue for; nothing was sent`)
    })
    return { pem: `${request.toString("pem")}\n`, commonName, dnsNames, key } satisfies CheckedCsr
  })

/** What DER bytes are, when they are not a CSR. */
const describeDer = (der: Uint8Array): string | undefined => {
  const buffer = Buffer.from(der)
  try {
    new X509Certificate(buffer)
    return "a certificate"
  } catch {
    // not one
  }
  for (const type of ["pkcs8", "sec1", "pkcs1"] as const) {
    try {
      createPrivateKey({ key: buffer, format: "der", type })
      return "a private key"
    } catch {
      // not one
    }
  }
  return undefined
}

/** Text a person could have typed: tabs, line ends and printable ASCII only (DER never is). */
const isPrintable = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (!(code === 9 || code === 10 || code === 13 || (code >= 32 && code < 127))) return false
  }
  return true
}

/**
 * Reads `--csr FILE`: PEM or DER, checked here. Anything else is refused (exit 2) with what it is,
 * before any request.
 */
export const readCsr = Effect.fn("csr.readCsr")(function*(file: string, flag = "--csr") {
  const fs = yield* FileSystem.FileSystem
  const bytes = yield* fs.readFile(file).pipe(Effect.mapError(() => usage(`${flag} ${file}: cannot read the file`)))
  const text = Buffer.from(bytes).toString("latin1")
  if (text.trim() === "") return yield* usage(`${flag} ${file} is empty; nothing was sent`)
  const block = pemBlock.exec(text)
  if (block !== null) {
    const label = block[1]!
    if (label !== "CERTIFICATE REQUEST" && label !== "NEW CERTIFICATE REQUEST") {
      return yield* refusal(flag, file, describeLabel(label))
    }
    return yield* checkDer(flag, file, Buffer.from(block[2]!.replace(/\s+/g, ""), "base64"))
  }
  if (/-----BEGIN /.test(text) || isPrintable(text)) {
    // Text, but no PEM block in it (an OpenSSH key, a note ...).
    return yield* refusal(flag, file, /OPENSSH PRIVATE KEY|PRIVATE KEY/.test(text) ? "a private key" : "text without a PEM block")
  }
  const checked = yield* Effect.result(checkDer(flag, file, bytes))
  if (checked._tag === "Success") return checked.success
  const what = describeDer(bytes)
  return yield* what === undefined ? usage(`${flag} ${file} is neither a PEM nor a DER CSR; nothing was sent`) : refusal(flag, file, what)
})

/** The keys `--key-type` makes. */
export const keyTypes = ["ec", "rsa2048", "rsa3072", "rsa4096"] as const

/** A key type to make. */
export type KeyType = typeof keyTypes[number]

/** `--cn`, `--key-out`, `--key-type`, `--force`: a key and CSR made here. */
export const generationFlags = {
  cn: Flag.String("cn").pipe(
    Flag.withMetavar("NAME"),
    Flag.withDescription("make the key and the CSR here, for this name (with --key-out)"),
    Flag.optional
  ),
  keyOut: Flag.String("key-out").pipe(
    Flag.withMetavar("FILE"),
    Flag.withDescription("with --cn: where the new private key goes (mode 0600; never sent)"),
    Flag.optional
  ),
  keyType: choiceFlag("key-type", keyTypes).pipe(
    Flag.withDescription("with --cn: ec (ECDSA P-256, the default), rsa2048, rsa3072 or rsa4096"),
    Flag.withDefault("ec" as const)
  ),
  force: Flag.Boolean("force").pipe(
    Flag.withDescription("replace the files --key-out and --eab-out name if they exist"),
    Flag.withDefault(false)
  )
}

const algorithms: Record<KeyType, { readonly generate: webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams; readonly sign: webcrypto.Algorithm | webcrypto.EcdsaParams }> = {
  ec: { generate: { name: "ECDSA", namedCurve: "P-256" }, sign: { name: "ECDSA", hash: "SHA-256" } as webcrypto.EcdsaParams },
  rsa2048: { generate: rsa(2048), sign: { name: "RSASSA-PKCS1-v1_5" } },
  rsa3072: { generate: rsa(3072), sign: { name: "RSASSA-PKCS1-v1_5" } },
  rsa4096: { generate: rsa(4096), sign: { name: "RSASSA-PKCS1-v1_5" } }
}

function rsa(modulusLength: number): webcrypto.RsaHashedKeyGenParams {
  return { name: "RSASSA-PKCS1-v1_5", modulusLength, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }
}

/** A key and a CSR made here: the CSR to send, the key (Redacted) to keep. */
export interface Generated extends CheckedCsr {
  readonly keyPem: Redacted.Redacted<string>
}

/** Whether the CSR was made here (and has a key to write). */
export const isGenerated = (csr: CheckedCsr | Generated): csr is Generated => "keyPem" in csr

/** Makes a key of `keyType` and a CSR for `commonName` (and `sans`), signed with it. */
export const generate = Effect.fn("csr.generate")(function*(commonName: string, sans: ReadonlyArray<string>, keyType: KeyType) {
  const lib = yield* x509
  const algorithm = algorithms[keyType]
  const keys = yield* Effect.promise(() =>
    webcrypto.subtle.generateKey(algorithm.generate, true, ["sign", "verify"]) as Promise<webcrypto.CryptoKeyPair>
  )
  const names = [...new Set([commonName, ...sans])]
  const request = yield* Effect.tryPromise({
    try: () =>
      lib.Pkcs10CertificateRequestGenerator.create({
        name: [{ CN: [commonName] }],
        keys,
        signingAlgorithm: algorithm.sign,
        extensions: [new lib.SubjectAlternativeNameExtension(names.map((value) => ({ type: "dns" as const, value })))]
      }, webcrypto),
    catch: (cause) => usage(`--cn ${commonName}: cannot make a CSR: ${cause instanceof Error ? cause.message : String(cause)}`)
  })
  const pkcs8 = yield* Effect.promise(() => webcrypto.subtle.exportKey("pkcs8", keys.privateKey))
  return {
    pem: `${request.toString("pem")}\n`,
    commonName,
    dnsNames: names,
    key: keyType === "ec" ? { algorithm: "EC", parameter: "P-256" } : { algorithm: "RSA", parameter: keyType.slice(3) },
    keyPem: Redacted.make(`${lib.PemConverter.encode(pkcs8, "PRIVATE KEY")}\n`)
  } satisfies Generated
})

/** The CSR of an enrollment: read from `--csr`, or made from `--cn` (its key written first). */
export const csrOf: (options: {
  readonly csr: string | undefined
  readonly cn: string | undefined
  readonly sans: ReadonlyArray<string>
  readonly keyOut: string | undefined
  readonly keyType: KeyType
  readonly force: boolean
}) => Effect.Effect<CheckedCsr | Generated, UsageError, FileSystem.FileSystem> = Effect.fn("csr.csrOf")(function*(options: {
  readonly csr: string | undefined
  readonly cn: string | undefined
  readonly sans: ReadonlyArray<string>
  readonly keyOut: string | undefined
  readonly keyType: KeyType
  readonly force: boolean
}) {
  if (options.csr !== undefined && options.cn !== undefined) {
    return yield* usage("--csr and --cn: give one, a CSR file or a name to make a key and a CSR for")
  }
  if (options.csr !== undefined) return yield* readCsr(options.csr)
  if (options.cn === undefined) return yield* usage("give --csr FILE, or --cn NAME --key-out FILE to make the key and the CSR here")
  if (options.keyOut === undefined) {
    return yield* usage("--cn needs --key-out FILE: the new private key is written there (mode 0600), never printed")
  }
  yield* refuseToOverwrite("--key-out", options.keyOut, options.force)
  return yield* generate(options.cn, options.sans, options.keyType)
})

/** Writes a key made here (mode 0600 from creation), before the request that uses it is sent. */
export const writeKey = (file: string, generated: Generated, force: boolean) =>
  writeFileAtomic(file, Redacted.value(generated.keyPem), { mode: 0o600, exclusive: !force })
