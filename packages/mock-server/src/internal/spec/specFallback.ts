/**
 * The spec fallback: every operation of the (patched) vendor spec that no stateful resource serves
 * gets an answer built from the spec, as Prism answers from an OpenAPI document. It checks the
 * path, query, header and body parameters against the operation's schemas (SCM's codes: -1002
 * for a body that cannot be read as the schema's JSON, -7 for a missing field, -1601 for a value
 * the schema refuses) and answers as SCM did where the REST reference shows it: the reference's
 * answer to the operation (status and body, when the spec declares the status and its schema
 * accepts the body), its `Location` for what was made (with the request's ids and a new one of the
 * same form), `X-Total-Count` where it counted. Where the reference shows no answer, the lowest
 * documented success status with a body the response schema accepts (the spec's `example`s where
 * it has them, else made from the schema), `Location` on a 201 that documents it, `X-Total-Count`
 * on lists.
 *
 * The table (path templates, validators, answers) is built once per process from the immutable
 * document; validators compile on an operation's first request, so a server starts fast.
 */
import type { Ajv2020, ValidateFunction } from "ajv/dist/2020.js"
import { Effect } from "effect"
import { type HttpServerRequest, HttpServerResponse } from "effect/http"
import { hasMediaType, readText } from "../http/body.js"
import type { QueryParams } from "../http/query.js"
import { header } from "../http/requestHeaders.js"
import { ErrorCode, payloadTooLarge, scmError, unreadableBody, unsupportedMediaType } from "../http/scmErrors.js"
import { randomUUID } from "node:crypto"
import { type Example, examplesOf } from "./referenceExamples.js"
import { isJsonObject, type Json, type JsonObject, patchedSpec } from "./specDocument.js"
import { compile, firstProblem, makeAjv, sample, type SampleContext } from "./specSchemas.js"

type Answer = HttpServerResponse.HttpServerResponse

/** The HTTP methods the spec uses. */
export type SpecMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH"

const methods: ReadonlyArray<SpecMethod> = ["GET", "PUT", "POST", "DELETE", "PATCH"]

/** A request as the fallback reads it. */
export interface SpecCall {
  readonly request: HttpServerRequest.HttpServerRequest
  /** The path as received (with `/private` for certificate login), for `Location`. */
  readonly path: string
  readonly pathParams: Readonly<Record<string, string | undefined>>
  readonly query: QueryParams
  readonly head: boolean
}

/** One operation of the spec, ready to route. */
export interface SpecOperation {
  readonly method: SpecMethod
  /** The spec's path (`/api/ssl/v2/{sslId}`). */
  readonly template: string
  /** The same under the API root, in the router's syntax (`/ssl/v2/:sslId`). */
  readonly route: string
  readonly operationId: string
}

interface Parameter {
  readonly name: string
  readonly in: "path" | "query" | "header"
  readonly required: boolean
  readonly schema: Json
  /** A list in one comma-separated value (`orgIds=1,2`: OpenAPI's `explode: false`) rather than repeated. */
  readonly commaSeparated: boolean
}

interface Success {
  readonly status: number
  readonly contentType: string | undefined
  readonly schema: Json | undefined
  readonly headers: ReadonlyArray<string>
}

interface Entry extends SpecOperation {
  /** Router name to spec name of each path parameter. */
  readonly pathNames: ReadonlyArray<readonly [string, string]>
  readonly parameters: ReadonlyArray<Parameter>
  readonly body: { readonly required: boolean; readonly schema: Json } | undefined
  /** The lowest documented 2xx. */
  readonly success: Success
  /** Every documented 2xx, by status. */
  readonly successes: ReadonlyMap<number, Success>
}

/** What an entry compiles to on its first request. */
interface Compiled {
  readonly path: ValidateFunction | undefined
  readonly query: ValidateFunction | undefined
  readonly header: ValidateFunction | undefined
  readonly body: ValidateFunction | undefined
  /** The status answered: the reference's, or the lowest the spec documents. */
  readonly success: Success
  /** The success body, serialised once; `undefined` when the answer has none. */
  readonly answer: Uint8Array | undefined
  /** For `X-Total-Count`: how many items the body lists. */
  readonly count: number | undefined
  /** The reference's answer it follows, if any: its example, for the `Location` and the headers it answered. */
  readonly example: Example | undefined
}

const encoder = new TextEncoder()

const jsonTypeOf = (value: Json): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value

/** The document's `$ref` to a component response, resolved. */
const responseOf = (document: JsonObject, response: Json | undefined): JsonObject | undefined => {
  if (!isJsonObject(response)) return undefined
  const ref = response["$ref"]
  if (typeof ref !== "string") return response
  const components = document["components"]
  const responses = isJsonObject(components) ? components["responses"] : undefined
  const target = isJsonObject(responses) ? responses[ref.replace("#/components/responses/", "")] : undefined
  return isJsonObject(target) ? { ...target, ...response } : response
}

/** The documented 2xx answers, lowest first (200 where an operation documents 200 and 204); a 200 when none is. */
const successesOf = (document: JsonObject, operation: JsonObject): ReadonlyArray<Success> => {
  const responses = isJsonObject(operation["responses"]) ? operation["responses"] : {}
  const statuses = Object.keys(responses).filter((code) => /^2\d\d$/.test(code)).sort()
  return (statuses.length === 0 ? ["200"] : statuses).map((status) => successOf(document, responses, status))
}

const successOf = (document: JsonObject, responses: JsonObject, status: string): Success => {
  const response = responseOf(document, responses[status]) ?? {}
  const content = isJsonObject(response["content"]) ? response["content"] : {}
  const types = Object.keys(content)
  // SCM's is a JSON API: where the spec also (or only) writes XML or `*/*` for a JSON schema, JSON is sent.
  const contentType = types.length === 0
    ? undefined
    : types.includes("application/octet-stream")
    ? "application/octet-stream"
    : "application/json"
  const media = types.length === 0 ? undefined : content[types.includes("application/json") ? "application/json" : types[0] ?? ""]
  const schema = isJsonObject(media) ? media["schema"] : undefined
  return {
    status: Number(status),
    contentType,
    schema,
    headers: Object.keys(isJsonObject(response["headers"]) ? response["headers"] : {})
  }
}

const parametersOf = (operation: JsonObject): ReadonlyArray<Parameter> =>
  (Array.isArray(operation["parameters"]) ? operation["parameters"] : []).flatMap((parameter): ReadonlyArray<Parameter> => {
    if (!isJsonObject(parameter) || typeof parameter["name"] !== "string") return []
    const where = parameter["in"]
    if (where !== "path" && where !== "query" && where !== "header") return []
    return [{
      name: parameter["name"],
      in: where,
      required: parameter["required"] === true || where === "path",
      schema: parameter["schema"] ?? {},
      commaSeparated: parameter["explode"] === false
    }]
  })

const bodyOf = (operation: JsonObject): Entry["body"] => {
  const body = operation["requestBody"]
  if (!isJsonObject(body) || !isJsonObject(body["content"])) return undefined
  const media = body["content"]["application/json"]
  if (!isJsonObject(media)) return undefined
  return { required: body["required"] === true, schema: media["schema"] ?? {} }
}

/** A spec parameter name as the router takes it: `{report-type}` would be `:report` then `-type`. */
const routeName = (name: string): string => name.replace(/[^A-Za-z0-9_]/g, "_")

/** The router's form of a spec path under the API root: `/api/ssl/v2/{sslId}` is `/ssl/v2/:sslId`. */
export const routeOf = (template: string): string =>
  template.replace(/^\/api/, "").replace(/\{([^}]+)\}/g, (_, name: string) => `:${routeName(name)}`)

/** The spec's names of a template's path parameters, by the names the router gives them. */
const pathNamesOf = (template: string): ReadonlyArray<readonly [string, string]> =>
  [...template.matchAll(/\{([^}]+)\}/g)].map((match) => [routeName(match[1] ?? ""), match[1] ?? ""])

interface Table {
  readonly entries: ReadonlyArray<Entry>
  readonly components: JsonObject
  readonly ajv: { readonly params: Ajv2020; readonly body: Ajv2020; readonly response: Ajv2020 }
  readonly compiled: Map<Entry, Compiled>
}

const buildTable = (document: JsonObject): Table => {
  const paths = isJsonObject(document["paths"]) ? document["paths"] : {}
  const entries: Array<Entry> = []
  for (const [template, item] of Object.entries(paths)) {
    if (!isJsonObject(item)) continue
    for (const method of methods) {
      const operation = item[method.toLowerCase()]
      if (!isJsonObject(operation)) continue
      entries.push({
        method,
        template,
        route: routeOf(template),
        pathNames: pathNamesOf(template),
        operationId: typeof operation["operationId"] === "string" ? operation["operationId"] : `${method} ${template}`,
        parameters: parametersOf(operation),
        body: bodyOf(operation),
        ...((successes) => ({ success: successes[0] as Success, successes: new Map(successes.map((success) => [success.status, success])) }))(
          successesOf(document, operation)
        )
      })
    }
  }
  const componentsOf = isJsonObject(document["components"]) ? document["components"] : {}
  const components = isJsonObject(componentsOf["schemas"]) ? componentsOf["schemas"] : {}
  return {
    entries,
    components,
    ajv: {
      params: makeAjv(components, { coerce: true }),
      body: makeAjv(components, { coerce: false }),
      response: makeAjv(components, { coerce: false })
    },
    compiled: new Map()
  }
}

let table: Table | undefined

/** The table of the patched spec, built once per process. */
const tableOf = (): Table => (table ??= buildTable(patchedSpec()))

/** Every operation of the spec, in the document's order. */
export const specOperations = (): ReadonlyArray<SpecOperation> => tableOf().entries

const objectSchema = (parameters: ReadonlyArray<Parameter>): JsonObject | undefined =>
  parameters.length === 0
    ? undefined
    : {
      type: "object",
      properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema])),
      required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name)
    }

/** A value the response schema accepts: with the spec's examples if they pass, else without. */
export const sampleFor = (components: JsonObject, validate: ValidateFunction | undefined, schema: Json): Json => {
  const withExamples = sample({ components, useExamples: true } satisfies SampleContext, schema)
  if (validate === undefined || validate(withExamples)) return withExamples
  return sample({ components, useExamples: false }, schema)
}

/** What the fallback answers: status, body, count, and the example it follows. */
type Reply = Pick<Compiled, "success" | "answer" | "count" | "example">

/** How many items a body lists: an array's length, or the `total` of a page (`{"total": 1, "data": [...]}`). */
const countOf = (value: Json): number | undefined =>
  Array.isArray(value) ? value.length : isJsonObject(value) && typeof value["total"] === "number" ? value["total"] : undefined

/** The answer made from the spec: its example or a sample of its schema, for the lowest documented 2xx. */
const madeReply = (current: Table, success: Success): Reply => {
  const { contentType, schema } = success
  if (contentType === "application/octet-stream") return { success, answer: encoder.encode("MOCK"), count: undefined, example: undefined }
  if (contentType === undefined) return { success, answer: undefined, count: undefined, example: undefined }
  const value = schema === undefined ? {} : sampleFor(current.components, compile(current.ajv.response, schema), schema)
  return { success, answer: encoder.encode(JSON.stringify(value)), count: Array.isArray(value) ? value.length : undefined, example: undefined }
}

/**
 * The REST reference's answer to the operation, where it shows one that the spec allows: a status
 * the operation documents, and a JSON body its schema for that status accepts (or no body where
 * the spec says none). The first such answer of the reference's examples, in their order.
 */
const referenceReply = (current: Table, entry: Entry): Reply | undefined => {
  for (const example of examplesOf(entry.method, entry.template)) {
    for (const answer of [example.response, ...(example.alternatives ?? [])]) {
      const success = entry.successes.get(answer.status)
      if (success === undefined) continue
      const body = answer.body
      if (body === undefined) {
        if (success.contentType === undefined) return { success, answer: undefined, count: undefined, example }
        continue
      }
      if (body.kind !== "json" || success.contentType !== "application/json" || success.schema === undefined) continue
      if (!compile(current.ajv.response, success.schema)(body.value)) continue
      return { success, answer: encoder.encode(JSON.stringify(body.value)), count: countOf(body.value), example }
    }
  }
  return undefined
}

/** A new id in the form of the reference's (`4`, a UUID). */
const newIdLike = (id: string, next: () => number): string =>
  /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(id) ? randomUUID() : String(next())

/**
 * The `Location` of what the request made, after the reference's: its path, the example's ids
 * there replaced by the request's (`/organization/v2/1796/validations/243` for a request on
 * organization 1001 is `/organization/v2/1001/validations/...`), and the new thing's id, the
 * last segment, a new one of the same form.
 */
const locationLike = (entry: Entry, example: Example, location: string, callPath: string, next: () => number): string => {
  const root = callPath.startsWith("/private/") ? "/private" : ""
  const requested = callPath.slice(root.length).split("/")
  const exampled = example.request.path.split("/")
  const template = entry.template.split("/")
  const segments = new URL(location, "https://scm.invalid").pathname.split("/")
  const last = segments.length - 1
  return root + segments.map((segment, i) => {
    const at = exampled.findIndex((value, j) => value === segment && template[j]?.startsWith("{") === true)
    return at >= 0 && i < last ? requested[at] ?? segment : i === last ? newIdLike(segment, next) : segment
  }).join("/")
}

const compileEntry = (current: Table, entry: Entry): Compiled => {
  const known = current.compiled.get(entry)
  if (known !== undefined) return known
  const forIn = (where: Parameter["in"]) => {
    const schema = objectSchema(entry.parameters.filter((parameter) => parameter.in === where))
    return schema === undefined ? undefined : compile(current.ajv.params, schema)
  }
  const compiled: Compiled = {
    path: forIn("path"),
    query: forIn("query"),
    header: forIn("header"),
    body: entry.body === undefined ? undefined : compile(current.ajv.body, entry.body.schema),
    ...(referenceReply(current, entry) ?? madeReply(current, entry.success))
  }
  current.compiled.set(entry, compiled)
  return compiled
}

const missing = (field: string) => scmError(400, ErrorCode.missingField, `${field} is required but missing.`)
const invalid = (field: string) => scmError(400, ErrorCode.invalidField, `Field '${field}' has invalid value.`)

/** The refusal for parameters the schema refuses; `undefined` when they pass. */
const checkParameters = (validate: ValidateFunction | undefined, values: Record<string, unknown>): Answer | undefined => {
  if (validate === undefined || validate(values)) return undefined
  const problem = firstProblem(validate.errors)
  return problem.keyword === "required" ? missing(problem.field) : invalid(problem.field)
}

/** The refusal for a body the schema refuses: a missing field is -7, a value of another JSON type -1002 (SCM cannot read it), any other -1601. */
const checkBody = (validate: ValidateFunction, body: Json): Answer | undefined => {
  if (validate(body)) return undefined
  const problem = firstProblem(validate.errors)
  if (problem.keyword === "required") return missing(problem.field)
  if (problem.keyword === "type") {
    return unreadableBody(problem.field === "" ? `a JSON ${jsonTypeOf(body)} is not what this operation reads` : `field '${problem.field}' has the wrong type`)
  }
  return invalid(problem.field === "" ? "body" : problem.field)
}

/** The query as the schema reads it: a repeated name is a list, and so is a comma-separated value where the spec says so; the empty string is absent (as SCM's filters treat it). */
const queryValues = (query: QueryParams, parameters: ReadonlyArray<Parameter>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== "").map(([name, value]) => {
      const values = typeof value === "string" ? [value] : [...value]
      const split = parameters.some((parameter) => parameter.name === name && parameter.in === "query" && parameter.commaSeparated)
      const read = split ? values.flatMap((text) => text.split(",")) : values
      return [name, read.length === 1 && !split ? read[0] : read]
    })
  )

/** Answers for the operations of one server: ids handed out in `Location` count up from 1 per server. */
export interface SpecFallback {
  readonly operations: ReadonlyArray<SpecOperation>
  readonly answer: (operation: SpecOperation, call: SpecCall) => Effect.Effect<Answer>
}

export const makeSpecFallback = (): SpecFallback => {
  const current = tableOf()
  let nextId = 1

  const success = (entry: Entry, compiled: Compiled, call: SpecCall): Answer => {
    const { contentType, headers: documented, status } = compiled.success
    const headers: Record<string, string> = {}
    const next = () => nextId++
    // The headers the reference's answer carried that a client reads, beside those the spec documents.
    const answered = compiled.example?.response.headers.filter(([name]) => /^(location|x-total-count)$/i.test(name)) ?? []
    for (const name of [...documented, ...answered.map(([name]) => name)]) {
      const lower = name.toLowerCase()
      const location = answered.find(([answeredName]) => answeredName.toLowerCase() === "location")?.[1]
      if (lower === "location") {
        headers["location"] = location === undefined || compiled.example === undefined
          ? `${call.path}/${next()}`
          : locationLike(entry, compiled.example, location, call.path, next)
      } else if (lower === "x-total-count") headers["x-total-count"] = String(compiled.count ?? 0)
      else if (lower === "content-disposition") headers["content-disposition"] = `attachment; filename="certificate.bin"`
    }
    if (status === 201 && headers["location"] === undefined && documented.length === 0 && entry.method === "POST" && compiled.answer === undefined) {
      // A 201 that documents no Location and no body still names what it made, as SCM's do (one
      // with a body names it there: discovery v2's `{"taskId": n}`).
      headers["location"] = `${call.path}/${nextId++}`
    }
    if (compiled.answer === undefined || status === 204 || call.head) {
      return HttpServerResponse.empty({ status: call.head && status === 204 ? 200 : status, headers })
    }
    return HttpServerResponse.uint8Array(compiled.answer, { status, contentType: contentType ?? "application/json", headers })
  }

  const answer = (operation: SpecOperation, call: SpecCall): Effect.Effect<Answer> => {
    const entry = operation as Entry
    const compiled = compileEntry(current, entry)
    const refused = checkParameters(compiled.path, Object.fromEntries(entry.pathNames.map(([route, name]) => [name, call.pathParams[route]]))) ??
      checkParameters(compiled.query, queryValues(call.query, entry.parameters)) ??
      checkParameters(
        compiled.header,
        Object.fromEntries(
          entry.parameters.filter((parameter) => parameter.in === "header").flatMap((parameter) => {
            const value = header(call.request, parameter.name.toLowerCase())
            return value === undefined ? [] : [[parameter.name, value]]
          })
        )
      )
    if (refused !== undefined) return Effect.succeed(refused)
    if (entry.body === undefined || compiled.body === undefined) return Effect.succeed(success(entry, compiled, call))
    const validate = compiled.body
    const required = entry.body.required
    const declared = header(call.request, "content-type") !== undefined
    if (declared && !hasMediaType(call.request, "application/json")) return Effect.succeed(unsupportedMediaType("application/json"))
    return readText(call.request).pipe(
      Effect.map((text) => {
        if (text.trim() === "") return required ? unreadableBody("the body is missing") : success(entry, compiled, call)
        let body: Json
        try {
          body = JSON.parse(text) as Json
        } catch {
          return unreadableBody("not valid JSON")
        }
        return checkBody(validate, body) ?? success(entry, compiled, call)
      }),
      Effect.catchTags({
        BodyTooLarge: () => Effect.succeed(payloadTooLarge),
        BodyUnreadable: () => Effect.succeed(unreadableBody("the body could not be read"))
      })
    )
  }

  return { operations: current.entries, answer }
}

/** Used by tests and tools: the made body of an operation's success, as JSON. */
export const sampleAnswerOf = (operation: SpecOperation): unknown => {
  const compiled = compileEntry(tableOf(), operation as Entry)
  const text = compiled.answer === undefined ? undefined : new TextDecoder().decode(compiled.answer)
  return text === undefined || compiled.success.contentType !== "application/json" ? text : JSON.parse(text)
}
