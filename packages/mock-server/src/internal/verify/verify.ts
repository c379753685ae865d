/**
 * `scm-mock-server verify`: the REST reference's read-only examples (its GETs with an admin's
 * login) sent to two servers, the mock and a target (a real SCM), each with its own ids (read from
 * its own lists, as the reference replay reads the mock's), and their answers compared as the
 * replay compares the mock with SCM's: the status, then the shape both ways (every key one answer
 * has that the other lacks, JSON types, the format of values). Nothing but GETs is sent.
 */
import { Effect } from "effect"
import {
  type Answer,
  compareAnswer,
  type Difference,
  type Example,
  isParameter,
  type Observed,
  referenceExamples,
  templateFor
} from "../spec/referenceExamples.js"
import { idValuesOf, type Item, itemsOf, namesSomething, type Value } from "./ids.js"

/** A server `verify` asks: a GET of a path and query on it, and the answer (status 0 and the reason as text when none came). */
export interface Target {
  readonly get: (pathAndQuery: string) => Effect.Effect<Observed>
}

const isAdminRead = (example: Example) =>
  example.request.method === "GET" && (example.request.scheme === "password" || example.request.scheme === "certificate")

/** Why `verify` leaves out a GET it could send, or `undefined`. */
const notAskedBecause = (example: Example): string | undefined =>
  /\/keystore\//.test(example.request.path) ? "it downloads a private key from the Private Key Agent: verify fetches no key material" : undefined

/** The examples `verify` sends: the reference's GETs with an admin's login (not the code signing developer's, not an agent's own URL), but for those `notAsked` names. */
export const readOnlyExamples = (examples: ReadonlyArray<Example> = referenceExamples().examples): ReadonlyArray<Example> =>
  examples.filter((example) => isAdminRead(example) && notAskedBecause(example) === undefined)

/** The GETs with an admin's login that `verify` leaves out, each with its reason. */
export const notAsked = (examples: ReadonlyArray<Example> = referenceExamples().examples): ReadonlyArray<{ readonly example: Example; readonly reason: string }> =>
  examples.flatMap((example) => {
    const reason = isAdminRead(example) ? notAskedBecause(example) : undefined
    return reason === undefined ? [] : [{ example, reason }]
  })

/** One example asked of both servers. */
export interface Comparison {
  readonly example: Example
  /** `GET` and the spec's path template. */
  readonly operation: string
  readonly mock: Asked
  readonly target: Asked
  /** Where the target's answer differs from the mock's, one line each; empty when alike. */
  readonly differences: ReadonlyArray<string>
}

/** A request as sent to one server (with its ids), its answer, and the ids its lists could not give. */
export interface Asked {
  readonly pathAndQuery: string
  readonly observed: Observed
  readonly unresolved: ReadonlyArray<string>
}

/** The lists a server answered, kept for the whole run (only GETs are sent, so nothing changes them). */
type Lists = Map<string, ReadonlyArray<Item>>

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

const listOf = (target: Target, lists: Lists, path: string) =>
  Effect.gen(function* () {
    const known = lists.get(path)
    if (known !== undefined) return known
    const answer = yield* target.get(path)
    const items = answer.status >= 200 && answer.status < 300 ? itemsOf(parse(answer.text)) : []
    lists.set(path, items)
    return items
  })

/** Query keys that name an organization, a person or a certificate profile: the server's own first one stands for the example's. */
const listOfQueryKey = (key: string, area: string): string | undefined => {
  switch (key) {
    case "orgId":
    case "organizationId":
      return "/api/organization/v1"
    case "personId":
      return "/api/person/v1"
    case "certTypeId":
      return `/api/${area === "smime" || area === "device" ? area : "ssl"}/v1/types`
    default:
      return undefined
  }
}

/**
 * The example's request with the server's own ids: a path parameter takes the first item of the
 * list its path leads to (the nearest list up the path that has items), a query id the first of its
 * list; a value no list gives stays the example's, and is named.
 */
const prepare = (target: Target, lists: Lists, example: Example) =>
  Effect.gen(function* () {
    const path = example.request.path.replace(/^\/private(?=\/)/, "")
    const template = templateFor("GET", path)
    const segments = path.split("/")
    const unresolved: Array<string> = []
    for (const [i, segment] of (template?.segments ?? []).entries()) {
      const original = decodeURIComponent(segments[i] ?? "")
      const parameter = segment.slice(1, -1)
      if (!isParameter(segment) || !namesSomething(parameter, original)) continue
      let value: Value | undefined
      for (let end = i; end > 2 && value === undefined; end--) {
        if (end < i && isParameter(template?.segments[end] ?? "")) break
        value = idValuesOf(yield* listOf(target, lists, segments.slice(0, end).join("/")), parameter, original)[0]
      }
      if (value === undefined) unresolved.push(segment)
      else segments[i] = encodeURIComponent(String(value))
    }
    const query = new URLSearchParams()
    for (const [key, original] of example.request.query) {
      const list = /^\d+$/.test(original) ? listOfQueryKey(key, example.area) : undefined
      const value = list === undefined ? original : (yield* listOf(target, lists, list)).map((item) => item["id"]).find((id) => typeof id === "number")
      if (value === undefined) unresolved.push(`?${key}`)
      query.append(key, String(value ?? original))
    }
    const search = query.toString()
    return { pathAndQuery: `${segments.join("/")}${search === "" ? "" : `?${search}`}`, unresolved }
  })

/** An answer as the documented one the other is compared with. */
const asDocumented = (observed: Observed): Answer => {
  const value = parse(observed.text)
  return {
    status: observed.status,
    headers: [],
    fields: [],
    ...(value === undefined ? (observed.text === "" ? {} : { body: { kind: "text", text: observed.text } }) : { body: { kind: "json", value: value as never } })
  }
}

/** The comparison's words are the reference's ("where the reference shows"): here the other server's. */
const line = (who: string, other: string) => (difference: Difference): string =>
  `${difference.kind}${difference.at === "" ? "" : ` ${difference.at}`}: ${who}: ${difference.message.replace("where the reference shows", `where ${other} answers`)}`

const statusLine = (mock: Observed, target: Observed): string =>
  `status: the mock answers ${mock.status}, the target ${target.status === 0 ? `none (${target.text})` : target.status}`

/** Where the target's answer differs from the mock's: the status, else what either lacks or types otherwise. */
export const differencesOf = (mock: Observed, target: Observed): ReadonlyArray<string> => {
  if (mock.status !== target.status) return [statusLine(mock, target)]
  const targetSide = compareAnswer(asDocumented(mock), target)
  // Seen from the mock's side, a key typed otherwise is the same difference: only what the mock lacks is new.
  const seen = new Set(targetSide.map((difference) => difference.at))
  const mockSide = compareAnswer(asDocumented(target), mock).filter((difference) => !seen.has(difference.at))
  return [...targetSide.map(line("the target", "the mock")), ...mockSide.map(line("the mock", "the target"))]
}

/** Asks both servers every read-only example, one after the other, each with its own ids. */
export const compareTargets = (
  mock: Target,
  target: Target,
  examples: ReadonlyArray<Example> = readOnlyExamples()
): Effect.Effect<ReadonlyArray<Comparison>> =>
  Effect.gen(function* () {
    const lists = { mock: new Map() as Lists, target: new Map() as Lists }
    const comparisons: Array<Comparison> = []
    for (const example of examples) {
      const ask = (server: Target, known: Lists) =>
        Effect.gen(function* () {
          const prepared = yield* prepare(server, known, example)
          return { ...prepared, observed: yield* server.get(prepared.pathAndQuery) } satisfies Asked
        })
      const fromMock = yield* ask(mock, lists.mock)
      const fromTarget = yield* ask(target, lists.target)
      const template = templateFor("GET", example.request.path.replace(/^\/private(?=\/)/, ""))?.template ?? example.request.path
      comparisons.push({
        example,
        operation: `GET ${template}`,
        mock: fromMock,
        target: fromTarget,
        differences: differencesOf(fromMock.observed, fromTarget.observed)
      })
    }
    return comparisons
  })

/** The report: per operation that differs, each example's requests and differences; then the count. */
export const formatReport = (comparisons: ReadonlyArray<Comparison>): string => {
  const differing = comparisons.filter((comparison) => comparison.differences.length > 0)
  const operations = new Set(comparisons.map((comparison) => comparison.operation))
  const differingOperations = new Set(differing.map((comparison) => comparison.operation))
  const lines: Array<string> = []
  for (const operation of differingOperations) {
    lines.push(operation)
    for (const comparison of differing.filter((candidate) => candidate.operation === operation)) {
      const unresolved = [...new Set([...comparison.mock.unresolved, ...comparison.target.unresolved])]
      lines.push(`  reference line ${comparison.example.line} (${comparison.example.title})`)
      lines.push(`    mock:   GET ${comparison.mock.pathAndQuery}`)
      lines.push(`    target: GET ${comparison.target.pathAndQuery}`)
      if (unresolved.length > 0) lines.push(`    ids no list gave (the example's kept): ${unresolved.join(", ")}`)
      for (const difference of comparison.differences) lines.push(`    ${difference}`)
    }
  }
  for (const { example, reason } of notAsked()) lines.push(`Not asked: GET ${example.request.path} (reference line ${example.line}): ${reason}`)
  lines.push(
    `${comparisons.length} read-only examples of the REST reference (${operations.size} operations): ` +
      `${comparisons.length - differing.length} answered alike, ${differing.length} differ${differing.length === 1 ? "s" : ""} ` +
      `(${differingOperations.size} operation${differingOperations.size === 1 ? "" : "s"}).`
  )
  return lines.join("\n")
}
