/**
 * Renewing what is about to expire: `renewExpiring` finds the issued certificates that expire within
 * a window (one SSL report request), and renews each, a few at a time, as a `Stream` of progress
 * events. It never orders a renewal twice: before renewing a certificate it asks SCM whether SCM
 * already took a renewal of it (the details' `renewed` and `renewedDate`), so a run stopped by an
 * interruption or an outage half-way is finished by running it again. A failure of one certificate
 * is an event (`Failed`, with its typed `ScmError`), not the end of the run. The check and the
 * renewal are two requests: run one `renewExpiring` at a time per account (one cron job, not two
 * overlapping), as two runs at once could both find a certificate not yet renewed.
 *
 * ```ts
 * import { Renewals } from "@scm-effect/core"
 * import { Console, Effect, Stream } from "effect"
 *
 * const program = Renewals.renewExpiring({ within: "30 days", concurrency: 4, dryRun: false }).pipe(
 *   Stream.runForEach((event) => {
 *     switch (event._tag) {
 *       case "Found":
 *         return Console.log(`${event.certificates.length} certificate(s) expire within 30 days`)
 *       case "Renewed":
 *         return Console.log(`${event.certificate.commonName}: renewed as ${event.renewed.sslId}`)
 *       case "Failed":
 *         return Console.error(`${event.certificate.commonName}: ${event.error.message}`)
 *       default:
 *         return Effect.void
 *     }
 *   })
 * )
 * ```
 *
 * @since 1.0.0
 */
// First: stops a process on a Node too old for Effect 4 with one clear line (internal/nodeVersion.ts).
import "./internal/nodeVersion.js"
import type * as DateTime from "effect/DateTime"
import type * as Duration from "effect/Duration"
import type * as Stream from "effect/Stream"
import * as internal from "./internal/renewals.js"
import type { OrganizationId } from "./Organizations.js"
import type { ReportError } from "./Reports.js"
import type * as ScmError from "./ScmError.js"
import type { ScmHttpClient } from "./ScmHttpClient.js"
import type { ExpiringCertificate, Renewed } from "./SslCertificates.js"

/**
 * What `renewExpiring` renews, and how.
 *
 * @since 1.0.0
 * @category models
 */
export interface RenewExpiringOptions {
  /** Certificates that expire within this long from now (the `Clock`'s). */
  readonly within: Duration.Input
  /** One organization (or department); all when absent. */
  readonly organizationId?: OrganizationId | undefined
  /** How many certificates are checked and renewed at once; default 4. */
  readonly concurrency?: number | undefined
  /** Find and check, renew nothing: each certificate it would renew is `Skipped` with reason `"dryRun"`. */
  readonly dryRun?: boolean | undefined
}

/**
 * The expiring certificates, found: the first event.
 *
 * @since 1.0.0
 * @category events
 */
export interface Found {
  readonly _tag: "Found"
  readonly certificates: ReadonlyArray<ExpiringCertificate>
  readonly within: Duration.Duration
  readonly dryRun: boolean
}

/**
 * A certificate left alone: SCM already took a renewal of it (`"alreadyRenewed"`, with SCM's
 * `renewedDate`), or the run is a dry run (`"dryRun"`: it would have been renewed).
 *
 * @since 1.0.0
 * @category events
 */
export interface Skipped {
  readonly _tag: "Skipped"
  readonly certificate: ExpiringCertificate
  readonly reason: "alreadyRenewed" | "dryRun"
  readonly renewedDate?: DateTime.Utc | undefined
}

/**
 * A renewal is being ordered.
 *
 * @since 1.0.0
 * @category events
 */
export interface Renewing {
  readonly _tag: "Renewing"
  readonly certificate: ExpiringCertificate
}

/**
 * SCM took the renewal: `renewed.sslId` is the new certificate.
 *
 * @since 1.0.0
 * @category events
 */
export interface RenewedEvent {
  readonly _tag: "Renewed"
  readonly certificate: ExpiringCertificate
  readonly renewed: Renewed
}

/**
 * Checking or renewing this certificate failed (after the client's retries); the run goes on.
 *
 * @since 1.0.0
 * @category events
 */
export interface Failed {
  readonly _tag: "Failed"
  readonly certificate: ExpiringCertificate
  readonly error: ScmError.ScmError
}

/**
 * A progress event of `renewExpiring`.
 *
 * @since 1.0.0
 * @category events
 */
export type RenewalEvent = Found | Skipped | Renewing | RenewedEvent | Failed

/**
 * The default number of certificates handled at once: 4.
 *
 * @since 1.0.0
 * @category constants
 */
export const defaultConcurrency: number = internal.defaultConcurrency

/**
 * Renews every issued certificate that expires within the window, `concurrency` at a time, as a
 * stream of progress events; never orders a renewal SCM already took. The stream fails only when
 * the expiring certificates cannot be found (the report request fails).
 *
 * @since 1.0.0
 * @category renewal
 */
export const renewExpiring: (
  options: RenewExpiringOptions
) => Stream.Stream<RenewalEvent, ScmError.ScmError | ReportError, ScmHttpClient> = internal.renewExpiring
