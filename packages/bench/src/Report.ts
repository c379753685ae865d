/**
 * The report: one markdown table per section, with the figures as ratios to same-run baselines.
 */
import type { Spread } from "./Stats.js"

/** What a section hands to the report. */
export interface SectionReport {
  readonly title: string
  /** What was measured and how, in a sentence or two. */
  readonly method: string
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  /** The reading: what costs what. */
  readonly reading: ReadonlyArray<string>
  /** Exact expectations that did not hold (token counts, memory bounds); they fail the run. */
  readonly failures: ReadonlyArray<string>
  /** The section's targets and whether each held; the report lists them all first. */
  readonly targets?: ReadonlyArray<TargetCheck>
}

/** One target of the bench, what was measured against it, and whether it held. */
export interface TargetCheck {
  readonly target: string
  /** The figure the target is about, as shown in the section. */
  readonly measured: string
  readonly met: boolean
}

export const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [
    `| ${header.join(" | ")} |`,
    `| ${header.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`)
  ].join("\n")

/** A number with `digits` decimals. */
export const fixed = (value: number, digits: number): string => (Number.isFinite(value) ? value.toFixed(digits) : "n/a")

/** A ratio as "median (min–max)". */
export const ratio = (value: Spread): string => `${fixed(value.median, 2)} (${fixed(value.min, 2)}–${fixed(value.max, 2)})`

/** A count with thousands separators. */
export const count = (value: number): string => Math.round(value).toLocaleString("en-US")

export interface Machine {
  readonly cpus: string
  readonly node: string
  readonly platform: string
  /** One-minute load average when the run started: other work on the machine skews the absolute numbers. */
  readonly load: number
  readonly date: string
  /** How the measured packages were loaded: compiled, as published, or as TypeScript sources. */
  readonly packages: string
}

const targetsSummary = (targets: ReadonlyArray<TargetCheck>): ReadonlyArray<string> =>
  targets.length === 0
    ? []
    : [
        "## Targets",
        "",
        "Each ratio target is the median of paired rounds (smallest and largest round in brackets); a target holds when the median reaches it. The exact expectations (token counts, memory) fail the run when they do not hold.",
        "",
        table(["target", "measured", "held"], targets.map((check) => [check.target, check.measured, check.met ? "yes" : "**no**"])),
        ""
      ]

export const render = (machine: Machine, command: string, sections: ReadonlyArray<SectionReport>): string =>
  [
    "# Benchmarks",
    "",
    "What the SCM client's auth layer costs next to the Effect 4 client it is built on and raw undici,",
    "and how the mock server holds load next to bare node, a one-route Effect 4 app, WireMock and Prism.",
    "Every figure is a ratio to a baseline measured in the same process and run, the median of",
    "interleaved rounds (baseline, subject, baseline, subject, in alternating order) with the smallest",
    "and largest round in brackets. Absolute numbers are given for scale only: they move with the",
    "machine, the ratios much less.",
    "",
    `- Machine: ${machine.cpus}, ${machine.platform}; load average ${fixed(machine.load, 2)} at the start`,
    `- Node: ${machine.node}`,
    `- Date: ${machine.date}`,
    `- Packages: ${machine.packages}`,
    `- Reproduce: \`${command}\` at the repository root (the bench writes this file; \`npx pnpm@10 bench --quick\` is a smoke run of about a minute that only prints; \`--no-soak\` leaves out the 5-minute soak of section 5)`,
    "",
    ...targetsSummary(sections.flatMap((section) => section.targets ?? [])),
    ...sections.flatMap((section) => [
      `## ${section.title}`,
      "",
      section.method,
      "",
      table(section.header, section.rows),
      "",
      ...(section.failures.length > 0 ? ["**Expectations that did not hold:**", "", ...section.failures.map((line) => `- ${line}`), ""] : []),
      ...section.reading.map((line) => `- ${line}`),
      ""
    ])
  ].join("\n")
