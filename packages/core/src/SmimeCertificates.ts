/**
 * Client (S/MIME) certificates: profiles, enrollment from a CSR for a person's e-mail, waiting
 * for issuance, collection, listing, revocation (by order number, serial number, or every
 * certificate of an e-mail) and renewal. SCM names a client certificate by its order number,
 * `backendCertId`, which `enroll` and `renew` return. Every function needs an `ScmHttpClient`
 * (any strategy) and fails with an `ScmError`.
 *
 * ```ts
 * import { Organizations, SmimeCertificates } from "@scm-effect/core"
 * import { Effect, Stream } from "effect"
 *
 * const program = (csr: string) =>
 *   Effect.gen(function*() {
 *     // The organization, a profile offered to it and a term it allows: from SCM's own lists.
 *     const orgId = (yield* Effect.fromNullishOr((yield* Organizations.list())[0])).id
 *     const profile = yield* Effect.fromNullishOr((yield* SmimeCertificates.types({ organizationId: orgId }))[0])
 *     const term = yield* Effect.fromNullishOr(profile.terms[0])
 *     // SCM finds the person by e-mail, or creates it from the names given.
 *     const { backendCertId } = yield* SmimeCertificates.enroll({
 *       orgId, csr, certType: profile.id, term,
 *       email: "ada@example.com", firstName: "Ada", lastName: "Lovelace"
 *     })
 *     // Polls while SCM answers "not issued yet" (-183, -1400), up to the deadline.
 *     const chainPem = yield* SmimeCertificates.awaitIssued(backendCertId, { deadline: "15 minutes" })
 *     const mine = yield* SmimeCertificates.list({ email: "ada@example.com" }).pipe(Stream.runCollect)
 *     yield* SmimeCertificates.revokeByEmail("ada@example.com", { reasonCode: 3, reason: "left the company" })
 *   })
 * ```
 *
 * @since 1.0.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as Duration from "effect/Duration"
import type * as Effect from "effect/Effect"
import type * as Schedule from "effect/Schedule"
import type * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import * as internal from "./internal/smimeCertificates.js"
import { SmimeNotIssuedError } from "./internal/smimeCertificates.js"
import type * as Pagination from "./internal/pagination.js"
import * as schemas from "./internal/schemas/smimeCertificates.js"
import type { OrganizationId } from "./Organizations.js"
import type { PersonId } from "./Persons.js"
import type * as ScmError from "./ScmError.js"
import type { ScmHttpClient } from "./ScmHttpClient.js"
import type { Collected, CollectFormat, CustomField, CustomFieldValue, RevocationReasonCode } from "./SslCertificates.js"

// ---------------------------------------------------------------------------------------------
// ids
// ---------------------------------------------------------------------------------------------

/**
 * A client certificate's id (`id` in the list).
 *
 * @since 1.0.0
 * @category ids
 */
export const SmimeCertificateId = schemas.SmimeCertificateId

/**
 * A client certificate's id.
 *
 * @since 1.0.0
 * @category ids
 */
export type SmimeCertificateId = typeof SmimeCertificateId.Type

/**
 * A client certificate's order number, what collect, revoke and renew take; `BackendCertId.make("123")` brands one.
 *
 * @since 1.0.0
 * @category ids
 */
export const BackendCertId = schemas.BackendCertId

/**
 * A client certificate's order number.
 *
 * @since 1.0.0
 * @category ids
 */
export type BackendCertId = typeof BackendCertId.Type

/**
 * A client certificate profile's id: what `enroll` takes as `certType`.
 *
 * @since 1.0.0
 * @category ids
 */
export const SmimeProfileId = schemas.SmimeProfileId

/**
 * A client certificate profile's id.
 *
 * @since 1.0.0
 * @category ids
 */
export type SmimeProfileId = typeof SmimeProfileId.Type

// ---------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------

/**
 * A client certificate's state (open enum: a newer SCM's value decodes too).
 *
 * @since 1.0.0
 * @category enums
 */
export const SmimeState = schemas.SmimeState

/**
 * A client certificate's state: `"requested"` after enrollment, `"issued"`, `"revoked"`, `"expired"` ...
 *
 * @since 1.0.0
 * @category enums
 */
export type SmimeState = typeof SmimeState.Type

/**
 * A client certificate as the list shows it (ApiSmimeV2): ids, state, serial number, expiry.
 *
 * @since 1.0.0
 * @category schemas
 */
export const SmimeCertificate = schemas.SmimeCertificate

/**
 * A client certificate as the list shows it.
 *
 * @since 1.0.0
 * @category models
 */
export interface SmimeCertificate extends Schema.Schema.Type<typeof SmimeCertificate> {}

/**
 * A client certificate's details (CertDetailsResponse): state, order number, profile, dates as `DateTime.Utc`, keys.
 *
 * @since 1.0.0
 * @category schemas
 */
export const SmimeCertificateDetails = schemas.SmimeCertificateDetails

/**
 * A client certificate's details.
 *
 * @since 1.0.0
 * @category models
 */
export interface SmimeCertificateDetails extends Schema.Schema.Type<typeof SmimeCertificateDetails> {}

/**
 * What `enroll` and `renew` return (ClientEnrollResponse): the order number.
 *
 * @since 1.0.0
 * @category schemas
 */
export const Ordered = schemas.Ordered

/**
 * What `enroll` and `renew` return.
 *
 * @since 1.0.0
 * @category models
 */
export interface Ordered extends Schema.Schema.Type<typeof Ordered> {}

/**
 * A client certificate profile (ApiCertType): id, name, terms in days, key types.
 *
 * @since 1.0.0
 * @category schemas
 */
export const SmimeProfile = schemas.SmimeProfile

/**
 * A client certificate profile.
 *
 * @since 1.0.0
 * @category models
 */
export interface SmimeProfile extends Schema.Schema.Type<typeof SmimeProfile> {}

/**
 * One page of the list, the offset of its first item and `X-Total-Count`.
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
 * One page: the 0-based `position` and the `size` (default 200, at most 200).
 *
 * @since 1.0.0
 * @category models
 */
export interface PageOptions extends Pagination.PageOptions {}

/**
 * The list filters of the spec (`GET /api/smime/v2`).
 *
 * @since 1.0.0
 * @category models
 */
export interface ListFilters {
  readonly state?: SmimeState | undefined
  readonly certTypeId?: SmimeProfileId | undefined
  readonly personId?: PersonId | undefined
  readonly email?: string | undefined
  readonly backendCertId?: BackendCertId | undefined
  readonly serialNumber?: string | undefined
  readonly keyVault?: boolean | undefined
  readonly signatureAlgorithm?: string | undefined
  readonly keyAlgorithm?: string | undefined
  /** Key size (RSA) or curve name (EC). */
  readonly keyParam?: string | undefined
  readonly keyUsage?: string | undefined
  readonly extendedKeyUsage?: string | undefined
}

/**
 * An enrollment (the spec's ClientEnrollRequest): the CSR, the profile and term, and the person
 * by e-mail, found or created by SCM from the names given.
 *
 * @since 1.0.0
 * @category models
 */
export interface EnrollRequest {
  readonly orgId: OrganizationId
  /** PKCS#10 certificate signing request, PEM. */
  readonly csr: string
  /** A `SmimeProfile.id` from `types()`. */
  readonly certType: SmimeProfileId
  /** Validity in days: one of the profile's `terms`. */
  readonly term: number
  readonly email: string
  readonly firstName: string
  readonly middleName?: string | undefined
  readonly lastName: string
  readonly phone?: string | undefined
  readonly secondaryEmails?: ReadonlyArray<string> | undefined
  /** Default: the person's full name. */
  readonly commonName?: string | undefined
  /** Must include the mandatory ones from `customFields()`. */
  readonly customFields?: ReadonlyArray<CustomFieldValue> | undefined
  readonly upn?: string | undefined
  readonly eppn?: string | undefined
  readonly comments?: string | undefined
}

/**
 * A revocation: the CRL `reasonCode` (see `SslCertificates.ReasonCode`; none is "unspecified") and a short `reason`.
 *
 * @since 1.0.0
 * @category models
 */
export interface RevokeRequest {
  readonly reasonCode?: RevocationReasonCode | undefined
  readonly reason?: string | undefined
}

/**
 * How `awaitIssued` waits: the format to collect, the poll `schedule` and the `deadline`.
 *
 * @since 1.0.0
 * @category models
 */
export interface AwaitOptions<F extends CollectFormat> {
  /** Default `"pemia"`: the certificate, then its issuers. */
  readonly format?: F | undefined
  /** When to poll again after "not issued yet"; default `SslCertificates.defaultPollSchedule`. */
  readonly schedule?: Schedule.Schedule<unknown, ScmError.ScmApiError> | undefined
  /** Give up after this long with `SmimeNotIssuedError`; default 10 minutes. */
  readonly deadline?: Duration.Input | undefined
}

// ---------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------

/**
 * `awaitIssued` gave up while SCM still answered "not issued yet": carries the order number,
 * the attempts, the time waited and SCM's last code.
 *
 * @since 1.0.0
 * @category errors
 */
export { SmimeNotIssuedError }

// ---------------------------------------------------------------------------------------------
// operations
// ---------------------------------------------------------------------------------------------

/**
 * The client certificate profiles, optionally those offered to one organization.
 *
 * @since 1.0.0
 * @category profiles
 */
export const types: (options?: {
  readonly organizationId?: OrganizationId | undefined
}) => Effect.Effect<ReadonlyArray<SmimeProfile>, ScmError.ScmError, ScmHttpClient> = internal.types

/**
 * The client certificate custom fields (an enrollment must give the mandatory ones).
 *
 * @since 1.0.0
 * @category profiles
 */
export const customFields: () => Effect.Effect<ReadonlyArray<CustomField>, ScmError.ScmError, ScmHttpClient> =
  internal.customFields

/**
 * Every client certificate matching the filters, page by page as the stream is consumed.
 *
 * @since 1.0.0
 * @category listing
 */
export const list: (
  filters?: ListFilters,
  options?: ListOptions
) => Stream.Stream<SmimeCertificate, ScmError.ScmError, ScmHttpClient> = internal.list

/**
 * One page of the list, with `X-Total-Count`.
 *
 * @since 1.0.0
 * @category listing
 */
export const page: (
  filters: ListFilters | undefined,
  options: PageOptions
) => Effect.Effect<Page<SmimeCertificate>, ScmError.ScmError, ScmHttpClient> = internal.page

/**
 * How many client certificates match the filters (a `HEAD` request).
 *
 * @since 1.0.0
 * @category listing
 */
export const count: (filters?: ListFilters) => Effect.Effect<number, ScmError.ScmError, ScmHttpClient> = internal.count

/**
 * A client certificate's details by its id (from the v1 path: the spec's v2 details schema is not a certificate's).
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const get: (id: SmimeCertificateId) => Effect.Effect<SmimeCertificateDetails, ScmError.ScmError, ScmHttpClient> =
  internal.get

/**
 * Requests a client certificate for a CSR; returns its order number. Sent once: the retry policy
 * never resends a POST the server may have acted on.
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const enroll: (request: EnrollRequest) => Effect.Effect<Ordered, ScmError.ScmError, ScmHttpClient> = internal.enroll

/**
 * Downloads an issued client certificate in a format; before issuance SCM answers -183 or -1400.
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const collect = <F extends CollectFormat>(
  backendCertId: BackendCertId,
  format: F
): Effect.Effect<Collected<F>, ScmError.ScmError, ScmHttpClient> =>
  // The implementation reads bytes for "bin" and text otherwise, which is what Collected<F> says.
  internal.collect(backendCertId, format) as Effect.Effect<Collected<F>, ScmError.ScmError, ScmHttpClient>

/**
 * Waits until the certificate is issued and collects it: polls on the schedule while SCM answers
 * -183 or -1400, fails at once on any other error, and with `SmimeNotIssuedError` at the deadline.
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const awaitIssued = <F extends CollectFormat = "pemia">(
  backendCertId: BackendCertId,
  options?: AwaitOptions<F>
): Effect.Effect<Collected<F>, ScmError.ScmError | SmimeNotIssuedError, ScmHttpClient> =>
  internal.awaitIssued(backendCertId, options) as Effect.Effect<
    Collected<F>,
    ScmError.ScmError | SmimeNotIssuedError,
    ScmHttpClient
  >

/**
 * Revokes a client certificate by order number (SCM answers -102 if it is not issued, -159 if already revoked).
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const revoke: (
  backendCertId: BackendCertId,
  request: RevokeRequest
) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.revoke

/**
 * Revokes a client certificate by serial number.
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const revokeBySerial: (
  serialNumber: string,
  request: RevokeRequest
) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.revokeBySerial

/**
 * Revokes every issued client certificate of the person with this e-mail.
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const revokeByEmail: (
  email: string,
  request: RevokeRequest
) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.revokeByEmail

/**
 * Renews a client certificate by order number, from its request and CSR; returns the new order number.
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const renew: (backendCertId: BackendCertId) => Effect.Effect<Ordered, ScmError.ScmError, ScmHttpClient> =
  internal.renew

/**
 * Renews a client certificate by serial number; returns the new order number.
 *
 * @since 1.0.0
 * @category lifecycle
 */
export const renewBySerial: (serialNumber: string) => Effect.Effect<Ordered, ScmError.ScmError, ScmHttpClient> =
  internal.renewBySerial
