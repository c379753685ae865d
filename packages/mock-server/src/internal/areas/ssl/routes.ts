/**
 * The SSL certificate operations of the spec, on `/ssl/v1` and `/ssl/v2` alike (the spec gives them
 * the same shapes): profiles, custom fields, list (paged, filtered, HEAD counts), details, enroll,
 * collect (by query and by the older path form), approve, revoke (by id and by serial number) and
 * renew by id. Refusals answer SCM's codes; see the README's table.
 */
import { Effect, Result } from "effect"
import { type CollectFormat, defaultCollectFormat, isCollectFormat } from "../../pki/collectFormats.js"
import { pagedResponse, pageOf } from "../../http/paging.js"
import { offeredTo, type Profile, toProfile } from "./profiles.js"
import { integerParam, literalParam, maxInt32, type QueryParams, stringParam } from "../../http/query.js"
import * as Fields from "../../http/requestFields.js"
import type { ApiCall, Resource } from "../../http/resource.js"
import { answer, type Answer, bodyFields, contains, idParam, noContent } from "../../http/routeHelpers.js"
import { collectedAnswer, notCollectable, pendingCollectAnswer, revokedNotDownloadable } from "./collect.js"
import { certificateFileName } from "./rows.js"
import { badRequest, entityNotFound, ErrorCode, jsonResponse, refusal, truncate } from "../../http/scmErrors.js"
import type { SeedData } from "../../state/seed.js"
import { isPending, type SslRecord, type SslRefusal, wasIssued } from "./certificates.js"
import { type EnrollContext, enrollRequest, maxCsrLength, readCsr } from "./enrollment.js"
import type { SslIssuer } from "./issuer.js"
import type { SslStore, StoreResult } from "./store.js"
import { detailsOf, identityOf, type Owner, signedFactsOf } from "./views.js"

/** SSL certificate statuses as the list filter spells them. */
export const sslStatuses = [
  "Invalid",
  "Requested",
  "Approved",
  "Declined",
  "Applied",
  "Issued",
  "Revoked",
  "Expired",
  "Replaced",
  "Rejected",
  "SA Approved",
  "Init"
] as const

/** What the SSL routes work on. */
export interface SslDeps {
  readonly seed: SeedData
  readonly store: SslStore
  readonly issuer: SslIssuer
  /** The organizations and departments there are now (enroll's `orgId` names one). */
  readonly organizationIds: ReadonlySet<number>
}

/** SCM's code for a certificate held back by domain control validation. */
export const dcvIncompleteCode = -107

const wrongSslId = (sslId: number) => `Wrong SSL certificate id ${sslId}.`

/** The answer to a refused operation on a certificate. */
const refusalAnswer = (refused: SslRefusal): Answer => {
  switch (refused._tag) {
    case "UnknownCertificate":
      return refusal(ErrorCode.wrongSslId, wrongSslId(refused.sslId))
    case "UnknownSerialNumber":
      return refusal(ErrorCode.certificateNotFound, `Certificate not found. Serial number ${truncate(refused.serialNumber, 128)}`)
    case "AlreadyRevoked":
      return refusal(ErrorCode.alreadyRevoked, "Your certificate already revoked")
    case "NotIssued":
      return refusal(ErrorCode.onlyIssuedRevocable, "Only issued certificates could be revoked.")
    case "NotRenewable":
      return refusal(ErrorCode.renewFailed, `Error was occurred while renewing cert. Status = ${refused.status}`)
    case "NotPending":
      return refusal(ErrorCode.notApprovable, `Certificate can't be approved cause it has state = ${refused.status}`)
  }
}

// ---- list ----

interface ListFilters {
  readonly commonName: string | undefined
  readonly subjectAlternativeName: string | undefined
  readonly status: string | undefined
  readonly sslTypeId: number | undefined
  readonly orgId: number | undefined
  readonly serialNumber: string | undefined
  readonly requester: string | undefined
}

const listFilters = (params: QueryParams): Result.Result<ListFilters, string> =>
  Result.gen(function* () {
    return {
      commonName: yield* stringParam(params, "commonName", 1024),
      subjectAlternativeName: yield* stringParam(params, "subjectAlternativeName", 1024),
      status: yield* literalParam(params, "status", sslStatuses),
      sslTypeId: yield* integerParam(params, "sslTypeId", 1, maxInt32),
      orgId: yield* integerParam(params, "orgId", -maxInt32, maxInt32),
      serialNumber: yield* stringParam(params, "serialNumber", 128),
      requester: yield* stringParam(params, "requester", 128)
    }
  })

/** Text filters match case-insensitively as substrings (serial numbers: whole); ids and status exactly. */
const matching = (filters: ListFilters) => {
  const { commonName, orgId, requester, serialNumber, sslTypeId, status, subjectAlternativeName } = filters
  return (record: SslRecord): boolean =>
    (commonName === undefined || contains(record.commonName, commonName)) &&
    (subjectAlternativeName === undefined || record.subjectAlternativeNames.some((name) => contains(name, subjectAlternativeName))) &&
    (status === undefined || record.status === status) &&
    (sslTypeId === undefined || record.sslTypeId === sslTypeId) &&
    (orgId === undefined || record.orgId === orgId) &&
    (serialNumber === undefined || record.serialNumber?.toUpperCase() === serialNumber.toUpperCase()) &&
    (requester === undefined || record.requester === requester)
}

// ---- collect ----

/** SCM's -107: a name of the certificate lies under a domain whose DCV is incomplete or expired. */
const dcvIncomplete = (name: string) =>
  refusal(
    dcvIncompleteCode,
    `Domain Control Validation is either incomplete or expired for ${truncate(name, 255)}. Please complete it before requesting a certificate.`
  )


/** The SSL resources for one API version. */
const forVersion = (version: "v1" | "v2", deps: SslDeps, shared: Shared): ReadonlyArray<Resource> => {
  const base = `/ssl/${version}`
  const { issuer, store } = deps

  const collect = (call: ApiCall, format: string | undefined): Effect.Effect<Answer> =>
    answer(Effect.gen(function* () {
      const sslId = yield* idParam(call, "sslId")
      const wanted = format ?? defaultCollectFormat
      if (!isCollectFormat(wanted)) {
        return yield* Effect.fail(refusal(ErrorCode.unknownFormat, `Unknown SSL certificate file format requested: ${truncate(wanted, 64)}`))
      }
      const record = yield* store.collect(sslId)
      if (record === undefined) return yield* Effect.fail(entityNotFound(ErrorCode.wrongSslId, wrongSslId(sslId)))
      if (isPending(record)) {
        const heldBy = yield* store.heldBy(record)
        return yield* Effect.fail(heldBy === undefined ? pendingCollectAnswer((yield* store.settings).pendingCollect, record.pendingCollects) : dcvIncomplete(heldBy))
      }
      if (record.status === "Revoked") return yield* Effect.fail(revokedNotDownloadable)
      if (!wasIssued(record)) return yield* Effect.fail(notCollectable)
      return yield* collected(record, wanted)
    }))

  const collected = (record: SslRecord, format: CollectFormat) =>
    collectedAnswer(issuer.x509, issuer.chainOf(record), format, (extension) => certificateFileName(record.commonName, extension))

  const details = (call: ApiCall) =>
    answer(Effect.gen(function* () {
      const sslId = yield* idParam(call, "sslId")
      const record = yield* store.get(sslId)
      if (record === undefined) return yield* Effect.fail(entityNotFound(ErrorCode.wrongSslId, wrongSslId(sslId)))
      const signed = wasIssued(record) ? signedFactsOf(issuer.x509, (yield* Effect.orDie(issuer.chainOf(record))).certificate) : undefined
      const profile = record.sslTypeId === undefined ? undefined : shared.profiles.get(record.sslTypeId)
      const owner = record.requester === undefined ? undefined : shared.owners.get(record.requester)
      return jsonResponse(200, detailsOf(record, profile, signed, { version, owner }))
    }))

  /**
   * The reason code and reason of a RevokeRequest (reason codes as strings, or numbers as the REST
   * reference sends them). Real clients send only the reason: no reason code is "0", unspecified.
   */
  const revokeReason = (call: ApiCall) =>
    Effect.gen(function* () {
      const fields = yield* bodyFields(call)
      const reasonCode = fields["reasonCode"] === undefined || fields["reasonCode"] === null
        ? "0"
        : yield* Effect.fromResult(Fields.requiredLiteral(fields, "reasonCode", ["0", "1", "3", "4", "5"]))
      yield* Effect.fromResult(Fields.requiredString(fields, "reason", 512))
      return reasonCode
    })

  /** 204 when the operation was done, else SCM's refusal. */
  const noContentOr = (outcome: Effect.Effect<StoreResult<SslRecord>>) =>
    Effect.map(outcome, (result) => (result._tag === "Refused" ? refusalAnswer(result.refusal) : noContent))

  return [
    {
      method: "GET",
      path: `${base}/types`,
      handle: (call) =>
        call.query["organizationId"] === undefined
          ? shared.succeedAllTypes
          : Effect.succeed(Result.match(integerParam(call.query, "organizationId", 1, maxInt32), {
            onFailure: badRequest,
            onSuccess: shared.typesFor
          }))
    },
    { method: "GET", path: `${base}/customFields`, handle: () => shared.succeedCustomFields },
    {
      method: "GET",
      path: base,
      handle: (call) =>
        Result.match(Result.all([pageOf(call.query), listFilters(call.query)]), {
          onFailure: (description) => Effect.succeed(badRequest(description)),
          onSuccess: ([page, filters]) =>
            Effect.map(store.all, (records) => pagedResponse(records.filter(matching(filters)), page, call.head, identityOf))
        })
    },
    { method: "GET", path: `${base}/:sslId`, handle: details },
    {
      method: "POST",
      path: `${base}/enroll`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const request = yield* enrollRequest(yield* bodyFields(call), call.principal.login, shared.enroll)
          const record = yield* store.enroll(request)
          return jsonResponse(200, { sslId: record.sslId, renewId: record.renewId })
        }))
    },
    {
      method: "GET",
      path: `${base}/collect/:sslId`,
      handle: (call) =>
        Result.match(stringParam(call.query, "format", 64), {
          onFailure: (description) => Effect.succeed(badRequest(description)),
          onSuccess: (format) => collect(call, format)
        })
    },
    { method: "GET", path: `${base}/collect/:sslId/:format`, handle: (call) => collect(call, call.pathParams["format"]) },
    {
      method: "POST",
      path: `${base}/approve/:sslId`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const sslId = yield* idParam(call, "sslId")
          yield* Effect.fromResult(Fields.optionalString(yield* bodyFields(call), "message", 512))
          return yield* noContentOr(store.approve(sslId))
        }))
    },
    {
      method: "POST",
      path: `${base}/revoke/:sslId`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const sslId = yield* idParam(call, "sslId")
          const reasonCode = yield* revokeReason(call)
          return yield* noContentOr(store.revoke({ sslId }, reasonCode))
        }))
    },
    {
      method: "POST",
      path: `${base}/revoke/serial/:serialNumber`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const serialNumber = call.pathParams["serialNumber"] ?? ""
          const reasonCode = yield* revokeReason(call)
          return yield* noContentOr(store.revoke({ serialNumber }, reasonCode))
        }))
    },
    {
      method: "POST",
      path: `${base}/renewById/:sslId`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const sslId = yield* idParam(call, "sslId")
          const csrText = yield* Effect.fromResult(Fields.optionalString(yield* bodyFields(call), "csr", maxCsrLength))
          const csr = csrText === undefined ? undefined : yield* readCsr(issuer.x509, csrText)
          const result = yield* store.renew(sslId, csr)
          return result._tag === "Refused" ? refusalAnswer(result.refusal) : jsonResponse(200, { sslId: result.value.sslId })
        }))
    }
  ]
}

/** What both versions share, built once: answers that depend on nothing in the request, and enroll's lookups. */
interface Shared {
  readonly profiles: ReadonlyMap<number, Profile>
  readonly succeedAllTypes: Effect.Effect<Answer>
  readonly typesFor: (organizationId: number | undefined) => Answer
  readonly succeedCustomFields: Effect.Effect<Answer>
  readonly enroll: EnrollContext
  /** The seeded admins by login: a certificate's requester owns it. */
  readonly owners: ReadonlyMap<string, Owner>
}

const sharedOf = (seed: SeedData, issuer: SslIssuer, organizationIds: ReadonlySet<number>): Shared => {
  const profiles = seed.sslTypes.map(toProfile)
  const byId = new Map(profiles.map((profile) => [profile.id, profile]))
  return {
    owners: new Map(seed.admins.map((admin) => [
      admin.login,
      { id: admin.id, name: [admin["forename"], admin["surname"]].filter((part) => typeof part === "string").join(" ") || admin.login }
    ])),
    profiles: byId,
    succeedAllTypes: Effect.succeed(jsonResponse(200, profiles.map((profile) => profile.sent))),
    typesFor: (organizationId) =>
      jsonResponse(
        200,
        profiles.filter((profile) => organizationId === undefined || offeredTo(profile, organizationId)).map((profile) => profile.sent)
      ),
    succeedCustomFields: Effect.succeed(jsonResponse(200, seed.customFields)),
    enroll: { x509: issuer.x509, profiles: byId, organizationIds, customFields: seed.customFields }
  }
}

/** The SSL resources on v1 and v2. */
export const sslResources = (deps: SslDeps): ReadonlyArray<Resource> => {
  const shared = sharedOf(deps.seed, deps.issuer, deps.organizationIds)
  return [...forVersion("v1", deps, shared), ...forVersion("v2", deps, shared)]
}
