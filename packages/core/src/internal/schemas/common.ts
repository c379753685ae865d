/**
 * Schema building blocks shared by the resource modules: SCM's dates, enums that tolerate values
 * a newer SCM may add, and optional fields that may also arrive as `null`.
 */
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import * as SchemaGetter from "effect/SchemaGetter"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaTransformation from "effect/SchemaTransformation"

/**
 * A field SCM may leave out or send as `null`: both decode to an absent property.
 *
 * @internal
 */
export const optional = <S extends Schema.Constraint>(schema: S) =>
  Schema.optionalKey(Schema.NullOr(schema)).pipe(
    Schema.decodeTo(Schema.optionalKey(Schema.toType(schema)), {
      decode: SchemaGetter.transformOptional(Option.filter(Predicate.isNotNull)),
      encode: SchemaGetter.passthrough({ strict: false })
    })
  )

/**
 * A list SCM may leave out or send as `null`: both decode to an empty array, so callers never
 * check for absence.
 *
 * @internal
 */
export const list = <S extends Schema.Constraint>(item: S) =>
  Schema.optionalKey(Schema.NullOr(Schema.Array(item))).pipe(
    Schema.decodeTo(Schema.Array(Schema.toType(item)), {
      decode: SchemaGetter.transformOptional((value) => Option.some(Option.getOrNull(value) ?? [])),
      encode: SchemaGetter.passthrough({ strict: false })
    })
  )

/** A spec field as SCM answers it: an optional one may also be `null`. */
type Lenient<F extends Schema.Struct.Fields> = {
  readonly [K in keyof F]: F[K] extends Schema.optionalKey<infer S extends Schema.Constraint>
    ? ReturnType<typeof optional<S>>
    : F[K]
}

const lenient = <F extends Schema.Struct.Fields>(fields: F): Lenient<F> => {
  const out: Record<string, Schema.Constraint> = {}
  for (const [key, field] of Object.entries(fields)) {
    out[key] = SchemaAST.isOptional(field.ast) ? optional((field as Schema.optionalKey<Schema.Top>).schema) : field
  }
  return out as Lenient<F>
}

/**
 * A curated view of a generated (spec) struct: every field of the spec's, each optional one also
 * taking `null`, with `overrides` for the fields the view types better (branded ids, open enums,
 * dates, required ids, lists that default to `[]`).
 *
 * @internal
 */
export const fromSpec = <F extends Schema.Struct.Fields, const O extends Schema.Struct.Fields>(
  spec: Schema.Struct<F>,
  overrides: O,
  identifier: string
) => Schema.Struct(lenient(spec.fields)).pipe(Schema.fieldsAssign(overrides)).annotate({ identifier })

/**
 * An open enum whose known values are those of a generated (spec) enum.
 *
 * @internal
 */
export const openEnum = <const Literals extends readonly [string, ...Array<string>], const B extends string>(
  brand: B,
  spec: { readonly literals: Literals }
) => openLiteral(brand, ...spec.literals)

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
) =>
  // `Schema.brand` checks that its name is one literal, which a type parameter cannot prove; every
  // call site passes one.
  Schema.Union([Schema.Literals(literals), Schema.String.pipe(Schema.brand<B>(brand as never))])

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
export const ScmDateTime = Schema.String.pipe(
  Schema.decodeTo(
    Schema.DateTimeUtc,
    SchemaTransformation.transformEffect({
      decode: (input: string) => {
        const millis = parseScmDate(input)
        // A date is no secret: the message quotes it, so a wrong one is found in the logs.
        return millis === undefined
          ? Effect.fail(
            new SchemaIssue.InvalidValue({ message: `Expected an SCM date or date-time, got ${JSON.stringify(input)}` })
          )
          : Effect.succeed(DateTime.makeUnsafe(millis))
      },
      encode: (dateTime: DateTime.Utc) => Effect.succeed(DateTime.formatIso(dateTime))
    })
  )
).annotate({ identifier: "ScmDateTime" })

/**
 * Organization and department ids share one space in SCM: every `orgId` parameter takes either.
 *
 * @internal
 */
export const OrganizationId = Schema.Int.pipe(Schema.brand("OrganizationId"))
