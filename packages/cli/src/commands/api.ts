/**
 * `scm api AREA OPERATION`: any operation of the vendor's spec, through the generated client
 * (`ScmApi`), for what no curated command covers.
 */
import * as ScmApi from "@scm-effect/core/ScmApi"
import type * as ScmError from "@scm-effect/core/ScmError"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import * as Option from "effect/Option"
import * as Stdio from "effect/Stdio"
import * as Stream from "effect/Stream"
import * as Argument from "effect/cli/Argument"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import { descriptionOf } from "../catalog.js"
import { UsageError } from "../failure.js"
import { printJson, printRows, writeFileAtomic, writeStdout } from "../output.js"
import { describe, type TopLevel, withScm } from "./common.js"

/** The operations a user names: a binary body's `...Stream` twin is the same operation. */
const callable = ScmApi.operations.filter((operation) => operation.binary !== "stream")

const areas = [...new Set(callable.map((operation) => operation.area))].sort()

const pathParameters = (path: string): Array<string> => [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!)

const usage = (message: string) => new UsageError({ message })

/** An operation by area and by its function name or operationId, case ignored. */
export const findOperation = (area: string, name: string): ScmApi.Operation | UsageError => {
  const inArea = callable.filter((operation) => operation.area === area)
  if (inArea.length === 0) return usage(`no API area "${area}"; the areas are ${areas.join(", ")}`)
  const wanted = name.toLowerCase()
  const found = inArea.find((operation) =>
    operation.name.toLowerCase() === wanted || operation.operationId.toLowerCase() === wanted
  )
  return found ?? usage(`no operation "${name}" in area ${area}; run \`scm api ${area}\` to list them`)
}

const readBody = Effect.fn("api.readBody")(function*(source: string) {
  const text = source === "-"
    ? yield* Effect.flatMap(Stdio.Stdio, (stdio) => stdio.stdin.pipe(Stream.decodeText(), Stream.mkString))
    : yield* Effect.flatMap(FileSystem.FileSystem, (fs) => fs.readFileString(source))
  try {
    return JSON.parse(text) as unknown
  } catch {
    return yield* usage(`--body ${source}: not JSON`)
  }
}, (effect, source) => Effect.catchTag(effect, "PlatformError", () => Effect.fail(usage(`--body: cannot read ${source}`))))

type OperationFunction = (...args: ReadonlyArray<unknown>) => Effect.Effect<unknown, ScmError.ScmError>

const call = Effect.fn("api.call")(function*(
  operation: ScmApi.Operation,
  parameters: Readonly<Record<string, string>>,
  body: Option.Option<string>,
  out: Option.Option<string>
) {
  const names = pathParameters(operation.path)
  const missing = names.filter((name) => parameters[name] === undefined)
  if (missing.length > 0) {
    return yield* usage(`${operation.name} needs ${missing.map((name) => `--param ${name}=...`).join(" ")}`)
  }
  const query = Object.fromEntries(Object.entries(parameters).filter(([name]) => !names.includes(name)))
  const payload = Option.isSome(body)
    ? yield* readBody(body.value)
    : ["POST", "PUT", "PATCH"].includes(operation.method)
    ? {}
    : undefined
  const api = yield* ScmApi.ScmApi
  const fn = (api as unknown as Record<string, OperationFunction>)[operation.name]!
  const result = yield* fn(...names.map((name) => parameters[name]), {
    params: query,
    ...(payload === undefined ? {} : { payload })
  })
  if (result instanceof Uint8Array) {
    return yield* Option.isSome(out) ? writeFileAtomic(out.value, result) : writeStdout(result)
  }
  if (result === undefined) return
  if (Option.isSome(out)) return yield* writeFileAtomic(out.value, JSON.stringify(result, null, 2) + "\n")
  yield* printJson(result)
})

const listOperations = (area: Option.Option<string>) =>
  Effect.gen(function*() {
    if (Option.isSome(area) && !areas.includes(area.value)) {
      return yield* usage(`no API area "${area.value}"; the areas are ${areas.join(", ")}`)
    }
    const shown = Option.isSome(area) ? callable.filter((operation) => operation.area === area.value) : callable
    // The summary is in the JSON output; in a table the names and paths need the room.
    yield* printRows(Stream.fromIterable(shown), [
      { header: "AREA", get: (operation) => operation.area },
      { header: "OPERATION", get: (operation) => operation.name },
      { header: "METHOD", get: (operation) => operation.method },
      { header: "PATH", get: (operation) => operation.path, flex: true }
    ])
  })

/** `scm api`. */
export const api: TopLevel<"api"> = Command.make("api", {
  area: Argument.String("area").pipe(
    Argument.withDescription(`the segment after /api/: ${areas.join(", ")}`),
    Argument.optional
  ),
  operation: Argument.String("operation").pipe(
    Argument.withDescription("the operation's name (listDomains) or operationId (list-domains)"),
    Argument.optional
  ),
  param: Flag.KeyValuePair("param").pipe(
    Flag.withAlias("p"),
    Flag.withDescription("a path or query parameter, name=value; repeat for more"),
    Flag.optional
  ),
  body: Flag.String("body").pipe(
    Flag.withMetavar("FILE|-"),
    Flag.withDescription("the JSON body, from a file or - for stdin (POST and PUT send {} without it)"),
    Flag.optional
  ),
  out: Flag.String("out").pipe(
    Flag.withMetavar("FILE"),
    Flag.withDescription("write the answer there (whole or not at all)"),
    Flag.optional
  )
}, ({ area, body, operation, out, param }) => {
  if (Option.isNone(area) || Option.isNone(operation)) return listOperations(area)
  const found = findOperation(area.value, operation.value)
  if (found instanceof UsageError) return Effect.fail(found)
  return call(found, Option.getOrElse(param, () => ({})), body, out).pipe(Effect.provide(ScmApi.layer()), withScm)
}).pipe(
  describe(`${descriptionOf("api")}; without an operation, list them.`, [
    ["scm api domain", "the operations of the domain area"],
    ["scm api domain listDomains --param size=5", "call one, print its JSON answer"],
    ["scm api organization getOrgDetails --param id=\"$(scm orgs list -o ndjson | jq -n input.id)\"", "a path parameter"],
    ["scm api ssl getSslCertificatesList1 --param status=Issued --param size=2", "query parameters"]
  ])
)
