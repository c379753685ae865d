/**
 * Reading the fields of a JSON request body the way SCM validates them: an absent required field
 * is -7 (`{0} is required but missing.`), a value of the wrong type or out of bounds is -1601
 * (`Field '{0}' has invalid value.`). Each reader gives the value or the answer to send.
 */
import type { HttpServerResponse } from "effect/http"
import { Result } from "effect"
import { maxInt32 } from "./query.js"
import { badRequest, invalidField, missingField } from "./scmErrors.js"

/** A JSON object body. */
export type Fields = Readonly<Record<string, unknown>>

type Read<A> = Result.Result<A, HttpServerResponse.HttpServerResponse>

/** The body as an object, or a 400. */
export const fieldsOf = (body: unknown): Read<Fields> =>
  typeof body === "object" && body !== null && !Array.isArray(body)
    ? Result.succeed(body as Fields)
    : Result.fail(badRequest("The body must be a JSON object"))

const absent = (value: unknown): boolean => value === undefined || value === null

/** An integer in `min..maxInt32`; numbers given as strings of digits are read too, as SCM's JSON mapper does. */
export const optionalInteger = (fields: Fields, name: string, min = 1): Read<number | undefined> => {
  const value = fields[name]
  if (absent(value)) return Result.succeed(undefined)
  const number = typeof value === "string" && /^-?\d{1,10}$/.test(value) ? Number(value) : value
  return typeof number === "number" && Number.isInteger(number) && number >= min && number <= maxInt32
    ? Result.succeed(number)
    : Result.fail(invalidField(name))
}

/** A required integer in `min..maxInt32`. */
export const requiredInteger = (fields: Fields, name: string, min = 1): Read<number> =>
  Result.flatMap(optionalInteger(fields, name, min), (value) => value === undefined ? Result.fail(missingField(name)) : Result.succeed(value))

/** A string of at most `maxLength` characters. */
export const optionalString = (fields: Fields, name: string, maxLength: number): Read<string | undefined> => {
  const value = fields[name]
  if (absent(value)) return Result.succeed(undefined)
  return typeof value === "string" && value.length <= maxLength ? Result.succeed(value) : Result.fail(invalidField(name))
}

/** A required, non-empty (after trimming) string of at most `maxLength` characters. */
export const requiredString = (fields: Fields, name: string, maxLength: number): Read<string> =>
  Result.flatMap(optionalString(fields, name, maxLength), (value) =>
    value === undefined || value.trim() === "" ? Result.fail(missingField(name)) : Result.succeed(value))

/** A string (or, as SCM reads them, a number) that is one of `values`. */
export const requiredLiteral = <const A extends string>(fields: Fields, name: string, values: ReadonlyArray<A>): Read<A> => {
  const value = fields[name]
  if (absent(value)) return Result.fail(missingField(name))
  const text = typeof value === "number" ? String(value) : value
  const found = values.find((candidate) => candidate === text)
  return found === undefined ? Result.fail(invalidField(name)) : Result.succeed(found)
}

/** `[{name, value}]` pairs of strings, as custom fields are sent. */
export const namedValues = (
  fields: Fields,
  name: string
): Read<ReadonlyArray<{ readonly name: string; readonly value: string }>> => {
  const value = fields[name]
  if (absent(value)) return Result.succeed([])
  if (!Array.isArray(value)) return Result.fail(invalidField(name))
  const pairs: Array<{ readonly name: string; readonly value: string }> = []
  for (const item of value) {
    if (typeof item !== "object" || item === null || !("name" in item) || !("value" in item)) return Result.fail(invalidField(name))
    if (typeof item.name !== "string" || typeof item.value !== "string") return Result.fail(invalidField(name))
    pairs.push({ name: item.name, value: item.value })
  }
  return Result.succeed(pairs)
}
