/**
 * Domains, on the paths both documents give (`/domain/v1`, the spec has no v2): a paged list of
 * DomainIdentity with SCM's filters and `X-Total-Count`, the count, DomainInfo with its DCV status
 * at the Clock's time, create (201 and `Location`), delete (204; refused while SSL certificates
 * are enrolled under it), activate and suspend, CT log monitoring, and delegations: delegate
 * (one or many domains), remove, approve and reject.
 */
import { HttpServerResponse } from "effect/http"
import { Effect, Result } from "effect"
import { pagedResponse, pageOf } from "../../http/paging.js"
import { integerParam, literalParam, maxInt32, pathInteger, type QueryParams, stringParam } from "../../http/query.js"
import * as Fields from "../../http/requestFields.js"
import type { ApiCall, Resource } from "../../http/resource.js"
import { answer, type Answer, bodyFields, idParam, noContent } from "../../http/routeHelpers.js"
import { badRequest, entityNotFound, ErrorCode, invalidField, jsonResponse, missingField, refusal, truncate } from "../../http/scmErrors.js"
import * as Domains from "./state.js"
import type { DomainStore } from "./store.js"
import type { SslStore } from "../ssl/index.js"

/** SCM's codes for domains (REST 25.5 reference, error codes). */
export const DomainCode = {
  exists: -700,
  notRequested: -705,
  delegationDeleted: -707,
  noDelegation: -709,
  nameTooShort: -712,
  nameTooLong: -713,
  inactive: -715,
  notHighLevel: -723,
  orderStatus: -724,
  unknownDomain: ErrorCode.unknownDomain,
  invalidName: -732,
  certificatesEnrolled: -740,
  unknownEmail: -518
} as const

/** The answer to a refused domain or DCV operation. */
export const domainRefusal = (refused: Domains.DomainRefusal): Answer => {
  switch (refused._tag) {
    case "UnknownDomain":
      return entityNotFound(DomainCode.unknownDomain, `The domain '${truncate(refused.domain, 255)}' does not exist.`)
    case "DomainExists":
      return refusal(DomainCode.exists, "Such domain already exists")
    case "NotRequested":
      return refusal(DomainCode.notRequested, "This operation cannot be performed as the delegation status is other than 'Requested'.")
    case "NoSuchDelegation":
      return refusal(DomainCode.delegationDeleted, "This domain delegation request has already been deleted.")
    case "Inactive":
      return refusal(DomainCode.inactive, `The domain '${refused.domain}' is inactive.`)
    case "NotHighLevel":
      return refusal(DomainCode.notHighLevel, `${refused.domain} is not a high-level domain. Only high-level domains can be validated.`)
    case "OrderNotStarted":
      return refusal(
        DomainCode.orderStatus,
        `The request for '${refused.domain}' cannot be processed since it's domain validation status is ${refused.orderStatus}.`
      )
    case "UnknownEmail":
      return refusal(DomainCode.unknownEmail, "Unknown email address")
    case "CertificatesEnrolled":
      return refusal(DomainCode.certificatesEnrolled, "This operation cannot be performed due to SSL certificates enrolled for this domain or its subdomains.")
  }
}

interface DomainFilters {
  readonly name: string | undefined
  readonly state: "active" | "inactive" | undefined
  readonly status: "requested" | "approved" | undefined
  readonly orgId: number | undefined
}

const domainFilters = (params: QueryParams): Result.Result<DomainFilters, string> =>
  Result.gen(function* () {
    return {
      name: yield* stringParam(params, "name", 256),
      state: yield* literalParam(params, "state", ["active", "inactive"]),
      status: yield* literalParam(params, "status", ["requested", "approved"]),
      orgId: yield* integerParam(params, "orgId", 1, maxInt32)
    }
  })

/** Name: a case-insensitive substring; state and status as DomainInfo's `state` and `delegationStatus` say. */
const matching = ({ name, orgId, state, status }: DomainFilters) => (domain: Domains.DomainRecord): boolean =>
  (name === undefined || domain.name.toLowerCase().includes(name.toLowerCase())) &&
  (state === undefined || domain.active === (state === "active")) &&
  (status === undefined || domain.delegations.some((delegation) => delegation.status === "REQUESTED") === (status === "requested")) &&
  (orgId === undefined || domain.delegations.some((delegation) => delegation.orgId === orgId))

const identityOf = (domain: Domains.DomainRecord) => ({ id: domain.id, name: domain.name })

const ok = HttpServerResponse.empty({ status: 200 })

const fromResult = <A>(result: Result.Result<A, Answer>) => Effect.fromResult(result)

const certTypes = ["SSL", "SMIME", "CodeSign"] as const
const privileges = ["DOMAIN", "SUBDOMAIN", "WILDCARD_1ST_LEVEL", "WILDCARD_2ND_LEVEL"] as const

/** A list of the allowed strings, each once; `required` lists need at least one. */
const literalList = (fields: Fields.Fields, name: string, allowed: ReadonlyArray<string>, required: boolean): Result.Result<ReadonlyArray<string>, Answer> => {
  const value = fields[name]
  if (value === undefined || value === null) return required ? Result.fail(missingField(name)) : Result.succeed([])
  if (!Array.isArray(value) || (required && value.length === 0)) return Result.fail(invalidField(name))
  const items: Array<string> = []
  for (const item of value) {
    if (typeof item !== "string" || !allowed.includes(item)) return Result.fail(invalidField(name))
    if (!items.includes(item)) items.push(item)
  }
  return Result.succeed(items)
}

/** A DomainDelegation (or DomainsDelegation) body's delegation, its organization known. */
const delegationOf = (fields: Fields.Fields, organizationIds: ReadonlySet<number>) =>
  Effect.gen(function* () {
    const types = yield* fromResult(literalList(fields, "certTypes", certTypes, true))
    const orgId = yield* fromResult(Fields.requiredInteger(fields, "orgId"))
    if (!organizationIds.has(orgId)) return yield* Effect.fail(refusal(ErrorCode.organizationNotFound, `Organization '${orgId}' not found.`))
    return {
      orgId,
      certTypes: types,
      domainCertificateRequestPrivileges: yield* fromResult(literalList(fields, "domainCertificateRequestPrivileges", privileges, false))
    }
  })

const domainName = /^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i

/** CtLogMonitoring: a bucket is required to enable it. */
const monitoringOf = (value: unknown, name: string): Result.Result<Readonly<Record<string, unknown>>, Answer> =>
  Result.gen(function* () {
    const fields = yield* Result.mapError(Fields.fieldsOf(value), () => invalidField(name))
    const flag = (key: string) =>
      fields[key] === undefined || typeof fields[key] === "boolean" ? Result.succeed(fields[key] === true) : Result.fail(invalidField(`${name}.${key}`))
    const enabled = yield* flag("enabled")
    const includeSubdomains = yield* flag("includeSubdomains")
    const bucketId = yield* Fields.optionalString(fields, "bucketId", 255)
    if (enabled && bucketId === undefined) return yield* Result.fail(missingField(`${name}.bucketId`))
    return { enabled, includeSubdomains, ...(bucketId === undefined ? {} : { bucketId }) }
  })

/** A CreateDomainRequest, in the order SCM checks it. */
const newDomainOf = (fields: Fields.Fields, organizationIds: ReadonlySet<number>) =>
  Effect.gen(function* () {
    const name = (yield* fromResult(Fields.requiredString(fields, "name", 1024))).trim()
    if (name.length < 4) return yield* Effect.fail(refusal(DomainCode.nameTooShort, "The domain name should be at least 4 characters in length."))
    if (name.length > 255) return yield* Effect.fail(refusal(DomainCode.nameTooLong, "The domain name should be at most 255 characters in length."))
    if (!domainName.test(name)) return yield* Effect.fail(refusal(DomainCode.invalidName, "Invalid domain name."))
    const description = yield* fromResult(Fields.optionalString(fields, "description", 255))
    const active = fields["active"]
    if (active !== undefined && active !== null && active !== true && active !== false && active !== "true" && active !== "false") {
      return yield* Effect.fail(invalidField("active"))
    }
    const monitoring = fields["ctLogMonitoring"]
    const ctLogMonitoring = monitoring === undefined || monitoring === null ? undefined : yield* fromResult(monitoringOf(monitoring, "ctLogMonitoring"))
    const delegations = fields["delegations"]
    if (delegations === undefined || delegations === null) return yield* Effect.fail(missingField("delegations"))
    if (!Array.isArray(delegations)) return yield* Effect.fail(invalidField("delegations"))
    if (delegations.length === 0) return yield* Effect.fail(refusal(DomainCode.noDelegation, "Please delegate domain to at least one organization or department."))
    const read = yield* Effect.forEach(delegations, (item: unknown) =>
      Effect.flatMap(fromResult(Result.mapError(Fields.fieldsOf(item), () => invalidField("delegations"))), (each) => delegationOf(each, organizationIds)))
    return {
      name,
      description,
      active: active !== false && active !== "false",
      delegations: read,
      ctLogMonitoring
    } satisfies Domains.NewDomain
  })

/** What the domain routes work on. */
export interface DomainDeps {
  readonly store: DomainStore
  readonly ssl: SslStore
  readonly organizationIds: ReadonlySet<number>
}

/** The domain resources. */
export const domainResources = ({ organizationIds, ssl, store }: DomainDeps): ReadonlyArray<Resource> => {
  const base = "/domain/v1"

  /** The id of `GET /domain/v1/{id}`, which takes any int32 (an unknown one is a 404). */
  const detailId = (call: ApiCall) => Effect.fromResult(Result.mapError(pathInteger(call.pathParams, "id", -maxInt32, maxInt32), badRequest))

  /** An operation on the domain of the path's id. */
  const onDomain = (
    call: ApiCall,
    f: (record: Domains.DomainRecord, fields: Fields.Fields | undefined) => Effect.Effect<Answer, Answer>,
    withBody: boolean
  ) =>
    answer(Effect.gen(function* () {
      const id = yield* idParam(call, "id")
      const fields = withBody ? yield* bodyFields(call) : undefined
      const [state] = yield* store.current
      const record = Domains.findById(state, id)
      if (record === undefined) return yield* Effect.fail(domainRefusal({ _tag: "UnknownDomain", domain: String(id) }))
      return yield* f(record, fields)
    }))

  /** Applies a transition to the record (as it is now), answering `done` or the refusal. */
  const transition = (
    record: Domains.DomainRecord,
    f: (state: Domains.DomainsState, record: Domains.DomainRecord) => readonly [Domains.DomainRefusal, undefined] | readonly [undefined, Domains.DomainsState],
    done: Answer
  ) =>
    Effect.flatMap(
      store.modify((state): readonly [Answer, Domains.DomainsState] => {
        const now = Domains.findById(state, record.id)
        if (now === undefined) return [domainRefusal({ _tag: "UnknownDomain", domain: String(record.id) }), state]
        const [refused, next] = f(state, now)
        return next === undefined ? [domainRefusal(refused), state] : [done, next]
      }),
      (result) => (result === done ? Effect.succeed(result) : Effect.fail(result))
    )

  const always = (f: (state: Domains.DomainsState, record: Domains.DomainRecord) => Domains.DomainsState) =>
    (state: Domains.DomainsState, record: Domains.DomainRecord) => [undefined, f(state, record)] as const

  const listed = (call: ApiCall, respond: (matches: ReadonlyArray<Domains.DomainRecord>, page: { position: number; size: number }) => Answer) =>
    Result.match(Result.all([pageOf(call.query), domainFilters(call.query)]), {
      onFailure: (description) => Effect.succeed(badRequest(description)),
      onSuccess: ([page, filters]) => Effect.map(store.current, ([state]) => respond(state.records.filter(matching(filters)), page))
    })

  /** Whether an SSL certificate that is enrolled or issued has a name under the domain. */
  const enrolledUnder = (record: Domains.DomainRecord) =>
    Effect.map(ssl.all, (certificates) =>
      certificates.some((certificate) =>
        ["Issued", "Applied", "Requested"].includes(certificate.status) &&
        [certificate.commonName, ...certificate.subjectAlternativeNames].some((name) => Domains.covers(record.name.replace(/^\*\./, ""), name))))

  return [
    { method: "GET", path: base, handle: (call) => listed(call, (matches, page) => pagedResponse(matches, page, call.head, identityOf)) },
    {
      // The REST 25.5 reference's count (patch 04 of spec/patches): the same filters as the list.
      method: "GET",
      path: `${base}/count`,
      handle: (call) => listed(call, (matches) => jsonResponse(200, { count: matches.length }))
    },
    {
      method: "GET",
      path: `${base}/:id`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const id = yield* detailId(call)
          const [state, now] = yield* store.current
          const record = Domains.findById(state, id)
          return record === undefined
            ? entityNotFound(ErrorCode.unknownDomain, `The domain '${id}' does not exist.`)
            : jsonResponse(200, Domains.domainInfoOf(record, now))
        }))
    },
    {
      method: "POST",
      path: base,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const request = yield* newDomainOf(yield* bodyFields(call), organizationIds)
          const created = yield* store.modify((state, now): readonly [Result.Result<Domains.DomainRecord, Answer>, Domains.DomainsState] => {
            const [refused, done] = Domains.create(state, request, now)
            return done === undefined ? [Result.fail(domainRefusal(refused)), state] : [Result.succeed(done[0]), done[1]]
          })
          const record = yield* Effect.fromResult(created)
          return HttpServerResponse.empty({ status: 201, headers: { location: `${call.root}${base}/${record.id}` } })
        }))
    },
    {
      method: "DELETE",
      path: `${base}/:id`,
      handle: (call) =>
        onDomain(call, (record) =>
          Effect.flatMap(enrolledUnder(record), (enrolled) =>
            enrolled
              ? Effect.fail(domainRefusal({ _tag: "CertificatesEnrolled" }))
              : transition(record, always(Domains.remove), noContent)), false)
    },
    { method: "PUT", path: `${base}/:id/activate`, handle: (call) => onDomain(call, (record) => transition(record, always((state, now) => Domains.setActive(state, now, true)), ok), false) },
    { method: "PUT", path: `${base}/:id/suspend`, handle: (call) => onDomain(call, (record) => transition(record, always((state, now) => Domains.setActive(state, now, false)), ok), false) },
    {
      method: "PUT",
      path: `${base}/:id/monitoring`,
      handle: (call) =>
        onDomain(call, (record, fields) =>
          Effect.flatMap(fromResult(monitoringOf(fields, "ctLogMonitoring")), (monitoring) =>
            transition(record, always((state, now) => Domains.setMonitoring(state, now, monitoring)), ok)), true)
    },
    {
      method: "POST",
      path: `${base}/:id/delegation`,
      handle: (call) =>
        onDomain(call, (record, fields) =>
          Effect.flatMap(delegationOf(fields ?? {}, organizationIds), (delegation) =>
            transition(record, always((state, now) => Domains.delegate(state, now, delegation)), ok)), true)
    },
    {
      method: "DELETE",
      path: `${base}/:id/delegation`,
      handle: (call) =>
        onDomain(call, (record, fields) =>
          Effect.flatMap(delegationOf(fields ?? {}, organizationIds), (delegation) =>
            transition(record, (state, now) => Domains.removeDelegation(state, now, delegation.orgId), ok)), true)
    },
    ...(["approve", "reject"] as const).map((decision): Resource => ({
      method: "POST",
      path: `${base}/:id/delegation/${decision}`,
      handle: (call) =>
        onDomain(call, (record, fields) =>
          Effect.flatMap(fromResult(Fields.requiredInteger(fields ?? {}, "orgId")), (orgId) =>
            transition(record, (state, now) => Domains.decideDelegation(state, now, orgId, decision === "approve"), ok)), true)
    })),
    {
      method: "POST",
      path: `${base}/delegation`,
      handle: (call) =>
        answer(Effect.gen(function* () {
          const fields = yield* bodyFields(call)
          const delegation = yield* delegationOf(fields, organizationIds)
          const ids = fields["domainIds"]
          if (ids === undefined || ids === null) return yield* Effect.fail(missingField("domainIds"))
          if (!Array.isArray(ids) || ids.length === 0 || ids.length > 1000 || !ids.every((id) => Number.isInteger(id))) {
            return yield* Effect.fail(invalidField("domainIds"))
          }
          const outcome = yield* store.modify((state): readonly [Answer | undefined, Domains.DomainsState] => {
            let next = state
            for (const id of ids as ReadonlyArray<number>) {
              const record = Domains.findById(next, id)
              if (record === undefined) return [domainRefusal({ _tag: "UnknownDomain", domain: String(id) }), state]
              next = Domains.delegate(next, record, delegation)
            }
            return [undefined, next]
          })
          return outcome ?? ok
        }))
    }
  ]
}
