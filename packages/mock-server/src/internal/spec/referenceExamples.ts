/**
 * The REST reference's examples (`spec/reference-examples.json`, its shape in
 * `spec/reference-examples.md`): each request of the vendor's REST 25.5 reference and the answer a
 * real SCM gave it. Decoded here, found by operation, and compared with another answer: the
 * status, the headers a client reads, the shape of the body (every documented key present, with a
 * compatible JSON type, and where the example shows a value, its format: a date against a
 * date-time, a constant against a word) and the field tables' types. The spec fallback answers
 * with them; the reference replay test and `verify` compare answers with them.
 */
import { Schema } from "effect"
import * as Fs from "node:fs"
import { fileURLToPath } from "node:url"
import { isJsonObject, type JsonObject, patchedSpec, specDirectory } from "./specDocument.js"

const Pair = Schema.Tuple([Schema.String, Schema.String])

const Body = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("json"), value: Schema.Json }),
  Schema.Struct({ kind: Schema.Literal("text"), text: Schema.String }),
  Schema.Struct({ kind: Schema.Literal("multipart"), parts: Schema.Array(Schema.Struct({ name: Schema.String, value: Schema.String })) })
])

/** A body as an example shows it. */
export type Body = typeof Body.Type

const Field = Schema.Struct({ path: Schema.String, type: Schema.String })

/** A row of a field table: Spring REST Docs' path (`[].id`, `a.[].b`) and its documented type. */
export type Field = typeof Field.Type

const Answer = Schema.Struct({
  status: Schema.Int,
  headers: Schema.Array(Pair),
  body: Schema.optionalKey(Body),
  fields: Schema.Array(Field)
})

/** An answer SCM gave. */
export type Answer = typeof Answer.Type

const Example = Schema.Struct({
  id: Schema.String,
  line: Schema.Int,
  title: Schema.String,
  version: Schema.optionalKey(Schema.String),
  variant: Schema.optionalKey(Schema.String),
  area: Schema.String,
  request: Schema.Struct({
    method: Schema.String,
    url: Schema.optionalKey(Schema.String),
    path: Schema.String,
    query: Schema.Array(Pair),
    scheme: Schema.Literals(["password", "certificate", "developer", "none"]),
    headers: Schema.Array(Pair),
    body: Schema.optionalKey(Body),
    fields: Schema.Array(Field)
  }),
  response: Schema.Struct({ ...Answer.fields, documentedHeaders: Schema.Array(Schema.String) }),
  alternatives: Schema.optionalKey(Schema.Array(Answer))
})

/** One example of the reference: the request and the answer SCM gave. */
export type Example = typeof Example.Type

const ExamplesFile = Schema.Struct({
  format: Schema.Literal(1),
  source: Schema.Struct({ file: Schema.String, sha256: Schema.String, lines: Schema.Int }),
  examples: Schema.Array(Example)
})

/** `spec/reference-examples.json`, decoded. */
export type ExamplesFile = typeof ExamplesFile.Type

/** Reads and decodes the examples; throws when the file is missing or not of this shape. */
export const loadReferenceExamples = (url: URL = new URL("reference-examples.json", specDirectory)): ExamplesFile =>
  Schema.decodeUnknownSync(ExamplesFile)(JSON.parse(Fs.readFileSync(fileURLToPath(url), "utf8")))

let cached: ExamplesFile | undefined

/** The examples, read once per process (they are immutable data). */
export const referenceExamples = (): ExamplesFile => (cached ??= loadReferenceExamples())

// ---------------------------------------------------------------------------------------------
// Which operation of the spec an example calls
// ---------------------------------------------------------------------------------------------

/** A path template of the (patched) spec. */
export interface Template {
  readonly template: string
  readonly segments: ReadonlyArray<string>
  readonly methods: ReadonlySet<string>
  /** Its literal segments: a route prefers the template with the most. */
  readonly literals: number
}

let templates: ReadonlyArray<Template> | undefined

const specTemplates = (): ReadonlyArray<Template> =>
  (templates ??= Object.entries(patchedSpec()["paths"] as JsonObject).map(([template, item]) => ({
    template,
    segments: template.split("/"),
    methods: new Set(Object.keys(isJsonObject(item) ? item : {}).map((method) => method.toUpperCase())),
    literals: template.split("/").filter((segment) => !segment.startsWith("{")).length
  })))

/** Whether a template's segment is a `{parameter}`. */
export const isParameter = (segment: string): boolean => segment.startsWith("{")

/** The spec's path template a request reaches (a trailing slash aside, HEAD as GET), the most literal first. */
export const templateFor = (method: string, path: string): Template | undefined => {
  const segments = path.replace(/(.)\/$/, "$1").split("/")
  const wanted = method === "HEAD" ? "GET" : method
  return specTemplates()
    .filter((candidate) =>
      candidate.methods.has(wanted) && candidate.segments.length === segments.length &&
      candidate.segments.every((segment, i) => (isParameter(segment) ? segments[i] !== "" : segment === segments[i]))
    )
    .sort((a, b) => b.literals - a.literals)[0]
}

let byOperation: ReadonlyMap<string, ReadonlyArray<Example>> | undefined

/** The examples of an operation (`GET` and `/api/ssl/v1/{sslId}`), in the reference's order. */
export const examplesOf = (method: string, template: string): ReadonlyArray<Example> => {
  byOperation ??= referenceExamples().examples.reduce((map, example) => {
    const found = example.request.scheme === "none" ? undefined : templateFor(example.request.method, example.request.path)
    if (found === undefined) return map
    const key = `${example.request.method === "HEAD" ? "GET" : example.request.method} ${found.template}`
    return map.set(key, [...(map.get(key) ?? []), example])
  }, new Map<string, ReadonlyArray<Example>>())
  return byOperation.get(`${method === "HEAD" ? "GET" : method} ${template}`) ?? []
}

// ---------------------------------------------------------------------------------------------
// Comparing an answer with the documented one
// ---------------------------------------------------------------------------------------------

/** An answer as received. Header names in lower case. */
export interface Observed {
  readonly status: number
  readonly headers: Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  readonly text: string
}

/** Where an answer differs from the documented one. */
export interface Difference {
  readonly kind: "status" | "shape" | "format" | "header"
  /** The field's path (`[].id`, `dcvLog.log`), the header's name, or "" for the whole answer. */
  readonly at: string
  readonly message: string
}

type JsonType = "null" | "boolean" | "number" | "string" | "array" | "object"

const jsonTypeOf = (value: unknown): JsonType =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "object" ? "object" : (typeof value as JsonType)

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => jsonTypeOf(value) === "object"

/**
 * The formats an example's string can show. A documented value of one of them asks the same of
 * the answer: a client parses it so.
 */
const formats: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ["date (yyyy-MM-dd)", /^\d{4}-\d{2}-\d{2}$/],
  ["ISO date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/],
  ["date-time (yyyy-MM-dd HH:mm:ss)", /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/],
  ["date (MM/dd/yyyy)", /^\d{2}\/\d{2}\/\d{4}$/],
  ["constant (UPPER_CASE)", /^[A-Z][A-Z0-9_]+$/]
]

/** What the answer's string must match where the documented one has a format. */
const formatChecks: Readonly<Record<string, RegExp>> = {
  // A constant's spelling: upper case, digits and underscores ("EC" for "RSA", a hex hash for "AAABBBCCC").
  "constant (UPPER_CASE)": /^[A-Z0-9_]+$/
}

const formatOf = (value: string) => formats.find(([, pattern]) => pattern.test(value))

/** The documented items of an array merged into one: each key with its first non-null value. */
const mergeItems = (items: ReadonlyArray<unknown>): unknown => {
  const objects = items.filter(isRecord)
  if (objects.length === 0) return items.find((item) => item !== null) ?? null
  const merged: Record<string, unknown> = {}
  for (const object of objects) {
    for (const [key, value] of Object.entries(object)) {
      if (!(key in merged) || merged[key] === null) merged[key] = value
      else if (Array.isArray(merged[key]) && Array.isArray(value)) merged[key] = [...(merged[key] as ReadonlyArray<unknown>), ...value]
    }
  }
  return merged
}

const join = (at: string, key: string) => (at === "" ? key : `${at}.${key}`)

/** A field path in one spelling: `a.[].b` and `a[].b` are `a[].b`. */
const normalPath = (path: string) => path.replace(/\.\[\]/g, "[]")

/**
 * The paths the field table gives as objects without describing any field of theirs: key-value
 * maps whose keys are data (a location's `details`, a profile's `keyTypes`), not a shape to hold.
 */
const opaqueObjects = (fields: ReadonlyArray<Field>): ReadonlySet<string> => {
  const paths = fields.map((field) => normalPath(field.path))
  return new Set(
    fields.filter((field) => field.type === "Object")
      .map((field) => normalPath(field.path))
      .filter((path) => !paths.some((other) => other.startsWith(`${path}.`) || other.startsWith(`${path}[]`)))
  )
}

/** Where the answer's value differs in shape or format from the documented one. */
const compareValue = (
  documented: unknown,
  actual: unknown,
  at: string,
  opaque: ReadonlySet<string>,
  differences: Array<Difference>
): void => {
  const expected = jsonTypeOf(documented)
  const got = jsonTypeOf(actual)
  if (expected === "null") return
  if (expected !== got) {
    differences.push({ kind: "shape", at, message: `${got} where the reference shows ${expected === "string" || expected === "number" ? `a ${expected}` : `an ${expected}`}` })
    return
  }
  if (isRecord(documented) && isRecord(actual)) {
    if (opaque.has(at)) return
    for (const [key, value] of Object.entries(documented)) {
      if (!(key in actual)) differences.push({ kind: "shape", at: join(at, key), message: "missing" })
      else compareValue(value, actual[key], join(at, key), opaque, differences)
    }
    return
  }
  if (Array.isArray(documented) && Array.isArray(actual)) {
    if (documented.length === 0) return
    if (actual.length === 0) {
      // Nothing to compare the documented items with: the mock's data lacks what the example shows.
      if (documented.some(isRecord)) differences.push({ kind: "shape", at: `${at}[]`, message: "an empty list where the reference shows items" })
      return
    }
    compareValue(mergeItems(documented), mergeItems(actual), `${at}[]`, opaque, differences)
    return
  }
  if (typeof documented === "string" && typeof actual === "string") {
    const format = formatOf(documented)
    const check = format === undefined ? undefined : formatChecks[format[0]] ?? format[1]
    if (format !== undefined && check !== undefined && !check.test(actual)) {
      differences.push({ kind: "format", at, message: `${JSON.stringify(actual)} where the reference shows a ${format[0]} (${JSON.stringify(documented)})` })
    }
  }
}

/** The values at a Spring REST Docs field path (`a.b`, `[].a`, `a.[].b`, `a[].b`; a trailing `[]` is the array itself). */
const valuesAt = (root: unknown, path: string): ReadonlyArray<unknown> => {
  const steps = normalPath(path).replace(/\[\]$/, "").replace(/\[\]/g, ".[]").split(".").filter((step) => step !== "")
  let values: ReadonlyArray<unknown> = [root]
  for (const step of steps) {
    values = step === "[]"
      ? values.flatMap((value) => (Array.isArray(value) ? value : []))
      : values.flatMap((value) => (isRecord(value) && step in value ? [value[step]] : []))
  }
  return values
}

const fieldTypes: Readonly<Record<string, JsonType>> = {
  String: "string",
  Number: "number",
  Boolean: "boolean",
  Object: "object",
  Array: "array"
}

/** The field table's types of the values the answer has (a missing field is the body's business). */
const compareFields = (fields: ReadonlyArray<Field>, actual: unknown, differences: Array<Difference>): void => {
  for (const field of fields) {
    const expected = fieldTypes[field.type]
    if (expected === undefined) continue
    for (const value of valuesAt(actual, field.path)) {
      const got = jsonTypeOf(value)
      if (got !== "null" && got !== expected) {
        differences.push({ kind: "shape", at: field.path, message: `${got} where the field table says ${field.type}` })
        break
      }
    }
  }
}

const headerOf = (observed: Observed, name: string): string | undefined => {
  const value = observed.headers[name.toLowerCase()]
  return Array.isArray(value) ? value.join(", ") : (value as string | undefined)
}

const mediaType = (contentType: string | undefined) => contentType?.split(";")[0]?.trim().toLowerCase()

/**
 * Headers whose presence a client relies on; the others (Content-Length, caching) are the server's
 * business. Content-Disposition names a downloaded file; on a JSON answer it is Spring's guard
 * against reflected file downloads (a path ending in `.com`), which no client reads.
 */
const meaningfulHeaders = (documented: Answer): ReadonlySet<string> =>
  new Set(["location", "x-total-count", ...(documented.body?.kind === "json" ? [] : ["content-disposition"])])

const compareHeaders = (documented: Answer, observed: Observed, differences: Array<Difference>): void => {
  const meaningful = meaningfulHeaders(documented)
  for (const [name, value] of documented.headers) {
    const lower = name.toLowerCase()
    const actual = headerOf(observed, name)
    if (lower === "content-type") {
      if (documented.body !== undefined && mediaType(actual) !== mediaType(value)) {
        differences.push({ kind: "header", at: name, message: `${actual ?? "none"} where the reference shows ${value}` })
      }
    } else if (meaningful.has(lower)) {
      if (actual === undefined) differences.push({ kind: "header", at: name, message: "missing" })
      else if (lower === "x-total-count" && !/^\d+$/.test(actual)) differences.push({ kind: "header", at: name, message: `${actual} is not a count` })
      else if (lower === "location") compareLocation(value, actual, differences)
    }
  }
}

/** A `Location` names the same kind of thing: the same path, an id where the example has one, of the same form. */
const compareLocation = (documented: string, actual: string, differences: Array<Difference>): void => {
  const segments = (url: string) => new URL(url, "http://host").pathname.replace(/^\/private\//, "/").split("/")
  const expected = segments(documented)
  const got = segments(actual)
  // An id of the example's (a number, a UUID) stands for one of the same form; other segments are the path's own words.
  const formOf = (segment: string) => (/^\d+$/.test(segment) ? "number" : /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(segment) ? "uuid" : undefined)
  const same = expected.length === got.length &&
    expected.every((segment, i) => {
      const form = formOf(segment)
      return form === undefined ? segment === got[i] || i === expected.length - 1 : formOf(got[i] ?? "") === form
    })
  if (!same) differences.push({ kind: "header", at: "Location", message: `${actual} where the reference shows ${documented}` })
}

const parse = (text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

/** How an answer differs from one documented answer: status, headers, body and field types. */
export const compareAnswer = (documented: Answer, observed: Observed): ReadonlyArray<Difference> => {
  const differences: Array<Difference> = []
  if (observed.status !== documented.status) {
    differences.push({ kind: "status", at: "", message: `${observed.status} where the reference shows ${documented.status}` })
    return differences
  }
  compareHeaders(documented, observed, differences)
  const body = documented.body
  if (body?.kind === "json") {
    const actual = parse(observed.text)
    if (!actual.ok) differences.push({ kind: "shape", at: "", message: "not JSON where the reference shows JSON" })
    else {
      compareValue(body.value, actual.value, "", opaqueObjects(documented.fields), differences)
      compareFields(documented.fields, actual.value, differences)
    }
  } else if (body !== undefined && observed.text === "") {
    differences.push({ kind: "shape", at: "", message: "no body where the reference shows one" })
  }
  return differences
}

/** The documented answers of an example: its answer and the alternatives the reference shows. */
export const answersOf = (example: Example): ReadonlyArray<Answer> => [example.response, ...(example.alternatives ?? [])]

/** The differences from the documented answer the observed one comes closest to (none: it matches one). */
export const compareExample = (example: Example, observed: Observed): ReadonlyArray<Difference> => {
  let best: ReadonlyArray<Difference> | undefined
  for (const answer of answersOf(example)) {
    const differences = compareAnswer(answer, observed)
    if (best === undefined || rank(differences) < rank(best)) best = differences
    if (differences.length === 0) break
  }
  return best ?? []
}

/** A status difference outweighs any number of others. */
const rank = (differences: ReadonlyArray<Difference>) =>
  differences.some((difference) => difference.kind === "status") ? 1_000_000 : differences.length
