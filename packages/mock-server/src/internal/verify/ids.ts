/**
 * A server's own values for the ids an example of the REST reference names: read from the
 * server's lists (the items of a list answer, the field of them that a path parameter names),
 * never assumed from a seed. The reference replay and `verify` both read them so.
 */

/** An item of a list answer. */
export type Item = Readonly<Record<string, unknown>>

/** An id, an email, a name: what a path parameter or a query value names. */
export type Value = string | number

/** A JSON object (not an array, not null). */
export const isRecord = (value: unknown): value is Item => typeof value === "object" && value !== null && !Array.isArray(value)

/** The items of a list answer: an array, or the one array an object wraps (`{ reports: [...] }`). */
export const itemsOf = (value: unknown): ReadonlyArray<Item> => {
  if (Array.isArray(value)) return value.filter(isRecord)
  if (isRecord(value)) {
    const arrays = Object.values(value).filter(Array.isArray)
    if (arrays.length === 1) return (arrays[0] as ReadonlyArray<unknown>).filter(isRecord)
  }
  return []
}

/** The distinct values of a field of the items, in order. */
export const valuesOf = (items: ReadonlyArray<Item>, field: string): ReadonlyArray<Value> =>
  [...new Set(items.map((item) => item[field]).filter((value): value is Value => typeof value === "number" || typeof value === "string"))]

/** The form of an id: a number, a UUID, or another string. */
export const formOf = (value: Value): "number" | "uuid" | "string" =>
  typeof value === "number" || /^\d+$/.test(value) ? "number" : /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(value) ? "uuid" : "string"

/**
 * The values of the field of a list's items that a path parameter names: its own name, `id`, or
 * another `...Id` field; of those the first whose values have the form of the example's (a UUID
 * for a UUID), else the first of the same JSON type, else the first.
 */
export const idValuesOf = (items: ReadonlyArray<Item>, parameter: string, original: Value): ReadonlyArray<Value> => {
  const keys = [...new Set(items.flatMap((item) => Object.keys(item)))]
  const fields = [...new Set([parameter, "id", ...keys.filter((key) => /Id$/.test(key))])].filter((field) => valuesOf(items, field).length > 0)
  const first = (field: string) => valuesOf(items, field)[0] ?? ""
  const field = fields.find((candidate) => formOf(first(candidate)) === formOf(original)) ??
    fields.find((candidate) => (formOf(first(candidate)) === "number") === (formOf(original) === "number")) ??
    fields[0]
  return field === undefined ? [] : valuesOf(items, field)
}

/** A path value that names something (an id, an email), as opposed to a word of the API (`p12`, `net_task`). */
export const namesSomething = (name: string, value: string): boolean =>
  /^\d+$/.test(value) || value.includes("@") || /(Id|id|Number|uuid|email)$/.test(name)
