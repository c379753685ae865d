/**
 * Domains registered in SCM: a paged list, and each domain's validation and delegation details.
 * Every function needs an `ScmHttpClient` and fails with an `ScmError`.
 *
 * ```ts
 * import { Domains } from "@scm-effect/core"
 * import { Effect, Stream } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   // Pages (200 domains each) are fetched as the stream is consumed.
 *   const active = yield* Domains.list({ state: "active" }).pipe(Stream.runCollect)
 *   const details = yield* Domains.get(Domains.DomainId.make(5001))
 * })
 * ```
 *
 * @since 0.1.0
 */
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
 * Domain control validation status: `"Not validated"`, `"Validated"`, `"Expired"` (open enum).
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
