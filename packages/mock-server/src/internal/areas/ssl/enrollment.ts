/**
 * Validating an EnrollRequest (and a renewal's CSR) the way SCM does, in the order it reports
 * problems: organization, CSR, profile, term, key, names, custom fields. Each refusal is the answer
 * SCM gives; what passes is the request the store records.
 */
import type { HttpServerResponse } from "effect/http"
import { Effect, Result } from "effect"
import type { CustomFieldSeed } from "../../state/seed.js"
import { type Csr, type CsrRefused, parseCsr } from "../../pki/csr.js"
import { allowsTerm, judgeKey, offeredTo, type Profile } from "./profiles.js"
import * as Fields from "../../http/requestFields.js"
import { ErrorCode, missingField, refusal } from "../../http/scmErrors.js"
import type { SslRequest } from "./certificates.js"
import type { X509Lib } from "../../pki/x509.js"

/** A request's `customFields`: each one seeded (-135 otherwise), every mandatory one given (-62 otherwise). */
export const customFieldsOf = (
  fields: Fields.Fields,
  known: ReadonlyArray<CustomFieldSeed>
): Result.Result<ReadonlyArray<{ readonly name: string; readonly value: string }>, Answer> =>
  Result.flatMap(Fields.namedValues(fields, "customFields"), (given) => {
    if (given.some((field) => !known.some((candidate) => candidate.name === field.name))) {
      return Result.fail(refusal(ErrorCode.unknownCustomField, "Custom field cannot be found."))
    }
    const missing = known.some((field) => field.mandatory === true && !given.some((candidate) => candidate.name === field.name))
    return missing ? Result.fail(refusal(ErrorCode.missingCustomField, "Missing mandatory custom field!")) : Result.succeed(given)
  })

type Answer = HttpServerResponse.HttpServerResponse

const csrRefusals: Record<CsrRefused["reason"], Answer> = {
  notBase64: refusal(ErrorCode.csrNotBase64, "The CSR is not valid Base-64 data!"),
  notCsr: refusal(ErrorCode.csrNotDecodable, "Error while decoding CSR."),
  unsupportedAlgorithm: refusal(ErrorCode.csrAlgorithm, "The CSR uses an unsupported algorithm!")
}

/** A CSR, or SCM's refusal of it (-9, -10, -11). */
export const readCsr = (x509: X509Lib, text: string): Effect.Effect<Csr, Answer> =>
  Effect.mapError(parseCsr(x509, text), (refused) => csrRefusals[refused.reason])

/** The CSR's own limits in EnrollRequest and RenewInfo. */
export const maxCsrLength = 32767

/** Comma-separated names, trimmed, empty ones dropped. */
const splitNames = (names: string | undefined): ReadonlyArray<string> =>
  names === undefined ? [] : names.split(",").map((name) => name.trim()).filter((name) => name !== "")

/** The common name first, then every other name once (case-insensitively). */
const uniqueNames = (names: ReadonlyArray<string>): ReadonlyArray<string> => {
  const seen = new Set<string>()
  return names.filter((name) => {
    const key = name.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * An enrollment's `term`, checked after its profile as SCM does: a term the profile offers (-36),
 * then a CSR key the profile allows (-11 for the algorithm, -13 for the key size).
 */
export const profileTerm = (fields: Fields.Fields, profile: Profile, csr: Csr): Effect.Effect<number, Answer> =>
  Effect.gen(function* () {
    const term = yield* Effect.fromResult(Fields.requiredInteger(fields, "term"))
    if (!allowsTerm(profile, term)) {
      return yield* Effect.fail(refusal(ErrorCode.invalidTerm, "The validity period (term) is invalid for this certificate profile."))
    }
    const key = judgeKey(profile, csr.keyType)
    if (key !== "allowed") {
      return yield* Effect.fail(
        key === "algorithm"
          ? csrRefusals.unsupportedAlgorithm
          : refusal(ErrorCode.csrKeySize, "The CSR uses an unsupported key size!")
      )
    }
    return term
  })

/** What enroll checks a request against. */
export interface EnrollContext {
  readonly x509: X509Lib
  readonly profiles: ReadonlyMap<number, Profile>
  readonly organizationIds: ReadonlySet<number>
  readonly customFields: ReadonlyArray<CustomFieldSeed>
}

/** Validates an EnrollRequest in the order SCM reports problems, into what the store records. */
export const enrollRequest = (fields: Fields.Fields, requester: string, context: EnrollContext): Effect.Effect<SslRequest, Answer> =>
  Effect.gen(function* () {
    const orgId = yield* Effect.fromResult(Fields.requiredInteger(fields, "orgId"))
    if (!context.organizationIds.has(orgId)) {
      return yield* Effect.fail(refusal(ErrorCode.organizationNotFound, `Organization '${orgId}' not found.`))
    }
    const csr = yield* readCsr(context.x509, yield* Effect.fromResult(Fields.requiredString(fields, "csr", maxCsrLength)))
    const certType = yield* Effect.fromResult(Fields.requiredInteger(fields, "certType"))
    const profile = context.profiles.get(certType)
    if (profile === undefined || !offeredTo(profile, orgId)) {
      return yield* Effect.fail(refusal(ErrorCode.unknownProfile, `No certificate profile found by id ${certType}`))
    }
    const term = yield* profileTerm(fields, profile, csr)
    const subjAltNames = yield* Effect.fromResult(Fields.optionalString(fields, "subjAltNames", maxCsrLength))
    const names = uniqueNames([...(csr.commonName === undefined ? [] : [csr.commonName]), ...splitNames(subjAltNames), ...csr.dnsNames])
    const commonName = csr.commonName ?? names[0]
    if (commonName === undefined) return yield* Effect.fail(missingField("commonName"))
    return {
      commonName,
      subjectAlternativeNames: names,
      orgId,
      sslTypeId: certType,
      term,
      requester,
      requestedVia: "REST API",
      comments: yield* Effect.fromResult(Fields.optionalString(fields, "comments", 1024)),
      externalRequester: yield* Effect.fromResult(Fields.optionalString(fields, "externalRequester", 512)),
      customFields: yield* Effect.fromResult(customFieldsOf(fields, context.customFields)),
      keyType: csr.keyType,
      csr
    }
  })
