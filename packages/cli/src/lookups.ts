/**
 * Names and ids checked against SCM before a request that would fail on them: a certificate
 * profile, its terms and key types, an organization, an ACME server. Each list is fetched once for
 * the command's run; a wrong value is refused (exit 2) with the valid choices. Where the account
 * leaves one choice (one organization, one profile), it is the default; a term defaults to the
 * profile's shortest.
 */
import * as Organizations from "@scm-effect/core/Organizations"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { UsageError } from "./failure.js"

const usage = (message: string) => new UsageError({ message })

/** A certificate profile as SCM lists them (SSL and S/MIME alike). */
export interface ProfileLike<Id> {
  readonly id: Id
  readonly name: string
  readonly terms: ReadonlyArray<number>
  readonly keyTypes?: { readonly [algorithm: string]: ReadonlyArray<string> } | undefined
}

const listing = <Id>(profiles: ReadonlyArray<ProfileLike<Id>>) =>
  profiles.map((profile) => `"${profile.name}" (${String(profile.id)})`).join(", ")

/** A profile given by id or name (case ignored), or the one profile there is. */
export const chooseProfile = <Id>(
  kind: string,
  given: Option.Option<string>,
  profiles: ReadonlyArray<ProfileLike<Id>>,
  organizationId: number
): Effect.Effect<ProfileLike<Id>, UsageError> => {
  if (profiles.length === 0) {
    return Effect.fail(usage(`organization ${organizationId} may not request ${kind} certificates: SCM lists no ${kind} profile for it`))
  }
  if (Option.isNone(given)) {
    return profiles.length === 1
      ? Effect.succeed(profiles[0]!)
      : Effect.fail(usage(`--profile: choose one of the ${kind} profiles of organization ${organizationId}: ${listing(profiles)}`))
  }
  const wanted = given.value.trim().toLowerCase()
  const found = profiles.find((profile) => String(profile.id) === wanted || profile.name.toLowerCase() === wanted)
  return found !== undefined
    ? Effect.succeed(found)
    : Effect.fail(
      usage(`--profile: no ${kind} profile "${given.value}" for organization ${organizationId}; there are ${listing(profiles)}`)
    )
}

/** A term of the profile: the one given, if the profile has it, or its shortest. */
export const chooseTerm = <Id>(profile: ProfileLike<Id>, given: Option.Option<number>): Effect.Effect<number, UsageError> => {
  const terms = [...profile.terms].sort((a, b) => a - b)
  if (Option.isNone(given)) {
    return terms.length > 0
      ? Effect.succeed(terms[0]!)
      : Effect.fail(usage(`--term: profile "${profile.name}" lists no terms; give --term DAYS`))
  }
  return terms.length === 0 || terms.includes(given.value)
    ? Effect.succeed(given.value)
    : Effect.fail(usage(`--term ${given.value}: profile "${profile.name}" has terms of ${terms.join(", ")} days`))
}

/** Whether the profile takes a key of this type (profiles that list none take any). */
export const checkKeyType = <Id>(
  profile: ProfileLike<Id>,
  key: { readonly algorithm: string; readonly parameter: string }
): Effect.Effect<void, UsageError> => {
  const allowed = profile.keyTypes
  if (allowed === undefined || Object.keys(allowed).length === 0) return Effect.void
  const parameters = Object.entries(allowed).find(([algorithm]) => algorithm.toUpperCase() === key.algorithm.toUpperCase())?.[1]
  if (parameters !== undefined && (parameters.length === 0 || parameters.some((p) => p.toUpperCase() === key.parameter.toUpperCase()))) {
    return Effect.void
  }
  const choices = Object.entries(allowed).flatMap(([algorithm, values]) => values.length === 0 ? [algorithm] : values.map((value) => `${algorithm} ${value}`))
  return Effect.fail(
    usage(`the CSR's key is ${key.algorithm} ${key.parameter}; profile "${profile.name}" takes ${choices.join(", ")}; nothing was sent`)
  )
}

/** An organization or department, flattened for choosing. */
interface Choice {
  readonly id: number
  readonly name: string
}

const flatten = (organizations: ReadonlyArray<Organizations.OrganizationSummary>): Array<Choice> =>
  organizations.flatMap((organization) => [
    { id: organization.id, name: organization.name },
    ...organization.departments.map((department) => ({ id: department.id, name: `${organization.name} / ${department.name}` }))
  ])

/**
 * The organization of a request: `--org` (or $SCM_ORG_ID) if SCM knows it, else the account's one
 * organization. An admin who may not list organizations gets the id given, unchecked.
 */
export const chooseOrganization = Effect.fn("lookups.chooseOrganization")(function*(given: Option.Option<number>) {
  const listed = yield* Effect.result(Organizations.list())
  if (listed._tag === "Failure") {
    const error = listed.failure
    if (Option.isSome(given) && (error._tag === "ScmAccessDeniedError" || error._tag === "ScmApiError")) {
      return Organizations.OrganizationId.make(given.value)
    }
    return yield* Effect.fail(error)
  }
  const choices = flatten(listed.success)
  const text = choices.map((choice) => `${choice.id} (${choice.name})`).join(", ")
  if (Option.isNone(given)) {
    if (listed.success.length === 1) return listed.success[0]!.id
    return yield* usage(`--org: choose the organization or department (or set SCM_ORG_ID): ${text}`)
  }
  if (choices.some((choice) => choice.id === given.value)) return Organizations.OrganizationId.make(given.value)
  return yield* usage(`--org ${given.value}: no such organization or department; there are ${text}`)
})
