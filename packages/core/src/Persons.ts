/**
 * Persons: the people client (S/MIME) certificates are issued to. Create or find one by e-mail,
 * read, list, update and delete. Every function needs an `ScmHttpClient` (any strategy) and fails
 * with an `ScmError`.
 *
 * ```ts
 * import { Organizations, Persons } from "@scm-effect/core"
 * import { Effect, Stream } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const organization = yield* Effect.fromNullishOr((yield* Organizations.list())[0])
 *   // SCM answers a create with 201 and the new id in `Location`: `create` reads it from there.
 *   const { id, created } = yield* Persons.findOrCreate({
 *     firstName: "Ada",
 *     lastName: "Lovelace",
 *     email: "ada@example.com",
 *     organizationId: organization.id,
 *     validationType: "STANDARD"
 *   })
 *   yield* Persons.update(id, { phone: "+1 555 0100" })
 *   // Pages are fetched as the stream is consumed.
 *   const colleagues = yield* Persons.list({ organizationId: organization.id }).pipe(Stream.runCollect)
 * })
 * ```
 *
 * @since 1.0.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as Effect from "effect/Effect"
import type * as Option from "effect/Option"
import type * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import * as internal from "./internal/persons.js"
import type * as Pagination from "./internal/pagination.js"
import * as schemas from "./internal/schemas/persons.js"
import type { OrganizationId } from "./Organizations.js"
import type * as ScmError from "./ScmError.js"
import type { ScmHttpClient } from "./ScmHttpClient.js"

/**
 * A person's id; `PersonId.make(123)` brands a number you got elsewhere.
 *
 * @since 1.0.0
 * @category ids
 */
export const PersonId = schemas.PersonId

/**
 * A person's id.
 *
 * @since 1.0.0
 * @category ids
 */
export type PersonId = typeof PersonId.Type

/**
 * How SCM validated a person: `"STANDARD"` or `"HIGH"` (open enum: a newer SCM's value decodes too).
 *
 * @since 1.0.0
 * @category enums
 */
export const ValidationType = schemas.ValidationType

/**
 * How SCM validated a person.
 *
 * @since 1.0.0
 * @category enums
 */
export type ValidationType = typeof ValidationType.Type

/**
 * A person (PersonInfo): id, names, e-mails, organization, dates as `DateTime.Utc`.
 *
 * @since 1.0.0
 * @category schemas
 */
export const Person = schemas.Person

/**
 * A person.
 *
 * @since 1.0.0
 * @category models
 */
export interface Person extends Schema.Schema.Type<typeof Person> {}

/**
 * One page of the list: its persons, the offset of the first, and `X-Total-Count`.
 *
 * @since 1.0.0
 * @category models
 */
export interface Page<A> extends Pagination.Page<A> {}

/**
 * How `list` pages: `pageSize` persons per request (default and maximum 200).
 *
 * @since 1.0.0
 * @category models
 */
export interface ListOptions extends Pagination.ListOptions {}

/**
 * One page: the 0-based `position` and the `size` (default 200, at most 200).
 *
 * @since 1.0.0
 * @category models
 */
export interface PageOptions extends Pagination.PageOptions {}

/**
 * The list filters of the spec (`GET /api/person/v2`).
 *
 * @since 1.0.0
 * @category models
 */
export interface ListFilters {
  readonly email?: string | undefined
  /** Part of the person's full name. */
  readonly name?: string | undefined
  readonly organizationId?: OrganizationId | undefined
  readonly commonName?: string | undefined
  readonly phone?: string | undefined
  readonly secondaryEmail?: string | undefined
}

/**
 * A new person (PersonInfo, as the REST reference's create requires it).
 *
 * @since 1.0.0
 * @category models
 */
export interface CreateRequest {
  readonly firstName: string
  readonly middleName?: string | undefined
  readonly lastName: string
  readonly email: string
  readonly organizationId: OrganizationId
  readonly validationType: "STANDARD" | "HIGH"
  /** Digits, spaces and `#()-+x`, at most 32. */
  readonly phone?: string | undefined
  readonly secondaryEmails?: ReadonlyArray<string> | undefined
  /** Default: the full name. */
  readonly commonName?: string | undefined
  readonly eppn?: string | undefined
  readonly upn?: string | undefined
}

/**
 * A change to a person: only the fields given change.
 *
 * @since 1.0.0
 * @category models
 */
export interface UpdateRequest extends Partial<CreateRequest> {}

/**
 * What `findOrCreate` gives: the person's id, and whether this call created it.
 *
 * @since 1.0.0
 * @category models
 */
export interface Found {
  readonly id: PersonId
  readonly created: boolean
}

/**
 * Every person matching the filters, page by page as the stream is consumed.
 *
 * @since 1.0.0
 * @category listing
 */
export const list: (filters?: ListFilters, options?: ListOptions) => Stream.Stream<Person, ScmError.ScmError, ScmHttpClient> =
  internal.list

/**
 * One page of the list, with `X-Total-Count`.
 *
 * @since 1.0.0
 * @category listing
 */
export const page: (
  filters: ListFilters | undefined,
  options: PageOptions
) => Effect.Effect<Page<Person>, ScmError.ScmError, ScmHttpClient> = internal.page

/**
 * How many persons match the filters (a `HEAD` request: SCM sends the count alone).
 *
 * @since 1.0.0
 * @category listing
 */
export const count: (filters?: ListFilters) => Effect.Effect<number, ScmError.ScmError, ScmHttpClient> = internal.count

/**
 * A person's details; an unknown id fails with `ScmApiError` (404, -105).
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const get: (id: PersonId) => Effect.Effect<Person, ScmError.ScmError, ScmHttpClient> = internal.get

/**
 * The id of the person with this e-mail, or none (SCM's 404 -105 is read as none).
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const findByEmail: (email: string) => Effect.Effect<Option.Option<PersonId>, ScmError.ScmError, ScmHttpClient> =
  internal.findByEmail

/**
 * Creates a person and returns its id, read from the `Location` SCM answers with.
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const create: (request: CreateRequest) => Effect.Effect<PersonId, ScmError.ScmError, ScmHttpClient> = internal.create

/**
 * The person with the request's e-mail if there is one, else a new one from the request.
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const findOrCreate: (request: CreateRequest) => Effect.Effect<Found, ScmError.ScmError, ScmHttpClient> =
  internal.findOrCreate

/**
 * Changes the fields given.
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const update: (id: PersonId, request: UpdateRequest) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> =
  internal.update

/**
 * Deletes a person (`delete` is a reserved word, hence the name).
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const remove: (id: PersonId) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.remove
