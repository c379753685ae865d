/**
 * Answering from a recording folder. Every `*.json` file is read at start, in the order of the
 * numbers their names start with (then by name); a file that is not an exchange stops the start
 * with its name and its problems. A request matches an exchange with the same method, path, query
 * (names in any order, a repeated name's values in order) and body (JSON compared as JSON, forms
 * as forms, other text as text, other bytes byte for byte); a recorded `REDACTED` matches any value
 * there, or any text within a string. Of the
 * exchanges a request matches, the first not yet served answers; once all have, the last answers
 * again: a client polling an order sees "Applied", then "Issued", then "Issued" for ever.
 */
import { Effect, Result, Schema } from "effect"
import * as Fs from "node:fs/promises"
import * as Path from "node:path"
import { problemsOf } from "../http/issues.js"
import { type BodyRecord, type Exchange, ExchangeSchema, isForm, type QueryRecord, sequenceOf } from "./exchange.js"
import { RecordingError } from "./recorder.js"
import { redacted } from "./redaction.js"

/** A file larger than this is refused: an answer the proxy accepts (32 MiB) fits, base64 and all. */
const maxFileBytes = 48 * 1024 * 1024

/** An exchange and whether it has answered since the start (or the last reset). */
interface Entry {
  readonly exchange: Exchange
  served: boolean
}

/** The recorded exchanges, and the choice among them. */
export interface Replay {
  /** The exchanges recorded for a method and path, `undefined` for none: a request without any is not read further. */
  readonly candidates: (method: string, path: string) => ReadonlyArray<Entry> | undefined
  /** The exchange that answers a request, marked served; `undefined` when none matches. */
  readonly take: (candidates: ReadonlyArray<Entry>, query: URLSearchParams, body: BodyRecord, contentType: string | undefined) => Exchange | undefined
  /** Every exchange unserved again. */
  readonly reset: Effect.Effect<void>
  /** How many exchanges were read. */
  readonly size: number
}

/**
 * Whether a live string matches a recorded one: equal, or equal around the recorded `REDACTED`s,
 * each standing for any text (a private key taken out of a longer string, `Bearer REDACTED`).
 * Leftmost matching of each part between them, in one pass: no pattern to backtrack on.
 */
const matchesText = (recorded: string, live: string): boolean => {
  const parts = recorded.split(redacted)
  if (parts.length === 1) return recorded === live
  const first = parts[0] ?? ""
  const last = parts.at(-1) ?? ""
  const end = live.length - last.length
  if (end < first.length || !live.startsWith(first) || !live.endsWith(last)) return false
  let at = first.length
  for (const part of parts.slice(1, -1)) {
    const found = live.indexOf(part, at)
    if (found === -1 || found + part.length > end) return false
    at = found + part.length
  }
  return true
}

/** Whether a live value matches a recorded one: equal, or recorded with `REDACTED` in place of a value or part of a string. */
const matchesJson = (recorded: unknown, live: unknown): boolean => {
  if (typeof recorded === "string") return typeof live === "string" ? matchesText(recorded, live) : recorded === redacted
  if (Array.isArray(recorded)) {
    return Array.isArray(live) && live.length === recorded.length && recorded.every((item, i) => matchesJson(item, live[i]))
  }
  if (typeof recorded === "object" && recorded !== null) {
    if (typeof live !== "object" || live === null || Array.isArray(live)) return false
    const keys = Object.keys(recorded)
    return keys.length === Object.keys(live).length &&
      keys.every((key) => Object.hasOwn(live, key) && matchesJson((recorded as Record<string, unknown>)[key], (live as Record<string, unknown>)[key]))
  }
  return recorded === live
}

/** A query's values by name, a name given once as a one-element list. */
const queryLists = (query: QueryRecord): ReadonlyMap<string, ReadonlyArray<string>> =>
  new Map(Object.entries(query).map(([name, value]) => [name, typeof value === "string" ? [value] : value]))

const liveQueryLists = (query: URLSearchParams): ReadonlyMap<string, ReadonlyArray<string>> => {
  const lists = new Map<string, Array<string>>()
  for (const [name, value] of query) lists.set(name, [...(lists.get(name) ?? []), value])
  return lists
}

const matchesLists = (recorded: ReadonlyMap<string, ReadonlyArray<string>>, live: ReadonlyMap<string, ReadonlyArray<string>>): boolean =>
  recorded.size === live.size &&
  [...recorded].every(([name, values]) => {
    const given = live.get(name)
    return given !== undefined && given.length === values.length && values.every((value, i) => matchesText(value, given[i] ?? ""))
  })

const parseJson = (text: string): Result.Result<unknown, void> => {
  try {
    return Result.succeed(JSON.parse(text))
  } catch {
    return Result.failVoid
  }
}

/** Whether a live body matches a recorded one; a JSON body sent as text (no JSON Content-Type) still compares as JSON. */
const matchesBody = (recorded: BodyRecord, recordedType: string | undefined, live: BodyRecord, liveType: string | undefined): boolean => {
  if ("json" in recorded) {
    if ("json" in live) return matchesJson(recorded.json, live.json)
    const parsed = live.text === undefined ? Result.failVoid : parseJson(live.text)
    return Result.isSuccess(parsed) && matchesJson(recorded.json, parsed.success)
  }
  if (recorded.text !== undefined) {
    if (recorded.text === redacted) return live.text !== undefined || live.base64 !== undefined || "json" in live
    if (live.text === undefined) return false
    if (isForm(recordedType) || isForm(liveType)) {
      return matchesLists(liveQueryLists(new URLSearchParams(recorded.text)), liveQueryLists(new URLSearchParams(live.text)))
    }
    return matchesText(recorded.text, live.text)
  }
  if (recorded.base64 !== undefined) return live.base64 === recorded.base64
  return !("json" in live) && live.text === undefined && live.base64 === undefined
}

/** The problems of a file, one per line: `file: where: what`. */
const fileProblems = (file: string, error: Schema.SchemaError): string =>
  problemsOf(error.issue).map((problem) => `${file}: ${problem.path.length === 0 ? "(top level)" : problem.path.map(String).join(".")}: ${problem.message}`).join("\n  ")

const decodeExchange = Schema.decodeUnknownResult(ExchangeSchema)

/** Reads and checks one file. */
const readExchange = async (folder: string, name: string): Promise<Result.Result<Exchange, string>> => {
  const file = Path.join(folder, name)
  const stat = await Fs.stat(file)
  if (stat.size > maxFileBytes) return Result.fail(`${file}: larger than ${maxFileBytes / 1024 / 1024} MiB`)
  const text = await Fs.readFile(file, "utf8")
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return Result.fail(`${file}: not JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  const decoded = decodeExchange(value, { errors: "all", onExcessProperty: "error" })
  return Result.isSuccess(decoded) ? Result.succeed(decoded.success as Exchange) : Result.fail(fileProblems(file, decoded.failure))
}

/** The files of a folder in recording order: by the number a name starts with, then by name. */
const inRecordingOrder = (names: ReadonlyArray<string>): ReadonlyArray<string> =>
  names
    .filter((name) => name.endsWith(".json"))
    .sort((a, b) => (sequenceOf(a) ?? Number.MAX_SAFE_INTEGER) - (sequenceOf(b) ?? Number.MAX_SAFE_INTEGER) || (a < b ? -1 : a > b ? 1 : 0))

/** Reads every exchange of `dir`; every malformed file is named, with its problems. */
export const loadReplay = (dir: string): Effect.Effect<Replay, RecordingError> =>
  Effect.gen(function*() {
    const folder = Path.resolve(dir)
    const results = yield* Effect.tryPromise({
      try: async () => {
        const names = inRecordingOrder(await Fs.readdir(folder))
        const read: Array<Result.Result<Exchange, string>> = []
        for (const name of names) read.push(await readExchange(folder, name))
        return read
      },
      catch: (error) => new RecordingError({ message: `cannot replay ${folder}: ${error instanceof Error ? error.message : String(error)}` })
    })
    const problems = results.flatMap((result) => (Result.isFailure(result) ? [result.failure] : []))
    if (problems.length > 0) {
      return yield* Effect.fail(new RecordingError({ message: `cannot replay ${folder}, bad recording files:\n  ${problems.join("\n  ")}` }))
    }
    const byRoute = new Map<string, Array<Entry>>()
    for (const result of results) {
      if (Result.isFailure(result)) continue
      const key = `${result.success.request.method} ${result.success.request.path}`
      byRoute.set(key, [...(byRoute.get(key) ?? []), { exchange: result.success, served: false }])
    }
    const entries = [...byRoute.values()].flat()
    return {
      size: entries.length,
      candidates: (method, path) => byRoute.get(`${method} ${path}`),
      take: (candidates, query, body, contentType) => {
        const live = liveQueryLists(query)
        const matching = candidates.filter(({ exchange: { request } }) =>
          matchesLists(queryLists(request.query ?? {}), live) && matchesBody(request, request.headers["content-type"], body, contentType))
        const entry = matching.find((candidate) => !candidate.served) ?? matching.at(-1)
        if (entry === undefined) return undefined
        entry.served = true
        return entry.exchange
      },
      reset: Effect.sync(() => {
        for (const entry of entries) entry.served = false
      })
    }
  })
