/**
 * Domains registered in SCM: a paged list, each domain's validation and delegation details, and
 * their management: create, delete, activate and suspend, delegate to organizations and approve or
 * reject requested delegations. Every function needs an `ScmHttpClient` and fails with an
 * `ScmError`. Validating a domain is `DomainValidation`'s.
 *
 * ```ts
 * import { Domains, Organizations } from "@scm-effect/core"
 * import { Effect, Stream } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   // Pages (200 domains each) are fetched as the stream is consumed.
 *   const active = yield* Domains.list({ state: "active" }).pipe(Stream.runCollect)
 *   const details = yield* Domains.get(Domains.DomainId.make(5001))
 *   const id = yield* Domains.create({
 *     name: "shop.example.com",
 *     delegations: [{ orgId: Organizations.OrganizationId.make(1001), certTypes: ["SSL"] }]
 *   })
 *   yield* Domains.delegate(id, { orgId: Organizations.OrganizationId.make(1010), certTypes: ["SSL"] })
 *   yield* Domains.approveDelegation(id, Organizations.OrganizationId.make(1010))
 * })
 * ```
 *
 * @since 0.1.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as Effect from "effect/Effect"
import type * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import * as internal from "./internal/domains.js"
import type * as Pagination from "./internal/pagination.js"
import * as schemas from "./internal/schemas/domains.js"
import type { OrganizationId } from "./Organizations.js"
import type * as ScmError from "./ScmError.js"
import type { ScmHttpClient } from "./ScmHttpClient.js"

/**
 * A domain's id.
 *
 * @since 0.1.0
 * @category ids
 */
export const DomainId = schemas.DomainId

/**
 * A domain's id.
 *
 * @since 0.1.0
 * @category ids
 */
export type DomainId = typeof DomainId.Type

/**
 * A delegation's status, `"ACTIVE"` or `"REQUESTED"` (open enum: a newer SCM's value decodes too).
 *
 * @since 0.1.0
 * @category enums
 */
export const DelegationStatus = schemas.DelegationStatus

/**
 * A delegation's status.
 *
 * @since 0.1.0
 * @category enums
 */
export type DelegationStatus = typeof DelegationStatus.Type

/**
 * A domain's state, `"ACTIVE"` or `"SUSPENDED"` (open enum).
 *
 * @since 0.1.0
 * @category enums
 */
export const DomainState = schemas.DomainState

/**
 * A domain's state.
 *
 * @since 0.1.0
 * @category enums
 */
export type DomainState = typeof DomainState.Type

/**
 * Domain control validation status as SCM answers it, `"NOT_VALIDATED"`, `"VALIDATED"`, `"EXPIRED"`, or in the spec's words (`"Validated"` ...) (open enum).
 *
 * @since 0.1.0
 * @category enums
 */
export const ValidationStatus = schemas.ValidationStatus

/**
 * Domain control validation status.
 *
 * @since 0.1.0
 * @category enums
 */
export type ValidationStatus = typeof ValidationStatus.Type

/**
 * How the domain was validated, e.g. `"CNAME_CSR_HASH"` (open enum).
 *
 * @since 0.1.0
 * @category enums
 */
export const ValidationMethod = schemas.ValidationMethod

/**
 * How the domain was validated.
 *
 * @since 0.1.0
 * @category enums
 */
export type ValidationMethod = typeof ValidationMethod.Type

/**
 * A domain as the list shows it (DomainIdentity): id and name.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DomainIdentity = schemas.DomainIdentity

/**
 * A domain as the list shows it.
 *
 * @since 0.1.0
 * @category models
 */
export interface DomainIdentity extends Schema.Schema.Type<typeof DomainIdentity> {}

/**
 * A delegation of a domain to an organization (DomainDelegation).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Delegation = schemas.Delegation

/**
 * A delegation of a domain to an organization.
 *
 * @since 0.1.0
 * @category models
 */
export interface Delegation extends Schema.Schema.Type<typeof Delegation> {}

/**
 * A domain's details (DomainInfo): state, validation, DCV dates as `DateTime.Utc`, delegations.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Domain = schemas.Domain

/**
 * A domain's details.
 *
 * @since 0.1.0
 * @category models
 */
export interface Domain extends Schema.Schema.Type<typeof Domain> {}

/**
 * One page of the list, with `X-Total-Count` if SCM sent it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Page<A> extends Pagination.Page<A> {}

/**
 * The list filters of the spec (`GET /api/domain/v1`).
 *
 * @since 0.1.0
 * @category models
 */
export interface ListFilters {
  /** Domain name (2 to 256 characters). */
  readonly name?: string | undefined
  readonly state?: "active" | "inactive" | undefined
  readonly status?: "requested" | "approved" | undefined
  /** Organization or department. */
  readonly orgId?: OrganizationId | undefined
}

/**
 * How `list` pages: `pageSize` items per request (default and maximum 200).
 *
 * @since 0.1.0
 * @category models
 */
export interface ListOptions extends Pagination.ListOptions {}

/**
 * One page: `position` is the 0-based offset, `size` the page size (default 200, at most 200).
 *
 * @since 0.1.0
 * @category models
 */
export interface PageOptions extends Pagination.PageOptions {}

/**
 * Every domain matching the filters, as a stream that fetches pages only as it is consumed.
 *
 * @since 0.1.0
 * @category operations
 */
export const list: (
  filters?: ListFilters,
  options?: ListOptions
) => Stream.Stream<DomainIdentity, ScmError.ScmError, ScmHttpClient> = internal.list

/**
 * One page of the list, with `X-Total-Count`.
 *
 * @since 0.1.0
 * @category operations
 */
export const page: (
  filters: ListFilters | undefined,
  options: PageOptions
) => Effect.Effect<Page<DomainIdentity>, ScmError.ScmError, ScmHttpClient> = internal.page

/**
 * How many domains match the filters (a `HEAD` request).
 *
 * @since 0.1.0
 * @category operations
 */
export const count: (filters?: ListFilters) => Effect.Effect<number, ScmError.ScmError, ScmHttpClient> = internal.count

/**
 * A domain's details; an unknown id fails with `ScmApiError`.
 *
 * @since 0.1.0
 * @category operations
 */
export const get: (id: DomainId) => Effect.Effect<Domain, ScmError.ScmError, ScmHttpClient> = internal.get

/**
 * The certificate types a delegation covers.
 *
 * @since 1.0.0
 * @category models
 */
export type CertType = "SSL" | "SMIME" | "CodeSign"

/**
 * Which names under the domain a delegation lets its organization request certificates for.
 *
 * @since 1.0.0
 * @category models
 */
export type RequestPrivilege = "DOMAIN" | "SUBDOMAIN" | "WILDCARD_1ST_LEVEL" | "WILDCARD_2ND_LEVEL"

/**
 * A delegation to an organization or department (DomainDelegation as sent).
 *
 * @since 1.0.0
 * @category models
 */
export interface DelegationRequest {
  readonly orgId: OrganizationId
  /** At least one. */
  readonly certTypes: ReadonlyArray<CertType>
  readonly domainCertificateRequestPrivileges?: ReadonlyArray<RequestPrivilege> | undefined
}

/**
 * CT log monitoring settings; a `bucketId` is required to enable it.
 *
 * @since 1.0.0
 * @category models
 */
export interface CtLogMonitoringSettings {
  readonly enabled: boolean
  readonly includeSubdomains?: boolean | undefined
  readonly bucketId?: string | undefined
}

/**
 * A new domain (CreateDomainRequest): its name (4 to 255 characters) and at least one delegation.
 *
 * @since 1.0.0
 * @category models
 */
export interface CreateRequest {
  readonly name: string
  readonly description?: string | undefined
  /** `false` creates it suspended; default active. */
  readonly active?: boolean | undefined
  readonly ctLogMonitoring?: CtLogMonitoringSettings | undefined
  readonly delegations: readonly [DelegationRequest, ...Array<DelegationRequest>]
}

/**
 * Creates a domain and answers its id (from the 201's `Location`); an existing name fails with `ScmApiError` -700.
 *
 * @since 1.0.0
 * @category operations
 */
export const create: (request: CreateRequest) => Effect.Effect<DomainId, ScmError.ScmError, ScmHttpClient> = internal.create

/**
 * Deletes a domain; SCM refuses (-740) while SSL certificates are enrolled under it.
 *
 * @since 1.0.0
 * @category operations
 */
export const remove: (id: DomainId) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.remove

/**
 * Activates a suspended domain.
 *
 * @since 1.0.0
 * @category operations
 */
export const activate: (id: DomainId) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.activate

/**
 * Suspends a domain: no certificates are issued under it until it is activated.
 *
 * @since 1.0.0
 * @category operations
 */
export const suspend: (id: DomainId) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.suspend

/**
 * Sets the domain's CT log monitoring.
 *
 * @since 1.0.0
 * @category operations
 */
export const setMonitoring: (
  id: DomainId,
  monitoring: CtLogMonitoringSettings
) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.setMonitoring

/**
 * Delegates the domain to an organization or department; the delegation waits for approval ("REQUESTED").
 *
 * @since 1.0.0
 * @category operations
 */
export const delegate: (
  id: DomainId,
  delegation: DelegationRequest
) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.delegate

/**
 * Delegates several domains (at most 1000) to one organization or department at once.
 *
 * @since 1.0.0
 * @category operations
 */
export const delegateAll: (
  ids: ReadonlyArray<DomainId>,
  delegation: DelegationRequest
) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.delegateAll

/**
 * Removes the domain's delegation to an organization or department.
 *
 * @since 1.0.0
 * @category operations
 */
export const removeDelegation: (
  id: DomainId,
  delegation: DelegationRequest
) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.removeDelegation

/**
 * Approves a requested delegation; one that is not requested fails with `ScmApiError` -705.
 *
 * @since 1.0.0
 * @category operations
 */
export const approveDelegation: (
  id: DomainId,
  orgId: OrganizationId
) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.approveDelegation

/**
 * Rejects (drops) a requested delegation.
 *
 * @since 1.0.0
 * @category operations
 */
export const rejectDelegation: (
  id: DomainId,
  orgId: OrganizationId
) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.rejectDelegation
