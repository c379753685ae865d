/**
 * Certificates that expire soon, as `scm report expiring`, `scm ssl list --expiring` and
 * `scm renew` show them: found with one SSL report request (`SslCertificates.expiring`).
 */
import type * as SslCertificates from "@scm-effect/core/SslCertificates"
import * as DateTime from "effect/DateTime"
import type { Column } from "../output.js"

/** "2027-06-18". */
export const dateText = (value: DateTime.Utc | undefined): string | undefined =>
  value === undefined ? undefined : DateTime.formatIso(value).slice(0, 10)

/** "2027-06-18 14:05 UTC": for what happens at a time of day (a validation's next check). */
export const dateTimeText = (value: DateTime.Utc | undefined): string | undefined =>
  value === undefined ? undefined : `${DateTime.formatIso(value).slice(0, 16).replace("T", " ")} UTC`

/** Whole days from `now` until `expires`. */
export const daysLeft = (expires: DateTime.Utc | undefined, now: number): number | undefined =>
  expires === undefined ? undefined : Math.floor((DateTime.toEpochMillis(expires) - now) / 86_400_000)

/** The columns of an expiring certificate. */
export const expiringColumns = (now: number): ReadonlyArray<Column<SslCertificates.ExpiringCertificate>> => [
  { header: "ID", get: (row) => row.id, align: "right" },
  { header: "COMMON NAME", get: (row) => row.commonName },
  { header: "ORG", get: (row) => row.orgId, align: "right" },
  { header: "EXPIRES", get: (row) => dateText(row.expires) },
  { header: "DAYS", get: (row) => daysLeft(row.expires, now), align: "right" }
]
