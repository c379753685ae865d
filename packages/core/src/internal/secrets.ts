/**
 * Keeping secrets out of text: the syntax checks that stop a credential before a transport can
 * quote it in an error, and the scrubbing of text a server echoes back.
 */
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as Predicate from "effect/Predicate"

// RFC 6750 section 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
const b64token = /^[A-Za-z0-9\-._~+/]+=*$/

/**
 * Whether an access token can travel as `Authorization: Bearer <token>` (RFC 6750 b64token).
 *
 * @internal
 */
export const isBearerToken = (token: string): boolean => b64token.test(token)

// What every transport accepts in a header value (node:http's own check): HTAB, SP, visible ASCII
// and obs-text; nothing from C0 (NUL, CR, LF ...), DEL, or above U+00FF.
const fieldChars = /^[\t\x20-\x7e\x80-\xff]*$/

/**
 * Why `value` cannot be sent as an HTTP header value, or undefined when it can. The answer names
 * the problem, never the value.
 *
 * @internal
 */
export const headerValueProblem = (value: string): string | undefined => {
  if (!fieldChars.test(value)) {
    return "contains a character an HTTP header cannot carry (a control character such as NUL, CR or LF, or one above U+00FF)"
  }
  // RFC 9110 5.5: a field value has no leading or trailing whitespace; fetch strips it, the
  // other transports send it, so the server would see different credentials.
  if (/^[\t ]|[\t ]$/.test(value)) return "starts or ends with whitespace, which HTTP header values cannot carry"
  return undefined
}

/** @internal */
export const redactedText = "<redacted>"

/**
 * The forms in which a secret may come back in a server's text: as is, URL-encoded (a form body
 * echoed), and JSON-escaped.
 *
 * @internal
 */
export const formsOf = (secret: string): Array<string> => {
  if (secret === "") return []
  const forms = new Set([secret, encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, "+")])
  const json = JSON.stringify(secret).slice(1, -1)
  forms.add(json)
  // Longest first, so a form containing another is replaced whole.
  return [...forms].sort((a, b) => b.length - a.length)
}

/**
 * Replaces every occurrence of the secrets in `text`.
 *
 * @internal
 */
export const scrubText = (text: string, secrets: ReadonlyArray<string>): string => {
  let result = text
  for (const secret of secrets) {
    if (result.includes(secret)) result = result.split(secret).join(redactedText)
  }
  return result
}

/**
 * `value` with the secrets replaced in every string it holds (a JSON value from a server).
 *
 * @internal
 */
export const scrubValue = (value: unknown, secrets: ReadonlyArray<string>, depth = 0): unknown => {
  if (secrets.length === 0) return value
  if (typeof value === "string") return scrubText(value, secrets)
  if (depth > 32) return undefined
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets, depth + 1))
  if (Predicate.isObject(value)) {
    const result: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      result[scrubText(key, secrets)] = scrubValue(item, secrets, depth + 1)
    }
    return result
  }
  return value
}

const bearerPrefix = /^bearer\s+/i

/**
 * The secrets a request carries in its headers (`authorization`, `password`,
 * `proxy-authorization`), in every form a server could echo them in.
 *
 * @internal
 */
export const secretsOf = (request: HttpClientRequest.HttpClientRequest): Array<string> => {
  const secrets: Array<string> = []
  for (const name of ["authorization", "password", "proxy-authorization"]) {
    const value = request.headers[name]
    if (value === undefined || value === "") continue
    secrets.push(...formsOf(value))
    const token = value.replace(bearerPrefix, "")
    if (token !== value) secrets.push(...formsOf(token))
  }
  return secrets.sort((a, b) => b.length - a.length)
}
