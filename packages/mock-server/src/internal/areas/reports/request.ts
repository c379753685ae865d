/**
 * Reading a report request (`POST /report/v1/...`) the way SCM validates it: the fields the REST
 * reference and the spec give every certificate report (`from`, `to`, `organizationIds`,
 * `certificateStatus`, `certificateDateAttribute`), with codes given as the spec's strings or the
 * reference's numbers. A value SCM would not read is -1601 (`Field '{0}' has invalid value.`).
 * Exported for every report of the mock (the S/MIME one included), so that they read alike.
 */
import type { HttpServerResponse } from "effect/http"
import { Result } from "effect"
import type { QueryParams } from "../../http/query.js"
import { literalParam } from "../../http/query.js"
import * as Fields from "../../http/requestFields.js"
import { badRequest, invalidField, jsonResponse } from "../../http/scmErrors.js"

type Answer = HttpServerResponse.HttpServerResponse
type Read<A> = Result.Result<A, Answer>

/** An inclusive window of time in milliseconds; an absent end is open. */
export interface Window {
  readonly from: number | undefined
  readonly to: number | undefined
}

/** The fields every certificate report reads. */
export interface CertificateReportRequest<Status extends string, DateAttribute extends string> {
  readonly window: Window
  readonly organizationIds: ReadonlySet<number> | undefined
  readonly status: Status
  readonly dateAttribute: DateAttribute
}

const day = 24 * 60 * 60 * 1000
const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * A `from` or `to` as SCM reads it: an ISO date (the reference's "YYYY-MM-DD"), which as `to`
 * takes in the whole day, or an ISO date-time (what the reference's examples send).
 */
const instant = (text: string, end: boolean): number | undefined => {
  const match = dateOnly.exec(text)
  if (match !== null) {
    const start = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
    const date = new Date(start)
    if (date.getUTCFullYear() !== Number(match[1]) || date.getUTCMonth() !== Number(match[2]) - 1) return undefined
    return end ? start + day - 1 : start
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return undefined
  const millis = Date.parse(text)
  return Number.isNaN(millis) ? undefined : millis
}

const dateField = (fields: Fields.Fields, name: "from" | "to"): Read<number | undefined> =>
  Result.flatMap(Fields.optionalString(fields, name, 64), (text) => {
    if (text === undefined || text === "") return Result.succeed(undefined)
    const millis = instant(text.trim(), name === "to")
    return millis === undefined ? Result.fail(invalidField(name)) : Result.succeed(millis)
  })

/** `from` and `to`; `from` after `to` is refused, as the reference's constraints say. */
export const windowOf = (fields: Fields.Fields): Read<Window> =>
  Result.flatMap(Result.all([dateField(fields, "from"), dateField(fields, "to")]), ([from, to]) =>
    from !== undefined && to !== undefined && from > to ? Result.fail(invalidField("from")) : Result.succeed({ from, to }))

/** Whether a time falls in the window; a certificate without that date is outside any bounded window. */
export const inWindow = (window: Window, time: number | undefined): boolean =>
  window.from === undefined && window.to === undefined
    ? true
    : time !== undefined && (window.from === undefined || time >= window.from) && (window.to === undefined || time <= window.to)

/** `organizationIds`: integers, or strings of digits (the spec types the items as any JSON). */
export const organizationIdsOf = (fields: Fields.Fields): Read<ReadonlySet<number> | undefined> => {
  const value = fields["organizationIds"]
  if (value === undefined || value === null) return Result.succeed(undefined)
  if (!Array.isArray(value)) return Result.fail(invalidField("organizationIds"))
  const ids = new Set<number>()
  for (const item of value) {
    const read = Fields.optionalInteger({ id: item }, "id")
    if (Result.isFailure(read) || read.success === undefined) return Result.fail(invalidField("organizationIds"))
    ids.add(read.success)
  }
  // An empty list filters nothing, as the reference's constraint `[]` suggests.
  return Result.succeed(ids.size === 0 ? undefined : ids)
}

/** A code field (a string or a number) that is one of `values`, or `fallback` when absent. */
export const codeField = <const A extends string>(fields: Fields.Fields, name: string, values: ReadonlyArray<A>, fallback: A): Read<A> =>
  fields[name] === undefined || fields[name] === null ? Result.succeed(fallback) : Fields.requiredLiteral(fields, name, values)

/** The fields every certificate report reads, with the status and date attribute codes this report takes. */
export const certificateReportRequest = <const Status extends string, const DateAttribute extends string>(
  fields: Fields.Fields,
  codes: {
    readonly statuses: ReadonlyArray<Status>
    readonly anyStatus: NoInfer<Status>
    readonly dateAttributes: ReadonlyArray<DateAttribute>
    readonly defaultDateAttribute: NoInfer<DateAttribute>
  }
): Read<CertificateReportRequest<Status, DateAttribute>> =>
  Result.map(
    Result.all([
      windowOf(fields),
      organizationIdsOf(fields),
      codeField(fields, "certificateStatus", codes.statuses, codes.anyStatus),
      codeField(fields, "certificateDateAttribute", codes.dateAttributes, codes.defaultDateAttribute)
    ]),
    ([window, organizationIds, status, dateAttribute]) => ({ window, organizationIds, status, dateAttribute })
  )

/** `output_type`: absent, `direct` or `buffered`; the mock answers both with the whole report. */
export const outputTypeOf = (query: QueryParams): Read<void> =>
  Result.mapError(Result.map(literalParam(query, "output_type", ["direct", "buffered"]), () => undefined), badRequest)

/** The file name SCM's answer gives, per report (`rest_api_ssl-certificates.json` ...). */
export const reportResponse = (report: string, rows: ReadonlyArray<unknown>): Answer =>
  jsonResponse(200, { statusCode: 0, reports: rows }, {
    "content-disposition": `attachment; filename="rest_api_${report}.json"`,
    "cache-control": "must-revalidate",
    pragma: "public"
  })

/**
 * A text filter as SCM's reports take it: a pattern where `*` and `%` stand for any run of
 * characters, matched anywhere in the value.
 */
export const patternMatcher = (pattern: string, caseSensitive: boolean): (value: string | undefined) => boolean => {
  const source = pattern.split(/[*%]/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")
  const regex = new RegExp(source, caseSensitive ? "" : "i")
  return (value) => value !== undefined && regex.test(value)
}
