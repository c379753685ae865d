/**
 * `Renewals.renewExpiring`'s events as progress lines, and a tally of how a run went: what the
 * renew-expiring template and the demo print.
 */
import type { Renewals } from "@scm-effect/core"
import { DateTime, Duration } from "effect"

const day = (time: DateTime.DateTime) => DateTime.formatIso(time).slice(0, 10)

const named = (certificate: { readonly id: number; readonly commonName?: string | undefined }) =>
  `${certificate.id} ${certificate.commonName ?? "(no common name)"}`

/** One line per event. */
export const progressLine = (event: Renewals.RenewalEvent): string => {
  switch (event._tag) {
    case "Found":
      return `${event.dryRun ? "Dry run: " : ""}${event.certificates.length} certificate(s) expire within ${
        Math.round(Duration.toHours(event.within) / 24)
      } days`
    case "Skipped":
      return event.reason === "dryRun"
        ? `  would renew  ${named(event.certificate)} (expires ${day(event.certificate.expires)})`
        : `  skipped      ${named(event.certificate)}: already renewed${event.renewedDate === undefined ? "" : ` on ${day(event.renewedDate)}`}`
    case "Renewing":
      return `  renewing     ${named(event.certificate)}`
    case "Renewed":
      return `  renewed      ${named(event.certificate)} -> new certificate ${event.renewed.sslId}`
    case "Failed":
      return `  failed       ${named(event.certificate)}: ${event.error._tag}: ${event.error.message}`
  }
}

/** How many certificates each outcome had. */
export interface Tally {
  readonly found: number
  readonly renewed: number
  readonly alreadyRenewed: number
  readonly wouldRenew: number
  readonly failed: number
}

export const emptyTally: Tally = { found: 0, renewed: 0, alreadyRenewed: 0, wouldRenew: 0, failed: 0 }

/** The tally with one more event counted. */
export const count = (tally: Tally, event: Renewals.RenewalEvent): Tally => {
  switch (event._tag) {
    case "Found":
      return { ...tally, found: tally.found + event.certificates.length }
    case "Skipped":
      return event.reason === "dryRun" ? { ...tally, wouldRenew: tally.wouldRenew + 1 } : { ...tally, alreadyRenewed: tally.alreadyRenewed + 1 }
    case "Renewed":
      return { ...tally, renewed: tally.renewed + 1 }
    case "Failed":
      return { ...tally, failed: tally.failed + 1 }
    case "Renewing":
      return tally
  }
}

/** The tally as a sentence. */
export const summary = (tally: Tally): string =>
  `${tally.found} found: ${tally.renewed} renewed, ${tally.alreadyRenewed} already renewed, ${tally.wouldRenew} to renew, ${tally.failed} failed`
