/**
 * The whole spec, walked: every operation of the (patched) vendor document is called through the
 * generated client (`ScmApi`) over a real socket against the mock server. A valid request (made
 * from the spec's schemas, or from the mock's state where the mock keeps state) gets an answer
 * whose status the operation documents, whose documented headers are there, whose body validates
 * against the spec's response schema (Ajv, JSON Schema 2020-12) and decodes with the generated
 * schema; an invalid request (a wrong path id type, a missing required field, a body of the wrong
 * JSON type) gets a typed `ScmApiError` carrying SCM's code. OAuth2 walks it all; a sample across
 * the areas goes through PasswordAuth and CertificateAuth too.
 */
import { describe, expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Layer } from "effect"
import * as Fs from "node:fs"
import type { HttpClientResponse } from "effect/http"
import { isJsonObject, type Json, type JsonObject, loadPatchedSpec } from "../../mock-server/src/internal/spec/specDocument.js"
import { compile, makeAjv, sample } from "../../mock-server/src/internal/spec/specSchemas.js"
import * as ScmApi from "../src/ScmApi.js"
import * as Mock from "./fixtures/Mock.js"
import type * as Resources from "./fixtures/Resources.js"
import { allState, statefulAreas } from "./wholeSpec/areas.js"
import { type AreaState, type Call, invoke } from "./wholeSpec/call.js"

const document = loadPatchedSpec(new URL("../../../spec/", import.meta.url))
const vendorPaths = (JSON.parse(Fs.readFileSync(new URL("../../../spec/scm-admin-api-25.9.2.openapi.json", import.meta.url), "utf8")) as {
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>
}).paths
const paths = document["paths"] as Readonly<Record<string, JsonObject>>
const components = ((document["components"] as JsonObject)["schemas"] ?? {}) as JsonObject
const componentResponses = ((document["components"] as JsonObject)["responses"] ?? {}) as JsonObject
const ajv = makeAjv(components, { coerce: false })

/** One operation of the spec, with the generated function that calls it. */
interface Walked {
  readonly method: string
  readonly template: string
  readonly operation: JsonObject
  readonly generated: ScmApi.Operation | undefined
}

const specMethods = ["get", "put", "post", "delete", "patch"] as const

const walked: ReadonlyArray<Walked> = Object.entries(paths).flatMap(([template, item]) =>
  specMethods.flatMap((method) => {
    const operation = item[method]
    if (!isJsonObject(operation)) return []
    const generated = ScmApi.operations.find((op) =>
      op.method === method.toUpperCase() && op.path === template && !op.name.endsWith("Stream")
    )
    return [{ method: method.toUpperCase(), template, operation, generated }]
  })
)

interface Parameter {
  readonly name: string
  readonly in: string
  readonly required: boolean
  readonly schema: Json
}

const parametersOf = (operation: JsonObject): ReadonlyArray<Parameter> =>
  (Array.isArray(operation["parameters"]) ? operation["parameters"] : []).filter(isJsonObject).map((parameter) => ({
    name: String(parameter["name"]),
    in: String(parameter["in"]),
    required: parameter["required"] === true || parameter["in"] === "path",
    schema: parameter["schema"] ?? {}
  }))

const bodySchemaOf = (operation: JsonObject): Json | undefined => {
  const body = operation["requestBody"]
  const content = isJsonObject(body) ? body["content"] : undefined
  const media = isJsonObject(content) ? content["application/json"] : undefined
  return isJsonObject(media) ? media["schema"] ?? {} : undefined
}

const sampleOf = (schema: Json): Json => sample({ components, useExamples: true }, schema)

const pathNames = (template: string): ReadonlyArray<string> => [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? "")

/** A valid request made from the spec: every path parameter and required query/header parameter, the body from its schema. */
const validCall = ({ operation, template }: Walked): Call => {
  const parameters = parametersOf(operation)
  const text = (value: Json) => (typeof value === "string" ? value : JSON.stringify(value))
  const body = bodySchemaOf(operation)
  return {
    path: pathNames(template).map((name) => text(sampleOf(parameters.find((parameter) => parameter.name === name)?.schema ?? {}))),
    params: Object.fromEntries(
      parameters.filter((parameter) => parameter.in !== "path" && parameter.required).map((parameter) => [parameter.name, sampleOf(parameter.schema)])
    ),
    payload: body === undefined ? undefined : sampleOf(body)
  }
}

const responseOf = (response: Json | undefined): JsonObject => {
  if (!isJsonObject(response)) return {}
  const ref = response["$ref"]
  const target = typeof ref === "string" ? componentResponses[ref.replace("#/components/responses/", "")] : undefined
  return isJsonObject(target) ? { ...target, ...response } : response
}

const validators = new Map<string, ReturnType<typeof compile>>()

/** What is wrong with a success by the spec; empty when nothing is. */
const problemsOf = (walk: Walked, response: HttpClientResponse.HttpClientResponse, text: string): ReadonlyArray<string> => {
  const where = `${walk.method} ${walk.template} ${response.status}`
  const responses = isJsonObject(walk.operation["responses"]) ? walk.operation["responses"] : {}
  const declared = responses[String(response.status)]
  if (declared === undefined) return [`${where}: not a documented status (${Object.keys(responses).join(", ")})`]
  const spec = responseOf(declared)
  const problems: Array<string> = []
  for (const name of Object.keys(isJsonObject(spec["headers"]) ? spec["headers"] : {})) {
    if (name.toLowerCase() !== "content-length" && response.headers[name.toLowerCase()] === undefined) problems.push(`${where}: header ${name} missing`)
  }
  const content = isJsonObject(spec["content"]) ? spec["content"] : undefined
  if (content === undefined) return text === "" ? problems : [...problems, `${where}: a body where the spec declares none`]
  const types = Object.keys(content)
  const contentType = (response.headers["content-type"] ?? "").split(";")[0]?.trim() ?? ""
  if (contentType === "application/octet-stream") {
    return types.includes(contentType) ? problems : [...problems, `${where}: ${contentType} is not one of ${types.join(", ")}`]
  }
  // The spec writes XML (or */*) for three JSON answers; SCM's API answers JSON, and the schema holds for it.
  if (contentType !== "application/json") return [...problems, `${where}: content type ${contentType}`]
  const media = content["application/json"] ?? content[types[0] ?? ""]
  const schema = isJsonObject(media) ? media["schema"] : undefined
  if (schema === undefined) return problems
  const key = `${walk.method} ${walk.template} ${response.status}`
  const validate = validators.get(key) ?? compile(ajv, schema)
  validators.set(key, validate)
  if (!validate(JSON.parse(text))) problems.push(`${where}: ${ajv.errorsText(validate.errors, { dataVar: "body" })}`)
  return problems
}

/** An invalid request and the code SCM gives it; `undefined` when the operation takes nothing to get wrong. */
const invalidCall = (walk: Walked, valid: Call): { readonly call: Call; readonly codes: ReadonlyArray<number> } | undefined => {
  const parameters = parametersOf(walk.operation)
  const names = pathNames(walk.template)
  const integerAt = names.findIndex((name) => {
    const schema = parameters.find((parameter) => parameter.name === name)?.schema
    return isJsonObject(schema) && schema["type"] === "integer"
  })
  if (integerAt !== -1) {
    // The stateful routes answer SCM's generic -1 for a path id that is no number, the fallback -1601.
    return { call: { ...valid, path: valid.path.map((value, i) => (i === integerAt ? "not-a-number" : value)) }, codes: [-1601, -1] }
  }
  const body = bodySchemaOf(walk.operation)
  const resolved = isJsonObject(body) && typeof body["$ref"] === "string" ? components[body["$ref"].replace("#/components/schemas/", "")] : body
  const required = isJsonObject(resolved) && Array.isArray(resolved["required"]) ? resolved["required"] : []
  if (isJsonObject(valid.payload) && typeof required[0] === "string") {
    const { [required[0]]: _dropped, ...rest } = valid.payload
    return { call: { ...valid, payload: rest }, codes: [-7] }
  }
  if (body !== undefined && isJsonObject(resolved) && resolved["type"] === "object") return { call: { ...valid, payload: "" }, codes: [-1002] }
  const query = parameters.find((parameter) => parameter.in !== "path" && parameter.required)
  if (query !== undefined) {
    const { [query.name]: _dropped, ...rest } = valid.params
    return { call: { ...valid, params: rest }, codes: [-7] }
  }
  return undefined
}

const areaOf = (template: string) => template.split("/")[2] ?? ""

/** Walks `selected` with one strategy: the count of valid answers, and every problem found. */
const walk = (selected: ReadonlyArray<Walked>, overrides: AreaState) =>
  Effect.gen(function*() {
    const api = yield* ScmApi.ScmApi
    const mock = yield* MockScmServer.MockScmServer
    const stated = yield* overrides(api, mock)
    const problems: Array<string> = []
    let answered = 0
    let refused = 0
    let refusable = 0
    for (const operation of selected) {
      const where = `${operation.method} ${operation.template}`
      if (operation.generated === undefined) {
        problems.push(`${where}: no generated function`)
        continue
      }
      const valid = { ...validCall(operation), ...stated[`${operation.template} ${operation.method}`] }
      const result = yield* Effect.result(invoke(api, operation.generated.name, valid, true))
      if (result._tag === "Failure") {
        problems.push(`${where}: ${result.failure._tag} ${JSON.stringify(result.failure).slice(0, 300)}`)
      } else {
        const [, response] = result.success as readonly [unknown, HttpClientResponse.HttpClientResponse]
        const text = yield* Effect.orDie(response.text)
        const found = problemsOf(operation, response, text)
        problems.push(...found)
        if (found.length === 0) answered++
      }
      const invalid = invalidCall(operation, valid)
      if (invalid === undefined) continue
      refusable++
      const error = yield* Effect.flip(invoke(api, operation.generated.name, invalid.call, false))
      if (error._tag === "ScmApiError" && error.status === 400 && error.code !== undefined && invalid.codes.includes(error.code)) refused++
      else problems.push(`${where}: invalid request got ${error._tag} ${JSON.stringify(error).slice(0, 200)}, not ScmApiError ${invalid.codes.join(" or ")}`)
    }
    return { answered, refused, refusable, problems }
  })

const client = (strategy: Resources.MockClient) => ScmApi.layer().pipe(Layer.provide(strategy))


/** Ten operations of ten areas, none of them stateful: what every strategy must reach alike. */
const sampleAcrossAreas: ReadonlyArray<Walked> = [...new Map(
  walked.filter((operation) => !statefulAreas.has(areaOf(operation.template))).map((operation) => [areaOf(operation.template), operation])
).values()].slice(0, 10)

layer(MockScmServer.layer({ ...Mock.mockOptions, manualIssuance: true }), { timeout: 60_000 })("the whole spec against the mock server", (it) => {
  it.effect("every operation, through the generated client with OAuth2: answered as the spec says, and refused with SCM's code", () =>
    Effect.gen(function*() {
      const { answered, problems, refusable, refused } = yield* walk(walked, allState)
      // eslint-disable-next-line no-console
      console.log(`whole spec: ${answered} of ${walked.length} operations answered and valid; ${refused} of ${refusable} invalid requests refused with SCM's code`)
      // The operations the patches add from the REST 25.5 reference (older paths, CSoD ...): walked like the rest.
      const fromReference = walked.filter((operation) => vendorPaths[operation.template]?.[operation.method.toLowerCase()] === undefined)
      // eslint-disable-next-line no-console
      console.log(`whole spec: ${fromReference.length} of them from the REST 25.5 reference, not in the vendor's OpenAPI document`)
      expect(fromReference.length).toBeGreaterThanOrEqual(89)
      expect(problems).toEqual([])
      expect(answered).toBe(walked.length)
      expect(refused).toBe(refusable)
      expect(walked.length).toBeGreaterThanOrEqual(372)
    }).pipe(Effect.provide(client(Mock.oauth2()))), { timeout: 30_000 })

  describe.each([["PasswordAuth", () => Mock.password()], ["CertificateAuth", () => Mock.certificate()]] as const)("with %s", (_name, strategy) => {
    it.effect("ten operations across the areas answer as with OAuth2", () =>
      Effect.gen(function*() {
        expect(new Set(sampleAcrossAreas.map((operation) => areaOf(operation.template))).size).toBe(10)
        const { answered, problems } = yield* walk(sampleAcrossAreas, () => Effect.succeed({}))
        expect(problems).toEqual([])
        expect(answered).toBe(sampleAcrossAreas.length)
      }).pipe(Effect.provide(client(strategy()))), { timeout: 20_000 })
  })
})
