/**
 * Checking answers against the vendor's OpenAPI 3.1 document: the operation a request reached, the
 * response the spec declares for its status, and the body against that response's schema
 * (JSON Schema 2020-12, with `$ref`s into `components.schemas`), validated by Ajv.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js"
import addFormatsModule from "ajv-formats"
import type { RawResponse } from "./raw.js"

const addFormats = addFormatsModule.default

type Json = null | boolean | number | string | ReadonlyArray<Json> | JsonObject

interface JsonObject {
  readonly [key: string]: Json
}

interface MediaType {
  readonly schema?: Json
}

interface ResponseObject {
  readonly $ref?: string
  readonly content?: Readonly<Record<string, MediaType>>
  readonly headers?: Readonly<Record<string, Json>>
}

interface Operation {
  readonly responses: Readonly<Record<string, ResponseObject>>
}

/** The parts of the document the check reads. */
export interface OpenApiDocument {
  readonly openapi: string
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>
  readonly components: {
    readonly schemas: Readonly<Record<string, Json>>
    readonly responses: Readonly<Record<string, ResponseObject>>
  }
}

/** One exchange with the mock, as a test recorded it. */
export interface Exchange {
  readonly method: string
  /** The request path, query aside, as sent (with `/private` for certificate login). */
  readonly path: string
  readonly response: RawResponse
}

/** Component schema `X` is registered as `${schemaBase}X`, and `#/components/schemas/X` points there. */
const schemaBase = "https://spec.scm.invalid/schemas/"
const componentRef = "#/components/schemas/"

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/**
 * A schema with its `$ref`s pointing into the registered definitions, and the spec's known defects
 * mended: DomainInfo's `dcvValidation` and `dcvExpiration` carry `"pattern": "yyyy-MM-dd"`, a Java
 * date format put where JSON Schema wants a regular expression (no real date matches it literally);
 * their `"format": "date"` says what is meant, and stays.
 */
const rewrite = (schema: Json): Json =>
  Array.isArray(schema) ? schema.map(rewrite) : isObject(schema) ? rewriteObject(schema) : schema

const rewriteObject = (schema: JsonObject): JsonObject =>
  Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === "pattern" && value === "yyyy-MM-dd"))
      .map(([key, value]): [string, Json] =>
        key === "$ref" && typeof value === "string" ? [key, value.replace(componentRef, schemaBase)] : [key, rewrite(value)]
      )
  )

/** A spec path template (`/api/ssl/v1/{sslId}`) as segments, and how many of them are parameters. */
const templateOf = (path: string) => {
  const segments = path.split("/")
  return { path, segments, parameters: segments.filter((segment) => segment.startsWith("{")).length }
}

/** Request paths the mock accepts that the spec writes another way. */
const aliases: ReadonlyArray<readonly [RegExp, string]> = [
  // The older collect form `/collect/{sslId}/{format}` (REST reference) is the spec's `/collect/{sslId}?format=`.
  [/^(\/api\/ssl\/v[12]\/collect\/[^/]+)\/[^/]+$/, "$1"]
]

/** The checker for one document. */
export const makeChecker = (document: OpenApiDocument) => {
  // Strict about keywords and formats; not about JSON Schema that is valid but loosely typed
  // (`required` without `"type": "object"`), which the vendor writes and JSON Schema allows.
  const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true })
  // OpenAPI's own keywords beside JSON Schema's.
  ajv.addVocabulary(["xml", "example", "discriminator", "externalDocs"])
  addFormats(ajv)
  ajv.addFormat("binary", true)

  // Only the component schemas a checked response reaches are registered: schemas of operations
  // this check never sees have defects of their own (`"type": "enum"`) that Ajv rightly refuses.
  const registered = new Set<string>()
  const register = (schema: Json): void => {
    if (Array.isArray(schema)) return schema.forEach(register)
    if (!isObject(schema)) return
    for (const [key, value] of Object.entries(schema)) {
      if (key !== "$ref" || typeof value !== "string") {
        register(value)
        continue
      }
      const name = value.replace(componentRef, "")
      const component = document.components.schemas[name]
      if (registered.has(name) || component === undefined) continue
      registered.add(name)
      ajv.addSchema({ ...(isObject(component) ? rewriteObject(component) : {}), $id: `${schemaBase}${name}` })
      register(component)
    }
  }

  const templates = Object.keys(document.paths).map(templateOf).sort((a, b) => a.parameters - b.parameters)
  const compiled = new Map<string, ValidateFunction>()
  const validator = (key: string, schema: Json): ValidateFunction => {
    const known = compiled.get(key)
    if (known !== undefined) return known
    register(schema)
    const validate = ajv.compile(isObject(schema) ? rewriteObject(schema) : { const: schema })
    compiled.set(key, validate)
    return validate
  }
  const errorResponse = validator("ErrorResponse", { $ref: "#/components/schemas/ErrorResponse" })

  /** The spec template a request path reached. */
  const templateFor = (requestPath: string): string | undefined => {
    const path = aliases.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), requestPath.replace(/^\/private/, ""))
    const segments = path.split("/")
    return templates.find((template) =>
      template.segments.length === segments.length &&
      template.segments.every((segment, i) => segment.startsWith("{") || segment === segments[i])
    )?.path
  }

  const resolve = (response: ResponseObject): ResponseObject => {
    const name = response.$ref?.replace("#/components/responses/", "")
    return name === undefined ? response : { ...document.components.responses[name], ...response }
  }

  /** What is wrong with an exchange by the spec; empty when nothing is. */
  const check = ({ method, path, response }: Exchange): ReadonlyArray<string> => {
    const where = `${method} ${path} ${response.status}`
    const template = templateFor(path)
    if (template === undefined) return [`${where}: no path of the spec matches`]
    // HEAD counts what GET lists: the spec documents the GET.
    const specMethod = method === "HEAD" ? "get" : method.toLowerCase()
    const operation = document.paths[template]?.[specMethod]
    if (operation === undefined) return [`${where}: the spec has no ${specMethod.toUpperCase()} ${template}`]
    const declared = operation.responses[String(response.status)]
    if (declared === undefined) {
      return [`${where}: ${specMethod.toUpperCase()} ${template} declares no ${response.status} (only ${Object.keys(operation.responses).join(", ")})`]
    }
    const spec = resolve(declared)
    const problems: Array<string> = []
    if (response.status < 300) {
      for (const header of Object.keys(spec.headers ?? {})) {
        if (header.toLowerCase() !== "content-length" && response.headers[header.toLowerCase()] === undefined) {
          problems.push(`${where}: header ${header} is missing`)
        }
      }
    }
    if (method === "HEAD") return response.text === "" ? problems : [...problems, `${where}: HEAD answered a body`]
    const contentType = (response.headers["content-type"] ?? "").split(";")[0]?.trim() ?? ""
    const content = spec.content
    if (content === undefined) {
      if (response.status === 204 || response.status < 300) {
        return response.text === "" ? problems : [...problems, `${where}: the spec declares no body, the mock sent one`]
      }
      // The spec leaves most error bodies undeclared; SCM's errors are its ErrorResponse, so hold them to it.
      if (contentType !== "application/json") return [...problems, `${where}: error body is ${contentType}, not JSON`]
      if (!errorResponse(JSON.parse(response.text))) problems.push(`${where}: not an ErrorResponse: ${ajv.errorsText(errorResponse.errors)}`)
      return problems
    }
    const media = content[contentType]
    if (media === undefined) return [...problems, `${where}: content type ${contentType} is not one of ${Object.keys(content).join(", ")}`]
    if (media.schema === undefined) return problems
    const validate = validator(`${template} ${specMethod} ${response.status} ${contentType}`, media.schema)
    const body: unknown = contentType === "application/json" ? JSON.parse(response.text) : response.text
    if (!validate(body)) problems.push(`${where}: ${ajv.errorsText(validate.errors, { dataVar: "body" })}`)
    return problems
  }

  return { check, templateFor }
}
