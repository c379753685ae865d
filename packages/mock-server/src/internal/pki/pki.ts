import type * as X509 from "@peculiar/x509"
import { Clock, Deferred, Effect, Record, Redacted } from "effect"
import { createHash, webcrypto } from "node:crypto"
import * as Fs from "node:fs/promises"
import * as Path from "node:path"
import { type ClientCertificateOptions, type KeyPair, type Pki, PkiError, type PkiFiles } from "./model.js"
import { loadX509, type X509Lib } from "./x509.js"

const crypto = webcrypto
const keyAlgorithm: webcrypto.EcKeyGenParams = { name: "ECDSA", namedCurve: "P-256" }
const hour = 60 * 60 * 1000
const day = 24 * hour

/**
 * The TLS stack checks validity against the real time, while a TestClock
 * starts at 1970: windows are read from the default (live) clock even inside tests.
 */
const wallClockNow = Effect.provideService(Clock.currentTimeMillis, Clock.Clock, Clock.Clock.defaultValue())

const attempt = <A>(what: string, f: () => Promise<A>): Effect.Effect<A, PkiError> =>
  Effect.tryPromise({
    try: f,
    catch: (cause) => new PkiError({ message: `${what}: ${cause instanceof Error ? cause.message : String(cause)}` })
  })

const subjectName = (commonName: string): X509.JsonName => [{ CN: [commonName] }]

/** A validity period. */
export interface Window {
  readonly notBefore: Date
  readonly notAfter: Date
}

/** From an hour ago (to tolerate clock skew) to `lifetime` from now. */
const windowFromNow = (lifetime: number): Effect.Effect<Window> =>
  Effect.map(wallClockNow, (now) => ({
    notBefore: new Date(now - hour),
    notAfter: new Date(now + lifetime)
  }))

const generateKeys = (): Promise<webcrypto.CryptoKeyPair> => crypto.subtle.generateKey(keyAlgorithm, true, ["sign", "verify"])

const keyPair = async (
  x509: X509Lib,
  certificate: X509.X509Certificate,
  privateKey: webcrypto.CryptoKey
): Promise<KeyPair> => ({
  certPem: certificate.toString("pem"),
  keyPem: Redacted.make(x509.PemConverter.encode(await crypto.subtle.exportKey("pkcs8", privateKey), "PRIVATE KEY"))
})

/** A CA ready to sign: its certificate and its private key, with the library that reads them. */
export interface Issuer {
  readonly x509: X509Lib
  readonly certificate: X509.X509Certificate
  readonly privateKey: webcrypto.CryptoKey
}

const loadIssuer = async (x509: X509Lib, ca: KeyPair): Promise<Issuer> => {
  const certificate = new x509.X509Certificate(ca.certPem)
  // The signing algorithm follows the CA key, so a CA brought by the user may be RSA or another curve.
  const algorithm = { ...certificate.publicKey.algorithm, hash: "SHA-256" }
  const der = x509.PemConverter.decodeFirst(Redacted.value(ca.keyPem))
  const privateKey = await crypto.subtle.importKey("pkcs8", der, algorithm, false, ["sign"])
  return { x509, certificate, privateKey }
}

const caKeyUsages = (x509: X509Lib) =>
  new x509.KeyUsagesExtension(
    x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature,
    true
  )

const createCa = async (x509: X509Lib, commonName: string, window: Window): Promise<KeyPair> => {
  const keys = await generateKeys()
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      name: subjectName(commonName),
      keys,
      ...window,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        caKeyUsages(x509),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto)
      ]
    },
    crypto
  )
  return keyPair(x509, certificate, keys.privateKey)
}

/** A CA under `parent` that may sign end-entity certificates only (path length 0). */
const createIntermediateCa = async (parent: Issuer, commonName: string, window: Window): Promise<Issuer> => {
  const { x509 } = parent
  const keys = await generateKeys()
  const certificate = await x509.X509CertificateGenerator.create(
    {
      subject: subjectName(commonName),
      issuer: parent.certificate.subjectName,
      publicKey: keys.publicKey,
      signingKey: parent.privateKey,
      ...window,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        caKeyUsages(x509),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto),
        await x509.AuthorityKeyIdentifierExtension.create(parent.certificate, false, crypto)
      ]
    },
    crypto
  )
  return { x509, certificate, privateKey: keys.privateKey }
}

/** The extended key usages an end-entity certificate may carry. */
export type Usage = "serverAuth" | "clientAuth" | "emailProtection"

/** What an end-entity certificate says; the key it certifies comes separately. */
export interface LeafOptions {
  readonly subject: X509.Name | X509.JsonName
  readonly usages: ReadonlyArray<Usage>
  readonly altNames?: X509.JsonGeneralNames
  readonly window: Window
  /** Hexadecimal, positive; random when absent. */
  readonly serialNumber?: string
}

/** Signs an end-entity certificate for `publicKey`. */
const signLeaf = async (issuer: Issuer, publicKey: X509.PublicKeyType, options: LeafOptions): Promise<X509.X509Certificate> => {
  const { x509 } = issuer
  return x509.X509CertificateGenerator.create(
    {
      subject: options.subject,
      issuer: issuer.certificate.subjectName,
      publicKey,
      signingKey: issuer.privateKey,
      ...options.window,
      ...(options.serialNumber === undefined ? {} : { serialNumber: options.serialNumber }),
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension(options.usages.map((usage) => x509.ExtendedKeyUsage[usage]), false),
        await x509.SubjectKeyIdentifierExtension.create(publicKey, false, crypto),
        await x509.AuthorityKeyIdentifierExtension.create(issuer.certificate, false, crypto),
        ...(options.altNames ? [new x509.SubjectAlternativeNameExtension(options.altNames, false)] : [])
      ]
    },
    crypto
  )
}

const createLeaf = async (issuer: Issuer, options: LeafOptions): Promise<KeyPair> => {
  const keys = await generateKeys()
  return keyPair(issuer.x509, await signLeaf(issuer, keys.publicKey, options), keys.privateKey)
}

const serverAltNames: X509.JsonGeneralNames = [
  { type: "dns", value: "localhost" },
  { type: "ip", value: "127.0.0.1" },
  { type: "ip", value: "::1" }
]

/** @internal The algorithm the mock's CAs sign with (ECDSA over SHA-256), as SCM's details and reports name it. */
export const signatureAlgorithm = "SHA256WITHECDSA"

/** @internal */
export const generateCa = (options: { readonly commonName: string }): Effect.Effect<KeyPair, PkiError> =>
  Effect.flatMap(Effect.zip(loadX509, windowFromNow(365 * day)), ([x509, window]) =>
    attempt("cannot create the CA certificate", () => createCa(x509, options.commonName, window)))

/** @internal */
export const issueClientCertificate = (
  ca: KeyPair,
  options: ClientCertificateOptions
): Effect.Effect<KeyPair, PkiError> =>
  Effect.flatMap(Effect.zip(loadX509, windowFromNow(day)), ([x509, defaults]) =>
    attempt(`cannot issue a client certificate for "${options.commonName}"`, async () =>
      createLeaf(await loadIssuer(x509, ca), {
        subject: subjectName(options.commonName),
        usages: ["clientAuth"],
        window: {
          notBefore: options.notBefore ?? defaults.notBefore,
          notAfter: options.notAfter ?? defaults.notAfter
        }
      })))

/** @internal The CA that signs the SSL certificates the mock enrolls: an intermediate under `ca`, new for each server. */
export const makeSslIssuingCa = (x509: X509Lib, ca: KeyPair, commonName: string): Effect.Effect<Issuer, PkiError> =>
  Effect.flatMap(windowFromNow(365 * day), (window) =>
    attempt("cannot create the SSL issuing CA", async () => createIntermediateCa(await loadIssuer(x509, ca), commonName, window)))

/** @internal Signs an end-entity certificate for a public key that someone else holds the private key of (a CSR's). */
export const signCertificate = (
  issuer: Issuer,
  publicKey: X509.PublicKeyType,
  options: LeafOptions
): Effect.Effect<X509.X509Certificate, PkiError> => attempt("cannot sign the certificate", () => signLeaf(issuer, publicKey, options))

/** @internal Signs an end-entity certificate for a fresh key that nobody keeps: a seeded certificate's stand-in. */
export const signForNewKey = (issuer: Issuer, options: LeafOptions): Effect.Effect<X509.X509Certificate, PkiError> =>
  attempt("cannot sign the certificate", async () => signLeaf(issuer, (await generateKeys()).publicKey, options))

/** @internal Signs an issued certificate for its CSR's public key, or for a fresh key when it has no CSR (a seeded one). */
export const signIssued = (
  issuer: Issuer,
  csr: { readonly publicKey: X509.PublicKeyType } | undefined,
  options: LeafOptions
): Effect.Effect<X509.X509Certificate, PkiError> =>
  csr === undefined ? signForNewKey(issuer, options) : signCertificate(issuer, csr.publicKey, options)

/**
 * @internal `make` once per key: concurrent callers wait for the same result, which completes even
 * if the caller that started it leaves; a failure is not kept, so the next call tries again.
 */
export const memoized = <K, I, A, E>(make: (input: I) => Effect.Effect<A, E>) => {
  const results = new Map<K, Deferred.Deferred<A, E>>()
  const get = (key: K, input: I): Effect.Effect<A, E> =>
    Effect.suspend(() => {
      const known = results.get(key)
      if (known !== undefined) return Deferred.await(known)
      const once = Deferred.makeUnsafe<A, E>()
      results.set(key, once)
      const forgetOnFailure = Effect.tapError(make(input), () => Effect.sync(() => results.delete(key)))
      return Effect.andThen(Effect.uninterruptible(Deferred.into(forgetOnFailure, once)), Deferred.await(once))
    })
  return { get, clear: Effect.sync(() => results.clear()) }
}

/** @internal */
export const generate = (options: { readonly clientCommonName: string }): Effect.Effect<Pki, PkiError> =>
  Effect.gen(function*() {
    const x509 = yield* loadX509
    const ca = yield* generateCa({ commonName: "scm-effect mock CA" })
    // A server left running for days keeps working: its certificates live as long as the CA.
    const window = yield* windowFromNow(365 * day)
    const issuer = yield* attempt("cannot read the CA", () => loadIssuer(x509, ca))
    const [server, client] = yield* attempt("cannot issue the mock certificates", () =>
      Promise.all([
        createLeaf(issuer, { subject: subjectName("localhost"), usages: ["serverAuth"], altNames: serverAltNames, window }),
        createLeaf(issuer, { subject: subjectName(options.clientCommonName), usages: ["clientAuth"], window })
      ]))
    return { ca, server, client }
  })

/** `-----BEGIN <label>-----`, base64, `-----END <label>-----`: the first PEM block of a text. */
const pemBlock = /-----BEGIN ([^-\r\n]+)-----([A-Za-z0-9+/=\s]*?)-----END \1-----/

/**
 * The DER bytes of the first PEM block. Plain node code, not the X.509 library: this runs
 * synchronously, where the library cannot be loaded on demand.
 */
const firstPemDer = (pem: string): Uint8Array => {
  const body = pemBlock.exec(pem)?.[2]?.replace(/\s+/g, "")
  if (body === undefined || body === "") throw new TypeError("The input is not a PEM certificate")
  return new Uint8Array(Buffer.from(body, "base64"))
}

/** @internal */
export const fingerprint256 = (certPem: string): string =>
  createHash("sha256")
    .update(firstPemDer(certPem))
    .digest("hex")
    .toUpperCase()
    .replace(/(..)(?!$)/g, "$1:")

const fileNames = {
  caFile: "ca.pem",
  serverCertFile: "server.pem",
  serverKeyFile: "server-key.pem",
  clientCertFile: "client.pem",
  clientKeyFile: "client-key.pem"
} as const

const writePrivate = async (path: string, pem: Redacted.Redacted<string>): Promise<void> => {
  await Fs.writeFile(path, Redacted.value(pem), { mode: 0o600 })
  // `mode` only applies when the file is created: tighten a file that was already there.
  await Fs.chmod(path, 0o600)
}

/** @internal */
export const writeFiles = (pki: Pki, dir: string): Effect.Effect<PkiFiles, PkiError> => {
  const files: PkiFiles = Record.map(fileNames, (name) => Path.join(dir, name))
  return Effect.as(
    attempt(`cannot write the PKI files to ${dir}`, async () => {
      await Fs.mkdir(dir, { recursive: true })
      await Promise.all([
        Fs.writeFile(files.caFile, pki.ca.certPem),
        Fs.writeFile(files.serverCertFile, pki.server.certPem),
        Fs.writeFile(files.clientCertFile, pki.client.certPem),
        writePrivate(files.serverKeyFile, pki.server.keyPem),
        writePrivate(files.clientKeyFile, pki.client.keyPem)
      ])
    }),
    files
  )
}
