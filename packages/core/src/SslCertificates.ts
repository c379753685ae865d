/**
 * The SSL certificate lifecycle: profiles, enrollment, waiting for issuance, collection, listing,
 * revocation and renewal. Every function needs an `ScmHttpClient` (any strategy: certificate login
 * moves the paths under `/private` itself) and fails with an `ScmError`.
 *
 * ```ts
 * import { Organizations, SslCertificates } from "@scm-effect/core"
 * import { Effect, Stream } from "effect"
 *
 * const program = (csr: string) =>
 *   Effect.gen(function*() {
 *     // The organization, a profile offered to it and a term it allows: from SCM's own lists.
 *     const orgId = (yield* Effect.fromNullishOr((yield* Organizations.list())[0])).id
 *     const profile = yield* Effect.fromNullishOr((yield* SslCertificates.types({ organizationId: orgId }))[0])
 *     const term = yield* Effect.fromNullishOr(profile.terms[0])
 *     const { sslId } = yield* SslCertificates.enroll({ csr, certType: profile.id, term, orgId })
 *     // Polls while SCM answers "not issued yet" (-183, -1400), up to the deadline.
 *     const chainPem = yield* SslCertificates.awaitIssued(sslId, { format: "pemia", deadline: "15 minutes" })
 *     // Pages are fetched as the stream is consumed: this asks for one page of 200.
 *     const issued = yield* SslCertificates.list({ status: "Issued" }).pipe(Stream.take(10), Stream.runCollect)
 *     yield* SslCertificates.revoke(sslId, { reasonCode: SslCertificates.ReasonCode.superseded, reason: "rotated" })
 *     // One report request, not one details call per certificate.
 *     const soon = yield* SslCertificates.expiring({ within: "30 days", organizationId: orgId })
 *   })
 * ```
 *
 * @since 0.1.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as DateTime from "effect/DateTime"
import type * as Duration from "effect/Duration"
import type * as Effect from "effect/Effect"
import type * as Schedule from "effect/Schedule"
import type * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import * as internal from "./internal/sslCertificates.js"
import { NotIssuedError } from "./internal/sslCertificates.js"
import type * as Pagination from "./internal/pagination.js"
import * as schemas from "./internal/schemas/sslCertificates.js"
import type { OrganizationId } from "./Organizations.js"
import type { ReportError, SslReportRow } from "./Reports.js"
import type * as ScmError from "./ScmError.js"
import type { ScmHttpClient } from "./ScmHttpClient.js"

// ---------------------------------------------------------------------------------------------
// ids
// ---------------------------------------------------------------------------------------------

/**
 * An SSL certificate's id (`sslId`); `SslId.make(123)` brands a number you got elsewhere.
 *
 * @since 0.1.0
 * @category ids
 */
export const SslId = schemas.SslId

/**
 * An SSL certificate's id.
 *
 * @since 0.1.0
 * @category ids
 */
export type SslId = typeof SslId.Type

/**
 * The renew id `enroll` returns, for SCM's renew-by-renew-id operation.
 *
 * @since 0.1.0
 * @category ids
 */
export const RenewId = schemas.RenewId

/**
 * The renew id `enroll` returns.
 *
 * @since 0.1.0
 * @category ids
 */
export type RenewId = typeof RenewId.Type

/**
 * A certificate profile's id: what `enroll` takes as `certType` and `list` as `sslTypeId`.
 *
 * @since 0.1.0
 * @category ids
 */
export const ProfileId = schemas.ProfileId

/**
 * A certificate profile's id.
 *
 * @since 0.1.0
 * @category ids
 */
export type ProfileId = typeof ProfileId.Type

/**
 * A custom field's id.
 *
 * @since 0.1.0
 * @category ids
 */
export const CustomFieldId = schemas.CustomFieldId

/**
 * A custom field's id.
 *
 * @since 0.1.0
 * @category ids
 */
export type CustomFieldId = typeof CustomFieldId.Type

// ---------------------------------------------------------------------------------------------
// enums
// ---------------------------------------------------------------------------------------------

/**
 * A certificate's status. A value a newer SCM adds decodes too, as a branded string you handle
 * in a `default` branch.
 *
 * @since 0.1.0
 * @category enums
 */
export const SslStatus = schemas.SslStatus

/**
 * A certificate's status: `"Applied"` after enrollment, `"Issued"`, `"Revoked"`, ...
 *
 * @since 0.1.0
 * @category enums
 */
export type SslStatus = typeof SslStatus.Type

/**
 * How a certificate was requested (open enum, like `SslStatus`).
 *
 * @since 0.1.0
 * @category enums
 */
export const RequestedVia = schemas.RequestedVia

/**
 * How a certificate was requested.
 *
 * @since 0.1.0
 * @category enums
 */
export type RequestedVia = typeof RequestedVia.Type

/**
 * Auto-installation state; also the values of the `installStatus` filter (open enum).
 *
 * @since 0.1.0
 * @category enums
 */
export const InstallState = schemas.InstallState

/**
 * Auto-installation state.
 *
 * @since 0.1.0
 * @category enums
 */
export type InstallState = typeof InstallState.Type

/**
 * Status of one auto-installation node (open enum).
 *
 * @since 0.1.0
 * @category enums
 */
export const InstallNodeStatus = schemas.InstallNodeStatus

/**
 * Status of one auto-installation node.
 *
 * @since 0.1.0
 * @category enums
 */
export type InstallNodeStatus = typeof InstallNodeStatus.Type

/**
 * Auto-renewal state; also the values of the `renewalStatus` filter (open enum).
 *
 * @since 0.1.0
 * @category enums
 */
export const RenewalState = schemas.RenewalState

/**
 * Auto-renewal state.
 *
 * @since 0.1.0
 * @category enums
 */
export type RenewalState = typeof RenewalState.Type

/**
 * Domain control validation mode of an enrollment or renewal.
 *
 * @since 0.1.0
 * @category enums
 */
export const DcvMode = schemas.DcvMode

/**
 * Domain control validation mode.
 *
 * @since 0.1.0
 * @category enums
 */
export type DcvMode = typeof DcvMode.Type

/**
 * The reason codes SCM accepts on revocation: 0, 1, 3, 4, 5 (see `ReasonCode` for names).
 *
 * @since 0.1.0
 * @category enums
 */
export const RevocationReasonCode = schemas.RevocationReasonCode

/**
 * A reason code SCM accepts on revocation.
 *
 * @since 0.1.0
 * @category enums
 */
export type RevocationReasonCode = typeof RevocationReasonCode.Type

/**
 * The revocation reason codes by name (RFC 5280 CRLReason, as the Mozilla policy allows them).
 *
 * @since 0.1.0
 * @category constants
 */
export const ReasonCode = {
  unspecified: 0,
  keyCompromise: 1,
  affiliationChanged: 3,
  superseded: 4,
  cessationOfOperation: 5
} as const satisfies Record<string, RevocationReasonCode>

/**
 * A revoked certificate's CRL reason code, from a string or a number (open enum).
 *
 * @since 0.1.0
 * @category enums
 */
export const CrlReasonCode = schemas.CrlReasonCode

/**
 * A revoked certificate's CRL reason code.
 *
 * @since 0.1.0
 * @category enums
 */
export type CrlReasonCode = typeof CrlReasonCode.Type

/**
 * The formats `collect` offers: `x509` (certificate and chain, PEM), `x509CO` (certificate only),
 * `base64` (PKCS#7, PEM), `bin` (PKCS#7, DER), `x509IO` (root and intermediates), `x509IOR`
 * (intermediates and root), `pem` (certificate and chain), `pemco` (certificate only), `pemia`
 * (certificate, then its issuers), `x509R` (certificate and chain).
 *
 * @since 0.1.0
 * @category enums
 */
export const CollectFormat = schemas.CollectFormat

/**
 * A format `collect` offers.
 *
 * @since 0.1.0
 * @category enums
 */
export type CollectFormat = typeof CollectFormat.Type

/**
 * What `collect` returns for a format: bytes for `bin` (DER), PEM text for every other.
 *
 * @since 0.1.0
 * @category models
 */
export type Collected<F extends CollectFormat> = F extends "bin" ? Uint8Array : string

// ---------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------

/**
 * A certificate profile (SCM's ApiCertType): id, name, allowed terms in days and key types.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Profile = schemas.Profile

/**
 * A certificate profile.
 *
 * @since 0.1.0
 * @category models
 */
export interface Profile extends Schema.Schema.Type<typeof Profile> {}

/**
 * A custom field definition (ApiCustomField).
 *
 * @since 0.1.0
 * @category schemas
 */
export const CustomField = schemas.CustomField

/**
 * A custom field definition.
 *
 * @since 0.1.0
 * @category models
 */
export interface CustomField extends Schema.Schema.Type<typeof CustomField> {}

/**
 * A custom field's value on a request or a certificate (ApiCertField).
 *
 * @since 0.1.0
 * @category schemas
 */
export const CustomFieldValue = schemas.CustomFieldValue

/**
 * A custom field's value.
 *
 * @since 0.1.0
 * @category models
 */
export interface CustomFieldValue extends Schema.Schema.Type<typeof CustomFieldValue> {}

/**
 * A certificate as `list` shows it (SSLIdentity): id, common name, SANs, serial number.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Identity = schemas.Identity

/**
 * A certificate as `list` shows it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Identity extends Schema.Schema.Type<typeof Identity> {}

/**
 * A certificate's details (CertDetailsResponse): status, dates as `DateTime.Utc`, profile, keys.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Certificate = schemas.Certificate

/**
 * A certificate's details.
 *
 * @since 0.1.0
 * @category models
 */
export interface Certificate extends Schema.Schema.Type<typeof Certificate> {}

/**
 * What `enroll` returns (EnrollResponse): the new certificate's `sslId` and `renewId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Enrolled = schemas.Enrolled

/**
 * What `enroll` returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Enrolled extends Schema.Schema.Type<typeof Enrolled> {}

/**
 * What `renew` returns (RenewResponse): the new certificate's `sslId`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Renewed = schemas.Renewed

/**
 * What `renew` returns.
 *
 * @since 0.1.0
 * @category models
 */
export interface Renewed extends Schema.Schema.Type<typeof Renewed> {}

/**
 * One page of a list: its items, the offset of the first, and `X-Total-Count` if SCM sent it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Page<A> extends Pagination.Page<A> {}

// ---------------------------------------------------------------------------------------------
// options
// ---------------------------------------------------------------------------------------------

/**
 * The list filters of the spec (`GET /api/ssl/v1`); text filters as SCM matches them.
 *
 * @since 0.1.0
 * @category models
 */
export interface ListFilters {
  readonly commonName?: string | undefined
  readonly subjectAlternativeName?: string | undefined
  readonly status?: SslStatus | undefined
  /** A certificate profile id. */
  readonly sslTypeId?: ProfileId | undefined
  /** @deprecated SCM deprecated it in favour of `requestedVia`. */
  readonly discoveryStatus?: "NotDeployed" | "Deployed" | undefined
  readonly vendor?: string | undefined
  readonly orgId?: OrganizationId | undefined
  readonly installStatus?: InstallState | undefined
  readonly renewalStatus?: RenewalState | undefined
  readonly issuer?: string | undefined
  readonly serialNumber?: string | undefined
  readonly requester?: string | undefined
  readonly externalRequester?: string | undefined
  readonly signatureAlgorithm?: string | undefined
  readonly keyAlgorithm?: string | undefined
  /** @deprecated SCM deprecated it in favour of `keyParam`. */
  readonly keySize?: number | undefined
  /** Key size (RSA) or curve name (EC). */
  readonly keyParam?: string | undefined
  readonly sha1Hash?: string | undefined
  readonly md5Hash?: string | undefined
  readonly sha256Hash?: string | undefined
  readonly keyUsage?: string | undefined
  readonly extendedKeyUsage?: string | undefined
  readonly requestedVia?: RequestedVia | undefined
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
 * An enrollment (the spec's EnrollRequest); the names are SCM's.
 *
 * @since 0.1.0
 * @category models
 */
export interface EnrollRequest {
  /** PKCS#10 certificate signing request, PEM. */
  readonly csr: string
  /** The certificate profile: a `Profile.id` from `types()`. */
  readonly certType: ProfileId
  /** Validity in days: one of the profile's `terms`. */
  readonly term: number
  /** The organization or department the certificate belongs to. */
  readonly orgId: OrganizationId
  /** Subject alternative names (an array, or SCM's comma-separated string). */
  readonly subjAltNames?: ReadonlyArray<string> | string | undefined
  /** Must include the mandatory ones from `customFields()`. */
  readonly customFields?: ReadonlyArray<CustomFieldValue> | undefined
  readonly comments?: string | undefined
  /** E-mail addresses (an array, or SCM's comma-separated string). */
  readonly externalRequester?: ReadonlyArray<string> | string | undefined
  readonly dcvMode?: DcvMode | undefined
  readonly dcvEmail?: string | undefined
}

/**
 * A revocation: the CRL `reasonCode` (see `ReasonCode`) and a short `reason` (1 to 512 characters).
 *
 * @since 0.1.0
 * @category models
 */
export interface RevokeRequest {
  readonly reasonCode: RevocationReasonCode
  readonly reason: string
}

/**
 * A renewal (RenewInfo): optionally a new CSR and DCV settings.
 *
 * @since 0.1.0
 * @category models
 */
export interface RenewRequest {
  readonly csr?: string | undefined
  readonly dcvMode?: DcvMode | undefined
  readonly dcvEmail?: string | undefined
}

/**
 * How `awaitIssued` waits: the format to collect, the poll `schedule` and the `deadline`.
 *
 * @since 0.1.0
 * @category models
 */
export interface AwaitOptions<F extends CollectFormat> {
  /** Default `"pemia"`: the certificate, then its issuers. */
  readonly format?: F | undefined
  /** When to poll again after "not issued yet"; default `defaultPollSchedule`. */
  readonly schedule?: Schedule.Schedule<unknown, ScmError.ScmApiError> | undefined
  /** Give up after this long with `NotIssuedError`; default `defaultDeadline` (10 minutes). */
  readonly deadline?: Duration.Input | undefined
}

/**
 * Which expiring certificates to find: those that expire `within` this long from now, of one
 * organization (or department) or all.
 *
 * @since 1.0.0
 * @category models
 */
export interface ExpiringOptions {
  readonly within: Duration.Input
  readonly organizationId?: OrganizationId | undefined
}

/**
 * An issued certificate that expires within the window, as the SSL report shows it.
 *
 * @since 1.0.0
 * @category models
 */
export interface ExpiringCertificate extends SslReportRow {
  readonly expires: DateTime.Utc
}

// ---------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------

/**
 * `awaitIssued` gave up while SCM still answered "not issued yet": the deadline passed or the
 * schedule ended. Carries the `sslId`, the attempts, the time waited and SCM's last code.
 *
 * @since 0.1.0
 * @category errors
 */
export { NotIssuedError }

/**
 * Is this SCM's "not issued yet" answer (-183 or -1400)? The errors `awaitIssued` polls on.
 *
 * @since 0.1.0
 * @category predicates
 */
export const isNotIssuedYet: (error: ScmError.ScmError) => error is ScmError.ScmApiError = internal.isNotIssuedYet

// ---------------------------------------------------------------------------------------------
// operations
// ---------------------------------------------------------------------------------------------

/**
 * The certificate profiles, all of them or those offered to one organization.
 *
 * @since 0.1.0
 * @category profiles
 */
export const types: (options?: {
  readonly organizationId?: OrganizationId | undefined
}) => Effect.Effect<ReadonlyArray<Profile>, ScmError.ScmError, ScmHttpClient> = internal.types

/**
 * The custom fields of SSL certificates (mandatory ones must be given to `enroll`).
 *
 * @since 0.1.0
 * @category profiles
 */
export const customFields: () => Effect.Effect<ReadonlyArray<CustomField>, ScmError.ScmError, ScmHttpClient> =
  internal.customFields

/**
 * Every certificate matching the filters, as a stream that fetches pages only as it is consumed.
 *
 * @since 0.1.0
 * @category listing
 */
export const list: (
  filters?: ListFilters,
  options?: ListOptions
) => Stream.Stream<Identity, ScmError.ScmError, ScmHttpClient> = internal.list

/**
 * One page of the list, with `X-Total-Count` (for a UI that shows page numbers).
 *
 * @since 0.1.0
 * @category listing
 */
export const page: (
  filters: ListFilters | undefined,
  options: PageOptions
) => Effect.Effect<Page<Identity>, ScmError.ScmError, ScmHttpClient> = internal.page

/**
 * How many certificates match the filters (a `HEAD` request: SCM sends the count alone).
 *
 * @since 0.1.0
 * @category listing
 */
export const count: (filters?: ListFilters) => Effect.Effect<number, ScmError.ScmError, ScmHttpClient> = internal.count

/**
 * A certificate's details; an unknown id fails with `ScmApiError`.
 *
 * @since 0.1.0
 * @category lifecycle
 */
export const get: (sslId: SslId) => Effect.Effect<Certificate, ScmError.ScmError, ScmHttpClient> = internal.get

/**
 * Requests a certificate for a CSR. Sent once: the retry policy never resends a POST the server
 * may have acted on.
 *
 * @since 0.1.0
 * @category lifecycle
 */
export const enroll: (request: EnrollRequest) => Effect.Effect<Enrolled, ScmError.ScmError, ScmHttpClient> =
  internal.enroll

/**
 * Downloads an issued certificate in a format; before issuance SCM answers -183 or -1400.
 *
 * @since 0.1.0
 * @category lifecycle
 */
export const collect = <F extends CollectFormat>(
  sslId: SslId,
  format: F
): Effect.Effect<Collected<F>, ScmError.ScmError, ScmHttpClient> =>
  // The implementation reads bytes for "bin" and text otherwise, which is what Collected<F> says.
  internal.collect(sslId, format) as Effect.Effect<Collected<F>, ScmError.ScmError, ScmHttpClient>

/**
 * Waits until the certificate is issued and collects it: polls on the schedule while SCM answers
 * -183 or -1400, fails at once on any other error, and with `NotIssuedError` at the deadline.
 *
 * @since 0.1.0
 * @category lifecycle
 */
export const awaitIssued = <F extends CollectFormat = typeof internal.defaultAwaitFormat>(
  sslId: SslId,
  options?: AwaitOptions<F>
): Effect.Effect<Collected<F>, ScmError.ScmError | NotIssuedError, ScmHttpClient> =>
  internal.awaitIssued(sslId, options) as Effect.Effect<
    Collected<F>,
    ScmError.ScmError | NotIssuedError,
    ScmHttpClient
  >

/**
 * The default poll schedule of `awaitIssued`: 2 s, growing by 1.5 each time, at most 30 s apart.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultPollSchedule: Schedule.Schedule<Duration.Duration> = internal.defaultPollSchedule

/**
 * The default deadline of `awaitIssued`: 10 minutes.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultDeadline: Duration.Duration = internal.defaultDeadline

/**
 * Revokes a certificate by id (SCM answers -102 if it is not issued, -159 if already revoked).
 *
 * @since 0.1.0
 * @category lifecycle
 */
export const revoke: (sslId: SslId, request: RevokeRequest) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> =
  internal.revoke

/**
 * Revokes a certificate by serial number (hex, with or without colons, as `Identity` shows it).
 *
 * @since 0.1.0
 * @category lifecycle
 */
export const revokeBySerial: (
  serialNumber: string,
  request: RevokeRequest
) => Effect.Effect<void, ScmError.ScmError, ScmHttpClient> = internal.revokeBySerial

/**
 * Renews a certificate from its request (optionally with a new CSR); returns the new `sslId`.
 *
 * @since 0.1.0
 * @category lifecycle
 */
export const renew: (sslId: SslId, request?: RenewRequest) => Effect.Effect<Renewed, ScmError.ScmError, ScmHttpClient> =
  internal.renew

/**
 * The issued certificates that expire within the window, soonest first, found with ONE request
 * (SCM's SSL report on the expiry date) rather than a list and a details call per certificate.
 * "Now" is the `Clock`'s.
 *
 * @since 1.0.0
 * @category listing
 */
export const expiring: (
  options: ExpiringOptions
) => Effect.Effect<ReadonlyArray<ExpiringCertificate>, ScmError.ScmError | ReportError, ScmHttpClient> = internal.expiring
