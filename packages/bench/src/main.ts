/**
 * `pnpm bench [--quick] [--no-soak] [--sections=1,2,3,4,5,6] [--out=FILE] [--profile[=DIR]]`
 *
 * Runs the sections, prints their tables, and (full run) writes BENCHMARKS.md at the root.
 * Exits with 1 when an exact expectation (token counts, memory bounds) did not hold.
 */
import { Effect, type Scope } from "effect"
import { writeFileSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import { render, type SectionReport } from "./Report.js"
import * as ClientCpu from "./sections/ClientCpu.js"
import * as ClientInstructions from "./sections/ClientInstructions.js"
import * as CliStartup from "./sections/CliStartup.js"
import * as ClientOverhead from "./sections/ClientOverhead.js"
import * as MemoryGrowth from "./sections/MemoryGrowth.js"
import * as MockThroughput from "./sections/MockThroughput.js"
import * as Soak from "./sections/Soak.js"
import * as TokenTraffic from "./sections/TokenTraffic.js"
import { parse, type Settings } from "./Settings.js"

interface Section {
  readonly id: number
  readonly name: string
  readonly run: (settings: Settings, log: (line: string) => void) => Effect.Effect<SectionReport, unknown, Scope.Scope>
}

/** In report order. */
const sections: ReadonlyArray<Section> = [
  { id: 1, name: "client overhead", run: ClientOverhead.run },
  { id: 1, name: "client instructions, as last counted", run: ClientInstructions.run },
  { id: 1, name: "client CPU per request, in memory", run: ClientCpu.run },
  { id: 2, name: "token traffic", run: TokenTraffic.run },
  { id: 3, name: "mock throughput", run: MockThroughput.run },
  { id: 4, name: "memory", run: MemoryGrowth.run },
  { id: 5, name: "soak", run: Soak.run },
  { id: 6, name: "CLI start-up", run: CliStartup.run }
]

/**
 * Memory runs first: its "before" reading is then that of a fresh bench process, not one whose
 * RSS still holds what the other sections allocated and freed.
 */
const executionOrder = (selected: ReadonlyArray<Section>): ReadonlyArray<Section> => [
  ...selected.filter((section) => section.run === MemoryGrowth.run),
  ...selected.filter((section) => section.run !== MemoryGrowth.run)
]

const log = (line: string): void => console.log(line)

/**
 * How core and the mock were loaded. Effect always runs compiled; so should they, as a user
 * installs them: through tsx, every named closure our code creates per request also pays
 * esbuild's keepNames wrapper (`__name`, an `Object.defineProperty` each), which the published
 * `dist/` does not have.
 */
const packagesLoaded = (): string => {
  const compiled = ["@scm-effect/core", "@scm-effect/mock-server"].every((name) => /\/dist\/[^/]+\.js$/.test(import.meta.resolve(name)))
  return compiled
    ? "`@scm-effect/core` and `@scm-effect/mock-server` compiled by `tsc` (their `dist/`, as published), like Effect's own; the bench's harness through tsx"
    : "`@scm-effect/core` and `@scm-effect/mock-server` from their TypeScript sources through tsx (not as published: the figures of our code are a little higher than those of `dist/`)"
}

const machine = () => {
  const cores = cpus()
  return {
    cpus: `${cores.length} × ${cores[0]?.model.trim() ?? "unknown CPU"}`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    load: loadavg()[0] ?? Number.NaN,
    date: new Date().toISOString().slice(0, 10),
    packages: packagesLoaded()
  }
}

const main = (settings: Settings) =>
  Effect.gen(function* () {
    // Taken before the run: the load the bench found, not the one it made.
    const host = machine()
    const selected = sections.filter((section) => settings.sections.has(section.id))
    const reportsBySection = new Map<Section, SectionReport>()
    for (const section of executionOrder(selected)) {
      const startedAt = Date.now()
      log(`section ${section.id}: ${section.name}`)
      reportsBySection.set(section, yield* Effect.scoped(section.run(settings, log)))
      log(`section ${section.id} done in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
    }
    const reports = selected.flatMap((section) => reportsBySection.get(section) ?? [])
    const markdown = render(host, settings.command, reports)
    log("")
    log(markdown)
    if (settings.out !== undefined) {
      writeFileSync(settings.out, markdown)
      log(`written to ${settings.out}`)
    }
    const failures = reports.flatMap((report) => report.failures)
    return failures.length === 0
  })

const startedAt = Date.now()
Effect.runPromise(main(parse(process.argv.slice(2)))).then(
  (ok) => {
    log(`bench finished in ${((Date.now() - startedAt) / 1000).toFixed(1)} s${ok ? "" : " with failed expectations"}`)
    process.exit(ok ? 0 : 1)
  },
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  }
)
