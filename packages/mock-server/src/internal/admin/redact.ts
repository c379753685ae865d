/**
 * What the journal keeps of a request's headers and body, with every secret replaced by
 * `REDACTED` before it is stored, and cut to a bounded size: the journal holds up to `limit`
 * requests, so what one request may leave in it must be small whatever a client sends.
 */

/** What stands where a secret was. */
export const redacted = "REDACTED"

/**
 * Header names that carry a secret: credentials (`Authorization`, SCM's `password`, API keys),
 * cookies and session or CSRF tokens. Matched anywhere in the name, case aside, so that a
 * client's own `X-Api-Key` or `X-Auth-Token` is caught too.
 */
const secretHeader = /auth|passw|secret|token|cookie|api-?key|session|credential/i

/** Authorization schemes worth keeping in front of the redacted credential: they say how the client logged in. */
const authScheme = /^(Bearer|Basic|Digest|Negotiate)\s/i

/** Headers whose value starts with a scheme (`Authorization`, `Proxy-Authorization`). */
const credentialHeader = /authorization/i

/** The most header text (names and values) one journal entry keeps. */
export const maxHeaderChars = 4096

/** The most body text one journal entry keeps, after redaction. */
export const maxBodyChars = 8192

/** What a header's value becomes: kept (0), redacted (1), or redacted after its scheme (2). */
type Kind = 0 | 1 | 2
const plain: Kind = 0
const secret: Kind = 1
const credential: Kind = 2

/** The kinds of recent header names, kept so that the patterns run once per name. */
const kinds = new Map<string, Kind>()

const kindOf = (name: string): Kind => {
  let kind = kinds.get(name)
  if (kind === undefined) {
    if (kinds.size >= 256) kinds.clear()
    kind = credentialHeader.test(name) ? credential : secretHeader.test(name) ? secret : plain
    kinds.set(name, kind)
  }
  return kind
}

const bearerRedacted = `Bearer ${redacted}`
const basicRedacted = `Basic ${redacted}`

/** A credential's value redacted, its scheme (`Bearer`, `Basic`) kept. */
const redactedCredential = (value: string): string => {
  if (value.startsWith("Bearer ")) return bearerRedacted
  if (value.startsWith("Basic ")) return basicRedacted
  const scheme = authScheme.exec(value)
  return scheme === null ? redacted : `${scheme[1]} ${redacted}`
}

/** Headers as the journal keeps them, and the kind of each pair. */
interface RedactedHeaders {
  readonly list: ReadonlyArray<string>
  readonly kinds: ReadonlyArray<Kind>
}

/**
 * Node's raw headers (`[name, value, name, value, ...]`, as the client sent them: case, order and
 * repeats) with secret values replaced; the names and values together cut at `maxHeaderChars`
 * (a header past the limit is left out, and a last pair `["…", "<n> more headers"]` says so).
 */
const redact = (raw: ReadonlyArray<string>): RedactedHeaders => {
  const list: Array<string> = new Array<string>(raw.length - (raw.length % 2))
  const pairKinds: Array<Kind> = new Array<Kind>(list.length / 2)
  let chars = 0
  for (let i = 0; i < list.length; i += 2) {
    const name = raw[i]!
    const value = raw[i + 1]!
    chars += name.length + value.length
    if (chars > maxHeaderChars) {
      list.length = i
      pairKinds.length = i / 2
      list.push("…", `${(raw.length - i) / 2} more headers`)
      pairKinds.push(plain)
      break
    }
    const kind = kindOf(name)
    list[i] = name
    list[i + 1] = kind === plain ? value : kind === secret ? redacted : redactedCredential(value)
    pairKinds[i / 2] = kind
  }
  return { list, kinds: pairKinds }
}

/** Whether `raw` redacts to `kept`, checked without making anything. */
const redactsTo = (raw: ReadonlyArray<string>, kept: RedactedHeaders): boolean => {
  const list = kept.list
  if (raw.length !== list.length) return false
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i] !== list[i]) return false
    // A secret redacts to the same whatever its value; a credential to its scheme.
    const kind = kept.kinds[i >> 1]
    if (kind === plain ? raw[i + 1] !== list[i + 1] : kind === credential && redactedCredential(raw[i + 1]!) !== list[i + 1]) return false
  }
  return true
}

/**
 * Redacts header lists (see `redact`), one request at a time. A client sends the same headers
 * again and again, so the list made for the request before is given again when this request's
 * headers redact to the same: nothing is made, and the journal keeps one list alive for many
 * entries where a fresh one per request would be promoted by the garbage collector and copied.
 * The previous request's headers are kept only redacted.
 */
export const makeHeaderRedactor = () => {
  const none: RedactedHeaders = { list: [], kinds: [] }
  let last = none
  return {
    redact: (raw: ReadonlyArray<string>): ReadonlyArray<string> => {
      if (!redactsTo(raw, last)) last = redact(raw)
      return last.list
    },
    /** Forgets the list before (a journal clear keeps nothing of a request). */
    forget: (): void => {
      last = none
    }
  }
}

/** One header list redacted (see `redact`), for a single use. */
export const redactHeaders = (raw: ReadonlyArray<string>): ReadonlyArray<string> => redact(raw).list

/**
 * Body fields that carry a secret: passwords, client secrets, tokens, private keys and their
 * passphrases, EAB and HMAC keys. Whole-name matches would miss `clientSecret` or `keyPassword`,
 * so a part of the name is enough; a field such as `keySize` or `macId` stays visible.
 */
const secretField = /passw|secret|token|passphrase|private.?key|mac.?key|hmac|credential|api.?key/i

/** A PEM block of a private key, wherever it appears in a text. */
const privateKeyBlock = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?(-----END \1PRIVATE KEY-----|$)/g

const redactText = (text: string): string =>
  text.includes("PRIVATE KEY-----") ? text.replace(privateKeyBlock, `-----BEGIN $1PRIVATE KEY-----${redacted}-----END $1PRIVATE KEY-----`) : text

/** A JSON value with the values of secret fields, and private keys in strings, redacted. */
const redactJson = (value: unknown): unknown => {
  if (typeof value === "string") return redactText(value)
  if (Array.isArray(value)) return value.map(redactJson)
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [name, field] of Object.entries(value)) out[name] = secretField.test(name) ? redacted : redactJson(field)
    return out
  }
  return value
}

/** A form body (`a=1&b=2`) with the values of secret fields redacted. */
const redactForm = (text: string): string => {
  const form = new URLSearchParams(text)
  for (const name of new Set(form.keys())) if (secretField.test(name)) form.set(name, redacted)
  return form.toString()
}

const parseJson = (text: string): { readonly value: unknown } | undefined => {
  try {
    return { value: JSON.parse(text) }
  } catch {
    return undefined
  }
}

/**
 * A request body as the journal keeps it, and its length before the cut: JSON with the values of
 * secret fields redacted (re-serialised, so spacing is not the client's), a form the same way,
 * any other text with its private key blocks redacted; then cut at `maxBodyChars`.
 * `contentType` is the request's header.
 */
export const redactBody = (text: string, contentType: string | undefined): readonly [kept: string, length: number] => {
  const type = (contentType ?? "").toLowerCase()
  let shown: string
  if (type.includes("json") || (contentType === undefined && /^\s*[[{]/.test(text))) {
    const parsed = parseJson(text)
    shown = parsed === undefined ? redactText(text) : JSON.stringify(redactJson(parsed.value))
  } else if (type.startsWith("application/x-www-form-urlencoded")) {
    shown = redactForm(text)
  } else {
    shown = redactText(text)
  }
  return [shown.length <= maxBodyChars ? shown : shown.slice(0, maxBodyChars), shown.length]
}
