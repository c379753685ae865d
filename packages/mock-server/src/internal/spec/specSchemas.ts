/**
 * The spec's schemas as validators (JSON Schema 2020-12, by Ajv) and as a source of values: a value
 * made from a schema (its `example`s where it has them) that the same schema accepts.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js"
import addFormatsModule from "ajv-formats"
import { isJsonObject, type Json, type JsonObject } from "./specDocument.js"

const addFormats = addFormatsModule.default

/** Component schema `X` is registered under `${schemaBase}X`; the document's `#/components/schemas/X` points there. */
const schemaBase = "https://spec.scm.invalid/schemas/"
const componentRef = "#/components/schemas/"

const jsonTypes: ReadonlySet<string> = new Set(["string", "number", "integer", "boolean", "object", "array", "null"])

/**
 * A schema with its `$ref`s pointing at the registered components and the vendor's invalid `type`s
 * (`"type": "enum"` beside a `$ref`) dropped: JSON Schema has no such type, and the `$ref` or `enum`
 * beside it says what is meant.
 */
export const rewriteSchema = (schema: Json): Json => {
  if (Array.isArray(schema)) return schema.map(rewriteSchema)
  if (!isJsonObject(schema)) return schema
  const out: Record<string, Json> = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === "type" && typeof value === "string" && !jsonTypes.has(value)) continue
    out[key] = key === "$ref" && typeof value === "string" ? value.replace(componentRef, schemaBase) : rewriteSchema(value)
  }
  return out
}

/** Options of a validator set. */
export interface ValidatorOptions {
  /** Query, path and header values are text: read them as the schema's type (and a single value as an array). */
  readonly coerce: boolean
}

/** Ajv over the document's components; schemas compiled through it are cached by the caller. */
export const makeAjv = (components: JsonObject, options: ValidatorOptions): Ajv2020 => {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    logger: false,
    // The vendor's patterns are ECMAScript without the `u` flag (`\!`, `\_`), as the generated client reads them.
    unicodeRegExp: false,
    ...(options.coerce ? { coerceTypes: "array" as const } : {})
  })
  addFormats(ajv)
  const formats = new Set<string>()
  const collectFormats = (schema: Json): void => {
    if (Array.isArray(schema)) return schema.forEach(collectFormats)
    if (!isJsonObject(schema)) return
    for (const [key, value] of Object.entries(schema)) {
      if (key === "format" && typeof value === "string") formats.add(value)
      else collectFormats(value)
    }
  }
  collectFormats(components)
  // Formats Ajv does not know (a Java date pattern, OpenAPI's `binary`) say nothing checkable.
  for (const format of formats) if (ajv.formats[format] === undefined) ajv.addFormat(format, true)
  for (const [name, schema] of Object.entries(components)) {
    ajv.addSchema({ ...(isJsonObject(schema) ? (rewriteSchema(schema) as JsonObject) : {}), $id: `${schemaBase}${name}` })
  }
  return ajv
}

/** Compiles a schema of the document (its `$ref`s not yet rewritten). */
export const compile = (ajv: Ajv2020, schema: Json): ValidateFunction => ajv.compile(isJsonObject(schema) ? (rewriteSchema(schema) as JsonObject) : {})

/** The first error in terms a client can act on: the JSON path of the field, and the keyword that failed. */
export interface SchemaProblem {
  /** Dotted path of the field (`subject.commonName`); empty for the value itself. */
  readonly field: string
  readonly keyword: string
}

export const firstProblem = (errors: ReadonlyArray<ErrorObject> | null | undefined): SchemaProblem => {
  const error = errors?.[0]
  if (error === undefined) return { field: "", keyword: "unknown" }
  const parts = error.instancePath.split("/").filter((part) => part !== "").map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
  if (error.keyword === "required" && typeof error.params["missingProperty"] === "string") parts.push(error.params["missingProperty"])
  return { field: parts.join("."), keyword: error.keyword }
}

// ---- values from schemas ----

const formatSamples: Readonly<Record<string, string>> = {
  "date-time": "2025-05-21T10:15:30Z",
  "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'": "2025-05-21T10:15:30.000Z",
  date: "2025-05-21",
  time: "10:15:30Z",
  uuid: "3f2c9a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f",
  email: "admin@example.com",
  uri: "https://example.com/",
  url: "https://example.com/",
  hostname: "example.com",
  ipv4: "192.0.2.10",
  ipv6: "2001:db8::10",
  byte: "TU9DSw==",
  binary: "MOCK",
  password: "Example-Password-1"
}

/** Candidates for a string with a `pattern` (the spec's patterns are loose; one of these fits each). */
const patternCandidates = ["example", "Example1", "a1", "1", "0x1A", "A", "", "+1 555 0100"]

const firstString = (schema: JsonObject): string => {
  const format = typeof schema["format"] === "string" ? formatSamples[schema["format"]] : undefined
  const minLength = typeof schema["minLength"] === "number" ? schema["minLength"] : 0
  const maxLength = typeof schema["maxLength"] === "number" ? schema["maxLength"] : Number.POSITIVE_INFINITY
  const fit = (text: string) => {
    const long = text.length >= minLength ? text : text + "x".repeat(minLength - text.length)
    return long.length <= maxLength ? long : long.slice(0, maxLength)
  }
  if (format !== undefined) return fit(format)
  if (typeof schema["pattern"] === "string") {
    let pattern: RegExp | undefined
    try {
      pattern = new RegExp(schema["pattern"])
    } catch {
      pattern = undefined
    }
    const found = patternCandidates.map(fit).find((candidate) => pattern === undefined || pattern.test(candidate))
    if (found !== undefined) return found
  }
  return fit("example")
}

const firstNumber = (schema: JsonObject, integer: boolean): number => {
  const minimum = typeof schema["minimum"] === "number"
    ? schema["minimum"]
    : typeof schema["exclusiveMinimum"] === "number"
    ? schema["exclusiveMinimum"] + 1
    : undefined
  const maximum = typeof schema["maximum"] === "number"
    ? schema["maximum"]
    : typeof schema["exclusiveMaximum"] === "number"
    ? schema["exclusiveMaximum"] - 1
    : undefined
  let value = minimum !== undefined && minimum > 1 ? minimum : 1
  if (maximum !== undefined && value > maximum) value = maximum
  return integer ? Math.ceil(value) : value
}

/** How deep a made value goes before it keeps to required fields and empty arrays (the schemas are recursive). */
const fullDepth = 3
const maxDepth = 8

/** What `sample` reads the document's `$ref`s from, and whether it uses the `example`s. */
export interface SampleContext {
  readonly components: JsonObject
  readonly useExamples: boolean
}

const fitsType = (value: Json, type: string | undefined): boolean =>
  type === undefined ||
  (type === "integer" ? Number.isInteger(value) : type === "array" ? Array.isArray(value) : type === "object"
    ? isJsonObject(value)
    : type === "null"
    ? value === null
    : typeof value === type)

const typeOf = (schema: JsonObject): string | undefined => {
  const type = schema["type"]
  if (typeof type === "string") return jsonTypes.has(type) ? type : undefined
  if (Array.isArray(type)) return type.find((entry): entry is string => typeof entry === "string" && entry !== "null")
  if (isJsonObject(schema["properties"]) || Array.isArray(schema["required"])) return "object"
  if (schema["items"] !== undefined) return "array"
  return undefined
}

const resolved = (context: SampleContext, schema: JsonObject): JsonObject => {
  const ref = schema["$ref"]
  if (typeof ref !== "string") return schema
  const target = context.components[ref.replace(componentRef, "")]
  return isJsonObject(target) ? target : {}
}

/** The properties an object schema names, through `$ref` and `allOf`. */
const propertiesOf = (context: SampleContext, schema: Json, depth = 0): JsonObject => {
  if (!isJsonObject(schema) || depth > 5) return {}
  const target = resolved(context, schema)
  const parts = Array.isArray(target["allOf"]) ? target["allOf"].map((part) => propertiesOf(context, part, depth + 1)) : []
  return Object.assign({}, ...parts, isJsonObject(target["properties"]) ? target["properties"] : {})
}

/**
 * A value for `schema`: the `const`, the first `enum` value, the `example` (when allowed), else one
 * built from the type and its bounds. Objects carry every property near the top and only the
 * required ones deeper; arrays one item near the top.
 */
export const sample = (context: SampleContext, schema: Json, depth = 0, seen: ReadonlyArray<string> = []): Json => {
  if (!isJsonObject(schema)) return null
  const ref = schema["$ref"]
  if (typeof ref === "string") {
    const name = ref.replace(componentRef, "")
    const target = context.components[name]
    if (seen.includes(name) && depth > fullDepth) return null
    const merged = { ...(isJsonObject(target) ? target : {}), ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$ref")) }
    return sample(context, merged, depth, [...seen, name])
  }
  if (schema["const"] !== undefined) return schema["const"]
  if (Array.isArray(schema["enum"]) && schema["enum"].length > 0) return schema["enum"][0] ?? null
  // An example of another type than its schema's (`"[domain.com]"` on an array) is the vendor's slip: not used.
  if (context.useExamples && schema["example"] !== undefined && fitsType(schema["example"], typeOf(schema))) return schema["example"]
  if (Array.isArray(schema["allOf"])) {
    const parts = schema["allOf"].map((part) => sample(context, part, depth, seen))
    const rest = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "allOf"))
    const own = Object.keys(rest).some((key) => key === "properties" || key === "type") ? sample(context, rest, depth, seen) : {}
    return parts.every(isJsonObject) && isJsonObject(own) ? Object.assign({}, ...parts, own) : parts[0] ?? null
  }
  const anyOf = schema["anyOf"]
  if (Array.isArray(anyOf) && anyOf.length > 0) return sample(context, anyOf[0] ?? {}, depth, seen)
  const oneOf = schema["oneOf"]
  if (Array.isArray(oneOf) && oneOf.length > 0) {
    const [first = {}, ...others] = oneOf
    const value = sample(context, first, depth, seen)
    if (!isJsonObject(value)) return value
    // The vendor's oneOf options overlap (one extends another): a field of another option given
    // the wrong type makes the value match the first option alone.
    const own = propertiesOf(context, first)
    const poisoned: Record<string, Json> = { ...value }
    for (const other of others) {
      for (const [name, property] of Object.entries(propertiesOf(context, other))) {
        if (own[name] !== undefined || !isJsonObject(property)) continue
        const type = typeOf(resolved(context, property))
        if (type !== undefined) poisoned[name] = type === "object" ? "mock" : { mock: true }
      }
    }
    return poisoned
  }
  switch (typeOf(schema)) {
    case "string":
      return firstString(schema)
    case "integer":
      return firstNumber(schema, true)
    case "number":
      return firstNumber(schema, false)
    case "boolean":
      return true
    case "null":
      return null
    case "array": {
      const minItems = typeof schema["minItems"] === "number" ? schema["minItems"] : 0
      const count = depth < fullDepth ? Math.max(minItems, 1) : minItems
      if (count === 0 || depth >= maxDepth) return []
      const item = sample(context, schema["items"] ?? {}, depth + 1, seen)
      // Unique items: the same made value twice would be refused.
      return count === 1 || schema["uniqueItems"] !== true ? Array.from({ length: count }, () => item) : [item]
    }
    case "object": {
      const properties = isJsonObject(schema["properties"]) ? schema["properties"] : {}
      const required = new Set(Array.isArray(schema["required"]) ? schema["required"].filter((name) => typeof name === "string") : [])
      const out: Record<string, Json> = {}
      for (const [name, property] of Object.entries(properties)) {
        if (!required.has(name) && (depth >= fullDepth || (isJsonObject(property) && property["readOnly"] === true && depth > 0))) continue
        if (depth >= maxDepth && !required.has(name)) continue
        out[name] = sample(context, property, depth + 1, seen)
      }
      if (Object.keys(properties).length === 0 && isJsonObject(schema["additionalProperties"]) && depth < fullDepth) {
        out["key"] = sample(context, schema["additionalProperties"], depth + 1, seen)
      }
      return out
    }
    default:
      return {}
  }
}
