/**
 * Sectigo public ACME accounts with External Account Binding: create one for an organization (SCM
 * requires EAB for every ACME registration), list them all, manage their domains and clients, and
 * list the ACME servers. The EAB key id and HMAC key are `Redacted` from the moment they are
 * decoded: no log, span or error shows them. Every function needs an `ScmHttpClient` and fails
 * with an `ScmError`.
 *
 * ```ts
 * import { AcmeAccounts, Organizations } from "@scm-effect/core"
 * import { Effect, Redacted, Stream } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   // The organization and the ACME server: from SCM's own lists.
 *   const organization = yield* Effect.fromNullishOr((yield* Organizations.list())[0])
 *   const [server] = yield* AcmeAccounts.servers({ certValidationType: "OV" }).pipe(Stream.runCollect)
 *   const account = yield* AcmeAccounts.create({
 *     organizationId: organization.id,
 *     name: "web-01.example.com",
 *     acmeServer: server!.name
 *   })
 *   // certbot register --server <server.url> --eab-kid <macId> --eab-hmac-key <macKey>
 *   const hmacKey = Redacted.value(account.macKey!)
 *   yield* AcmeAccounts.addDomains(account.id, ["web-01.example.com"])
 *   // Every account, page after page (200 a page), not only the first page.
 *   const all = yield* AcmeAccounts.list().pipe(Stream.runCollect)
 * })
 * ```
 *
 * @since 1.0.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as Effect from "effect/Effect"
import type * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import * as internal from "./internal/acmeAccounts.js"
import type * as Pagination from "./internal/pagination.js"
import * as schemas from "./internal/schemas/acmeAccounts.js"
import type { OrganizationId } from "./Organizations.js"
import type * as ScmError from "./ScmError.js"
import type { ScmHttpClient } from "./ScmHttpClient.js"

/**
 * An ACME account's id (SCM's entity id, the one `Location` names).
 *
 * @since 1.0.0
 * @category ids
 */
export const AcmeAccountId = schemas.AcmeAccountId

/**
 * An ACME account's id.
 *
 * @since 1.0.0
 * @category ids
 */
export type AcmeAccountId = typeof AcmeAccountId.Type

/**
 * An ACME client's own account id (a UUID), as `clients` lists it and `deactivateClient` takes it.
 *
 * @since 1.0.0
 * @category ids
 */
export const AcmeClientId = schemas.AcmeClientId

/**
 * An ACME client's own account id.
 *
 * @since 1.0.0
 * @category ids
 */
export type AcmeClientId = typeof AcmeClientId.Type

/**
 * A server's validation type, `"DV"`, `"OV"` or `"EV"` (open enum).
 *
 * @since 1.0.0
 * @category enums
 */
export const ValidationType = schemas.ValidationType

/**
 * A server's validation type.
 *
 * @since 1.0.0
 * @category enums
 */
export type ValidationType = typeof ValidationType.Type

/**
 * An ACME account (PublicAcmeAccountInfoV2): `macId` (EAB key id) and `macKey` (EAB HMAC key) are `Redacted`.
 *
 * @since 1.0.0
 * @category schemas
 */
export const AcmeAccount = schemas.AcmeAccount

/**
 * An ACME account.
 *
 * @since 1.0.0
 * @category models
 */
export interface AcmeAccount extends Schema.Schema.Type<typeof AcmeAccount> {}

/**
 * A domain of an account (PublicAcmeDomainInfo), its validation dates as `DateTime.Utc`.
 *
 * @since 1.0.0
 * @category schemas
 */
export const AcmeDomain = schemas.AcmeDomain

/**
 * A domain of an account.
 *
 * @since 1.0.0
 * @category models
 */
export interface AcmeDomain extends Schema.Schema.Type<typeof AcmeDomain> {}

/**
 * An ACME client registered with an account's EAB (PublicAcmeClientInfo).
 *
 * @since 1.0.0
 * @category schemas
 */
export const AcmeClient = schemas.AcmeClient

/**
 * An ACME client registered with an account's EAB.
 *
 * @since 1.0.0
 * @category models
 */
export interface AcmeClient extends Schema.Schema.Type<typeof AcmeClient> {}

/**
 * A public ACME server (AcmeServerInfo): its `name` is what `create` takes, its `url` what ACME clients use.
 *
 * @since 1.0.0
 * @category schemas
 */
export const AcmeServer = schemas.AcmeServer

/**
 * A public ACME server.
 *
 * @since 1.0.0
 * @category models
 */
export interface AcmeServer extends Schema.Schema.Type<typeof AcmeServer> {}

/**
 * The list filters of the spec (`GET /api/acme/v2/account`).
 *
 * @since 1.0.0
 * @category models
 */
export interface ListFilters {
  /** The organization, with its departments. */
  readonly organizationId?: OrganizationId | undefined
  readonly name?: string | undefined
  /** A server's name. */
  readonly acmeServer?: string | undefined
  readonly certValidationType?: ValidationType | undefined
}

/**
 * An account to create: the organization, its name, and the server (an `AcmeServer`'s `name`).
 *
 * @since 1.0.0
 * @category models
 */
export interface CreateRequest {
  readonly organizationId: OrganizationId
  /** 1 to 128 characters. */
  readonly name: string
  readonly acmeServer: string
  /** The server's own type when absent. */
  readonly certValidationType?: ValidationType | undefined
}

/**
 * What `update` changes: the account's name.
 *
 * @since 1.0.0
 * @category models
 */
export interface UpdateRequest {
  /** 1 to 128 characters. */
  readonly name: string
}

/**
 * The domain list filters of the spec.
 *
 * @since 1.0.0
 * @category models
 */
export interface DomainFilters {
  /** A regular expression the domain names match. */
  readonly name?: string | undefined
  /** Validations that end within this many days (negative: ended that many days ago). */
  readonly expiresWithinNextDays?: number | undefined
  readonly stickyExpiresWithinNextDays?: number | undefined
}

/**
 * The client list filters of the spec.
 *
 * @since 1.0.0
 * @category models
 */
export interface ClientFilters {
  readonly contacts?: string | undefined
  readonly userAgent?: string | undefined
  readonly ipAddress?: string | undefined
  /** A status the clients have, e.g. `["valid"]`. */
  readonly status?: ReadonlyArray<string> | undefined
  readonly lastActivityWithinPrevDays?: number | undefined
}

/**
 * The server list filters of the spec.
 *
 * @since 1.0.0
 * @category models
 */
export interface ServerFilters {
  readonly name?: string | undefined
  readonly url?: string | undefined
  readonly certValidationType?: ValidationType | undefined
  readonly caId?: number | undefined
}

/**
 * One page of a list, with `X-Total-Count` if SCM sent it.
 *
 * @since 1.0.0
 * @category models
 */
export interface Page<A> extends Pagination.Page<A> {}

/**
 * How a list pages: `pageSize` items per request (default and maximum 200).
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
 * Every account matching the filters, every page of them, fetched as the stream is consumed.
 *
 * @since 1.0.0
 * @category operations
 */
export const list: (
  filters?: ListFilters,
  options?: ListOptions
) => Stream.Stream<AcmeAccount, ScmError.ScmError, ScmHttpClient> = internal.list

/**
 * One page of the account list, with `X-Total-Count`.
 *
 * @since 1.0.0
 * @category operations
 */
export const page: (
  filters: ListFilters | undefined,
  options: PageOptions
) => Effect.Effect<Page<AcmeAccount>, ScmError.ScmError, ScmHttpClient> = internal.page

/**
 * How many accounts match the filters (a `HEAD` request).
 *
 * @since 1.0.0
 * @category operations
 */
export const count: (filters?: ListFilters) => Effect.Effect<number, ScmError.ScmError, ScmHttpClient> = internal.count

/**
 * An account's details, EAB keys included; an unknown id fails with `ScmApiError` 404.
 *
 * @since 1.0.0
 * @category operations
 */
export const get: (id: AcmeAccountId) => Effect.Effect<AcmeAccount, ScmError.ScmError, ScmHttpClient> = internal.get

/**
 * Creates an account and returns it with its EAB key id and HMAC key (`Redacted`): the id from the
 * 201's `Location`, the keys from the new account's details.
 *
 * @since 1.0.0
 * @category operations
 */
export const create: (request: CreateRequest) => Effect.Effect<AcmeAccount, ScmError.ScmError, ScmHttpClient> = internal.create

/**
 * Renames an account.
 *
 * @since 1.0.0
 * @category operations
 */
export const update: (id: AcmeAccountId, request: UpdateRequest) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> =
  internal.update

/**
 * Deletes an account; its EAB can no longer register clients.
 *
 * @since 1.0.0
 * @category operations
 */
export const remove: (id: AcmeAccountId) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.remove

/**
 * Adds domains to an account; the answer names those SCM did not add (not the organization's to use).
 *
 * @since 1.0.0
 * @category operations
 */
export const addDomains: (
  id: AcmeAccountId,
  names: ReadonlyArray<string>
) => Effect.Effect<{ readonly notAdded: ReadonlyArray<string> }, ScmError.ScmError, ScmHttpClient> = internal.addDomains

/**
 * Removes domains from an account; the answer names those it did not hold.
 *
 * @since 1.0.0
 * @category operations
 */
export const removeDomains: (
  id: AcmeAccountId,
  names: ReadonlyArray<string>
) => Effect.Effect<{ readonly notRemoved: ReadonlyArray<string> }, ScmError.ScmError, ScmHttpClient> = internal.removeDomains

/**
 * Every domain of an account matching the filters, page after page.
 *
 * @since 1.0.0
 * @category operations
 */
export const domains: (
  id: AcmeAccountId,
  filters?: DomainFilters,
  options?: ListOptions
) => Stream.Stream<AcmeDomain, ScmError.ScmError, ScmHttpClient> = internal.domains

/**
 * Every ACME client registered with an account's EAB, matching the filters, page after page.
 *
 * @since 1.0.0
 * @category operations
 */
export const clients: (
  id: AcmeAccountId,
  filters?: ClientFilters,
  options?: ListOptions
) => Stream.Stream<AcmeClient, ScmError.ScmError, ScmHttpClient> = internal.clients

/**
 * Deactivates one ACME client of an account (SCM no longer deletes clients).
 *
 * @since 1.0.0
 * @category operations
 */
export const deactivateClient: (
  id: AcmeAccountId,
  clientId: AcmeClientId
) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.deactivateClient

/**
 * The public ACME servers matching the filters.
 *
 * @since 1.0.0
 * @category operations
 */
export const servers: (
  filters?: ServerFilters,
  options?: ListOptions
) => Stream.Stream<AcmeServer, ScmError.ScmError, ScmHttpClient> = internal.servers
