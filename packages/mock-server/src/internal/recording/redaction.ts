/**
 * Taking the secrets out of an exchange before it is written: credential headers, cookies, query
 * and form values and JSON fields whose names say they are secret (passwords, client secrets,
 * tokens, EAB HMAC keys ...), PEM private keys, and PKCS#12 or private-key bodies (by their DER
 * or their media type), and then every other occurrence, in any string of the file, of a secret
 * found on the way or earlier in the same recording. What is taken out reads `REDACTED`; the replay reads that
 * placeholder in a recorded request as "any value".
 */
import { Redacted } from "effect"
import { type BodyRecord, type Exchange, type HeaderRecord, isForm, mediaTypeOf, type QueryRecord } from "./exchange.js"

/** What a secret is replaced with. */
export const redacted = "REDACTED"

/** Names (lower-case, without `-`, `_`, `.`) that are secret whatever else they say. */
const secretNames: ReadonlySet<string> = new Set([
  "authorization",
  "cookie",
  "setcookie",
  "mackey",
  "eabkey",
  "apikey",
  "licensekey",
  "p12",
  "pkcs12",
  "pfx",
  "pin"
])

/**
 * Whether a header, query parameter, form field or JSON key names a secret: the names above, and
 * any name holding `password`, `passwd`, `secret`, `passphrase`, `privatekey` or `hmac`, or ending
 * in `token` or `pwd` (`access_token`, `installationToken`, `keystorePwd`, `eabHmacKey` ...).
 */
export const isSecretName = (name: string): boolean => {
  const key = name.toLowerCase().replace(/[-_.\s]/g, "")
  return secretNames.has(key) || /password|passwd|secret|passphrase|privatekey|hmac/.test(key) || key.endsWith("token") ||
    key.endsWith("pwd")
}

/** Request headers a file keeps (the rest are transport, or may carry what no one listed). */
const requestHeadersKept: ReadonlySet<string> = new Set(["accept", "content-type", "customeruri", "login"])

/** Answer headers a file keeps: those a client reads. */
const responseHeadersKept: ReadonlySet<string> = new Set([
  "allow",
  "cache-control",
  "content-disposition",
  "content-type",
  "etag",
  "last-modified",
  "link",
  "location",
  "pragma",
  "retry-after",
  "www-authenticate",
  "x-total-count"
])

/** PEM private keys of any kind: `PRIVATE KEY`, `RSA PRIVATE KEY`, `EC PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`. */
const privateKeyPem = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g

/**
 * Whether DER bytes look like key material: a SEQUENCE whose first element is the INTEGER 0
 * (PKCS#8, PKCS#1), 1 (SEC 1 EC keys) or 3 (PKCS#12). A certificate or PKCS#7 starts otherwise.
 */
const isKeyDer = (bytes: Uint8Array): boolean => {
  if (bytes[0] !== 0x30) return false
  const lengthBytes = (bytes[1] ?? 0) < 0x80 ? 0 : (bytes[1] ?? 0) & 0x7f
  const at = 2 + lengthBytes
  return bytes[at] === 0x02 && bytes[at + 1] === 0x01 && [0, 1, 3].includes(bytes[at + 2] ?? -1)
}

/** Secrets shorter than this are replaced where they are named, not searched for elsewhere (they would match ordinary text). */
const minimumSearchedLength = 6

/** Collects the secrets an exchange carries, to search the whole file for them. */
class Found {
  readonly values: Array<Redacted.Redacted<string>> = []
  add(value: unknown): void {
    if (typeof value === "string") {
      if (value !== redacted && value.length >= minimumSearchedLength) this.values.push(Redacted.make(value))
    } else if (Array.isArray(value)) {
      for (const item of value) this.add(item)
    } else if (typeof value === "object" && value !== null) {
      for (const item of Object.values(value)) this.add(item)
    } else if (typeof value === "number" || typeof value === "bigint") {
      this.add(String(value))
    }
  }
}

/** A JSON value with its secret fields replaced and private keys taken out of its strings. */
const redactJson = (value: unknown, found: Found): unknown => {
  if (typeof value === "string") return value.replace(privateKeyPem, redacted)
  if (Array.isArray(value)) return value.map((item) => redactJson(item, found))
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => {
      if (!isSecretName(key) || item === null || item === "") return [key, redactJson(item, found)]
      found.add(item)
      return [key, redacted]
    }))
  }
  return value
}

/** A form body (`a=1&b=2`) with its secret fields replaced. */
const redactForm = (text: string, found: Found): string => {
  const form = new URLSearchParams(text)
  const out = new URLSearchParams()
  for (const [name, value] of form) {
    if (isSecretName(name)) found.add(value)
    out.append(name, isSecretName(name) ? redacted : value)
  }
  return out.toString()
}

/** Media types of key stores and private keys, redacted whole whatever their encoding (base64 text, say). */
const isKeyMediaType = (contentType: string | undefined): boolean => /pkcs12|pkcs8|pfx/.test(mediaTypeOf(contentType))

/** The body keys of a request or answer (and nothing else of it), secrets out. */
const redactBody = (body: BodyRecord, contentType: string | undefined, found: Found): BodyRecord => {
  if (isKeyMediaType(contentType) && ("json" in body || body.text !== undefined || body.base64 !== undefined)) return { text: redacted }
  if ("json" in body) return { json: redactJson(body.json, found) }
  if (body.text !== undefined) {
    const text = body.text.replace(privateKeyPem, redacted)
    return { text: isForm(contentType) ? redactForm(text, found) : text }
  }
  if (body.base64 !== undefined) return isKeyDer(Buffer.from(body.base64, "base64")) ? { text: redacted } : { base64: body.base64 }
  return {}
}

const redactQuery = (query: QueryRecord, found: Found): QueryRecord =>
  Object.fromEntries(Object.entries(query).map(([name, value]) => {
    if (!isSecretName(name)) return [name, value]
    found.add(value)
    return [name, typeof value === "string" ? redacted : value.map(() => redacted)]
  }))

/** `Bearer abc` is `Bearer REDACTED`: the scheme says how the caller logged in, the rest is the secret. */
const redactAuthorization = (value: string, found: Found): string => {
  const space = value.indexOf(" ")
  const credential = space === -1 ? value : value.slice(space + 1).trim()
  found.add(credential)
  // HTTP Basic: the client secret is inside the base64.
  if (value.slice(0, space).toLowerCase() === "basic") {
    const decoded = Buffer.from(credential, "base64").toString("utf8")
    found.add(decoded.slice(decoded.indexOf(":") + 1))
  }
  return space === -1 ? redacted : `${value.slice(0, space)} ${redacted}`
}

/** Headers as a file keeps them: the listed ones, secret ones as `REDACTED`. */
const redactHeaders = (headers: HeaderRecord, kept: ReadonlySet<string>, found: Found): HeaderRecord => {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (name === "authorization") out[name] = redactAuthorization(value, found)
    else if (isSecretName(name)) {
      found.add(value)
      // Cookie values, one by one, so that each is searched for on its own.
      for (const part of value.split(/[;,]/)) found.add(part.slice(part.indexOf("=") + 1).trim())
      out[name] = redacted
    } else if (kept.has(name)) out[name] = value.replace(privateKeyPem, redacted)
  }
  return out
}

/** Every string of a value with each of `secrets` replaced (object keys too: a secret can be a key). */
const replaceEverywhere = (value: unknown, secrets: ReadonlyArray<string>): unknown => {
  if (typeof value === "string") {
    let out = value
    for (const secret of secrets) if (out.includes(secret)) out = out.replaceAll(secret, redacted)
    return out
  }
  if (Array.isArray(value)) return value.map((item) => replaceEverywhere(item, secrets))
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [replaceEverywhere(key, secrets), replaceEverywhere(item, secrets)]))
  }
  return value
}

/** How many secrets a recording remembers, to search later exchanges for them (the newest): more than a working day of five-minute tokens. */
const rememberedSecrets = 200

/**
 * A redactor for one recording: it remembers the secrets it has taken out (the last 200, kept
 * `Redacted`), so that a token issued in one exchange is taken out of any later one too.
 */
export const makeRedactor = () => {
  const remembered: Array<Redacted.Redacted<string>> = []
  return (exchange: Exchange): Exchange => {
    const found = new Found()
    const { request, response } = exchange
    const requestType = request.headers["content-type"]
    const responseType = response.headers["content-type"]
    const cleaned: Exchange = {
      ...exchange,
      request: {
        method: request.method,
        path: request.path,
        ...(request.query === undefined ? {} : { query: redactQuery(request.query, found) }),
        headers: redactHeaders(request.headers, requestHeadersKept, found),
        ...redactBody(request, requestType, found)
      },
      response: {
        status: response.status,
        headers: redactHeaders(response.headers, responseHeadersKept, found),
        ...redactBody(response, responseType, found)
      }
    }
    remembered.push(...found.values)
    if (remembered.length > rememberedSecrets) remembered.splice(0, remembered.length - rememberedSecrets)
    // Longest first: a secret that holds a shorter one is replaced whole.
    const secrets = [...new Set(remembered.map(Redacted.value))].sort((a, b) => b.length - a.length)
    return replaceEverywhere(cleaned, secrets) as Exchange
  }
}
