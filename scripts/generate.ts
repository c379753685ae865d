/**
 * Generates `packages/core/src/generated/` from the vendor spec and our patches to it, with
 * Effect's own `@effect/openapi-generator`:
 *
 *   npx pnpm@10 generate            writes the files
 *   npx pnpm@10 generate --check    regenerates into a temporary folder; exits 1, with a summary of
 *                                   the differences, when the committed files are not what the spec,
 *                                   the patches and this script produce (CI runs it)
 *
 * Before the generator, `scripts/spec-twins.ts` builds the twin patches (`spec/patches/5x-twin-*.json`:
 * the REST reference's older paths of operations the spec has in a newer version) from the spec
 * and the other patches; `--check` fails when a committed twin patch is not what it builds.
 *
 * The generator runs from `tools/openapi-generator`, a folder of its own with an exact `effect` beta
 * (the generator does not run on the `effect` 4.1 the library uses), installed here with `npm ci`
 * from its committed lockfile when it is missing or stale. Its output is then fitted to the library
 * (see `postProcess`) and formatted by the Prettier that folder pins, so the same inputs always give
 * the same bytes.
 */
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { isTwinPatch, TwinError, twinPatches } from "./spec-twins.js"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const toolDir = path.join(root, "tools/openapi-generator")
const specFile = path.join(root, "spec/scm-admin-api-25.9.2.openapi.json")
const patchDir = path.join(root, "spec/patches")
const outDir = path.join(root, "packages/core/src/generated")
// The `effect` the library compiles against: the rewritten imports must exist in it.
const libraryEffect = path.join(root, "packages/core/node_modules/effect")

const generatorBin = path.join(toolDir, "node_modules/@effect/openapi-generator/dist/bin.js")
const installStamp = path.join(toolDir, "node_modules/.scm-effect-lock-sha256")

class GenerateError extends Error {}

const fail = (message: string): never => {
  throw new GenerateError(message)
}

const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex")

// ---------------------------------------------------------------------------------------------
// The tool folder
// ---------------------------------------------------------------------------------------------

/** `npm ci` in the tool folder unless what is installed came from the committed lockfile. */
const ensureTool = () => {
  const lockHash = sha256(fs.readFileSync(path.join(toolDir, "package-lock.json")))
  const installed = fs.existsSync(installStamp) ? fs.readFileSync(installStamp, "utf8").trim() : undefined
  if (installed === lockHash && fs.existsSync(generatorBin)) return
  console.error("generate: installing tools/openapi-generator (npm ci)")
  // No install scripts: none of these packages needs one, and none should run unasked.
  const result = spawnSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: toolDir,
    stdio: ["ignore", "inherit", "inherit"],
    shell: process.platform === "win32"
  })
  if (result.status !== 0) fail(`npm ci in ${path.relative(root, toolDir)} failed (exit ${result.status})`)
  fs.writeFileSync(installStamp, lockHash + "\n")
}

const toolVersion = (name: string): string => {
  const manifest: unknown = JSON.parse(fs.readFileSync(path.join(toolDir, "node_modules", name, "package.json"), "utf8"))
  const version = (manifest as { version?: unknown }).version
  return typeof version === "string" ? version : fail(`no version in ${name}'s package.json`)
}

// ---------------------------------------------------------------------------------------------
// Patches
// ---------------------------------------------------------------------------------------------

interface PatchOperation {
  readonly op: string
  readonly path: string
  readonly description?: string
}

/** The patch files in order; each must say why it exists, in every operation's `description`. */
const patchFiles = (): ReadonlyArray<string> => {
  const files = fs.readdirSync(patchDir).filter((name) => name.endsWith(".json")).sort()
  for (const file of files) {
    const operations: unknown = JSON.parse(fs.readFileSync(path.join(patchDir, file), "utf8"))
    if (!Array.isArray(operations) || operations.length === 0) fail(`spec/patches/${file}: not a JSON Patch array`)
    const reasons = new Set((operations as ReadonlyArray<PatchOperation>).map((operation) => operation.description))
    if (reasons.has(undefined) || reasons.has("")) {
      fail(`spec/patches/${file}: every operation needs a "description" saying why`)
    }
    if (reasons.size !== 1) fail(`spec/patches/${file}: one reason per patch file, found ${reasons.size}`)
  }
  return files.map((file) => path.join(patchDir, file))
}

// A tiny RFC 6901/6902 subset (add, remove, replace: what the generator's --patch takes), so the
// catalogue below sees the same spec the generator saw.
const unescapePointer = (token: string) => token.replaceAll("~1", "/").replaceAll("~0", "~")

const applyPatch = (document: unknown, operations: ReadonlyArray<PatchOperation & { readonly value?: unknown }>) => {
  for (const operation of operations) {
    const tokens = operation.path.split("/").slice(1).map(unescapePointer)
    const last = tokens.pop() ?? fail(`patch path ${operation.path} is the whole document`)
    let parent: unknown = document
    for (const token of tokens) {
      parent = (parent as Record<string, unknown>)[token]
      if (parent === undefined) fail(`patch path ${operation.path} does not exist`)
    }
    const container = parent as Record<string, unknown>
    if (Array.isArray(container)) {
      const index = last === "-" ? container.length : Number(last)
      if (operation.op === "add") container.splice(index, 0, operation.value)
      else if (operation.op === "remove") container.splice(index, 1)
      else container[index] = operation.value
    } else if (operation.op === "remove") {
      if (!(last in container)) fail(`patch path ${operation.path} does not exist`)
      delete container[last]
    } else {
      if (operation.op === "replace" && !(last in container)) fail(`patch path ${operation.path} does not exist`)
      container[last] = operation.value
    }
  }
  return document
}

/**
 * The twin patches as `scripts/spec-twins.ts` builds them from the spec with every other patch
 * applied (those sort before the twins, so the twins carry their fixes). Writes them, or with
 * `check` leaves the files alone; answers what differs from the committed files.
 */
const syncTwinPatches = (check: boolean): ReadonlyArray<string> => {
  const all = fs.readdirSync(patchDir).filter((name) => name.endsWith(".json")).sort()
  const committed = all.filter(isTwinPatch)
  const others = all.filter((name) => !isTwinPatch(name))
  const firstTwin = committed[0]
  const late = firstTwin === undefined ? [] : others.filter((name) => name > firstTwin)
  if (late.length > 0) fail(`spec/patches/${late.join(", ")} sort after the twin patches; number them below 50`)
  const spec: unknown = JSON.parse(fs.readFileSync(specFile, "utf8"))
  for (const name of others) {
    applyPatch(spec, JSON.parse(fs.readFileSync(path.join(patchDir, name), "utf8")) as ReadonlyArray<PatchOperation>)
  }
  const built = twinPatches(spec)
  const problems: Array<string> = []
  for (const name of committed) {
    if (!built.has(name)) problems.push(`  spec/patches/${name}: no twin area builds it any more (delete it)`)
  }
  for (const [name, text] of built) {
    const file = path.join(patchDir, name)
    const actual = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined
    if (actual !== text) problems.push(`  spec/patches/${name}: ${actual === undefined ? "missing" : "not what scripts/spec-twins.ts builds"}`)
  }
  if (!check) {
    for (const name of committed) if (!built.has(name)) fs.rmSync(path.join(patchDir, name))
    for (const [name, text] of built) fs.writeFileSync(path.join(patchDir, name), text)
    if (problems.length > 0) console.error(`generate: wrote the twin patches:\n${problems.join("\n")}`)
    return []
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// Running the generator
// ---------------------------------------------------------------------------------------------

const runGenerator = (patches: ReadonlyArray<string>): string => {
  const args = [generatorBin, "--spec", specFile, "--name", "ScmApi", "--format", "httpclient"]
  for (const patch of patches) args.push("--patch", patch)
  // This script runs on the repository's Node 22; the generator needs it too.
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  // The generator reports its failures on stdout, its warnings on stderr.
  if (result.status !== 0) {
    fail(`the generator failed (exit ${result.status}):\n${result.stdout.slice(0, 4000)}${result.stderr}`)
  }
  if (result.stderr.trim() !== "") console.error(result.stderr.trimEnd())
  return result.stdout
}

// ---------------------------------------------------------------------------------------------
// Post-processing
// ---------------------------------------------------------------------------------------------

/** Replaces `pattern` in `text`, failing unless it matched exactly `expected` times. */
const replaceCounted = (
  text: string,
  pattern: RegExp,
  replacement: string | ((substring: string, ...groups: Array<string>) => string),
  expected: number | "some",
  what: string
): string => {
  let count = 0
  const replaced = text.replace(pattern, (...args: Array<string>) => {
    count++
    const [substring, ...groups] = args as [string, ...Array<string>]
    return typeof replacement === "string"
      ? substring.replace(new RegExp(pattern.source, pattern.flags.replace("g", "")), replacement)
      : replacement(substring, ...groups)
  })
  if (expected === "some" ? count === 0 : count !== expected) {
    fail(`post-processing "${what}": expected ${expected} match(es), found ${count}; has the generator changed?`)
  }
  return replaced
}

const sliceBetween = (text: string, start: string, end: string | undefined, what: string) => {
  const from = text.indexOf(start)
  if (from < 0) fail(`post-processing: no ${what} (${JSON.stringify(start)}) in the generator's output`)
  const to = end === undefined ? text.length : text.indexOf(end, from)
  if (to < 0) fail(`post-processing: no end of ${what} (${JSON.stringify(end)})`)
  return text.slice(from, to)
}

/**
 * Where `effect/unstable/*` modules of the generator's beta live in effect 4.1: they graduated
 * (`effect/unstable/http/HttpClient` is `effect/http/HttpClient`).
 */
const graduatedDirectories: Readonly<Record<string, string>> = { httpapi: "http-api" }

const rewriteImports = (source: string) =>
  source.replace(/from "effect\/unstable\/([\w-]+)\/(\w+)"/g, (_, directory: string, module: string) => {
    const target = `${graduatedDirectories[directory] ?? directory}/${module}`
    if (!fs.existsSync(path.join(libraryEffect, "src", `${target}.ts`))) {
      fail(`effect/unstable/${directory}/${module} has no effect 4.1 module at effect/${target}`)
    }
    return `from "effect/${target}"`
  })

// The generator's runtime for its operations: it expects a plain HttpClient, decodes with the
// platform's schemaBodyJson, treats the documented error statuses as successes (`"400": () =>
// Effect.void`) and types every failure as HttpClientError | SchemaError. Ours takes any client
// `HttpClient.With<E>` that fails non-2xx answers itself (ScmHttpClient maps them to ScmError),
// reads 2xx answers with the decoders it is given, and says `E`. Checked against the generator's
// text so that a different generator fails here instead of generating something else.
const generatorPreamble = `export const make = (
  httpClient: HttpClient.HttpClient,
  options: {
    readonly transformClient?: ((client: HttpClient.HttpClient) => Effect.Effect<HttpClient.HttpClient>) | undefined
  } = {}
): ScmApi => {`

const preamble = `/**
 * How the operations read an answer. The client given to \`make\` fails every non-2xx answer
 * itself (as \`ScmHttpClient\` does, with \`ScmError\`); these turn a 2xx answer into the
 * operation's value, and fail with the same \`E\`.
 */
export interface Decoders<E> {
  /** A JSON body, decoded with the operation's response schema. */
  readonly json: <S extends Schema.Constraint>(
    schema: S
  ) => (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<S["Type"], E, S["DecodingServices"]>
  /** An answer whose body the operation does not read (a 204, a create's 201): drained. */
  readonly empty: (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<void, E>
  /** A binary body (a collected certificate, a PKCS#12 keystore), read whole. */
  readonly bytes: (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<Uint8Array, E>
  /** A binary body as it arrives. */
  readonly stream: (response: HttpClientResponse.HttpClientResponse) => Stream.Stream<Uint8Array, E>
  /** A status the spec does not document for the operation. */
  readonly unexpectedStatus: (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<never, E>
}

/**
 * Options of \`make\`: the decoders, and a hook that may replace the client for each request.
 */
export interface MakeOptions<E> {
  readonly decoders: Decoders<E>
  readonly transformClient?:
    | ((client: HttpClient.HttpClient.With<E>) => Effect.Effect<HttpClient.HttpClient.With<E>>)
    | undefined
}

/**
 * What the operations share, made once per client by \`operationContext\`: how an answer is read,
 * and how a request is sent (through \`transformClient\` when one is given).
 */
export interface OperationContext<E> {
  readonly decoders: Decoders<E>
  readonly decodeSuccess: Decoders<E>["json"]
  readonly unexpectedStatus: Decoders<E>["unexpectedStatus"]
  readonly withResponse: <Config extends OperationConfig>(
    config: Config | undefined
  ) => (
    f: (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<unknown, E>
  ) => (request: HttpClientRequest.HttpClientRequest) => Effect.Effect<never, E>
  readonly binaryRequest: (request: HttpClientRequest.HttpClientRequest) => Stream.Stream<Uint8Array, E>
}

/**
 * The context the operations below are made with, sending through \`httpClient\`, whose request
 * URLs are paths (it holds the base URL).
 */
export const operationContext = <E>(httpClient: HttpClient.HttpClient.With<E>, options: MakeOptions<E>): OperationContext<E> => {
  const decoders = options.decoders
  const transformClient = options.transformClient
  const execute = transformClient === undefined
    ? (request: HttpClientRequest.HttpClientRequest) => httpClient.execute(request)
    : (request: HttpClientRequest.HttpClientRequest) =>
      Effect.flatMap(transformClient(httpClient), (client) => client.execute(request))
  // The interface gives each operation its type; this one function serves them all.
  const withResponse = <Config extends OperationConfig>(config: Config | undefined) =>
  (
    f: (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<unknown, E>
  ): (request: HttpClientRequest.HttpClientRequest) => Effect.Effect<never, E> => {
    const withOptionalResponse = config?.includeResponse
      ? (response: HttpClientResponse.HttpClientResponse) =>
        Effect.map(f(response), (a): [unknown, HttpClientResponse.HttpClientResponse] => [a, response])
      : f
    return (request) => Effect.flatMap(execute(request), withOptionalResponse) as Effect.Effect<never, E>
  }
  const binaryRequest = (request: HttpClientRequest.HttpClientRequest): Stream.Stream<Uint8Array, E> =>
    Stream.unwrap(Effect.map(execute(request), decoders.stream))
  return { decoders, decodeSuccess: decoders.json, unexpectedStatus: decoders.unexpectedStatus, withResponse, binaryRequest }
}

// Each operation is also made alone from the context (\`getOrgList(context)\`), so that a program
// that calls a few of them, bundled, carries only those and the schemas they read; \`make\`, which
// names them all, carries every one.
`

interface CatalogueEntry {
  readonly name: string
  readonly method: string
  readonly path: string
  readonly area: string
  readonly tag: string | undefined
  readonly operationId: string
  readonly summary: string | undefined
  readonly deprecated: boolean
  readonly binary: "stream" | "bytes" | undefined
}

type Spec = {
  readonly paths: Record<string, Record<string, {
    readonly operationId?: string
    readonly tags?: ReadonlyArray<string>
    readonly summary?: string
    readonly deprecated?: boolean
  }>>
}

const httpMethods = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"])

const commentSafe = (text: string) => text.replaceAll("*/", "*\\/")

interface Generated {
  readonly schemas: string
  readonly client: string
  readonly operations: string
  readonly catalogue: ReadonlyArray<CatalogueEntry>
}

const schemaNamesOf = (schemasPart: string) =>
  [...schemasPart.matchAll(/^export (?:const|type) (\w+)/gm)].map((match) => match[1]!)

// What an operation of the generator's `make` uses of its closure: the context's fields.
const contextFields = ["decoders", "decodeSuccess", "unexpectedStatus", "withResponse", "binaryRequest"] as const

/**
 * The members of the generator's `make` (`body`: from `httpClient,` to its closing braces), each
 * as an exported function of the context that makes that operation alone, then `make` over them.
 */
const operationFunctions = (body: string, taken: ReadonlyArray<string>): string => {
  const start = "\n    httpClient,\n"
  const end = "}\n}"
  const trimmed = body.trimEnd()
  if (!body.startsWith(start) || !trimmed.endsWith(end)) fail("make's members are not between `httpClient,` and its closing braces")
  const members = trimmed.slice(start.length, trimmed.length - end.length).trimEnd()
  const heads = [...members.matchAll(/^ {4}"(\w+)": /gm)]
  if (heads.length === 0 || heads[0]!.index !== 0) fail("make's members do not start with an operation")
  const reserved = new Set([
    ...taken,
    ...["make", "operationContext", "OperationContext", "Decoders", "MakeOptions", "OperationConfig"],
    ...["WithOptionalResponse", "ScmApi"]
  ])
  const names: Array<string> = []
  const functions = heads.map((head, index) => {
    const name = head[1]!
    if (reserved.has(name)) fail(`operation ${name} has the name of another export of Client.ts`)
    const text = members.slice(head.index + head[0].length, heads[index + 1]?.index ?? members.length).trimEnd()
      .replace(/,$/, "")
    const used = contextFields.filter((field) => new RegExp(`\\b${field}\\b`).test(text))
    if (/\b(?:httpClient|transformClient|execute)\b/.test(text)) fail(`operation ${name} uses more of make than the context`)
    names.push(name)
    return `export const ${name} = <E>({ ${used.join(", ")} }: OperationContext<E>): ScmApi<E>["${name}"] =>\n  ${text}`
  })
  return `${functions.join("\n\n")}

/**
 * One function per operation of the spec, sending through \`httpClient\`, whose request URLs are
 * paths (it holds the base URL).
 */
export const make = <E>(httpClient: HttpClient.HttpClient.With<E>, options: MakeOptions<E>): ScmApi<E> => {
  const context = operationContext(httpClient, options)
  return {
    httpClient,
${names.map((name) => `    ${name}: ${name}(context)`).join(",\n")}
  }
}
`
}

const postProcess = (raw: string, spec: Spec, header: (what: string) => string): Generated => {
  const source = rewriteImports(raw)
  if (/effect\/unstable\//.test(source)) fail("an effect/unstable import is left")

  const schemasPart = sliceBetween(source, "// recursive declarations", "\nexport interface OperationConfig", "schemas")
  const typesPart = sliceBetween(source, "export interface OperationConfig", "\nexport const make = (", "types")
  const makePart = sliceBetween(source, "export const make = (", "\nexport interface ScmApi {", "make")
  let interfacePart = sliceBetween(source, "export interface ScmApi {", "\nexport interface ScmApiError", "interface")

  // --- the operations: name, method, path -------------------------------------------------------
  const entryPattern = /^ {4}"(\w+)": \(([^)]*)\) => HttpClientRequest\.(\w+)\(`([^`]*)`\)\.pipe\($/gm
  const entries = [...makePart.matchAll(entryPattern)].map((match) => ({
    name: match[1]!,
    method: match[3]!,
    template: match[4]!
  }))
  const names = new Set(entries.map((entry) => entry.name))
  const streamed = new Set(
    entries.filter((entry) => entry.name.endsWith("Stream") && names.has(entry.name.slice(0, -"Stream".length)))
      .map((entry) => entry.name.slice(0, -"Stream".length))
  )

  // Spec operations by method and path shape ({param} names aside).
  const shape = (method: string, route: string) => `${method.toLowerCase()} ${route.replace(/\{[^}]*\}/g, "{}")}`
  const specOperations = new Map<string, { route: string; method: string; operation: Spec["paths"][string][string] }>()
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!httpMethods.has(method)) continue
      const key = shape(method, route)
      if (specOperations.has(key)) fail(`two operations of the spec have the shape ${key}`)
      specOperations.set(key, { route, method, operation })
    }
  }
  const catalogue: Array<CatalogueEntry> = []
  const seen = new Set<string>()
  for (const entry of entries) {
    const key = shape(entry.method, entry.template.replace(/\$\{[^}]*\}/g, "{}"))
    const found = specOperations.get(key) ?? fail(`${entry.name}: no operation ${key} in the spec`)
    const binary = entry.name.endsWith("Stream") && streamed.has(entry.name.slice(0, -"Stream".length))
      ? "stream" as const
      : streamed.has(entry.name)
      ? "bytes" as const
      : undefined
    if (binary !== "stream") {
      if (seen.has(key)) fail(`two generated operations for ${key}`)
      seen.add(key)
    }
    catalogue.push({
      name: entry.name,
      method: found.method.toUpperCase(),
      path: found.route,
      area: found.route.split("/")[2] ?? "",
      tag: found.operation.tags?.[0],
      operationId: found.operation.operationId ?? "",
      summary: found.operation.summary,
      deprecated: found.operation.deprecated === true,
      binary
    })
  }
  if (seen.size !== specOperations.size) {
    const missing = [...specOperations.keys()].filter((key) => !seen.has(key))
    fail(`the generator left out ${missing.length} operation(s) of the spec: ${missing.join(", ")}`)
  }
  const byName = new Map(catalogue.map((entry) => [entry.name, entry]))

  // --- make ----------------------------------------------------------------------------------
  if (!makePart.startsWith(generatorPreamble)) fail("the generator's make no longer starts as expected")
  const returnAt = makePart.indexOf("\n  return {\n    httpClient,\n")
  if (returnAt < 0) fail("no `return { httpClient,` in the generator's make")
  let body = makePart.slice(returnAt + "\n  return {".length)
  // Path parameters are values, not path syntax: an id with a `/` or `?` must not change the path.
  body = replaceCounted(
    body,
    /(HttpClientRequest\.\w+\(`)([^`]*)(`\))/g,
    (_, open: string, template: string, close: string) =>
      open + template.replace(/\$\{(\w+)\}/g, "${encodeURIComponent($1)}") + close,
    entries.length,
    "encode path parameters"
  )
  // A non-2xx answer never reaches these (the client failed it); one that did would be
  // unexpected, not a success.
  body = replaceCounted(body, /^ {6}"[345](?:\d\d|xx)": [^\n]*,\n/gm, "", "some", "error statuses")
  body = replaceCounted(body, /^( {6}"2\d\d"): \(\) => Effect\.void,$/gm, "$1: decoders.empty,", "some", "empty 2xx")
  for (const name of streamed) {
    body = replaceCounted(
      body,
      new RegExp(`(^ {4}"${name}": [^\\n]*\\n(?: {4}HttpClientRequest\\.[^\\n]*\\n)*)( {4}withResponse\\([^\\n]*\\(HttpClientResponse\\.matchStatus\\(\\{\\n)`, "m"),
      (_, head: string, matcher: string) => `${head}${matcher}      "2xx": decoders.bytes,\n`,
      1,
      `bytes of ${name}`
    )
  }
  if (/decodeError\(|\(\) => Effect\.void/.test(body)) fail("an error status arm is left in make")
  // Query values are strings, numbers, booleans and arrays of them: UrlParams.Input takes them
  // as they are, the casts only hide mistakes (and `any` is refused by the lint).
  body = replaceCounted(body, /(options\??\.params(?:\?\.)?\["[^"]*"\]) as any\b/g, "$1", "some", "query casts")
  const leftAny = /.{0,80}\bas any\b.{0,40}/.exec(body)
  if (leftAny !== null) fail(`an \`as any\` is left in make: ${leftAny[0]}`)
  const client = preamble + operationFunctions(body, schemaNamesOf(schemasPart))

  // --- the interface -------------------------------------------------------------------------
  interfacePart = replaceCounted(interfacePart, /^export interface ScmApi \{$/m, "export interface ScmApi<E> {", 1, "interface")
  interfacePart = replaceCounted(
    interfacePart,
    /^ {2}readonly httpClient: HttpClient\.HttpClient$/m,
    "  readonly httpClient: HttpClient.HttpClient.With<E>",
    1,
    "httpClient"
  )
  const memberCount = entries.length
  interfacePart = replaceCounted(
    interfacePart,
    /, HttpClientError\.HttpClientError \| SchemaError(?: \| ScmApiError<"\w+", typeof \w+\.Type>)*>$/gm,
    ", E>",
    memberCount - streamed.size,
    "operation errors"
  )
  interfacePart = replaceCounted(
    interfacePart,
    /=> Stream\.Stream<Uint8Array, HttpClientError\.HttpClientError>$/gm,
    "=> Stream.Stream<Uint8Array, E>",
    streamed.size,
    "stream errors"
  )
  for (const name of streamed) {
    interfacePart = replaceCounted(
      interfacePart,
      new RegExp(`^(\\s*readonly "${name}": [^\\n]*)WithOptionalResponse<void, Config>`, "m"),
      "$1WithOptionalResponse<Uint8Array, Config>",
      1,
      `bytes type of ${name}`
    )
  }
  // `options` may be left out where nothing in it is required.
  interfacePart = replaceCounted(
    interfacePart,
    /(\boptions): (\{[^\n]*\}) \| undefined\) =>/g,
    "$1?: $2 | undefined) =>",
    "some",
    "optional options"
  )
  // Each member's JSDoc: the generator's text, then where the operation is in the spec.
  interfacePart = replaceCounted(
    interfacePart,
    /^(?: {2}\/\*\*\n((?:(?!\*\/)[^\n]*\n)*?)\*\/\n)?\s*readonly "(\w+)": /gm,
    (_, doc: string | undefined, name: string) => {
      const entry = byName.get(name) ?? fail(`interface member ${name} is not an operation`)
      const lines = (doc ?? "").split("\n").map((line) => line.replace(/^\s*\* ?/, "").trimEnd())
      while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop()
      const where = `\`${entry.method} ${entry.path}\`, area \`${entry.area}\`${
        entry.tag === undefined ? "" : `, tag "${entry.tag}"`
      }, operationId \`${entry.operationId}\`${
        entry.binary === "stream" ? ", the body as a stream" : entry.binary === "bytes" ? ", the body as bytes" : ""
      }`
      const text = [...lines, ...(lines.length > 0 ? [""] : []), where]
      if (entry.deprecated) text.push("", "@deprecated in the spec")
      return `  /**\n${text.map((line) => commentSafe(line === "" ? "   *" : `   * ${line}`)).join("\n")}\n   */\n  readonly "${name}": `
    },
    memberCount,
    "member docs"
  )

  // --- files ---------------------------------------------------------------------------------
  const schemaNames = new Set(schemaNamesOf(schemasPart))
  const clientText = `${typesPart}\n${client}\n${interfacePart}`
  const valueUses = new Set<string>()
  const typeUses = new Set<string>()
  // Names in comments and strings are not uses.
  const code = clientText.replace(/\/\*[\s\S]*?\*\//g, "").replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
  for (const match of code.matchAll(/(typeof )?\b([A-Z]\w*)\b/g)) {
    const name = match[2]!
    if (!schemaNames.has(name)) continue
    if (match[1] === undefined) valueUses.add(name)
    else typeUses.add(name)
  }
  const sorted = (names: Iterable<string>) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const typeOnly = sorted([...typeUses].filter((name) => !valueUses.has(name)))
  const namespaceImports = (text: string, candidates: ReadonlyArray<[string, string, boolean]>) =>
    candidates.filter(([name]) => new RegExp(`\\b${name}\\.`).test(text))
      .map(([name, module, typeOnly]) => `import ${typeOnly ? "type " : ""}* as ${name} from "${module}"`)
      .join("\n")
  const clientImports = [
    namespaceImports(clientText, [
      ["Effect", "effect/Effect", false],
      ["HttpClient", "effect/http/HttpClient", true],
      ["HttpClientRequest", "effect/http/HttpClientRequest", false],
      ["HttpClientResponse", "effect/http/HttpClientResponse", false],
      ["Schema", "effect/Schema", true],
      ["Stream", "effect/Stream", false]
    ]),
    `import { ${sorted(valueUses).join(", ")} } from "./Schemas.js"`,
    `import type { ${typeOnly.join(", ")} } from "./Schemas.js"`
  ].join("\n")
  // Check the rewritten imports are still the namespaces used (effect 4.1 paths).
  for (const module of ["effect/http/HttpClient", "effect/http/HttpClientRequest", "effect/http/HttpClientResponse"]) {
    if (!source.includes(`from "${module}"`)) fail(`the generator no longer imports ${module}`)
  }

  const schemas = `${header("The schemas of the spec's components, requests and responses.")}
import * as Schema from "effect/Schema"

${schemasPart}`
  const clientFile = `${header("One function per operation of the spec, over any HttpClient that fails non-2xx answers itself.")}
${clientImports}

${clientText}`
  const operations = `${header("Every operation of the client: its name, where it is in the spec, and how its body is read.")}
/** An operation of the generated client. */
export interface Operation {
  /** The client's function. */
  readonly name: string
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS" | "TRACE"
  /** The spec's path, with \`{param}\` placeholders. */
  readonly path: string
  /** The first segment after \`/api/\`: \`ssl\`, \`smime\`, \`organization\`, \`domain\` ... */
  readonly area: string
  /** The spec's tag ("SSL certificates", "Organizations" ...). */
  readonly tag?: string
  readonly operationId: string
  readonly summary?: string
  readonly deprecated: boolean
  /** How a binary body is read: whole (\`bytes\`) or as it arrives (\`stream\`); absent for JSON or none. */
  readonly binary?: "bytes" | "stream"
}

/** The operations, in the generator's order. */
export const operations: ReadonlyArray<Operation> = ${JSON.stringify(catalogue)}
`
  return { schemas, client: clientFile, operations, catalogue }
}

// ---------------------------------------------------------------------------------------------
// Formatting, writing, checking
// ---------------------------------------------------------------------------------------------

interface Prettier {
  readonly format: (source: string, options: Record<string, unknown>) => Promise<string>
}

const loadPrettier = async (): Promise<Prettier> => {
  const entry = path.join(toolDir, "node_modules/prettier/index.mjs")
  const module: { readonly default?: Prettier } & Partial<Prettier> = await import(pathToFileURL(entry).href)
  return module.format === undefined ? module.default ?? fail("prettier has no format") : (module as Prettier)
}

// The repository's style: no semicolons, double quotes, no trailing commas, 120 columns.
const prettierOptions = {
  parser: "typescript",
  semi: false,
  singleQuote: false,
  trailingComma: "none",
  printWidth: 120,
  tabWidth: 2,
  arrowParens: "always",
  endOfLine: "lf"
}

const generate = async (): Promise<Map<string, string>> => {
  ensureTool()
  const patches = patchFiles()
  const generatorVersion = toolVersion("@effect/openapi-generator")
  const effectVersion = toolVersion("effect")
  const spec = JSON.parse(fs.readFileSync(specFile, "utf8")) as Spec
  for (const patch of patches) {
    applyPatch(spec, JSON.parse(fs.readFileSync(patch, "utf8")) as ReadonlyArray<PatchOperation>)
  }
  const raw = runGenerator(patches)
  const header = (what: string) => `/**
 * ${what}
 *
 * Generated, do not edit: run \`npx pnpm@10 generate\` (scripts/generate.ts), which runs
 * @effect/openapi-generator ${generatorVersion} (effect ${effectVersion}) on
 * spec/${path.basename(specFile)} with spec/patches/*.json.
 *
 * @since 1.0.0
 */
`
  const generated = postProcess(raw, spec, header)
  const prettier = await loadPrettier()
  const files = new Map<string, string>()
  files.set("Schemas.ts", await prettier.format(generated.schemas, { ...prettierOptions, filepath: "Schemas.ts" }))
  files.set("Client.ts", await prettier.format(generated.client, { ...prettierOptions, filepath: "Client.ts" }))
  files.set("Operations.ts", await prettier.format(generated.operations, { ...prettierOptions, filepath: "Operations.ts" }))
  const areas = new Map<string, number>()
  for (const entry of generated.catalogue) {
    if (entry.binary !== "stream") areas.set(entry.area, (areas.get(entry.area) ?? 0) + 1)
  }
  const total = [...areas.values()].reduce((a, b) => a + b, 0)
  console.error(
    `generate: ${total} operations (+${generated.catalogue.length - total} streaming variants): ${
      [...areas].map(([area, count]) => `${area} ${count}`).join(", ")
    }`
  )
  return files
}

const summarize = (name: string, expected: string, actual: string | undefined) => {
  if (actual === undefined) return `  ${name}: missing (should be generated)`
  const a = actual.split("\n")
  const b = expected.split("\n")
  let first = 0
  while (first < a.length && first < b.length && a[first] === b[first]) first++
  const changed = b.filter((line, index) => a[index] !== line).length
  return `  ${name}: differs from line ${first + 1} (${changed} line(s) of ${b.length}); committed: ${
    JSON.stringify((a[first] ?? "").slice(0, 100))
  }, generated: ${JSON.stringify((b[first] ?? "").slice(0, 100))}`
}

const main = async () => {
  const check = process.argv.includes("--check")
  const twinProblems = syncTwinPatches(check)
  const files = await generate()
  if (!check) {
    fs.mkdirSync(outDir, { recursive: true })
    for (const existing of fs.readdirSync(outDir)) {
      if (!files.has(existing)) fs.rmSync(path.join(outDir, existing))
    }
    for (const [name, text] of files) fs.writeFileSync(path.join(outDir, name), text)
    console.error(`generate: wrote ${[...files.keys()].map((name) => `packages/core/src/generated/${name}`).join(", ")}`)
    return
  }
  // The fresh output goes to a temporary folder first, so a failed check can be inspected.
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "scm-effect-generate-"))
  const problems: Array<string> = [...twinProblems]
  for (const [name, text] of files) {
    fs.writeFileSync(path.join(temp, name), text)
    const committed = path.join(outDir, name)
    const actual = fs.existsSync(committed) ? fs.readFileSync(committed, "utf8") : undefined
    if (actual !== text) problems.push(summarize(name, text, actual))
  }
  const extra = fs.existsSync(outDir) ? fs.readdirSync(outDir).filter((name) => !files.has(name)) : []
  for (const name of extra) problems.push(`  ${name}: not generated any more (delete it)`)
  if (problems.length > 0) {
    console.error(
      `generate --check: spec/patches/5x-twin-*.json or packages/core/src/generated/ is not what the spec and patches produce:\n${
        problems.join("\n")
      }\nfresh output: ${temp}\nrun \`npx pnpm@10 generate\` and commit the result`
    )
    process.exitCode = 1
    return
  }
  fs.rmSync(temp, { recursive: true, force: true })
  console.error("generate --check: packages/core/src/generated/ is up to date")
}

main().catch((error: unknown) => {
  console.error(error instanceof GenerateError || error instanceof TwinError ? `generate: ${error.message}` : error)
  process.exitCode = 1
})
