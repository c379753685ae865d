/**
 * `scm report ...`: SCM's reports, one request each, as tables and JSON: `expiring` (issued SSL
 * certificates that expire soon, soonest first), `ssl`, `smime`, `device`, `domains`, `activity`.
 */
import * as Organizations from "@scm-effect/core/Organizations"
import * as Reports from "@scm-effect/core/Reports"
import * as SslCertificates from "@scm-effect/core/SslCertificates"
import * as Clock from "effect/Clock"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import { descriptionOf } from "../catalog.js"
import { durationFlag } from "../durations.js"
import { type Column, printRows, selectColumns, tableFlags } from "../output.js"
import { choiceFlag, describe, type TopLevel, withScm } from "./common.js"
import { dateText, dateTimeText, expiringColumns } from "./expiring.js"

const orgFlag = Flag.Int("org").pipe(Flag.withMetavar("ID"), Flag.withDescription("one organization or department"), Flag.optional)

const expiring = Command.make("expiring", {
  within: durationFlag("within").pipe(Flag.withDescription("the window, from now: 30d, 2w, 12h")),
  org: orgFlag,
  ...tableFlags
}, ({ columns, org, wide, within }) =>
  Effect.gen(function*() {
    const now = yield* Clock.currentTimeMillis
    yield* selectColumns(expiringColumns(now), { columns, wide })
    const certificates = yield* SslCertificates.expiring({
      within,
      ...(Option.isSome(org) ? { organizationId: Organizations.OrganizationId.make(org.value) } : {})
    })
    yield* printRows(Stream.fromIterable(certificates), expiringColumns(now), { view: { columns, wide } })
  }).pipe(withScm)).pipe(
    describe("Issued SSL certificates that expire within a window, soonest first.", [
      ["scm report expiring --within 30d", "the next 30 days"],
      ["scm report expiring --within 2w -o json | jq length", "how many within two weeks"]
    ])
  )

/** A date as people type it (`2026-01-31`, or a date-time), for `--from` and `--to`. */
const dateFlag = (name: string, description: string) =>
  Flag.String(name).pipe(
    Flag.withMetavar("DATE"),
    Flag.withDescription(description),
    Flag.filterMap(
      (text) => DateTime.make(text.trim()),
      (text) => `--${name}: "${text}" is not a date (2026-01-31)`
    ),
    Flag.optional
  )

const windowFlags = {
  from: dateFlag("from", "the window's start (a date; SCM's dates of the chosen --by)"),
  to: dateFlag("to", "the window's end")
}

const windowOf = (from: Option.Option<DateTime.Utc>, to: Option.Option<DateTime.Utc>) => ({
  ...(Option.isSome(from) ? { from: from.value } : {}),
  ...(Option.isSome(to) ? { to: to.value } : {})
})

const organizationsOf = (org: Option.Option<number>) =>
  Option.isSome(org) ? { organizationIds: [Organizations.OrganizationId.make(org.value)] } : {}

/** A field of a report row that the library passes through as SCM sends it. */
const field = (row: object, ...path: ReadonlyArray<string>): string | number | undefined => {
  let value: unknown = row
  for (const key of path) value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined
  return typeof value === "string" || typeof value === "number" ? value : undefined
}

/** A date SCM sends as text in report rows: shown as its day. */
const dayOf = (value: string | number | undefined) => typeof value === "string" ? value.slice(0, 10) : undefined

/** A report's rows as a table (or JSON), with the `--columns`/`--wide` of the command line. */
const printReport = <A, E, R>(
  rows: Effect.Effect<ReadonlyArray<A>, E, R>,
  columns: ReadonlyArray<Column<A>>,
  view: { readonly columns: Option.Option<string>; readonly wide: boolean }
) =>
  selectColumns(columns, view).pipe(
    Effect.andThen(rows),
    Effect.flatMap((found) => printRows(Stream.fromIterable(found), columns, { view }))
  )

const ssl = Command.make("ssl", {
  status: choiceFlag("status", ["any", "requested", "issued", "revoked", "expired"] as const).pipe(Flag.withDefault("any" as const)),
    by: choiceFlag("by", ["request", "issuance", "expiration", "revocation"] as const).pipe(
      Flag.withDescription("which date --from and --to are of"),
      Flag.optional
    ),
    org: orgFlag,
    ...windowFlags,
  ...tableFlags
}, ({ by, columns, from, org, status, to, wide }) =>
  printReport(
    Reports.sslCertificates({
      status,
      ...(Option.isSome(by) ? { dateAttribute: by.value } : {}),
      ...windowOf(from, to),
      ...organizationsOf(org)
    }),
    [
      { header: "ID", get: (row) => row.id, align: "right" },
      { header: "COMMON NAME", get: (row) => row.commonName, flex: true },
      { header: "STATUS", get: (row) => row.status },
      { header: "ORG", get: (row) => row.orgId, align: "right" },
      { header: "EXPIRES", get: (row) => dateText(row.expires) },
      { header: "TYPE", get: (row) => field(row, "type"), wide: true },
      { header: "SERIAL", get: (row) => row.serialNumber, wide: true }
    ],
    { columns, wide }
  ).pipe(withScm)).pipe(
    describe("SSL certificates as SCM's SSL report lists them, in a window of dates.", [
      ["scm report ssl --status issued", "every issued certificate"],
      ["scm report ssl --by expiration --from 2026-01-01 --to 2026-12-31 -o json", "what expires in 2026"]
    ])
  )

const smime = Command.make("smime", {
  status: choiceFlag("status", ["any", "enrolled", "revoked", "expired", "enrolledPendingDownload", "notEnrolled"] as const).pipe(
      Flag.withDefault("any" as const)
    ),
    org: orgFlag,
    ...windowFlags,
  ...tableFlags
}, ({ columns, from, org, status, to, wide }) =>
  printReport(
    Reports.clientCertificates({ status, ...windowOf(from, to), ...organizationsOf(org) }),
    [
      { header: "ID", get: (row) => field(row, "id"), align: "right" },
      { header: "EMAIL", get: (row) => field(row, "email") ?? field(row, "person", "email"), flex: true },
      { header: "NAME", get: (row) => field(row, "person", "name") },
      { header: "ORG", get: (row) => field(row, "organization", "name") },
      { header: "EXPIRES", get: (row) => dayOf(field(row, "expire")) },
      { header: "BACKEND ID", get: (row) => field(row, "backendCertId"), wide: true }
    ],
    { columns, wide }
  ).pipe(withScm)).pipe(
    describe("S/MIME certificates as SCM's client certificate report lists them.", [["scm report smime --status enrolled", "certificates people hold"]])
  )

const device = Command.make("device", {
  status: choiceFlag("status", ["any", "requested", "approved", "applied", "issued", "revoked", "expired"] as const).pipe(
      Flag.withDefault("any" as const)
    ),
    org: orgFlag,
    ...windowFlags,
  ...tableFlags
}, ({ columns, from, org, status, to, wide }) =>
  printReport(
    Reports.deviceCertificates({ status, ...windowOf(from, to), ...organizationsOf(org) }),
    [
      { header: "ID", get: (row) => field(row, "id"), align: "right" },
      { header: "COMMON NAME", get: (row) => field(row, "commonName"), flex: true },
      { header: "STATUS", get: (row) => field(row, "deviceCertStatus") },
      { header: "ORG", get: (row) => field(row, "organization", "name") },
      { header: "EXPIRES", get: (row) => dayOf(field(row, "expire")) },
      { header: "PROFILE", get: (row) => field(row, "certTypeName"), wide: true }
    ],
    { columns, wide }
  ).pipe(withScm)).pipe(
    describe("Device certificates as SCM's device certificate report lists them.", [["scm report device -o json", "every device certificate, as JSON"]])
  )

const domains = Command.make("domains", { ...tableFlags }, ({ columns, wide }) =>
  printReport(
    Reports.domains(),
    [
      { header: "ID", get: (row) => row.id, align: "right" },
      { header: "NAME", get: (row) => field(row, "name"), flex: true },
      { header: "STATUS", get: (row) => row.status },
      { header: "DCV", get: (row) => row.dcvStatus },
      { header: "REQUESTED", get: (row) => dateText(row.requested) }
    ],
    { columns, wide }
  ).pipe(withScm)).pipe(
    describe("Domains as SCM's domain report lists them, with their validation.", [["scm report domains", "every domain"]])
  )

const activity = Command.make("activity", {
  ...windowFlags,
  ...tableFlags
}, ({ columns, from, to, wide }) =>
  printReport(
    Reports.activity(windowOf(from, to)),
    [
      { header: "DATE", get: (row) => dateTimeText(row.date) },
      { header: "ADMIN", get: (row) => field(row, "admin", "login") },
      { header: "ACTION", get: (row) => field(row, "action", "actionName") },
      { header: "DESCRIPTION", get: (row) => field(row, "description"), flex: true }
    ],
    { columns, wide }
  ).pipe(withScm)).pipe(
    describe("What administrators and SCM did, as SCM's activity report lists it, newest last.", [["scm report activity --from 2026-01-01", "since the start of 2026"]])
  )

/** `scm report`. */
export const report: TopLevel<"report"> = Command.make("report").pipe(
  describe(descriptionOf("report"), [["scm report expiring --within 30d", "what expires within 30 days"]]),
  Command.withSubcommands([expiring, ssl, smime, device, domains, activity])
)
