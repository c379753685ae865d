/**
 * Base-URL handling shared by every strategy: requests name a path, the client binds it to the one
 * origin it was configured for, so credentials never travel to a host the user did not choose.
 */

/** @internal */
export interface BaseUrl {
  /** "https://host[:port]" */
  readonly origin: string
  /** origin + configured path, without a trailing slash: the string request paths are appended to */
  readonly prefix: string
}

/** @internal */
export type BaseUrlProblem = string

/**
 * Parses and checks a configured base or token URL. Returns a reason (for a ConfigError or a defect)
 * instead of throwing.
 *
 * @internal
 */
export const parseHttpUrl = (input: string): URL | BaseUrlProblem => {
  let url: URL
  try {
    url = new URL(input)
  } catch {
    // Not quoted: a URL that does not parse may still hold a user name and password.
    return "is not an absolute URL (such as https://cert-manager.com)"
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return `uses "${url.protocol}", not HTTP(S)`
  }
  // Credentials in a URL end up in logs, spans and error messages: refuse them.
  if (url.username !== "" || url.password !== "") {
    return "must not contain a user name or password"
  }
  if (url.search !== "" || url.hash !== "") {
    return "must not contain a query or a fragment"
  }
  return url
}

/** @internal */
export const makeBaseUrl = (url: URL): BaseUrl => {
  const path = url.pathname.replace(/\/+$/, "")
  return { origin: url.origin, prefix: url.origin + path }
}

/**
 * Parses a base URL given in code (not from Config): an invalid one is a programming error.
 *
 * @internal
 */
export const baseUrlUnsafe = (input: string, name: string): BaseUrl => {
  const parsed = parseHttpUrl(input)
  if (typeof parsed === "string") {
    throw new TypeError(`Invalid ${name}: the URL ${parsed}`)
  }
  return makeBaseUrl(parsed)
}

const absolute = /^[a-zA-Z][a-zA-Z0-9+.-]*:/

/**
 * Resolves a request URL against the base. Paths ("/api/...") are the fast path: one string
 * concatenation, no parsing. An absolute URL is accepted only for the configured origin.
 * `rewritePath` lets a strategy move paths (the certificate scheme lives under "/private").
 * Returns undefined for a URL pointing elsewhere.
 *
 * @internal
 */
export const resolve = (
  base: BaseUrl,
  url: string,
  rewritePath: ((path: string) => string) | undefined
): string | undefined => {
  if (url.charCodeAt(0) === 47 /* "/" */) {
    return base.prefix + (rewritePath === undefined ? url : rewritePath(url))
  }
  if (absolute.test(url)) {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return undefined
    }
    if (parsed.origin !== base.origin || parsed.username !== "" || parsed.password !== "") {
      return undefined
    }
    if (rewritePath === undefined) return url
    const prefixPath = base.prefix.slice(base.origin.length)
    const path = parsed.pathname.startsWith(prefixPath + "/")
      ? parsed.pathname.slice(prefixPath.length)
      : parsed.pathname
    return base.prefix + rewritePath(path) + parsed.search + parsed.hash
  }
  const path = "/" + url
  return base.prefix + (rewritePath === undefined ? path : rewritePath(path))
}

/**
 * A URL fit for a message or a log line: no credentials. (Base URLs cannot carry any, but a URL
 * the caller passed might.)
 *
 * @internal
 */
const userInfo = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)[^/?#]*@/

/** @internal */
export const display = (url: string): string => url.replace(userInfo, "$1")
