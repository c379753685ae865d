/**
 * What a DCV order asks the applicant to publish, and the check SCM then makes: HTTP(S) fetches
 * `/.well-known/pki-validation/<file>` from the host map the server was given (never the
 * internet), CNAME and TXT ask the resolver it was given. A domain the options do not reach fails
 * its check, as an unreachable host or a missing record does at SCM.
 */
import { randomBytes, randomInt } from "node:crypto"
import { Effect } from "effect"
import type { Challenge } from "./state.js"

/**
 * Where the DCV checks look. The mock never reaches the internet: a domain the host map or the
 * resolver does not know fails its check, as an unreachable host or a missing record does at SCM.
 *
 * @since 1.0.0
 * @category models
 */
export interface DcvOptions {
  /**
   * HTTP and HTTPS DCV: domain name to the base URL its `/.well-known/pki-validation/<file>` is
   * fetched from (`{ "example.com": "http://127.0.0.1:8080" }`).
   */
  readonly hosts?: Readonly<Record<string, string>>
  /** CNAME and TXT DCV: the records of a name (no trailing dot), none when it has none. */
  readonly resolve?: (type: "CNAME" | "TXT", name: string) => ReadonlyArray<string> | PromiseLike<ReadonlyArray<string>>
  /**
   * Seconds on the `Clock` (at least 1) between checks of a submitted order that has not passed,
   * default 300; an email order is confirmed (the mock's recipient answers) at its first check.
   */
  readonly recheckSeconds?: number
}

const hex = (bytes: number) => randomBytes(bytes).toString("hex")

/** A new challenge for `domain`. */
export const challengeFor = (mode: "HTTP" | "HTTPS" | "CNAME" | "TXT", domain: string): Challenge => {
  switch (mode) {
    case "HTTP":
    case "HTTPS":
      return { mode, fileName: `${hex(16).toUpperCase()}.txt`, firstLine: hex(32), secondLine: "sectigo.com" }
    case "CNAME":
      return { mode, host: `_${hex(16)}.${domain}.`, point: `${hex(16)}.${hex(16)}.sectigo.com.` }
    case "TXT":
      return { mode, host: `_pki-validation.${domain}.`, point: randomBytes(24).toString("base64url") }
  }
}

/** An email challenge: the recipient confirms at the order's first check. */
export const emailChallenge = (email: string): Challenge => ({ mode: "EMAIL", email, reference: String(randomInt(1_000_000_000, 2_000_000_000)) })

/** The order's id at the CA's backend. */
export const newBackendId = (): string => String(randomInt(10_000_000, 99_999_999))

/** The addresses SCM offers for email DCV: the five administrative ones (CA/B Forum BR 3.2.2.4.4). */
export const emailsFor = (domain: string): ReadonlyArray<string> =>
  ["admin", "administrator", "hostmaster", "postmaster", "webmaster"].map((box) => `${box}@${domain}`)

/** Every address SCM offers for a domain's email validation: its administrative boxes and its registrant's (WHOIS). */
export const offeredEmails = (domain: { readonly name: string; readonly whoisEmails: ReadonlyArray<string> }): ReadonlyArray<string> =>
  [...emailsFor(domain.name), ...domain.whoisEmails.map((email) => email.toLowerCase())]

/** Where SCM tells the applicant to put the file. */
export const fileUrl = (challenge: Challenge & { readonly mode: "HTTP" | "HTTPS" }, domain: string): string =>
  `${challenge.mode.toLowerCase()}://${domain}/.well-known/pki-validation/${challenge.fileName}`

/** The default time between checks of a submitted order. */
export const defaultRecheckSeconds = 300

const fetchTimeoutMillis = 5000

const trimDot = (name: string) => name.toLowerCase().replace(/\.$/, "")

const lookup = (hosts: Readonly<Record<string, string>> | undefined, domain: string): string | undefined => {
  if (hosts === undefined) return undefined
  const wanted = trimDot(domain)
  return Object.entries(hosts).find(([name]) => trimDot(name) === wanted)?.[1]
}

/** The file's first two lines, as SCM compares them (line endings and surrounding blanks aside). */
const fileMatches = (text: string, firstLine: string, secondLine: string): boolean => {
  const lines = text.split(/\r?\n/).map((line) => line.trim())
  return lines[0] === firstLine && lines[1] === secondLine
}

const fetchText = (url: string): Effect.Effect<string | undefined> =>
  Effect.tryPromise({
    try: async () => {
      const response = await fetch(url, { signal: AbortSignal.timeout(fetchTimeoutMillis), redirect: "follow" })
      return response.ok ? await response.text() : undefined
    },
    catch: () => undefined
  }).pipe(Effect.catch(() => Effect.succeed(undefined)))

const records = (options: DcvOptions, type: "CNAME" | "TXT", name: string): Effect.Effect<ReadonlyArray<string>> => {
  const resolve = options.resolve
  if (resolve === undefined) return Effect.succeed([])
  return Effect.tryPromise({ try: async () => await resolve(type, trimDot(name)), catch: () => [] as ReadonlyArray<string> }).pipe(
    Effect.catch(() => Effect.succeed([] as ReadonlyArray<string>))
  )
}

/**
 * Whether the published proof is there now. Email is the recipient's part: the mock's recipient
 * answers, so the order passes at its first check after submission.
 */
export const check = (options: DcvOptions, domain: string, challenge: Challenge): Effect.Effect<boolean> => {
  switch (challenge.mode) {
    case "HTTP":
    case "HTTPS": {
      const base = lookup(options.hosts, domain)
      if (base === undefined) return Effect.succeed(false)
      const url = `${base.replace(/\/+$/, "")}/.well-known/pki-validation/${challenge.fileName}`
      return Effect.map(fetchText(url), (text) => text !== undefined && fileMatches(text, challenge.firstLine, challenge.secondLine))
    }
    case "CNAME":
      return Effect.map(records(options, "CNAME", challenge.host), (found) => found.some((value) => trimDot(value) === trimDot(challenge.point)))
    case "TXT":
      return Effect.map(records(options, "TXT", challenge.host), (found) => found.some((value) => value.trim() === challenge.point))
    case "EMAIL":
      return Effect.succeed(true)
  }
}
