/**
 * The domain operations, over the generated `/api/domain/v1` operations: list, details, create
 * (the new id read from `Location`), delete, activate, suspend, CT log monitoring, delegations.
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Generated from "../generated/Client.js"
import type { CreateRequest, CtLogMonitoringSettings, DelegationRequest, ListFilters } from "../Domains.js"
import * as Spec from "../generated/Schemas.js"
import type { OrganizationId } from "../Organizations.js"
import type * as ScmError from "../ScmError.js"
import { listOperations } from "./pagination.js"
import { apiOf, decodeError, view } from "./request.js"
import * as schemas from "./schemas/domains.js"

// The generated operations this module calls.
const api = apiOf({
  activateDomain: Generated.activateDomain,
  addDelegation: Generated.addDelegation,
  approveDomainDelegation: Generated.approveDomainDelegation,
  createDomain: Generated.createDomain,
  ctLogMonitoring: Generated.ctLogMonitoring,
  delegateDomain: Generated.delegateDomain,
  deleteDomain: Generated.deleteDomain,
  getDomainDetails: Generated.getDomainDetails,
  listDomains: Generated.listDomains,
  rejectDomainDelegation: Generated.rejectDomainDelegation,
  removeDomainDelegation: Generated.removeDomainDelegation,
  suspendDomain: Generated.suspendDomain
})

type DomainId = typeof schemas.DomainId.Type

const asPage = view(Spec.ListDomains200, Schema.Array(schemas.DomainIdentity))
const asDomain = view(Spec.GetDomainDetails200, schemas.Domain)

/** @internal */
export const { count, list, page } = listOperations(
  "Domains",
  "/api/domain/v1",
  (filters: ListFilters | undefined, position, size) =>
    Effect.flatMap(api, (client) =>
      Effect.map(
        client.listDomains({ params: { ...spec(filters), position, size }, config: { includeResponse: true } }),
        ([items, response]) => [asPage(items), response] as const
      ))
)

// Filters typed as the public API has them (`orgId` branded, `undefined` allowed) to the spec's.
const spec = (filters: ListFilters | undefined): Spec.ListDomainsParams => filters as Spec.ListDomainsParams

/** @internal */
export const get = Effect.fn("Domains.get")(function*(id: typeof schemas.DomainId.Type) {
  yield* Effect.annotateCurrentSpan("scm.domain_id", id)
  return asDomain(yield* (yield* api).getDomainDetails(String(id)))
})

const idInLocation = /\/(\d{1,10})\/?$/

/** @internal */
export const create = Effect.fn("Domains.create")(function*(request: CreateRequest) {
  yield* Effect.annotateCurrentSpan("scm.domain", request.name)
  const [, response] = yield* (yield* api).createDomain({
    payload: {
      name: request.name,
      ...(request.description === undefined ? {} : { description: request.description }),
      // The spec types `active` as the string "true"/"false"; SCM reads either.
      ...(request.active === undefined ? {} : { active: String(request.active) }),
      ...(request.ctLogMonitoring === undefined ? {} : { ctLogMonitoring: monitoringBody(request.ctLogMonitoring) }),
      delegations: request.delegations.map(delegationBody)
    },
    config: { includeResponse: true }
  })
  const match = idInLocation.exec(response.headers["location"] ?? "")
  if (match === null) return yield* Effect.fail(decodeError(response, "the 201 has no Location naming the new domain"))
  const id = schemas.DomainId.make(Number(match[1]))
  yield* Effect.annotateCurrentSpan("scm.domain_id", id)
  return id
})

const monitoringBody = (monitoring: CtLogMonitoringSettings): Spec.CtLogMonitoring => ({
  enabled: monitoring.enabled,
  ...(monitoring.includeSubdomains === undefined ? {} : { includeSubdomains: monitoring.includeSubdomains }),
  ...(monitoring.bucketId === undefined ? {} : { bucketId: monitoring.bucketId })
})

const delegationBody = (delegation: DelegationRequest): Spec.DomainDelegation => ({
  orgId: delegation.orgId,
  certTypes: delegation.certTypes,
  ...(delegation.domainCertificateRequestPrivileges === undefined
    ? {}
    : { domainCertificateRequestPrivileges: delegation.domainCertificateRequestPrivileges })
})

/** An operation on one domain by id, traced as `Domains.<name>`. */
const onDomain = <A extends ReadonlyArray<unknown>>(
  name: string,
  f: (client: Effect.Success<typeof api>, id: string, ...args: A) => Effect.Effect<void, ScmError.ScmError>
) =>
  Effect.fn(`Domains.${name}`)(function*(id: DomainId, ...args: A) {
    yield* Effect.annotateCurrentSpan("scm.domain_id", id)
    return yield* f(yield* api, String(id), ...args)
  })

/** @internal */
export const remove = onDomain("remove", (client, id) => client.deleteDomain(id))

/** @internal */
export const activate = onDomain("activate", (client, id) => client.activateDomain(id))

/** @internal */
export const suspend = onDomain("suspend", (client, id) => client.suspendDomain(id))

/** @internal */
export const setMonitoring = onDomain("setMonitoring", (client, id, monitoring: CtLogMonitoringSettings) =>
  client.ctLogMonitoring(id, { payload: monitoringBody(monitoring) }))

/** @internal */
export const delegate = onDomain("delegate", (client, id, delegation: DelegationRequest) =>
  client.delegateDomain(id, { payload: delegationBody(delegation) }))

/** @internal */
export const removeDelegation = onDomain("removeDelegation", (client, id, delegation: DelegationRequest) =>
  client.removeDomainDelegation(id, { payload: delegationBody(delegation) }))

/** @internal */
export const approveDelegation = onDomain("approveDelegation", (client, id, orgId: OrganizationId) =>
  client.approveDomainDelegation(id, { payload: { orgId } }))

/** @internal */
export const rejectDelegation = onDomain("rejectDelegation", (client, id, orgId: OrganizationId) =>
  client.rejectDomainDelegation(id, { payload: { orgId } }))

/** @internal */
export const delegateAll = Effect.fn("Domains.delegateAll")(function*(ids: ReadonlyArray<DomainId>, delegation: DelegationRequest) {
  yield* Effect.annotateCurrentSpan({ "scm.domain_count": ids.length, "scm.org_id": delegation.orgId })
  return yield* (yield* api).addDelegation({ payload: { ...delegationBody(delegation), domainIds: ids } })
})
