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
 * What ScmHttpClient does per request that the bare client does not, each at a measured price:
 * what one count of password login saved with that part taken out of a core build. The builds
 * were made by hand for the measurement (a part cannot be switched off from outside), so the list
 * carries its date and the count it was taken against.
 */
const price = "What ScmHttpClient adds, and what it buys: the price of each part is what one count of password login (untraced, as below) saved with that part taken out of the core build, against 389,311 instructions and 34,345 bytes per request with all of it (counted on 2026-12-08; two processes of one build differ by up to 0.2 %, about 800 instructions). The deadline of each attempt, a child fiber and one timer, so that an SCM that stops answering ends the attempt whatever the transport: about 6,800 instructions and 1.9 KB (the exchange run in the caller's fiber instead), of which the timer is 1,600 to 2,600; one shared timer for all pending deadlines of a length, in place of Node's (which already keeps one list per length), saved nothing. Reading the answer's head for its declared length, so that a small body is read within the attempt's deadline, where a body cut off or late fails the attempt and the retry policy may send it again: about 4,000 instructions and 0.6 KB, against the body read afterwards as the bare client reads it, with no deadline on it at all. The retry policy's frame on a success, and the request copy that carries the base URL and the credentials (made anew for each attempt, so that no effect a program keeps holds the plain password): nothing measurable (389,436 without retries; 389,415 with the copy made once). The parts do not add up: with all of them out at once (the exchange in the caller's fiber, no deadline, no head read, no retry frame) the count fell by about 19,300 to 369,993, 1.2 % above the bare client's 365,533 in the same run, the rest being the status check and the Effect steps between; what goes only when everything goes is V8's to spend, which compiles the simpler path into less code. The deadline and the head read are kept: without the deadline a silent SCM would hold an attempt as long as the transport lets it, and without the read of the head every body would need a deadline of its own, a second child fiber and timer (12,300 instructions more when counted), and a late body would fail outside the retry policy. So the untraced targets below are not held, by the price of that safety."

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
