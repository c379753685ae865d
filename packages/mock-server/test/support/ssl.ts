/**
 * SSL certificate helpers for the mock server's tests: CSRs made with webcrypto, a small API
 * client that speaks each of the three schemes, and chain checks with node:crypto.
 */
import "reflect-metadata"
import * as x509 from "@peculiar/x509"
import type { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { webcrypto, X509Certificate } from "node:crypto"
import { bearer, fetchToken, passwordLogin } from "./mock.js"
import { json, type RawRequest, type RawResponse, send } from "./raw.js"

/** A CSR and the key pair behind it. */
export interface TestCsr {
  readonly pem: string
  readonly keys: webcrypto.CryptoKeyPair
}

const algorithms = {
  "EC P-256": { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" },
  "EC P-521": { name: "ECDSA", namedCurve: "P-521", hash: "SHA-512" },
  "RSA 2048": { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }
} as const

/** A CSR for `commonName` (and DNS `altNames` in its extension request), signed by a new key. */
export const makeCsr = (
  commonName: string | undefined,
  options: { readonly altNames?: ReadonlyArray<string>; readonly key?: keyof typeof algorithms } = {}
): Effect.Effect<TestCsr> =>
  Effect.promise(async () => {
    const algorithm = algorithms[options.key ?? "EC P-256"]
    const keys = await webcrypto.subtle.generateKey(algorithm, true, ["sign", "verify"])
    const request = await x509.Pkcs10CertificateRequestGenerator.create(
      {
        name: commonName === undefined ? "O=Example Corp" : `CN=${commonName}, O=Example Corp`,
        keys,
        signingAlgorithm: algorithm,
        extensions: options.altNames === undefined
          ? []
          : [new x509.SubjectAlternativeNameExtension(options.altNames.map((value) => ({ type: "dns", value })))]
      },
      webcrypto
    )
    return { pem: request.toString("pem"), keys }
  })

/** The three ways in, each reaching the same resources. */
export const schemes = ["password", "oauth2", "certificate"] as const

/** One of `schemes`. */
export type SchemeName = (typeof schemes)[number]

/** A client of the mock's API for one scheme; `path` starts with `/api`. */
export interface ApiClient {
  readonly get: (path: string) => Effect.Effect<RawResponse, unknown>
  readonly head: (path: string) => Effect.Effect<RawResponse, unknown>
  readonly post: (path: string, body: unknown) => Effect.Effect<RawResponse, unknown>
}

/** A client logged in with `scheme` (certificate login goes to `/private/api` over HTTPS). */
export const apiClient = (mock: MockScmServer.Service, scheme: SchemeName): Effect.Effect<ApiClient, unknown> =>
  Effect.gen(function* () {
    const login: RawRequest = scheme === "password"
      ? passwordLogin(mock)
      : scheme === "oauth2"
      ? bearer((yield* fetchToken(mock)).access_token)
      : {
        headers: { login: mock.credentials.certLogin, customerUri: mock.credentials.customerUri },
        tls: { ca: mock.pki.ca.certPem, client: mock.pki.client }
      }
    const url = (path: string) => (scheme === "certificate" ? `${mock.httpsUrl}/private${path}` : `${mock.httpUrl}${path}`)
    const call = (method: string, path: string, body?: unknown) =>
      send(url(path), {
        ...login,
        method,
        headers: { ...login.headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) })
      })
    return {
      get: (path) => call("GET", path),
      head: (path) => call("HEAD", path),
      post: (path, body) => call("POST", path, body)
    }
  })

/** An SCM error body. */
export interface ScmErrorBody {
  readonly code: number
  readonly description: string
}

/** The status and SCM error of an answer. */
export const failure = (response: RawResponse): { readonly status: number; readonly code: number } => ({
  status: response.status,
  code: (json(response) as ScmErrorBody).code
})

/** Every PEM certificate in a text, in order. */
export const pemCertificates = (text: string): ReadonlyArray<X509Certificate> =>
  (text.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? []).map((pem) => new X509Certificate(pem))

/** The certificates of a PKCS#7 (DER or PEM), in order. */
export const pkcs7Certificates = (data: Uint8Array | string): ReadonlyArray<X509Certificate> =>
  [...new x509.X509Certificates(typeof data === "string" ? data : Buffer.from(data))].map(
    (certificate) => new X509Certificate(Buffer.from(certificate.rawData))
  )

/** Whether `leaf` was signed by `issuingCa`, and `issuingCa` by `root`. */
export const chainVerifies = (leaf: X509Certificate, issuingCa: X509Certificate, root: X509Certificate): boolean =>
  leaf.checkIssued(issuingCa) && leaf.verify(issuingCa.publicKey) && issuingCa.checkIssued(root) && issuingCa.verify(root.publicKey)

/** Whether the certificate certifies the CSR's public key. */
export const certifiesKey = (certificate: X509Certificate, csr: TestCsr): Effect.Effect<boolean> =>
  Effect.promise(async () => {
    const spki = Buffer.from(await webcrypto.subtle.exportKey("spki", csr.keys.publicKey))
    return certificate.publicKey.export({ type: "spki", format: "der" }).equals(spki)
  })
