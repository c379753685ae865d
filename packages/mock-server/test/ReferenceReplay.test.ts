/**
 * The vendor reference's examples (`spec/reference-examples.json`: the requests of the REST 25.5
 * reference and the answers a real SCM gave them) replayed against the mock over a real socket,
 * with the mock's own ids, and compared with SCM's answers: the status, and the shape of the body
 * (every documented key, with a compatible JSON type, and the format of the values the example
 * shows). It prints a table per area and fails on any example that differs unless it is listed,
 * with its reason, in `reference/contradictions.json` (examples the vendor contradicts itself on,
 * which no mock can satisfy) or in `reference/open-gaps.json` (differences of the mock's still to
 * close); a listed example that now matches fails too, so the lists only shrink.
 */
import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, type Schema } from "effect"
import * as Fs from "node:fs"
import { fileURLToPath } from "node:url"
import { type Answer, compareAnswer, type Difference, loadReferenceExamples, type Observed } from "../src/internal/spec/referenceExamples.js"
import { type Outcome, replay } from "./support/referenceReplay.js"

const readList = (name: string): Readonly<Record<string, string>> =>
  JSON.parse(Fs.readFileSync(fileURLToPath(new URL(`reference/${name}`, import.meta.url)), "utf8")) as Record<string, string>

/** Examples the vendor contradicts itself on: no answer satisfies both, the reason says which way the mock goes. */
const contradictions = readList("contradictions.json")
/** Differences of the mock's not closed yet: the list empties as they are. */
const openGaps = readList("open-gaps.json")

const documented = (answer: Partial<Answer>): Answer => ({ status: 200, headers: [], fields: [], ...answer })
const observed = (status: number, body: unknown, headers: Observed["headers"] = {}): Observed => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  text: typeof body === "string" ? body : JSON.stringify(body)
})
const json = (value: Schema.Json) => ({ kind: "json", value }) as const
const kinds = (differences: ReadonlyArray<Difference>) => differences.map((difference) => `${difference.kind} ${difference.at}`)

describe("the comparison with SCM's answers", () => {
  it("holds the answer to the status, the documented keys and their JSON types", () => {
    const answer = documented({ body: json({ id: 1, name: "x", tags: ["a"], owner: null, nested: { a: 1 } }) })
    expect(compareAnswer(answer, observed(200, { id: 2, name: "y", tags: [], owner: "z", nested: { a: 2, b: 3 }, extra: true }))).toEqual([])
    expect(kinds(compareAnswer(answer, observed(200, { id: "2", name: "y", tags: [], nested: {} })))).toEqual([
      "shape id",
      "shape owner",
      "shape nested.a"
    ])
    expect(kinds(compareAnswer(answer, observed(404, { code: -1 })))).toEqual(["status "])
    expect(kinds(compareAnswer(documented({ body: json([{ id: 1 }]) }), observed(200, [])))).toEqual(["shape []"])
    expect(kinds(compareAnswer(documented({ body: json([{ id: 1 }, { name: "n" }]) }), observed(200, [{ id: 1 }, { id: 2, name: "m" }])))).toEqual([])
  })

  it("holds the format of the values the example shows: dates, date-times, constants", () => {
    const answer = documented({ body: json({ day: "2025-05-22", at: "2025-05-21T12:28:30.620Z", us: "05/21/2025", status: "SUBMITTED", name: "Sectigo OV" }) })
    expect(compareAnswer(answer, observed(200, { day: "2026-01-02", at: "2026-01-02T00:00:00Z", us: "01/02/2026", status: "EXPIRED", name: "Any" }))).toEqual([])
    expect(kinds(compareAnswer(answer, observed(200, { day: "2026-01-02T00:00:00Z", at: "2026-01-02", us: "2026-01-02", status: "Submitted", name: "OV" }))))
      .toEqual(["format day", "format at", "format us", "format status"])
  })

  it("reads the field table: types of the fields present, maps it describes no field of as data", () => {
    const fields = [{ path: "[]", type: "Array" }, { path: "[].id", type: "Number" }, { path: "[].details", type: "Object" }, { path: "[].terms", type: "Array" }]
    const answer = documented({ body: json([{ id: 1, details: { IP: "1.1.1.1" } }]), fields })
    expect(compareAnswer(answer, observed(200, [{ id: 2, details: { alias: "v" }, terms: [365] }]))).toEqual([])
    expect(kinds(compareAnswer(answer, observed(200, [{ id: 2, details: {}, terms: "365" }])))).toEqual(["shape [].terms"])
  })

  it("holds the headers a client reads: Location of the same form, X-Total-Count, the media type", () => {
    const created = documented({ status: 201, headers: [["Location", "https://cert-manager.com/api/ssl/v1/131/location/50"]] })
    expect(compareAnswer(created, observed(201, "", { location: "http://127.0.0.1:1/api/ssl/v1/20001/location/7" }))).toEqual([])
    expect(kinds(compareAnswer(created, observed(201, "", { location: "/api/ssl/v1/20001/location/x" })))).toEqual(["header Location"])
    expect(kinds(compareAnswer(created, observed(201, "")))).toEqual(["header Location"])
    const bucket = documented({ status: 201, headers: [["Location", "https://cert-manager.com/api/discovery/v1/bucket/ff45228f-d87a-4ce3-bc46-a2c5ebf4051d"]] })
    expect(compareAnswer(bucket, observed(201, "", { location: "/api/discovery/v1/bucket/0b1c2d3e-0000-4000-8000-000000000001" }))).toEqual([])
    expect(kinds(compareAnswer(bucket, observed(201, "", { location: "/api/discovery/v1/bucket/4" })))).toEqual(["header Location"])
    const listed = documented({ headers: [["X-Total-Count", "1"], ["Content-Type", "application/json"]], body: json([]) })
    expect(kinds(compareAnswer(listed, observed(200, [], { "content-type": "text/plain" })))).toEqual(["header X-Total-Count", "header Content-Type"])
  })
})

interface Row {
  examples: number
  replayed: number
  status: number
  shape: number
  contradictions: number
  gaps: number
}

const pad = (text: string | number, width: number) => String(text).padStart(width)

const table = (rows: ReadonlyMap<string, Row>): string => {
  const header = `${"area".padEnd(16)}${pad("examples", 9)}${pad("replayed", 9)}${pad("status", 8)}${pad("shape", 7)}${pad("contra.", 8)}${pad("gaps", 6)}`
  const line = (name: string, row: Row) =>
    `${name.padEnd(16)}${pad(row.examples, 9)}${pad(row.replayed, 9)}${pad(row.status, 8)}${pad(row.shape, 7)}${pad(row.contradictions, 8)}${pad(row.gaps, 6)}`
  const total: Row = { examples: 0, replayed: 0, status: 0, shape: 0, contradictions: 0, gaps: 0 }
  for (const row of rows.values()) for (const key of Object.keys(total) as Array<keyof Row>) total[key] += row[key]
  return [header, ...[...rows].map(([name, row]) => line(name, row)), line("all", total)].join("\n")
}

const describeOutcome = (outcome: Extract<Outcome, { _tag: "Replayed" }>) =>
  [
    `${outcome.example.id} (reference line ${outcome.example.line}, "${outcome.example.title}")`,
    `  sent ${outcome.prepared.method} ${outcome.prepared.pathAndQuery}${
      outcome.prepared.substitutions.length === 0 ? "" : ` [${outcome.prepared.substitutions.join("; ")}]`
    }`,
    ...outcome.unresolved.map((problem) => `  unresolved: ${problem}`),
    ...outcome.differences.map((difference) => `  ${difference.kind}${difference.at === "" ? "" : ` ${difference.at}`}: ${difference.message}`),
    ...(outcome.differences.some((difference) => difference.kind === "status") ? [`  answer: ${outcome.observed.text.slice(0, 300)}`] : [])
  ].join("\n")

describe("the reference's examples against the mock", () => {
  it.live("every replayable example gets SCM's status and shape, but for the listed contradictions and open gaps", () =>
    Effect.gen(function* () {
      const { examples } = loadReferenceExamples()
      const ids = new Set(examples.map((example) => example.id))
      const unknown = [...Object.keys(contradictions), ...Object.keys(openGaps)].filter((id) => !ids.has(id))
      expect(unknown, "listed examples that the reference does not have").toEqual([])
      const mock = yield* MockScmServer.make()
      const rows = new Map<string, Row>()
      const skipped: Array<string> = []
      const failures: Array<string> = []
      const stale: Array<string> = []
      for (const example of examples) {
        const row = rows.get(example.area) ?? { examples: 0, replayed: 0, status: 0, shape: 0, contradictions: 0, gaps: 0 }
        rows.set(example.area, row)
        row.examples++
        const outcome = yield* replay(mock, example)
        if (outcome._tag === "Skipped") {
          skipped.push(`${example.id} (line ${example.line}): ${outcome.reason}`)
          continue
        }
        row.replayed++
        const statusMatches = !outcome.differences.some((difference) => difference.kind === "status")
        if (statusMatches) row.status++
        if (outcome.differences.length === 0) row.shape++
        const listed = contradictions[example.id] ?? openGaps[example.id]
        if (contradictions[example.id] !== undefined) row.contradictions++
        if (openGaps[example.id] !== undefined) row.gaps++
        if (outcome.differences.length === 0 && listed !== undefined) stale.push(example.id)
        if (outcome.differences.length > 0 && listed === undefined) failures.push(describeOutcome(outcome))
      }
      const replayed = [...rows.values()].reduce((sum, row) => sum + row.replayed, 0)
      const matching = [...rows.values()].reduce((sum, row) => sum + row.shape, 0)
      // eslint-disable-next-line no-console
      console.log([
        `The reference's ${examples.length} examples against the mock: ${replayed} replayed, ${matching} with SCM's status and shape.`,
        table(rows),
        "",
        `Not replayed (${skipped.length}):`,
        ...skipped.map((line) => `  ${line}`),
        "",
        `Vendor contradictions (${Object.keys(contradictions).length}):`,
        ...Object.entries(contradictions).map(([id, reason]) => `  ${id}: ${reason}`),
        "",
        `Open gaps (${Object.keys(openGaps).length}):`,
        ...Object.entries(openGaps).map(([id, reason]) => `  ${id}: ${reason}`)
      ].join("\n"))
      expect(failures, "examples the mock answers otherwise than SCM did, not listed").toEqual([])
      expect(stale, "listed examples the mock now answers as SCM did: take them off the list").toEqual([])
    }).pipe(Effect.scoped), { timeout: 120_000 })
})
