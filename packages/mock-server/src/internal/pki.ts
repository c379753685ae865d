import "reflect-metadata"
import * as x509 from "@peculiar/x509"
import { Clock, Effect, Record, Redacted } from "effect"
import { createHash, webcrypto } from "node:crypto"
import * as Fs from "node:fs/promises"
import * as Path from "node:path"
import type * as MockPki from "../MockPki.js"
import { PkiError } from "../MockPki.js"

const crypto = webcrypto
const keyAlgorithm: webcrypto.EcKeyGenParams = { name: "ECDSA", namedCurve: "P-256" }
const hour = 60 * 60 * 1000
const day = 24 * hour

/**
 * The TLS stack checks validity against the real time, while a TestClock
 * starts at 1970: windows are read from a live clock even inside tests.
 */
const wallClockNow = Clock.currentTimeMillis.pipe(Effect.withClock(Clock.make()))

const attempt = <A>(what: string, f: () => Promise<A>): Effect.Effect<A, PkiError> =>
  Effect.tryPromise({
    try: f,
    catch: (cause) =>
      new PkiError({ message: `${what}: ${cause instanceof Error ? cause.message : String(cause)}` })
  })

const subjectName = (commonName: string): x509.JsonName => [{ CN: [commonName] }]

interface Window {
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

const keyPair = async (certificate: x509.X509Certificate, privateKey: webcrypto.CryptoKey): Promise<MockPki.KeyPair> => ({
  certPem: certificate.toString("pem"),
  keyPem: Redacted.make(x509.PemConverter.encode(await crypto.subtle.exportKey("pkcs8", privateKey), "PRIVATE KEY"))
})

interface Issuer {
  readonly certificate: x509.X509Certificate
  readonly privateKey: webcrypto.CryptoKey
}

const loadIssuer = async (ca: MockPki.KeyPair): Promise<Issuer> => {
  const certificate = new x509.X509Certificate(ca.certPem)
  // The signing algorithm follows the CA key, so a CA brought by the user may be RSA or another curve.
  const algorithm = { ...certificate.publicKey.algorithm, hash: "SHA-256" }
  const der = x509.PemConverter.decodeFirst(Redacted.value(ca.keyPem))
  const privateKey = await crypto.subtle.importKey("pkcs8", der, algorithm, false, ["sign"])
  return { certificate, privateKey }
}

const createCa = async (commonName: string, window: Window): Promise<MockPki.KeyPair> => {
  const keys = await generateKeys()
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      name: subjectName(commonName),
      keys,
      ...window,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature,
          true
        ),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto)
      ]
    },
    crypto
  )
  return keyPair(certificate, keys.privateKey)
}

interface LeafOptions {
  readonly commonName: string
  readonly usage: x509.ExtendedKeyUsage
  readonly altNames?: x509.JsonGeneralNames
  readonly window: Window
}

const createLeaf = async (issuer: Issuer, options: LeafOptions): Promise<MockPki.KeyPair> => {
  const keys = await generateKeys()
  const certificate = await x509.X509CertificateGenerator.create(
    {
      subject: subjectName(options.commonName),
      issuer: issuer.certificate.subjectName,
      publicKey: keys.publicKey,
      signingKey: issuer.privateKey,
      ...options.window,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([options.usage], false),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto),
        await x509.AuthorityKeyIdentifierExtension.create(issuer.certificate, false, crypto),
        ...(options.altNames ? [new x509.SubjectAlternativeNameExtension(options.altNames, false)] : [])
      ]
    },
    crypto
  )
  return keyPair(certificate, keys.privateKey)
}

const serverAltNames: x509.JsonGeneralNames = [
  { type: "dns", value: "localhost" },
  { type: "ip", value: "127.0.0.1" },
  { type: "ip", value: "::1" }
]

/** @internal */
export const generateCa = (options: { readonly commonName: string }): Effect.Effect<MockPki.KeyPair, PkiError> =>
  Effect.flatMap(windowFromNow(365 * day), (window) =>
    attempt("cannot create the CA certificate", () => createCa(options.commonName, window))
  )

/** @internal */
export const issueClientCertificate = (
  ca: MockPki.KeyPair,
  options: MockPki.ClientCertificateOptions
): Effect.Effect<MockPki.KeyPair, PkiError> =>
  Effect.flatMap(windowFromNow(day), (defaults) =>
    attempt(`cannot issue a client certificate for "${options.commonName}"`, async () =>
      createLeaf(await loadIssuer(ca), {
        commonName: options.commonName,
        usage: x509.ExtendedKeyUsage.clientAuth,
        window: {
          notBefore: options.notBefore ?? defaults.notBefore,
          notAfter: options.notAfter ?? defaults.notAfter
        }
      })
    )
  )

/** @internal */
export const generate = (options: { readonly clientCommonName: string }): Effect.Effect<MockPki.Pki, PkiError> =>
  Effect.gen(function*() {
    const ca = yield* generateCa({ commonName: "scm-effect mock CA" })
    // A server left running for days keeps working: its certificates live as long as the CA.
    const window = yield* windowFromNow(365 * day)
    const issuer = yield* attempt("cannot read the CA", () => loadIssuer(ca))
    const [server, client] = yield* attempt("cannot issue the mock certificates", () =>
      Promise.all([
        createLeaf(issuer, {
          commonName: "localhost",
          usage: x509.ExtendedKeyUsage.serverAuth,
          altNames: serverAltNames,
          window
        }),
        createLeaf(issuer, { commonName: options.clientCommonName, usage: x509.ExtendedKeyUsage.clientAuth, window })
      ])
    )
    return { ca, server, client }
  })

/** @internal */
export const fingerprint256 = (certPem: string): string =>
  createHash("sha256")
    .update(new Uint8Array(x509.PemConverter.decodeFirst(certPem)))
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
export const writeFiles = (pki: MockPki.Pki, dir: string): Effect.Effect<MockPki.PkiFiles, PkiError> => {
  const files: MockPki.PkiFiles = Record.map(fileNames, (name) => Path.join(dir, name))
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
