/**
 * SCM's reports (`POST /api/report/v1/...`): SSL, client (S/MIME) and device certificates in a date
 * window, the domains with their DCV status, and the activity log. One request answers the whole
 * report, dates included: where listing and then fetching each certificate takes N+1 calls, a report
 * takes one (`SslCertificates.expiring` is the SSL report on the expiry date). Every function needs
 * an `ScmHttpClient` (any strategy) and fails with an `ScmError`, or `ReportError` when SCM says the
 * report did not run.
 *
 * ```ts
 * import { Organizations, Reports } from "@scm-effect/core"
 * import { DateTime, Duration, Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const now = yield* DateTime.now
 *   // Issued certificates of one organization that expire in the next 60 days.
 *   const rows = yield* Reports.sslCertificates({
 *     from: now,
 *     to: DateTime.addDuration(now, Duration.days(60)),
 *     dateAttribute: "expiration",
 *     status: "issued",
 *     organizationIds: [Organizations.OrganizationId.make(1001)]
 *   })
 *   const revokedDevices = yield* Reports.deviceCertificates({ status: "revoked" })
 *   const logins = yield* Reports.activity({ from: DateTime.subtract(now, { days: 1 }) })
 * })
 * ```
 *
 * @since 1.0.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as DateTime from "effect/DateTime"
import type * as Effect from "effect/Effect"
import type * as Schema from "effect/Schema"
import * as internal from "./internal/reports.js"
import { ReportError } from "./internal/reports.js"
import * as schemas from "./internal/schemas/reports.js"
import type { OrganizationId } from "./Organizations.js"
import type * as ScmError from "./ScmError.js"
import type { ScmHttpClient } from "./ScmHttpClient.js"

// ---------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------

/**
 * A row of the SSL report (SSLReportResponseRow): id, profile, organization, status, dates.
 *
 * @since 1.0.0
 * @category schemas
 */
export const SslReportRow = schemas.SslReportRow

/**
 * A row of the SSL report.
 *
 * @since 1.0.0
 * @category models
 */
export interface SslReportRow extends Schema.Schema.Type<typeof SslReportRow> {}

/**
 * A row of the client (S/MIME) certificate report (ReportRowClientCert).
 *
 * @since 1.0.0
 * @category schemas
 */
export const ClientReportRow = schemas.ClientReportRow

/**
 * A row of the client (S/MIME) certificate report.
 *
 * @since 1.0.0
 * @category models
 */
export interface ClientReportRow extends Schema.Schema.Type<typeof ClientReportRow> {}

/**
 * A row of the device certificate report (ReportRowDeviceCert).
 *
 * @since 1.0.0
 * @category schemas
 */
export const DeviceReportRow = schemas.DeviceReportRow

/**
 * A row of the device certificate report.
 *
 * @since 1.0.0
 * @category models
 */
export interface DeviceReportRow extends Schema.Schema.Type<typeof DeviceReportRow> {}

/**
 * A row of the domain report (ReportRowDomain): state, DCV status and its expiry (`stickyUntil`).
 *
 * @since 1.0.0
 * @category schemas
 */
export const DomainReportRow = schemas.DomainReportRow

/**
 * A row of the domain report.
 *
 * @since 1.0.0
 * @category models
 */
export interface DomainReportRow extends Schema.Schema.Type<typeof DomainReportRow> {}

/**
 * A record of the activity log (ReportRowActivity): action, admin, certificate, date.
 *
 * @since 1.0.0
 * @category schemas
 */
export const ActivityRow = schemas.ActivityRow

/**
 * A record of the activity log.
 *
 * @since 1.0.0
 * @category models
 */
export interface ActivityRow extends Schema.Schema.Type<typeof ActivityRow> {}

// ---------------------------------------------------------------------------------------------
// requests
// ---------------------------------------------------------------------------------------------

/**
 * A window of time, both ends included; which date it applies to is the request's `dateAttribute`.
 *
 * @since 1.0.0
 * @category models
 */
export interface Window {
  readonly from?: DateTime.DateTime | Date | undefined
  readonly to?: DateTime.DateTime | Date | undefined
}

/**
 * How a certificate was requested, as the SSL report's `certificateRequestSource` names it.
 *
 * @since 1.0.0
 * @category models
 */
export type RequestSource = internal.RequestSource

/**
 * The SSL report's request (SslCertificatesReportRequest), with SCM's codes by name.
 *
 * @since 1.0.0
 * @category models
 */
export interface SslReportRequest extends Window {
  readonly organizationIds?: ReadonlyArray<OrganizationId> | undefined
  /** Default `"any"`. */
  readonly status?: "any" | "requested" | "issued" | "revoked" | "expired" | undefined
  /** The date `from` and `to` apply to. */
  readonly dateAttribute?: "revocation" | "expiration" | "request" | "issuance" | undefined
  /** A common name pattern (SCM's "like"). */
  readonly commonName?: string | undefined
  /** An external requester pattern, case-sensitive. */
  readonly externalRequester?: string | undefined
  readonly requestSource?: RequestSource | undefined
  /** `"HEXWithLeadingZeros"` keeps the serial numbers' leading zeros. */
  readonly serialNumberFormat?: string | undefined
  /** Include the certificates' IP locations (slows the report down). */
  readonly includeIpAddresses?: boolean | undefined
}

/**
 * The client (S/MIME) certificate report's request (ClientCertificatesReportRequest).
 *
 * @since 1.0.0
 * @category models
 */
export interface ClientReportRequest extends Window {
  readonly organizationIds?: ReadonlyArray<OrganizationId> | undefined
  /** `"any"` and `"notEnrolled"` also list the persons without a certificate. */
  readonly status?: "any" | "enrolled" | "revoked" | "expired" | "enrolledPendingDownload" | "notEnrolled" | undefined
  readonly dateAttribute?: "enrollment" | "download" | "revocation" | "expiration" | undefined
}

/**
 * The device certificate report's request (DeviceCertificatesReportRequest).
 *
 * @since 1.0.0
 * @category models
 */
export interface DeviceReportRequest extends Window {
  readonly organizationIds?: ReadonlyArray<OrganizationId> | undefined
  readonly status?: "any" | "requested" | "approved" | "applied" | "issued" | "revoked" | "expired" | undefined
  readonly dateAttribute?: "revocation" | "expiration" | "request" | "issuance" | undefined
  readonly serialNumberFormat?: string | undefined
}

/**
 * The activity log's request: a window on the records' dates.
 *
 * @since 1.0.0
 * @category models
 */
export interface ActivityReportRequest extends Window {}

// ---------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------

/**
 * SCM answered a report with a `statusCode` other than 0 (its `message` as `description`).
 *
 * @since 1.0.0
 * @category errors
 */
export { ReportError }

// ---------------------------------------------------------------------------------------------
// operations
// ---------------------------------------------------------------------------------------------

/**
 * The SSL certificate report: every certificate matching the request, in one call.
 *
 * @since 1.0.0
 * @category reports
 */
export const sslCertificates: (
  request?: SslReportRequest
) => Effect.Effect<ReadonlyArray<SslReportRow>, ScmError.ScmError | ReportError, ScmHttpClient> = internal.sslCertificates

/**
 * The client (S/MIME) certificate report.
 *
 * @since 1.0.0
 * @category reports
 */
export const clientCertificates: (
  request?: ClientReportRequest
) => Effect.Effect<ReadonlyArray<ClientReportRow>, ScmError.ScmError | ReportError, ScmHttpClient> =
  internal.clientCertificates

/**
 * The device certificate report.
 *
 * @since 1.0.0
 * @category reports
 */
export const deviceCertificates: (
  request?: DeviceReportRequest
) => Effect.Effect<ReadonlyArray<DeviceReportRow>, ScmError.ScmError | ReportError, ScmHttpClient> =
  internal.deviceCertificates

/**
 * The domain report: every domain with its state, DCV status and DCV expiry.
 *
 * @since 1.0.0
 * @category reports
 */
export const domains: () => Effect.Effect<ReadonlyArray<DomainReportRow>, ScmError.ScmError | ReportError, ScmHttpClient> =
  internal.domains

/**
 * The activity log: what admins, agents and SCM did, in a window of time.
 *
 * @since 1.0.0
 * @category reports
 */
export const activity: (
  request?: ActivityReportRequest
) => Effect.Effect<ReadonlyArray<ActivityRow>, ScmError.ScmError | ReportError, ScmHttpClient> = internal.activity
