/**
 * The generated client against the REST reference's examples (`spec/reference-examples.json`: the
 * requests of the vendor's REST 25.5 reference and the answers a real SCM gave them). Every answer
 * decodes with the schema the generated operation reads it with, and every request body decodes
 * with the schema its payload is typed by: where the reference and the vendor's OpenAPI document
 * disagree, a patch in spec/patches/ makes the client take what SCM answered.
 */
import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import * as Fs from "node:fs"
import { fileURLToPath } from "node:url"
import { operations } from "../src/generated/Operations.js"
import * as Schemas from "../src/generated/Schemas.js"

interface Example {
  readonly id: string
  readonly line: number
  readonly request: {
    readonly method: string
    readonly path: string
    readonly scheme: string
    readonly body?: { readonly kind: string; readonly value?: unknown }
  }
  readonly response: Answer
  readonly alternatives?: ReadonlyArray<Answer>
}

interface Answer {
  readonly status: number
  readonly body?: { readonly kind: string; readonly value?: unknown }
}

const examples = (JSON.parse(
  Fs.readFileSync(fileURLToPath(new URL("../../../spec/reference-examples.json", import.meta.url)), "utf8")
) as { readonly examples: ReadonlyArray<Example> }).examples

const segmentsOf = (path: string) => path.replace(/(.)\/$/, "$1").split("/")

/** The generated operation an example calls: same method, the path template with the most literal segments. */
const operationOf = (example: Example) => {
  const method = example.request.method === "HEAD" ? "GET" : example.request.method
  const segments = segmentsOf(example.request.path)
  return operations
    .filter((operation) => operation.method === method && operation.binary !== "stream")
    .filter((operation) => {
      const template = segmentsOf(operation.path)
      return template.length === segments.length &&
        template.every((segment, i) => (segment.startsWith("{") ? segments[i] !== "" : segment === segments[i]))
    })
    .sort((a, b) => segmentsOf(b.path).filter((s) => !s.startsWith("{")).length - segmentsOf(a.path).filter((s) => !s.startsWith("{")).length)[0]
}

const schemas = Schemas as unknown as Readonly<Record<string, Schema.Top | undefined>>
const pascal = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`

/** The schema the operation decodes a 2xx answer with (the generated client reads every 2xx with its first documented one). */
const successSchema = (name: string, status: number): Schema.Top | undefined =>
  schemas[`${pascal(name)}${status}`] ??
    Object.entries(schemas).find(([key]) => new RegExp(`^${pascal(name)}2\\d\\d$`).test(key))?.[1]

const problemOf = (schema: Schema.Top, value: unknown): string | undefined => {
  const result = Schema.decodeUnknownExit(schema as Schema.Codec<unknown, unknown>)(value)
  return result._tag === "Success" ? undefined : String(result.cause).slice(0, 600)
}

describe("the generated client against the REST reference's examples", () => {
  const replayable = examples.filter((example) => example.request.scheme !== "none")

  it("finds the generated operation of every example", () => {
    expect(replayable.filter((example) => operationOf(example) === undefined).map((example) => example.id)).toEqual([])
  })

  it("decodes every JSON answer with the schema of its operation", () => {
    const problems: Array<string> = []
    for (const example of replayable) {
      const operation = operationOf(example)
      if (operation === undefined) continue
      for (const answer of [example.response, ...(example.alternatives ?? [])]) {
        if (answer.body?.kind !== "json" || answer.status >= 300) continue
        const schema = successSchema(operation.name, answer.status)
        if (schema === undefined) {
          problems.push(`${example.id} (line ${example.line}): ${operation.name} reads no JSON answer`)
          continue
        }
        const problem = problemOf(schema, answer.body.value)
        if (problem !== undefined) problems.push(`${example.id} (line ${example.line}), ${operation.name}: ${problem}`)
      }
    }
    expect(problems).toEqual([])
  })

  it("types every JSON request body the reference sends", () => {
    const problems: Array<string> = []
    for (const example of replayable) {
      const operation = operationOf(example)
      const body = example.request.body
      if (operation === undefined || body?.kind !== "json") continue
      const schema = schemas[`${pascal(operation.name)}RequestJson`]
      if (schema === undefined) {
        problems.push(`${example.id} (line ${example.line}): ${operation.name} takes no JSON body`)
        continue
      }
      const problem = problemOf(schema, body.value)
      if (problem !== undefined) problems.push(`${example.id} (line ${example.line}), ${operation.name}: ${problem}`)
    }
    expect(problems).toEqual([])
  })
})
