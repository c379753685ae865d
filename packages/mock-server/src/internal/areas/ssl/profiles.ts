/**
 * SSL certificate profiles (SCM's "certificate types"): as the spec's ApiCertType sends them, and
 * what enroll checks against them (offered to the organization, term, key type).
 */
import type { SslTypeSeed } from "../../state/seed.js"
import type { KeyType } from "../../pki/csr.js"

/** A profile: as sent (without the mock-only `organizationIds`, `validationType` and `subType`), and what enroll checks. */
export interface Profile {
  readonly id: number
  readonly sent: Readonly<Record<string, unknown>>
  /** Absent: offered to every organization. */
  readonly organizationIds: ReadonlyArray<number> | undefined
  /** Absent: any term. */
  readonly terms: ReadonlyArray<number> | undefined
  /** Absent: any key. */
  readonly keyTypes: Readonly<Record<string, ReadonlyArray<string>>> | undefined
  /** How the profile's certificates are validated, as their details name it ("Organization Validation (OV)"). */
  readonly validationType: string | undefined
  /** A client certificate profile's subtype, as its certificates' details name it ("Private"). */
  readonly subType: string | undefined
}

const numbers = (value: unknown): ReadonlyArray<number> | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === "number") ? value : undefined

const keyTypesOf = (value: unknown): Readonly<Record<string, ReadonlyArray<string>>> | undefined => {
  if (typeof value !== "object" || value === null) return undefined
  const entries = Object.entries(value).filter((entry): entry is [string, ReadonlyArray<string>] =>
    Array.isArray(entry[1]) && entry[1].every((item) => typeof item === "string")
  )
  return Object.fromEntries(entries)
}

/** A seeded profile. */
export const toProfile = ({ organizationIds, subType, validationType, ...sent }: SslTypeSeed): Profile => ({
  id: sent.id,
  sent,
  organizationIds: numbers(organizationIds),
  terms: numbers(sent["terms"]),
  keyTypes: keyTypesOf(sent["keyTypes"]),
  validationType: typeof validationType === "string" ? validationType : undefined,
  subType: typeof subType === "string" ? subType : undefined
})

/** Whether the profile is offered to an organization or department. */
export const offeredTo = (profile: Profile, orgId: number): boolean =>
  profile.organizationIds === undefined || profile.organizationIds.includes(orgId)

/** Whether the profile allows this term (days). */
export const allowsTerm = (profile: Profile, term: number): boolean => profile.terms === undefined || profile.terms.includes(term)

/** How the profile judges a key: allowed, an algorithm it does not list (-11), or a size or curve it does not list (-13). */
export const judgeKey = (profile: Profile, key: KeyType): "allowed" | "algorithm" | "size" => {
  if (profile.keyTypes === undefined) return "allowed"
  const parameters = profile.keyTypes[key.algorithm]
  return parameters === undefined ? "algorithm" : parameters.includes(key.parameter) ? "allowed" : "size"
}
