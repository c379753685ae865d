/**
 * The request target in the one form that routing, faults, the journal and the admin checks all
 * see. Were each to read the raw target its own way, `/%5F%5Fadmin/reset` would be an admin call
 * to the router but an ordinary, journaled and faultable path to everything else, and
 * `?status=Issued;password=X` one parameter to the journal but two to a parser splitting on `;`.
 *
 * Normalising (RFC 3986 section 6.2.2): percent-encoded unreserved characters are decoded (other
 * escapes keep their bytes, in upper-case hex), then dot segments are removed (section 5.2.4), and
 * a trailing slash is dropped: SCM (Spring MVC's trailing slash match) serves `/api/admin/v1/` as
 * `/api/admin/v1`, and the REST reference's examples send both. Doubled slashes stay, as the
 * router keeps them (and answers 404). A `;` in the path starts the
 * parameters, as Effect's router has it; in the query `;` separates parameters as `&` does (the
 * normal form has `&` only); a fragment is dropped.
 */

/** Whether the byte is an RFC 3986 unreserved character: ALPHA / DIGIT / "-" / "." / "_" / "~". */
const isUnreserved = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ||
  code === 0x2d || code === 0x2e || code === 0x5f || code === 0x7e

const hexValue = (code: number): number =>
  code >= 0x30 && code <= 0x39 ? code - 0x30 : code >= 0x41 && code <= 0x46 ? code - 0x37 : code >= 0x61 && code <= 0x66 ? code - 0x57 : -1

/** `%XX` of an unreserved character becomes the character; other escapes get upper-case hex; a stray `%` stays. */
const decodeUnreserved = (path: string): string => {
  if (!path.includes("%")) return path
  let out = ""
  let from = 0
  for (let i = path.indexOf("%"); i !== -1 && i + 2 < path.length; i = path.indexOf("%", i + 1)) {
    const high = hexValue(path.charCodeAt(i + 1))
    const low = hexValue(path.charCodeAt(i + 2))
    if (high === -1 || low === -1) continue
    const byte = high * 16 + low
    out += path.slice(from, i) + (isUnreserved(byte) ? String.fromCharCode(byte) : path.slice(i, i + 3).toUpperCase())
    from = i + 3
  }
  return out + path.slice(from)
}

/** RFC 3986 section 5.2.4 for an absolute path: `.` and `..` segments go, empty segments stay. */
const removeDotSegments = (path: string): string => {
  const input = path.split("/")
  const output: Array<string> = []
  const last = input.length - 1
  for (let i = 1; i <= last; i++) {
    const segment = input[i] ?? ""
    if (segment === "." || segment === "..") {
      if (segment === "..") output.pop()
      // A dot segment at the end leaves the path ending in a slash: `/a/b/..` is `/a/`.
      if (i === last) output.push("")
    } else {
      output.push(segment)
    }
  }
  return `/${output.join("/")}`
}

/**
 * Whether a target may differ from its normal form: it has a `%` or a segment starting with `.` in
 * its path, a path ending in `/`, or a `;` or `#` anywhere. One pass over the characters, and
 * nothing allocated: it runs on every request, and ordinary targets have none of these.
 */
const mayChange = (url: string): boolean => {
  let inQuery = false
  for (let i = 1; i < url.length; i++) {
    const code = url.charCodeAt(i)
    if (code === 0x3b || code === 0x23) return true // ; #
    if (inQuery) continue
    if (code === 0x3f) {
      if (url.charCodeAt(i - 1) === 0x2f && i > 1) return true // a path ending in / before the query
      inQuery = true
    } else if (code === 0x25 || (code === 0x2e && url.charCodeAt(i - 1) === 0x2f)) return true // % or /.
  }
  return !inQuery && url.length > 1 && url.charCodeAt(url.length - 1) === 0x2f
}

/** The path without its trailing slash (`/` itself stays). */
const withoutTrailingSlash = (path: string): string => (path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path)

const slow = (url: string): string => {
  let cut = url.length
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i)
    if (code === 0x3f || code === 0x3b || code === 0x23) {
      cut = i
      break
    }
  }
  const path = withoutTrailingSlash(removeDotSegments(decodeUnreserved(url.slice(0, cut))))
  if (cut === url.length || url.charCodeAt(cut) === 0x23) return path
  const fragment = url.indexOf("#", cut)
  const query = url.slice(cut + 1, fragment === -1 ? url.length : fragment)
  const params = query.split(/[&;]/).filter((param) => param !== "")
  return params.length === 0 ? path : `${path}?${params.join("&")}`
}

/**
 * The normal form of an origin-form request target (`/path?query`); the same string when it is
 * already normal, which is the common case and allocates nothing. Other forms (`*`) are left alone.
 */
export const canonicalTarget = (url: string): string =>
  url.charCodeAt(0) !== 0x2f || !mayChange(url) ? url : slow(url)
