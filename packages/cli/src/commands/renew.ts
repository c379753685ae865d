/**
 * `scm renew --expiring 30d`: renews every issued certificate that expires within the window, a
 * few at a time, over `Renewals.renewExpiring` of @scm-effect/core. Progress on stderr; the
 * outcome of each certificate on stdout (ndjson as they happen); exit 1 if any renewal failed.
 */
import * as Organizations from "@scm-effect/core/Organizations"
import * as Renewals from "@scm-effect/core/Renewals"
import * as SslCertificates from "@scm-effect/core/SslCertificates"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import { descriptionOf } from "../catalog.js"
import { confirm, yesFlag } from "../confirm.js"
import { durationFlag } from "../durations.js"
import { line, printRows } from "../output.js"
import * as Progress from "../progress.js"
import { Output } from "../settings.js"
import { describe, type TopLevel, withScm } from "./common.js"
import { dateText, daysLeft } from "./expiring.js"

/** Some renewals failed (each is in the output, with SCM's code). */
export class RenewalsFailed extends Schema.TaggedError<RenewalsFailed>("@scm-effect/cli/RenewalsFailed")(
  "RenewalsFailed",
  { failed: Schema.Number, total: Schema.Number }
) {
  override get message(): string {
    return `${this.failed} of ${this.total} renewals failed; each failure is in the output`
  }
}

type Outcome = Exclude<Renewals.RenewalEvent, Renewals.Found | Renewals.Renewing>

const resultText = (outcome: Outcome): string => {
  switch (outcome._tag) {
    case "Renewed":
      return `renewed: ${outcome.renewed.sslId}`
    case "Skipped":
      return outcome.reason === "dryRun" ? "would renew" : "already renewed"
    case "Failed":
      return `failed: ${outcome.error._tag}${"code" in outcome.error && outcome.error.code !== undefined ? ` ${outcome.error.code}` : ""}`
  }
}

/** An outcome as JSON: the certificate, and what happened to it. */
const outcomeJson = (outcome: Outcome) => ({
  event: outcome._tag,
  sslId: outcome.certificate.id,
  commonName: outcome.certificate.commonName ?? null,
  expires: outcome.certificate.expires,
  ...(outcome._tag === "Renewed" ? { renewedSslId: outcome.renewed.sslId } : {}),
  ...(outcome._tag === "Skipped" ? { reason: outcome.reason } : {}),
  ...(outcome._tag === "Failed"
    ? {
      error: outcome.error._tag,
      code: "code" in outcome.error ? outcome.error.code ?? null : null,
      message: outcome.error.message
    }
    : {})
})

/** `scm renew`. */
export const renew: TopLevel<"renew"> = Command.make("renew", {
  expiring: durationFlag("expiring").pipe(Flag.withDescription("renew what expires within this time (30d)")),
  dryRun: Flag.Boolean("dry-run").pipe(Flag.withDescription("show what would be renewed; renew nothing"), Flag.withDefault(false)),
  concurrency: Flag.Int("concurrency").pipe(
    Flag.withMetavar("N"),
    Flag.withDescription(`renewals at a time (default ${Renewals.defaultConcurrency})`),
    Flag.filterMap((n) => n >= 1 && n <= 64 ? Option.some(n) : Option.none(), () => "--concurrency: from 1 to 64"),
    Flag.withDefault(Renewals.defaultConcurrency)
  ),
  org: Flag.Int("org").pipe(Flag.withMetavar("ID"), Flag.withDescription("one organization or department"), Flag.optional),
  yes: yesFlag
}, ({ concurrency, dryRun, expiring, org, yes }) =>
  Effect.scoped(Effect.gen(function*() {
    const format = yield* Output
    const now = yield* Clock.currentTimeMillis
    const organization = Option.isSome(org) ? { organizationId: Organizations.OrganizationId.make(org.value) } : {}
    if (!dryRun) {
      // What will be renewed, shown before anything is: one SSL report request.
      const found = yield* SslCertificates.expiring({ within: expiring, ...organization })
      if (found.length > 0) {
        const shown = found.slice(0, 15).map((row) => `${row.id}  ${row.commonName ?? ""}  expires ${dateText(row.expires)}`)
        yield* confirm(
          `renew ${found.length} SSL certificate${found.length === 1 ? "" : "s"}`,
          found.length > shown.length ? [...shown, `... and ${found.length - shown.length} more`] : shown,
          yes
        )
      }
    }
    const progress = yield* Progress.make(dryRun ? "renewal (dry run)" : "renewal")
    yield* progress.update("finding expiring certificates")
    let total = 0
    let failed = 0
    const outcomes: Array<Outcome> = []
    yield* Renewals.renewExpiring({
      within: expiring,
      concurrency,
      dryRun,
      ...organization
    }).pipe(
      Stream.runForEach((event) =>
        Effect.gen(function*() {
          if (event._tag === "Found") {
            total = event.certificates.length
            if (format === "ndjson") {
              yield* line(JSON.stringify({ event: "Found", count: total, dryRun: event.dryRun }))
            }
            return yield* progress.update(total === 0 ? "nothing expires in the window" : "renewing", { done: 0, total })
          }
          if (event._tag === "Renewing") return
          outcomes.push(event)
          if (event._tag === "Failed") failed++
          if (format === "ndjson") yield* line(JSON.stringify(outcomeJson(event)))
          yield* progress.update("renewing", { done: outcomes.length, total })
        })
      )
    )
    yield* progress.finish(failed === 0 ? "done" : `done, ${failed} failed`, { done: outcomes.length, total })
    if (format === "json") {
      yield* line(JSON.stringify({ dryRun, found: total, failed, results: outcomes.map(outcomeJson) }, null, 2))
    } else if (format === "table") {
      yield* printRows(Stream.fromIterable(outcomes), [
        { header: "ID", get: (row) => row.certificate.id, align: "right" },
        { header: "COMMON NAME", get: (row) => row.certificate.commonName },
        { header: "EXPIRES", get: (row) => dateText(row.certificate.expires) },
        { header: "DAYS", get: (row) => daysLeft(row.certificate.expires, now), align: "right" },
        { header: "RESULT", get: resultText, flex: true }
      ])
    }
    if (failed > 0) return yield* new RenewalsFailed({ failed, total })
  })).pipe(withScm)).pipe(
  describe(`${descriptionOf("renew")}, a few at a time; asks first unless --dry-run (--yes to skip).`, [
    ["scm renew --expiring 30d --dry-run", "what would be renewed"],
    ["scm renew --expiring 30d --concurrency 8 --yes -o ndjson", "renew, one JSON line per certificate"]
  ])
)
