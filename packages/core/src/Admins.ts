/**
 * Client admins: list them (every page), read one, create, update and delete, with the spec's
 * model of roles (MRAO, RAO and DRAO per area, each on an organization or department) and
 * privileges. A new admin's password is `Redacted` from the moment you give it. Every function
 * needs an `ScmHttpClient` and fails with an `ScmError`.
 *
 * ```ts
 * import { Admins, Organizations } from "@scm-effect/core"
 * import { Effect, Redacted, Stream } from "effect"
 *
 * const program = (password: Redacted.Redacted<string>) =>
 *   Effect.gen(function*() {
 *     const orgId = (yield* Effect.fromNullishOr((yield* Organizations.list())[0])).id
 *     // What an RAO for SSL may be given.
 *     const allowed = yield* Admins.privileges(["RAO_SSL"])
 *     const id = yield* Admins.create({
 *       login: "web.rao",
 *       password,
 *       email: "web.rao@example.com",
 *       forename: "Web",
 *       surname: "Admin",
 *       credentials: [{ role: "RAO_SSL", orgId }],
 *       privileges: ["sslRequest", "sslRenew"]
 *     })
 *     yield* Admins.update(id, { activeStatus: "SUSPENDED" })
 *     const apiAdmins = yield* Admins.list({ type: "API" }).pipe(Stream.runCollect)
 *   })
 * ```
 *
 * @since 1.0.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as Effect from "effect/Effect"
import type * as Redacted from "effect/Redacted"
import type * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import * as internal from "./internal/admins.js"
import type * as Pagination from "./internal/pagination.js"
import * as schemas from "./internal/schemas/admins.js"
import type { OrganizationId } from "./Organizations.js"
import type * as ScmError from "./ScmError.js"
import type { ScmHttpClient } from "./ScmHttpClient.js"

/**
 * An admin's id (the one `Location` names).
 *
 * @since 1.0.0
 * @category ids
 */
export const AdminId = schemas.AdminId

/**
 * An admin's id.
 *
 * @since 1.0.0
 * @category ids
 */
export type AdminId = typeof AdminId.Type

/**
 * An admin's type: `"STANDARD"` (UI and API), `"API"` (API only), `"IDP"` (UI through an identity provider), `"SAS"` (open enum).
 *
 * @since 1.0.0
 * @category enums
 */
export const AdminType = schemas.AdminType

/**
 * An admin's type.
 *
 * @since 1.0.0
 * @category enums
 */
export type AdminType = typeof AdminType.Type

/**
 * A role (ClientRole): `"MRAO"`, or `RAO_`/`DRAO_` with `SSL`, `SMIME`, `CS` or `DEVICE` (open enum).
 *
 * @since 1.0.0
 * @category enums
 */
export const Role = schemas.Role

/**
 * A role.
 *
 * @since 1.0.0
 * @category enums
 */
export type Role = typeof Role.Type

/**
 * A privilege (ClientPrivilege), e.g. `"sslRequest"`, `"allowDCV"` (open enum).
 *
 * @since 1.0.0
 * @category enums
 */
export const Privilege = schemas.Privilege

/**
 * A privilege.
 *
 * @since 1.0.0
 * @category enums
 */
export type Privilege = typeof Privilege.Type

/**
 * A role on an organization (RAO) or a department (DRAO); MRAO has no `orgId` (CredentialDTO).
 *
 * @since 1.0.0
 * @category schemas
 */
export const Credential = schemas.Credential

/**
 * A role on an organization or department.
 *
 * @since 1.0.0
 * @category models
 */
export interface Credential extends Schema.Schema.Type<typeof Credential> {}

/**
 * An admin as the list shows it (ClientAdminIdentity).
 *
 * @since 1.0.0
 * @category schemas
 */
export const AdminIdentity = schemas.AdminIdentity

/**
 * An admin as the list shows it.
 *
 * @since 1.0.0
 * @category models
 */
export interface AdminIdentity extends Schema.Schema.Type<typeof AdminIdentity> {}

/**
 * An admin's details (ClientAdminDetailsResponse): roles, privileges, dates as `DateTime.Utc`.
 *
 * @since 1.0.0
 * @category schemas
 */
export const Admin = schemas.Admin

/**
 * An admin's details.
 *
 * @since 1.0.0
 * @category models
 */
export interface Admin extends Schema.Schema.Type<typeof Admin> {}

/**
 * A privilege with SCM's description of it.
 *
 * @since 1.0.0
 * @category schemas
 */
export const PrivilegeDescription = schemas.PrivilegeDescription

/**
 * A privilege with SCM's description of it.
 *
 * @since 1.0.0
 * @category models
 */
export interface PrivilegeDescription extends Schema.Schema.Type<typeof PrivilegeDescription> {}

/**
 * The list filters of the spec (`GET /api/admin/v1`).
 *
 * @since 1.0.0
 * @category models
 */
export interface ListFilters {
  readonly login?: string | undefined
  readonly email?: string | undefined
  readonly activeState?: "ACTIVE" | "SUSPENDED" | undefined
  /** Admins with a role on this organization or department. */
  readonly orgId?: OrganizationId | undefined
  readonly type?: AdminType | undefined
  readonly templateId?: number | undefined
  readonly identityProviderId?: number | undefined
  readonly role?: Role | undefined
}

/**
 * The fields of CreateAndUpdateClientAdminRequest; an update leaves out what it does not change.
 *
 * @since 1.0.0
 * @category models
 */
export interface AdminRequest {
  /** `"STANDARD"` when a create leaves it out. */
  readonly type?: AdminType | undefined
  /** 3 to 128 of `a-z A-Z 0-9 ! @ _ . - + '`; required for STANDARD and API admins. */
  readonly login?: string | undefined
  /** Required to create a STANDARD or API admin; at most 64 characters. */
  readonly password?: Redacted.Redacted<string> | undefined
  readonly email?: string | undefined
  readonly forename?: string | undefined
  readonly surname?: string | undefined
  readonly title?: string | undefined
  readonly telephone?: string | undefined
  readonly street?: string | undefined
  readonly locality?: string | undefined
  readonly state?: string | undefined
  readonly postalCode?: string | undefined
  /** ISO 3166 two-letter code. */
  readonly country?: string | undefined
  readonly relationship?: string | undefined
  /** The serial number of the admin's authentication certificate (certificate login). */
  readonly certificateSerialNumber?: string | undefined
  readonly privileges?: ReadonlyArray<Privilege> | undefined
  /** Not empty; all roles of one level (MRAO, RAO or DRAO). */
  readonly credentials?: ReadonlyArray<{ readonly role: Role; readonly orgId?: OrganizationId }> | undefined
  readonly identityProviderId?: number | undefined
  /** Required with `identityProviderId`. */
  readonly idpPersonId?: string | undefined
  readonly activeStatus?: "ACTIVE" | "SUSPENDED" | undefined
}

/**
 * An admin to create: an email and at least one role, and for STANDARD and API admins a login,
 * password, forename and surname.
 *
 * @since 1.0.0
 * @category models
 */
export interface CreateRequest extends AdminRequest {
  readonly email: string
  readonly credentials: ReadonlyArray<{ readonly role: Role; readonly orgId?: OrganizationId }>
}

/**
 * How `remove` hands over the admin's certificates: to another admin as requester.
 *
 * @since 1.0.0
 * @category models
 */
export interface DeleteOptions {
  readonly replacingRequesterId?: AdminId | undefined
}

/**
 * One page of the list, with `X-Total-Count` if SCM sent it.
 *
 * @since 1.0.0
 * @category models
 */
export interface Page<A> extends Pagination.Page<A> {}

/**
 * How `list` pages: `pageSize` items per request (default and maximum 200).
 *
 * @since 1.0.0
 * @category models
 */
export interface ListOptions extends Pagination.ListOptions {}

/**
 * One page: `position` is the 0-based offset, `size` the page size (default 200, at most 200).
 *
 * @since 1.0.0
 * @category models
 */
export interface PageOptions extends Pagination.PageOptions {}

/**
 * Every admin matching the filters, every page, fetched as the stream is consumed.
 *
 * @since 1.0.0
 * @category operations
 */
export const list: (
  filters?: ListFilters,
  options?: ListOptions
) => Stream.Stream<AdminIdentity, ScmError.ScmError, ScmHttpClient> = internal.list

/**
 * One page of the list, with `X-Total-Count`.
 *
 * @since 1.0.0
 * @category operations
 */
export const page: (
  filters: ListFilters | undefined,
  options: PageOptions
) => Effect.Effect<Page<AdminIdentity>, ScmError.ScmError, ScmHttpClient> = internal.page

/**
 * How many admins match the filters (a `HEAD` request).
 *
 * @since 1.0.0
 * @category operations
 */
export const count: (filters?: ListFilters) => Effect.Effect<number, ScmError.ScmError, ScmHttpClient> = internal.count

/**
 * An admin's details; an unknown id fails with `ScmApiError` 404.
 *
 * @since 1.0.0
 * @category operations
 */
export const get: (id: AdminId) => Effect.Effect<Admin, ScmError.ScmError, ScmHttpClient> = internal.get

/**
 * Creates an admin and returns its id (from the 201's `Location`); SCM refuses an invalid request with its code (-7, -1601, -237, -221 ...).
 *
 * @since 1.0.0
 * @category operations
 */
export const create: (request: CreateRequest) => Effect.Effect<AdminId, ScmError.ScmError, ScmHttpClient> = internal.create

/**
 * Changes what the request gives; a type change must be one SCM allows (STANDARD to API, IDP or SAS; back to STANDARD).
 *
 * @since 1.0.0
 * @category operations
 */
export const update: (id: AdminId, request: AdminRequest) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> =
  internal.update

/**
 * Deletes an admin.
 *
 * @since 1.0.0
 * @category operations
 */
export const remove: (id: AdminId, options?: DeleteOptions) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.remove

/**
 * The roles the logged-in admin may assign (`forEdit`: to an admin being edited).
 *
 * @since 1.0.0
 * @category operations
 */
export const roles: (options?: { readonly forEdit?: boolean | undefined }) => Effect.Effect<
  ReadonlyArray<Role>,
  ScmError.ScmError,
  ScmHttpClient
> = internal.roles

/**
 * The privileges an admin with these roles may be given.
 *
 * @since 1.0.0
 * @category operations
 */
export const privileges: (
  roles: ReadonlyArray<Role>
) => Effect.Effect<ReadonlyArray<PrivilegeDescription>, ScmError.ScmError, ScmHttpClient> = internal.privileges
