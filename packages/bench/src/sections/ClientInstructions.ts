/**
 * Section 1a: the clients' instructions and allocated bytes per request, as `npx pnpm@10
 * instructions --clients` counted them under callgrind (`InstructionRecord.ts`). A count does not
 * move with the machine's load, so the cost targets (ScmHttpClient at most 1.05 × the bare client
 * sending the same bytes under the same tracer) are judged on it. The bench does not count (that
 * takes valgrind and about 15 minutes): it reads the last record and says whether it is of the
 * build the bench measures.
 */
import { Effect } from "effect"
import { baselineOf, clientLabels, type ClientName, clientNames, tracings } from "../Clients.js"
import * as InstructionRecord from "../InstructionRecord.js"
import { count, fixed, type SectionReport, type TargetCheck } from "../Report.js"
import { tracingLabels } from "./ClientOverhead.js"

/** ScmHttpClient's instructions per request at most this many times the bare client's. */
export const maxInstructionRatio = 1.05

const scmClients: ReadonlyArray<{ readonly name: ClientName; readonly label: string }> = [
  { name: "oauth2", label: "OAuth2" },
  { name: "password", label: "password login" }
]

/**
 * What ScmHttpClient does per request that the bare client does not, each at a measured price.
 * Measured by hand on one build (a callgrind diff names V8's builtins and Node's C++, not the
 * compiled JavaScript; the bytes come from V8's sampling heap profiler), so it carries its date.
 */
const price = "What ScmHttpClient adds, and what it buys (password login against the bare client with the login headers, untraced; instructions from a callgrind diff of the two, bytes from V8's sampling heap profiler with the objects every collection freed; measured on 2026-12-07 on the core build of the count below). The deadline of each attempt, a child fiber and one timer, so that an SCM that stops answering ends the attempt whatever the transport: about 2,200 instructions and 1.5 KB. Reading the answer's head for its declared length, so that a small body is read within the attempt's deadline, where a body cut off or late fails the attempt and the retry policy may send it again: about 3,000 instructions and 1.3 KB, because undici's response builds its headers anew (names lower-cased, one object) on every read. The rest, about 18,000 of the 23,500 instructions (password login untraced, below) and 0.7 KB of the 3.5 KB, runs in compiled JavaScript that callgrind does not name function by function, and is not priced item by item yet: the request copy that carries the base URL and the credentials, the retry policy, the status check and the Effect steps between them. The first two are kept: without the deadline a silent SCM would hold an attempt as long as the transport lets it, and without the read of the head every body would need a deadline of its own (a second child fiber and timer) and a late one would fail outside the retry policy."

export const run = (): Effect.Effect<SectionReport> =>
  Effect.sync(() => report(InstructionRecord.read(), InstructionRecord.buildOf()))

/** The section from `record` (undefined: none yet), judged for the build `current`. */
export const report = (record: InstructionRecord.CountRecord | undefined, current: InstructionRecord.Build): SectionReport => {
  const title = "1a. Client cost, like for like: instructions per request"
  const how = `\`npx pnpm@10 instructions --clients\` runs each client of section 1 in its own process under valgrind's callgrind, sending GETs to a bare node server (16 in flight, over undici), and counts the instructions per request in user space, V8's optimising compilers and its garbage collector left out (both reported apart: the compilers still compile after the warm-up valgrind can afford, and the collector's share depends on where collections fall). The client processes run with V8 flags that keep the clock out of when they compile and collect (see the bench's README). Each client is counted over several windows, each right after a full collection: every window then starts in the same state, and window i of one process came within 0.5 % of window i of another process running the same client (the bare clients and password login), where single counts of two bare clients that differ in one header came 1-6 % apart. They also run without V8's allocation-site pretenuring, which decides by what survives a scavenge, and so by the timing of what is in flight: with it, a ScmHttpClient process took one of two courses whose counts were 4 % apart (per scavenge the old generation grew by 1.7 MB in one and by 4.5 MB in the other); without it, two processes of password login counted within 0.2 % (see the bench's README). A client's figure is its median window; its ratio to the bare client sending the same bytes is the median of the ratios of their windows taken in pairs (window i over window i). V8 recompiles after each collection, but that is not what the windows count: with 2,000 more uncounted requests after each collection, the bare client's compilers fell to about a quarter and its counted instructions by 3 %. What a client makes the collector do shows in its bytes allocated per request, measured in the same process over one window's requests just before the count (V8's \`GCProfiler\`). It counts instructions, not memory stalls, so the timed figures of section 1 say what they cost in time. ${price}`
  if (record === undefined) {
    return {
      title,
      method: `${how} No count is recorded (\`packages/bench/client-instructions.json\`): run \`npx pnpm@10 instructions --clients\` at the repository root, then the bench.`,
      header: ["tracer", "client", "instructions per request"],
      rows: tracings.flatMap((tracing) => clientNames.map((name) => [tracingLabels[tracing], clientLabels[name], "not counted"])),
      reading: [],
      targets: scmClients.flatMap(({ label }) =>
        tracings.map((tracing) => ({ target: targetText(label, tracing), measured: "not counted", met: false }))
      ),
      failures: []
    } satisfies SectionReport
  }
  const stale = InstructionRecord.differences(record.build, current)
  const provenance = stale.length === 0
    ? `Counted on ${record.counted.slice(0, 16).replace("T", " ")} UTC on the build this report measures (${record.build.node}, effect ${record.build.effect}, @effect/platform-node ${record.build.platformNode}), ${record.windows === undefined ? `${count(record.requests)} requests` : `${record.windows} windows of ${count(record.requests)} requests`} per client after ${count(record.warmup)}.`
    : `Counted on ${record.counted.slice(0, 16).replace("T", " ")} UTC on an earlier build: ${stale.join(", ")} changed since, so the targets below are not judged (re-count with \`npx pnpm@10 instructions --clients\`).`
  const rows: Array<Array<string>> = []
  const checks: Array<TargetCheck> = []
  const reading: Array<string> = []
  for (const tracing of tracings) {
    for (const name of clientNames) {
      const counted = InstructionRecord.find(record, name, tracing)
      const baselineName = baselineOf[name]
      const baseline = baselineName === undefined ? undefined : InstructionRecord.find(record, baselineName, tracing)
      rows.push([
        tracingLabels[tracing],
        clientLabels[name],
        counted === undefined ? "not counted" : count(counted.instructions),
        counted === undefined || baseline === undefined ? "" : fixed(InstructionRecord.ratioOf(counted, baseline), 3),
        counted === undefined ? "" : count(counted.compiling),
        counted?.collecting === undefined ? "" : count(counted.collecting),
        counted === undefined ? "" : count(counted.allocatedBytes),
        counted === undefined || baseline === undefined ? "" : fixed(counted.allocatedBytes / baseline.allocatedBytes, 3)
      ])
    }
    for (const { label, name } of scmClients) {
      const counted = InstructionRecord.find(record, name, tracing)
      const baseline = InstructionRecord.find(record, baselineOf[name]!, tracing)
      if (counted === undefined || baseline === undefined) {
        checks.push({ target: targetText(label, tracing), measured: "not counted", met: false })
        continue
      }
      const ratio = InstructionRecord.ratioOf(counted, baseline)
      checks.push({
        target: targetText(label, tracing),
        measured: `${fixed(ratio, 3)}${windowSpread(counted, baseline)} (${count(counted.instructions)} against ${count(baseline.instructions)})${stale.length === 0 ? "" : ", counted on an earlier build"}`,
        met: stale.length === 0 && ratio <= maxInstructionRatio
      })
      reading.push(
        `${tracingLabels[tracing]}, ScmHttpClient with ${label}: ${count(counted.instructions - baseline.instructions)} instructions and ${count(counted.allocatedBytes - baseline.allocatedBytes)} bytes allocated per request more than the bare client sending the same bytes, × ${fixed(ratio, 3)} of its instructions (target ≤ ${fixed(maxInstructionRatio, 2)}: ${ratio <= maxInstructionRatio ? "met" : "not met"}${stale.length === 0 ? "" : ", on an earlier build"}).`
      )
    }
  }
  return {
    title,
    method: `${how} ${provenance}`,
    header: ["tracer", "client", "instructions per request", "× bare Effect client", "JIT compilers per request", "garbage collector per request", "bytes allocated per request", "× bare Effect client"],
    rows,
    reading,
    targets: checks,
    failures: []
  } satisfies SectionReport
}

/** The smallest and largest ratio of paired windows, as the timed targets show their rounds'. */
const windowSpread = (counted: InstructionRecord.Counted, baseline: InstructionRecord.Counted): string => {
  const paired = InstructionRecord.pairedWindows(counted, baseline)
  return paired === undefined ? "" : ` (windows ${fixed(paired.min, 3)}–${fixed(paired.max, 3)})`
}

const targetText = (label: string, tracing: (typeof tracings)[number]) =>
  `ScmHttpClient (${label}), ${tracingLabels[tracing]}: ≤ ${fixed(maxInstructionRatio, 2)} × the instructions per request of the bare Effect 4 HttpClient sending the same bytes (counted)`
