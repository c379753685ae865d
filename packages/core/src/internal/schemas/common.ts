/**
 * Schema building blocks shared by the resource modules: SCM's dates, enums that tolerate values
 * a newer SCM may add, and optional fields that may also arrive as `null`.
 */
import * as DateTime from "effect/DateTime"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"

/**
 * A field SCM may leave out or send as `null`: both decode to an absent property.
 *
 * @internal
 */
export const optional = <S extends Schema.Schema.Any>(schema: S) =>
  Schema.optionalWith(schema, { nullable: true, exact: true })

/**
 * A list SCM may leave out or send as `null`: both decode to an empty array, so callers never
 * check for absence.
 *
 * @internal
 */
export const list = <S extends Schema.Schema.Any>(item: S) =>
  Schema.optionalWith(Schema.Array(item), { nullable: true, default: () => [] })

/**
 * An enum that names the values the spec lists and still decodes a value it does not: that one is
 * a string branded `brand`, so code can switch over the known values and must handle the rest
 * explicitly, while a typo in a literal does not type-check.
 *
 * @internal
 */
export const openLiteral = <const Literals extends readonly [string, ...Array<string>], const B extends string>(
  brand: B,
  ...literals: Literals
) => Schema.Union(Schema.Literal(...literals), Schema.String.pipe(Schema.brand(brand)))

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/
const usDate = /^(\d{2})\/(\d{2})\/(\d{4})$/
const isoDateTime = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/i

const calendarDay = (year: number, month: number, day: number): number | undefined => {
  const millis = Date.UTC(year, month - 1, day)
  const date = new Date(millis)
  // Date.UTC rolls 02/30 over to March: a date that does not exist is not a date.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? millis
    : undefined
}

/**
 * Milliseconds since the epoch for the forms SCM is seen to send: ISO 8601 date-times (with or
 * without an offset; none means UTC), ISO dates (`2025-05-21`) and the REST reference's
 * `05/21/2025`. Dates are midnight UTC.
 *
 * @internal
 */
export const parseScmDate = (input: string): number | undefined => {
  const text = input.trim()
  let match = isoDate.exec(text)
  if (match !== null) return calendarDay(Number(match[1]), Number(match[2]), Number(match[3]))
  match = usDate.exec(text)
  if (match !== null) return calendarDay(Number(match[3]), Number(match[1]), Number(match[2]))
  match = isoDateTime.exec(text)
  if (match === null) return undefined
  const [, day, time, zone] = match
  if (day === undefined || time === undefined) return undefined
  const [year, month, date] = day.split("-").map(Number)
  if (year === undefined || month === undefined || date === undefined || calendarDay(year, month, date) === undefined) {
    return undefined
  }
  const offset = zone === undefined ? "Z" : zone.toUpperCase() === "Z" ? "Z" : zone.replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2")
  const millis = Date.parse(`${day}T${time}${offset}`)
  return Number.isNaN(millis) ? undefined : millis
}

/**
 * A date or date-time as SCM sends it, decoded to a `DateTime.Utc`; encoded as ISO 8601.
 *
 * @internal
 */
export const ScmDateTime = Schema.transformOrFail(Schema.String, Schema.DateTimeUtcFromSelf, {
  strict: true,
  decode: (input, _, ast) => {
    const millis = parseScmDate(input)
    return millis === undefined
      ? ParseResult.fail(new ParseResult.Type(ast, input, `Expected an SCM date or date-time, got ${JSON.stringify(input)}`))
      : ParseResult.succeed(DateTime.unsafeMake(millis))
  },
  encode: (dateTime) => ParseResult.succeed(DateTime.formatIso(dateTime))
}).annotations({ identifier: "ScmDateTime" })

/**
 * Organization and department ids share one space in SCM: every `orgId` parameter takes either.
 *
 * @internal
 */
export const OrganizationId = Schema.Int.pipe(Schema.brand("OrganizationId"))
