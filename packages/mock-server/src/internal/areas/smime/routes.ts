/**
 * The client (S/MIME) certificate operations, on `/smime/v1` (the REST reference) and `/smime/v2`
 * (the spec) alike: profiles, custom fields, list (paged, filtered, HEAD counts), by person id and
 * by person e-mail, enroll from a CSR (finding or creating the person by e-mail, as SCM does),
 * collect by order number, revoke by order number, serial number or e-mail (all of the person's),
 * renew by order number or serial number, and the details of `GET /smime/v1/{id}`. The v2 details
 * are left to the spec fallback: the spec gives them a schema that is not a certificate's.
 */
import { Effect, Result } from "effect"
import type { CustomFieldSeed, SslTypeSeed } from "../../state/seed.js"
import { type CollectFormat, defaultCollectFormat, isCollectFormat } from "../../pki/collectFormats.js"
import { pagedResponse, pageOf } from "../../http/paging.js"
import {
  emailField,
  fullName,
  personNotFound,
  type PersonStore,
  phoneField,
  secondaryEmailsField
} from "../persons/index.js"
import {
  certificateFileName,
  collectedAnswer,
  customFieldsOf,
  maxCsrLength,
  notCollectable,
  offeredTo,
  pendingCollectAnswer,
  type Profile,
  profileTerm,
  readCsr,
  revokedNotDownloadable,
  signedFactsOf,
  toProfile
} from "../ssl/index.js"
import { integerParam, literalParam, maxInt32, type QueryParams, stringParam } from "../../http/query.js"
import * as Fields from "../../http/requestFields.js"
import type { ApiCall, Resource } from "../../http/resource.js"
import { badRequest, entityNotFound, ErrorCode, jsonResponse, refusal, truncate } from "../../http/scmErrors.js"
import { isPending, type SmimeRecord, type SmimeRefusal, type SmimeRequest, smimeStates, wasIssued } from "./certificates.js"
import type { SmimeIssuer } from "./issuer.js"
import { answer, type Answer, bodyFields, emptyAnswer, idParam, read, sameEmail, textParam } from "../../http/routeHelpers.js"
import type { SmimeResult, SmimeStore, SmimeTarget } from "./store.js"
import { signatureAlgorithm } from "../../pki/pki.js"
import { detailsOf, extendedKeyUsages, keyUsages, listItemOf } from "./views.js"

/** What the S/MIME routes work on. */
export interface SmimeDeps {
  readonly store: SmimeStore
  readonly persons: PersonStore
  readonly issuer: SmimeIssuer
  readonly types: ReadonlyArray<SslTypeSeed>
  readonly customFields: ReadonlyArray<CustomFieldSeed>
  readonly organizationIds: ReadonlySet<number>
}

const certificateNotFound = refusal(ErrorCode.certificateNotFound, "Certificate not found.")

const refusalAnswer = (refused: SmimeRefusal): Answer => {
  switch (refused._tag) {
    case "UnknownCertificate":
      return certificateNotFound
    case "UnknownSerialNumber":
      return refusal(ErrorCode.certificateNotFound, `Certificate not found. Serial number ${truncate(refused.serialNumber, 128)}`)
    case "AlreadyRevoked":
      return refusal(ErrorCode.alreadyRevoked, "Your certificate already revoked")
    case "NotIssued":
      return refusal(ErrorCode.onlyIssuedRevocable, "Only issued certificates could be revoked.")
    case "NotRenewable":
      return refusal(ErrorCode.renewFailed, `Error was occurred while renewing cert. Status = ${refused.state}`)
  }
}

const orderOf = (record: SmimeRecord) => ({ orderNumber: Number(record.backendCertId), backendCertId: record.backendCertId })

// ---- enroll ----

/** The reference's "Client Certificate Profile is invalid" (-172). */
const invalidProfile = refusal(-172, "The Client Certificate Profile is invalid!")

/** What enroll checks a request against. */
interface EnrollContext {
  readonly deps: SmimeDeps
  readonly profiles: ReadonlyMap<number, Profile>
}

/** A ClientEnrollRequest, checked in the order of the reference's table; the person is found or created by e-mail. */
const enrollRequest = (fields: Fields.Fields, requester: string, { deps, profiles }: EnrollContext): Effect.Effect<SmimeRequest, Answer> =>
  Effect.gen(function* () {
    const orgId = yield* read(Fields.requiredInteger(fields, "orgId"))
    if (!deps.organizationIds.has(orgId)) return yield* Effect.fail(refusal(ErrorCode.organizationNotFound, `Organization '${orgId}' not found.`))
    const csr = yield* readCsr(deps.issuer.x509, yield* read(Fields.requiredString(fields, "csr", maxCsrLength)))
    const profile = profiles.get(yield* read(Fields.requiredInteger(fields, "certType")))
    if (profile === undefined || !offeredTo(profile, orgId)) return yield* Effect.fail(invalidProfile)
    const term = yield* profileTerm(fields, profile, csr)
    const email = (yield* emailField(fields, "email", true)) ?? ""
    const phone = (yield* phoneField(fields)) ?? ""
    const secondaryEmails = (yield* secondaryEmailsField(fields)) ?? []
    const firstName = yield* read(Fields.requiredString(fields, "firstName", 64))
    const middleName = (yield* read(Fields.optionalString(fields, "middleName", 64))) ?? ""
    const lastName = yield* read(Fields.requiredString(fields, "lastName", 64))
    const names = { firstName, middleName, lastName }
    if (fullName(names).length > 64) return yield* Effect.fail(refusal(ErrorCode.invalidField, "Field 'firstName' has invalid value."))
    const customFields = yield* read(customFieldsOf(fields, deps.customFields))
    const commonName = (yield* read(Fields.optionalString(fields, "commonName", 64))) || fullName(names)
    const upn = (yield* read(Fields.optionalString(fields, "upn", 256))) ?? ""
    const eppn = (yield* read(Fields.optionalString(fields, "eppn", 128))) ?? ""
    const comments = yield* read(Fields.optionalString(fields, "comments", 1024))
    const person = yield* deps.persons.findOrCreate({
      ...names,
      email,
      organizationId: orgId,
      validationType: "STANDARD",
      phone,
      secondaryEmails,
      commonName,
      eppn,
      upn
    }, requester)
    return {
      personId: person.id,
      email: person.email,
      secondaryEmails,
      commonName,
      orgId,
      certTypeId: profile.id,
      term,
      comments,
      customFields,
      keyType: csr.keyType,
      csr,
      enrollType: "API Enroll"
    }
  })

// ---- list ----

interface ListFilters {
  readonly state: string | undefined
  readonly certTypeId: number | undefined
  readonly personId: number | undefined
  readonly backendCertId: string | undefined
  readonly serialNumber: string | undefined
  readonly email: string | undefined
  readonly keyVault: "true" | "false" | undefined
  readonly signatureAlgorithm: string | undefined
  readonly keyAlgorithm: string | undefined
  readonly keyParam: string | undefined
  readonly keyUsage: string | undefined
  readonly extendedKeyUsage: string | undefined
}

const listFilters = (params: QueryParams): Result.Result<ListFilters, string> =>
  Result.gen(function* () {
    return {
      state: yield* literalParam(params, "state", smimeStates),
      certTypeId: yield* integerParam(params, "certTypeId", 1, maxInt32),
      personId: yield* integerParam(params, "personId", 1, maxInt32),
      backendCertId: yield* stringParam(params, "backendCertId", 255),
      serialNumber: yield* stringParam(params, "serialNumber", 64),
      email: yield* stringParam(params, "email", 256),
      keyVault: yield* literalParam(params, "keyVault", ["true", "false"]),
      signatureAlgorithm: yield* stringParam(params, "signatureAlgorithm", 32),
      keyAlgorithm: yield* stringParam(params, "keyAlgorithm", 32),
      keyParam: yield* stringParam(params, "keyParam", 100),
      keyUsage: yield* stringParam(params, "keyUsage", 256),
      extendedKeyUsage: yield* stringParam(params, "extendedKeyUsage", 512)
    }
  })

const equalsIgnoringCase = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
const serialOf = (text: string) => text.replaceAll(":", "").toUpperCase()

/** Ids, state and e-mail match exactly (e-mail case-insensitively); `keyVault` whether SCM keeps the key. */
const matching = (filters: ListFilters) => (record: SmimeRecord): boolean =>
  (filters.state === undefined || record.state === filters.state) &&
  (filters.certTypeId === undefined || record.certTypeId === filters.certTypeId) &&
  (filters.personId === undefined || record.personId === filters.personId) &&
  (filters.backendCertId === undefined || record.backendCertId === filters.backendCertId) &&
  (filters.serialNumber === undefined || (record.serialNumber !== undefined && serialOf(record.serialNumber) === serialOf(filters.serialNumber))) &&
  (filters.email === undefined || sameEmail(record.email, filters.email)) &&
  (filters.keyVault === undefined || record.keyVault === (filters.keyVault === "true")) &&
  (filters.signatureAlgorithm === undefined || (wasIssued(record) && equalsIgnoringCase(signatureAlgorithm, filters.signatureAlgorithm))) &&
  (filters.keyAlgorithm === undefined || equalsIgnoringCase(record.keyType.algorithm, filters.keyAlgorithm)) &&
  (filters.keyParam === undefined || equalsIgnoringCase(record.keyType.parameter, filters.keyParam)) &&
  (filters.keyUsage === undefined || (wasIssued(record) && keyUsages.some((usage) => equalsIgnoringCase(usage, filters.keyUsage ?? "")))) &&
  (filters.extendedKeyUsage === undefined ||
    (wasIssued(record) && extendedKeyUsages.some((usage) => equalsIgnoringCase(usage, filters.extendedKeyUsage ?? ""))))

// ---- collect ----


/** The reason code of a ClientRevokeRequest (a string, or a number as the reference sends it); none is "0". */
const revokeReason = (fields: Fields.Fields): Effect.Effect<string, Answer> =>
  Effect.gen(function* () {
    const reasonCode = fields["reasonCode"] === undefined || fields["reasonCode"] === null
      ? "0"
      : yield* read(Fields.requiredLiteral(fields, "reasonCode", ["0", "1", "3", "4", "5"]))
    yield* read(Fields.optionalString(fields, "reason", 512))
    return reasonCode
  })

const forVersion = (version: "v1" | "v2", deps: SmimeDeps, context: EnrollContext): ReadonlyArray<Resource> => {
  const base = `/smime/${version}`
  const { issuer, persons, store } = deps
  const issuerSubject = new issuer.x509.X509Certificate(issuer.issuingCaPem).subject
  const profilesSent = [...context.profiles.values()]
  const listOf = (records: ReadonlyArray<SmimeRecord>) => jsonResponse(200, records.map((record) => listItemOf(record, issuerSubject)))
  const ofPerson = (personId: number) => Effect.map(store.all, (records) => listOf(records.filter((record) => record.personId === personId)))

  const collected = (record: SmimeRecord, format: CollectFormat) =>
    collectedAnswer(issuer.x509, issuer.chainOf(record), format, (extension) => certificateFileName(record.email, extension))

  const collect = (call: ApiCall): Effect.Effect<Answer> =>
    answer(Effect.gen(function* () {
      const backendCertId = yield* textParam(call, "backendCertId")
      const wanted = (yield* Effect.fromResult(Result.mapError(stringParam(call.query, "format", 64), badRequest))) ?? defaultCollectFormat
      if (!isCollectFormat(wanted)) {
        return yield* Effect.fail(refusal(ErrorCode.unknownFormat, `Unknown certificate file format requested: ${truncate(wanted, 64)}`))
      }
      const record = yield* store.collect(backendCertId)
      if (record === undefined) return yield* Effect.fail(certificateNotFound)
      if (isPending(record)) return yield* Effect.fail(pendingCollectAnswer((yield* store.settings).pendingCollect, record.pendingCollects))
      if (record.state === "revoked") return yield* Effect.fail(revokedNotDownloadable)
      if (!wasIssued(record)) return yield* Effect.fail(notCollectable)
      return yield* collected(record, wanted)
    }))

  const revoke = (target: (call: ApiCall) => Effect.Effect<SmimeTarget, Answer>) => (call: ApiCall) =>
    answer(Effect.gen(function* () {
      const named = yield* target(call)
      const reasonCode = yield* revokeReason(yield* bodyFields(call))
      const result = yield* store.revoke(named, reasonCode)
      return result._tag === "Refused" ? refusalAnswer(result.refusal) : emptyAnswer(204)
    }))

  const renew = (target: (call: ApiCall) => Effect.Effect<SmimeTarget, Answer>) => (call: ApiCall) =>
    answer(Effect.flatMap(target(call), (named) =>
      Effect.map(store.renew(named), (result: SmimeResult<SmimeRecord>) =>
        result._tag === "Refused" ? refusalAnswer(result.refusal) : jsonResponse(200, orderOf(result.value)))))

  const byOrder = (call: ApiCall) => Effect.map(textParam(call, "backendCertId"), (backendCertId) => ({ backendCertId }))
  const bySerial = (call: ApiCall) => Effect.map(textParam(call, "serialNumber"), (serialNumber) => ({ serialNumber }))

  return [
    {
      method: "GET",
      path: `${base}/types`,
      handle: (call) =>
        Effect.succeed(Result.match(integerParam(call.query, "organizationId", 1, maxInt32), {
          onFailure: badRequest,
          onSuccess: (organizationId) =>
            jsonResponse(200, profilesSent.filter((profile) => organizationId === undefined || offeredTo(profile, organizationId)).map((profile) => profile.sent))
        }))
    },
    { method: "GET", path: `${base}/customFields`, handle: () => Effect.succeed(jsonResponse(200, deps.customFields)) },
    {
      method: "GET",
      path: base,
      handle: (call) =>
        Result.match(Result.all([pageOf(call.query), listFilters(call.query)]), {
          onFailure: (description) => Effect.succeed(badRequest(description)),
          onSuccess: ([page, filters]) =>
            Effect.map(store.all, (records) => pagedResponse(records.filter(matching(filters)), page, call.head, (record) => listItemOf(record, issuerSubject)))
        })
    },
    {
      method: "GET",
      path: `${base}/byPersonId/:pid`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const personId = yield* idParam(call, "pid")
          return (yield* persons.get(personId)) === undefined ? personNotFound : yield* ofPerson(personId)
        }))
    },
    {
      method: "GET",
      path: `${base}/byPersonEmail/:email`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const person = yield* persons.byEmail(yield* textParam(call, "email"))
          return person === undefined ? personNotFound : yield* ofPerson(person.id)
        }))
    },
    {
      method: "POST",
      path: `${base}/enroll`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const request = yield* enrollRequest(yield* bodyFields(call), call.principal.login, context)
          return jsonResponse(200, orderOf(yield* store.enroll(request)))
        }))
    },
    { method: "GET", path: `${base}/collect/:backendCertId`, handle: collect },
    { method: "POST", path: `${base}/revoke/order/:backendCertId`, handle: revoke(byOrder) },
    { method: "POST", path: `${base}/revoke/serial/:serialNumber`, handle: revoke(bySerial) },
    {
      method: "POST",
      path: `${base}/revoke`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const fields = yield* bodyFields(call)
          const email = (yield* emailField(fields, "email", true)) ?? ""
          const reasonCode = yield* revokeReason(fields)
          const person = yield* persons.byEmail(email)
          if (person === undefined) return personNotFound
          yield* store.revokeAllOf(person.id, reasonCode)
          return emptyAnswer(204)
        }))
    },
    { method: "POST", path: `${base}/renew/order/:backendCertId`, handle: renew(byOrder) },
    { method: "POST", path: `${base}/renew/serial/:serialNumber`, handle: renew(bySerial) }
  ]
}

/** `GET /smime/v1/{id}`: the certificate's details, as the REST reference gives them. */
const detailsResource = (deps: SmimeDeps, profiles: ReadonlyMap<number, Profile>): Resource => ({
  method: "GET",
  path: "/smime/v1/:id",
  handle: (call) =>
    answer(Effect.gen(function* () {
      const id = yield* idParam(call, "id")
      const record = yield* deps.store.get(id)
      if (record === undefined) return entityNotFound(ErrorCode.certificateNotFound, `Client certificate ${id} not found.`)
      const signed = wasIssued(record) ? signedFactsOf(deps.issuer.x509, (yield* Effect.orDie(deps.issuer.chainOf(record))).certificate) : undefined
      return jsonResponse(200, detailsOf(record, profiles.get(record.certTypeId), signed, "v1"))
    }))
})

/** The S/MIME resources on v1 and v2. */
export const smimeResources = (deps: SmimeDeps): ReadonlyArray<Resource> => {
  const profiles = new Map(deps.types.map(toProfile).map((profile) => [profile.id, profile]))
  const context: EnrollContext = { deps, profiles }
  return [...forVersion("v1", deps, context), ...forVersion("v2", deps, context), detailsResource(deps, profiles)]
}
