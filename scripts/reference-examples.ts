/**
 * Extracts the examples of the vendor's REST reference ("Certificate Manager 25.5 REST API", Spring
 * REST Docs converted to text) into `spec/reference-examples.json`: for each `curl` example the
 * request it sends and the answer SCM gave, with the field tables' paths and types, and no prose
 * beyond the operation's short title. The shape is described in `spec/reference-examples.md`.
 *
 *   npx pnpm@10 reference-examples [--reference FILE]           writes the JSON
 *   npx pnpm@10 reference-examples --check [--reference FILE]   exits 1 when the committed JSON is
 *                                                               not what the reference gives
 *
 * The reference is not part of the repository (the vendor's text stays out of it); by default it
 * is read from `../shared/reference/scm-rest-api-25.5.txt`, beside the checkout, where the
 * project's shared vendor documents are kept. CI runs `--check` only where that file is present.
 */
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const referenceName = "scm-rest-api-25.5.txt"
const defaultReference = path.join(root, "..", "shared", "reference", referenceName)
const outputFile = path.join(root, "spec", "reference-examples.json")

/** The version of the JSON's shape (spec/reference-examples.md); raised on any incompatible change. */
const formatVersion = 1

class ReferenceError extends Error {}

const fail = (message: string): never => {
  throw new ReferenceError(message)
}

// ---------------------------------------------------------------------------------------------
// The output's shape (documented in spec/reference-examples.md)
// ---------------------------------------------------------------------------------------------

type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }

/** A body as the example shows it: JSON, text that is not JSON, or multipart parts (curl's `-F`). */
type Body =
  | { readonly kind: "json"; readonly value: Json }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "multipart"; readonly parts: ReadonlyArray<{ readonly name: string; readonly value: string }> }

/** A row of a "Request fields" or "Response fields" table: the field's path and its documented type. */
interface Field {
  readonly path: string
  readonly type: string
}

/** How the example logs in: the reference's three header schemes, or none (a URL outside SCM). */
type Scheme = "password" | "certificate" | "developer" | "none"

interface Example {
  /** Unique: `METHOD /path?query`, with ` #2` ... for a repeated one, in the reference's order. */
  readonly id: string
  /** The line of the reference the `curl` command is on. */
  readonly line: number
  /** The operation's heading. */
  readonly title: string
  /** The version marker under the heading, where there is one (`V2`, `V1 - Deprecated`). */
  readonly version?: string
  /** The case it shows, where the reference shows several under one heading ("Success case", "Failed case"). */
  readonly variant?: string
  /** The first segment after `/api/` (`ssl`, `smime`, `dcv` ...); `external` for a URL outside SCM. */
  readonly area: string
  readonly request: {
    readonly method: string
    /** The URL as given, for a URL outside SCM; absent otherwise (path and query say it all). */
    readonly url?: string
    /** Without `/private` (certificate login adds it) and without the query. */
    readonly path: string
    /** The query's pairs, decoded, in order. */
    readonly query: ReadonlyArray<readonly [string, string]>
    readonly scheme: Scheme
    /** The headers other than the scheme's credentials (`login`, `password`, `customerUri`, `email`). */
    readonly headers: ReadonlyArray<readonly [string, string]>
    readonly body?: Body
    readonly fields: ReadonlyArray<Field>
  }
  readonly response: {
    readonly status: number
    readonly headers: ReadonlyArray<readonly [string, string]>
    readonly body?: Body
    readonly fields: ReadonlyArray<Field>
    /** The names of the "Response headers" table. */
    readonly documentedHeaders: ReadonlyArray<string>
  }
  /** Other answers the reference shows for the same request, each with the fields table that goes with it. */
  readonly alternatives?: ReadonlyArray<{
    readonly status: number
    readonly headers: ReadonlyArray<readonly [string, string]>
    readonly body?: Body
    readonly fields: ReadonlyArray<Field>
  }>
}

interface ExamplesFile {
  readonly format: number
  readonly source: { readonly file: string; readonly sha256: string; readonly lines: number }
  readonly examples: ReadonlyArray<Example>
}

// ---------------------------------------------------------------------------------------------
// Reading the text
// ---------------------------------------------------------------------------------------------

/** The block labels of Spring REST Docs' snippets: not operation headings. */
const blockLabels = new Set([
  "Path parameters",
  "Query parameters",
  "Request parameters",
  "Request parts",
  "Request headers",
  "Request fields",
  "Example request",
  "HTTP request",
  "Response headers",
  "Response fields",
  "Example response",
  "Additional notes",
  "Additional Notes"
])

const versionMarker = /^V\d+( - Deprecated)?$/

/** The headings the table of contents lists (the lines between it and the second `Overview`). */
const headingsOf = (lines: ReadonlyArray<string>): { readonly headings: ReadonlySet<string>; readonly bodyStart: number } => {
  const tocStart = lines.indexOf("Table of Contents")
  if (tocStart < 0) fail("no \"Table of Contents\" line: is this the REST reference?")
  const bodyStart = lines.indexOf("Overview", lines.indexOf("Overview", tocStart) + 1)
  if (bodyStart < 0) fail("no second \"Overview\" line after the table of contents")
  const headings = new Set(
    lines.slice(tocStart + 1, bodyStart).map((line) => line.trim()).filter((line) => line !== "" && !blockLabels.has(line))
  )
  return { headings, bodyStart }
}

const isBlank = (line: string | undefined) => line === undefined || line.trim() === ""

/** A heading line in the body: a known heading or version marker standing alone between blank lines. */
const isHeading = (lines: ReadonlyArray<string>, index: number, headings: ReadonlySet<string>): boolean => {
  const line = lines[index] ?? ""
  return isBlank(lines[index - 1]) && isBlank(lines[index + 1]) && (headings.has(line) || versionMarker.test(line) || blockLabels.has(line))
}

/** The line index of the nearest non-blank line before `index`. */
const previousLine = (lines: ReadonlyArray<string>, index: number): number => {
  let at = index - 1
  while (at >= 0 && isBlank(lines[at])) at--
  return at
}

/** The nearest non-blank line after `index`. */
const nextLine = (lines: ReadonlyArray<string>, index: number): string | undefined => {
  let at = index + 1
  while (at < lines.length && isBlank(lines[at])) at++
  return lines[at]
}

/** A case the reference shows under one heading ("Success case", "Failed case"). */
const caseMarker = /^(Success|Failed) case$/

/**
 * A heading the table of contents leaves out (it lists three levels): a line standing alone that
 * is not prose (no closing period or colon, under 90 characters) and opens an operation, being
 * followed by its description (a sentence) or by a block label. A line right after a listed
 * heading and followed by a block label is that heading's description instead.
 */
const isUnlistedHeading = (lines: ReadonlyArray<string>, index: number, headings: ReadonlySet<string>): boolean => {
  const line = lines[index] ?? ""
  if (!isBlank(lines[index - 1]) || !isBlank(lines[index + 1]) || headings.has(line) || blockLabels.has(line)) return false
  if (!/^[A-Z]/.test(line) || /[.:]$/.test(line) || line.length >= 90 || line.startsWith("Table ") || caseMarker.test(line)) return false
  const previous = lines[previousLine(lines, index)] ?? ""
  if (blockLabels.has(previous) || line.startsWith("HTTP/")) return false
  const next = nextLine(lines, index) ?? ""
  if (blockLabels.has(next)) return !headings.has(previous)
  return /^[A-Z].*\.$/.test(next)
}

/** A line of a table that opens a cell: ` | ` alone (a header cell has its text on the same line). */
const isCellMark = (line: string | undefined) => line !== undefined && line.trim() === "|"

/**
 * The rows of a Spring REST Docs table whose label is at `start`: a header row of ` | Name` lines,
 * then rows of cells. A cell opens with a ` | ` line; one that follows a blank line opens a row. A
 * description may hold blank lines of its own, so the table ends only at a heading, a block label,
 * another table's header or an example. Answers the first two cells of each row (path and type,
 * or name and description).
 */
const tableRows = (lines: ReadonlyArray<string>, start: number, headings: ReadonlySet<string>): ReadonlyArray<readonly [string, string]> => {
  let index = start + 1
  while (isBlank(lines[index]) && index < lines.length) index++
  while (lines[index]?.startsWith(" | ") === true && !isCellMark(lines[index])) index++
  const rows: Array<Array<Array<string>>> = []
  for (; index < lines.length; index++) {
    const line = lines[index] ?? ""
    if (isCellMark(line)) {
      if (rows.length === 0 || isBlank(lines[index - 1])) rows.push([])
      rows[rows.length - 1]?.push([])
      continue
    }
    const ends = isHeading(lines, index, headings) || line.startsWith("$ curl") || line.startsWith("HTTP/1.1 ") || line.startsWith(" | ")
    if (ends) break
    const row = rows[rows.length - 1]
    if (!isBlank(line)) row?.[row.length - 1]?.push(line.trim())
  }
  return rows.map((cells) => [(cells[0] ?? []).join(" "), (cells[1] ?? []).join(" ")])
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex")

/** The words of a shell command line as curl gets them: single and double quotes, `\\` line joins. */
const shellWords = (command: string): ReadonlyArray<string> => {
  const words: Array<string> = []
  let word: string | undefined
  for (let i = 0; i < command.length; i++) {
    const char = command[i] ?? ""
    if (char === "\\" && command[i + 1] === "\n") {
      i++
    } else if (char === "'") {
      const end = command.indexOf("'", i + 1)
      if (end < 0) fail(`unbalanced quote in: ${command.slice(0, 80)}`)
      word = (word ?? "") + command.slice(i + 1, end)
      i = end
    } else if (char === "\"") {
      const end = command.indexOf("\"", i + 1)
      if (end < 0) fail(`unbalanced quote in: ${command.slice(0, 80)}`)
      word = (word ?? "") + command.slice(i + 1, end)
      i = end
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word)
      word = undefined
    } else {
      word = (word ?? "") + char
    }
  }
  if (word !== undefined) words.push(word)
  return words
}

/** The command's lines from `start` (`$ curl ...`): until a line that neither ends in `\\` nor is inside a quote. */
const commandAt = (lines: ReadonlyArray<string>, start: number): { readonly text: string; readonly end: number } => {
  let index = start
  let text = ""
  for (;;) {
    const line = lines[index] ?? fail(`the command at line ${start + 1} does not end`)
    text = text === "" ? line : `${text}\n${line}`
    const quotes = (text.match(/'/g) ?? []).length
    if (quotes % 2 === 0 && !line.endsWith("\\")) return { text: text.replace(/^\$ /, ""), end: index + 1 }
    index++
  }
}

const credentialHeaders = new Set(["login", "password", "customeruri", "email"])

const parseBody = (text: string, contentType: string | undefined): Body => {
  const trimmed = text.trim()
  if (contentType === undefined || /json/i.test(contentType) || /^[[{]/.test(trimmed)) {
    try {
      return { kind: "json", value: JSON.parse(trimmed) as Json }
    } catch {
      // Not JSON after all: kept as text.
    }
  }
  return { kind: "text", text }
}

const headerValue = (headers: ReadonlyArray<readonly [string, string]>, name: string) =>
  headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1]

interface Request {
  readonly method: string
  readonly url: URL
  readonly headers: ReadonlyArray<readonly [string, string]>
  readonly body?: Body
}

const parseCurl = (command: string, line: number): Request => {
  const words = shellWords(command)
  if (words[0] !== "curl") fail(`line ${line}: not a curl command`)
  let method: string | undefined
  let url: string | undefined
  const headers: Array<readonly [string, string]> = []
  let data: string | undefined
  const parts: Array<{ readonly name: string; readonly value: string }> = []
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? ""
    const next = () => words[++i] ?? fail(`line ${line}: ${word} without a value`)
    if (word === "-X") method = next()
    else if (word === "-H") {
      const header = next()
      const colon = header.indexOf(":")
      if (colon < 0) fail(`line ${line}: header without a colon: ${header}`)
      headers.push([header.slice(0, colon).trim(), header.slice(colon + 1).trim()])
    } else if (word === "-d" || word === "--data") data = next()
    else if (word === "-F") {
      const part = next()
      const equals = part.indexOf("=")
      parts.push({ name: part.slice(0, equals), value: part.slice(equals + 1) })
    } else if (word === "-i") continue
    else if (word.startsWith("-")) fail(`line ${line}: curl option ${word} is not understood`)
    else url = word
  }
  const target = new URL(url ?? fail(`line ${line}: no URL`))
  const body: Body | undefined = parts.length > 0
    ? { kind: "multipart", parts }
    : data === undefined
    ? undefined
    : parseBody(data, headerValue(headers, "content-type"))
  return { method: method ?? (body === undefined ? "GET" : "POST"), url: target, headers, ...(body === undefined ? {} : { body }) }
}

interface Response {
  readonly status: number
  readonly headers: ReadonlyArray<readonly [string, string]>
  readonly body?: Body
}

/** An answer as it is read: its fields table may come before or after it. */
interface Answer {
  readonly response: Response
  fields: ReadonlyArray<Field> | undefined
}

/** The HTTP answer of an "Example response" whose status line is at `start`. */
const parseResponse = (lines: ReadonlyArray<string>, start: number, headings: ReadonlySet<string>): Response => {
  const statusLine = lines[start] ?? ""
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? fail(`line ${start + 1}: not a status line: ${statusLine}`))
  const headers: Array<readonly [string, string]> = []
  let index = start + 1
  while (!isBlank(lines[index])) {
    const line = lines[index] ?? ""
    const colon = line.indexOf(":")
    if (colon < 0) fail(`line ${index + 1}: not a header: ${line}`)
    headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()])
    index++
  }
  // An answer with neither Content-Type nor a Content-Length above 0 has no body (what follows is
  // prose); a body runs to the first blank line (prose may follow it), or to the next heading.
  const length = headerValue(headers, "content-length")
  const hasBody = headerValue(headers, "content-type") !== undefined ? length !== "0" : length !== undefined && length !== "0"
  const bodyLines: Array<string> = []
  index++
  while (hasBody && index < lines.length && !isBlank(lines[index]) && !isHeading(lines, index, headings)) bodyLines.push(lines[index++] ?? "")
  const text = bodyLines.join("\n")
  return { status, headers, ...(text === "" ? {} : { body: parseBody(text, headerValue(headers, "content-type")) }) }
}

/** How a request logs in, from its URL and headers. */
const schemeOf = (url: URL, headers: ReadonlyArray<readonly [string, string]>): Scheme => {
  if (url.hostname !== "cert-manager.com") return "none"
  if (url.pathname.startsWith("/private/")) return "certificate"
  if (headerValue(headers, "email") !== undefined) return "developer"
  return headerValue(headers, "password") !== undefined ? "password" : "certificate"
}

/** The examples of the reference's text, in its order. */
const parseReference = (text: string): ReadonlyArray<Example> => {
  const lines = text.split(/\r?\n/)
  const { headings, bodyStart } = headingsOf(lines)
  const examples: Array<Example> = []
  const seen = new Map<string, number>()
  // The operation being read: its heading, version marker, field tables and requests.
  let title = ""
  let version: string | undefined
  let variant: string | undefined
  let requestFields: ReadonlyArray<Field> = []
  // A "Response fields" table goes with the answer it follows, or with the next one when it comes first.
  let fieldsForNext: ReadonlyArray<Field> | undefined
  let lastAnswer: Answer | undefined
  let documentedHeaders: ReadonlyArray<string> = []
  const pending: Array<{ readonly request: Request; readonly line: number }> = []
  let answered: Array<{ readonly request: Request; readonly line: number; readonly answers: Array<Answer> }> = []

  const flush = () => {
    if (pending.length > 0) fail(`line ${pending[0]?.line}: an example request without an example response`)
    const withFields = ({ fields, response }: Answer) => ({ ...response, fields: fields ?? [] })
    for (const { answers: [first, ...alternatives], line, request } of answered) {
      const response = withFields(first ?? fail(`line ${line}: no answer`))
      const privatePath = request.url.pathname.startsWith("/private/")
      const path = privatePath ? request.url.pathname.slice("/private".length) : request.url.pathname
      const scheme = schemeOf(request.url, request.headers)
      const key = `${request.method} ${scheme === "none" ? request.url.href : `${path}${request.url.search}`}`
      const count = (seen.get(key) ?? 0) + 1
      seen.set(key, count)
      examples.push({
        id: count === 1 ? key : `${key} #${count}`,
        line,
        title,
        ...(version === undefined ? {} : { version }),
        ...(variant === undefined ? {} : { variant }),
        area: scheme === "none" ? "external" : /^\/api\/([^/]+)/.exec(path)?.[1] ?? fail(`line ${line}: no /api/<area> in ${path}`),
        request: {
          method: request.method,
          ...(scheme === "none" ? { url: request.url.href } : {}),
          path: scheme === "none" ? request.url.pathname : path,
          query: [...request.url.searchParams],
          scheme,
          headers: request.headers.filter(([name]) => !credentialHeaders.has(name.toLowerCase())),
          ...(request.body === undefined ? {} : { body: request.body }),
          fields: requestFields
        },
        response: { ...response, documentedHeaders },
        ...(alternatives.length === 0 ? {} : { alternatives: alternatives.map(withFields) })
      })
    }
    answered = []
  }

  const fieldsAt = (index: number): ReadonlyArray<Field> =>
    tableRows(lines, index, headings).map(([path, type]) => ({ path, type }))

  for (let index = bodyStart; index < lines.length; index++) {
    const line = lines[index] ?? ""
    if ((isHeading(lines, index, headings) && !blockLabels.has(line)) || isUnlistedHeading(lines, index, headings)) {
      flush()
      if (versionMarker.test(line)) version = line
      else {
        title = line
        version = undefined
      }
      variant = undefined
      requestFields = []
      fieldsForNext = undefined
      lastAnswer = undefined
      documentedHeaders = []
      continue
    }
    if (isHeading(lines, index, headings)) {
      if (line === "Request fields") requestFields = fieldsAt(index)
      else if (line === "Response fields") {
        if (lastAnswer !== undefined && lastAnswer.fields === undefined) lastAnswer.fields = fieldsAt(index)
        else fieldsForNext = fieldsAt(index)
      }
      else if (line === "Response headers") documentedHeaders = tableRows(lines, index, headings).map(([name]) => name)
      continue
    }
    if (caseMarker.test(line) && isBlank(lines[index - 1]) && isBlank(lines[index + 1])) {
      flush()
      variant = line
      continue
    }
    if (line.startsWith("$ curl")) {
      const command = commandAt(lines, index)
      pending.push({ request: parseCurl(command.text, index + 1), line: index + 1 })
      index = command.end - 1
      continue
    }
    if (line.startsWith("HTTP/1.1 ") && lines[index - 2] === "Example response") {
      lastAnswer = { response: parseResponse(lines, index, headings), fields: fieldsForNext }
      fieldsForNext = undefined
      const request = pending.shift()
      if (request !== undefined) {
        answered.push({ ...request, answers: [lastAnswer] })
        continue
      }
      // A second answer to the same request: the reference shows what else SCM may answer.
      const last = answered[answered.length - 1] ?? fail(`line ${index + 1}: an example response without an example request`)
      last.answers.push(lastAnswer)
    }
  }
  flush()
  return examples
}

/** JSON with one space of indentation per level, and any array or object that fits in 100 columns on one line. */
const renderJson = (value: unknown, indent = ""): string => {
  const compact = JSON.stringify(value)
  if (typeof value !== "object" || value === null || indent.length + compact.length <= 100) return compact
  const inner = `${indent} `
  const items = Array.isArray(value)
    ? value.map((item) => `${inner}${renderJson(item, inner)}`)
    : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${renderJson(item, inner)}`)
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"]
  return items.length === 0 ? compact : `${open}\n${items.join(",\n")}\n${indent}${close}`
}

const render = (file: ExamplesFile) => `${renderJson(file)}\n`

const main = () => {
  const args = process.argv.slice(2)
  const check = args.includes("--check")
  const at = args.indexOf("--reference")
  const file = at >= 0 ? args[at + 1] ?? fail("--reference needs a file") : defaultReference
  if (!fs.existsSync(file)) fail(`the reference is not at ${file} (give --reference FILE)`)
  const text = fs.readFileSync(file, "utf8")
  const examples = parseReference(text)
  const output = render({
    format: formatVersion,
    source: { file: referenceName, sha256: sha256(text), lines: text.split(/\r?\n/).length },
    examples
  })
  const areas = new Map<string, number>()
  for (const example of examples) areas.set(example.area, (areas.get(example.area) ?? 0) + 1)
  const summary = `${examples.length} examples: ${[...areas].map(([area, count]) => `${area} ${count}`).join(", ")}`
  const relative = path.relative(root, outputFile)
  if (!check) {
    fs.writeFileSync(outputFile, output)
    console.error(`reference-examples: wrote ${relative}, ${summary}`)
    return
  }
  const committed = fs.existsSync(outputFile) ? fs.readFileSync(outputFile, "utf8") : undefined
  if (committed !== output) {
    console.error(`reference-examples --check: ${relative} is not what the reference gives (${summary}); run \`npx pnpm@10 reference-examples\` and commit it`)
    process.exitCode = 1
    return
  }
  console.error(`reference-examples --check: ${relative} is up to date (${summary})`)
}

try {
  main()
} catch (error) {
  console.error(error instanceof ReferenceError ? `reference-examples: ${error.message}` : error)
  process.exitCode = 1
}
