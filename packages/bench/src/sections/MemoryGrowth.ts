/**
 * Section 4: memory after many requests through the client (this process) and the mock (its own
 * process, journal on): retained growth must stay under 20 MB and the journal at its limit.
 */
import { NodeHttpClient } from "@effect/platform-node"
import { OAuth2, ScmHttpClient } from "@scm-effect/core"
import { Context, Effect, Layer, Redacted, type Scope } from "effect"
import { typesPath } from "../Fixtures.js"
import * as Host from "../Host.js"
import { effectCount } from "../Load.js"
import { megabytes, type MemorySnapshot, snapshot } from "../Memory.js"
import { count, fixed, type SectionReport } from "../Report.js"
import type { Settings } from "../Settings.js"

const limitMb = 20

/** Short-lived tokens, so the client renews many times during the run. */
const tokenTtlSeconds = 20

const journalLimit = 1000

/** The warm-up is over when RSS rises less than this from one step to the next. */
const settledMb = 2

const maxWarmUpSteps = 8

/**
 * Samples taken during the run (each after a full collection in both processes); the table shows
 * their highest RSS, so a reader can tell a plateau (the allocator's high-water mark, reached
 * once) from a leak (growth until the end).
 */
const samplesOf = (settings: Settings) => (settings.quick ? 3 : 10)

/** Change of one reading from the first sample to the last, in MB. */
const trend = (samples: ReadonlyArray<MemorySnapshot>, key: "rss" | "heapUsed"): number =>
  megabytes((samples[samples.length - 1]?.[key] ?? Number.NaN) - (samples[0]?.[key] ?? Number.NaN))

const signed = (value: number): string => `${value > 0 ? "+" : ""}${fixed(value, 1)}`

export const run = (settings: Settings, log: (line: string) => void): Effect.Effect<SectionReport, unknown, Scope.Scope> =>
  Effect.gen(function* () {
    const host = yield* Host.start("mock", { journalLimit, tokenTtlSeconds }, settings.profileDir)
    const { httpUrl, tokenUrl, credentials } = host.endpoints
    const layer = OAuth2.layer({ clientId: credentials.clientId, clientSecret: Redacted.make(credentials.clientSecret), baseUrl: httpUrl, tokenUrl }).pipe(
      Layer.provide(NodeHttpClient.layerUndici)
    )
    const client = Context.get(yield* Layer.build(layer), ScmHttpClient.ScmHttpClient)
    const send = client.get(typesPath).pipe(Effect.flatMap((response) => response.arrayBuffer))
    const concurrency = 32

    // Warm-up first: JIT code, the connection pool, the first token, and the young generation and
    // malloc arenas growing to their working size (tens of MB of RSS, reached once and then flat)
    // are not growth. When they get there depends on how fast the machine runs the requests, so
    // the warm-up goes on in steps until neither process's RSS rises by more than `settledMb`
    // from one step to the next, for at most `maxWarmUpSteps` steps.
    const warmUpStep = Math.max(3000, Math.round(settings.memoryRequests / samplesOf(settings)))
    let failures = 0
    let warmUp = 0
    let clientBefore = snapshot()
    let mockBefore = yield* host.call("memory")
    for (let step = 0; step < maxWarmUpSteps; step++) {
      failures += yield* effectCount(send, warmUpStep, concurrency)
      warmUp += warmUpStep
      const client = snapshot()
      const mock = yield* host.call("memory")
      const settled = step > 0 && megabytes(client.rss - clientBefore.rss) < settledMb && megabytes(mock.rss - mockBefore.rss) < settledMb
      log(`  warm-up step ${step + 1}: client RSS ${fixed(megabytes(client.rss), 1)} MB, heap ${fixed(megabytes(client.heapUsed), 1)} of ${fixed(megabytes(client.heapTotal), 1)}; mock RSS ${fixed(megabytes(mock.rss), 1)} MB`)
      clientBefore = client
      mockBefore = mock
      if (settled) break
    }
    const startedAt = Date.now()
    const clientSamples: Array<MemorySnapshot> = []
    const mockSamples: Array<MemorySnapshot> = []
    const samples = samplesOf(settings)
    for (let sample = 0; sample < samples; sample++) {
      failures += yield* effectCount(send, settings.memoryRequests / samples, concurrency)
      const client = snapshot()
      const mock = yield* host.call("memory")
      clientSamples.push(client)
      mockSamples.push(mock)
      log(`  sample ${sample + 1}: client RSS ${fixed(megabytes(client.rss), 1)} MB, heap ${fixed(megabytes(client.heapUsed), 1)} of ${fixed(megabytes(client.heapTotal), 1)}, external ${fixed(megabytes(client.external), 1)}; mock RSS ${fixed(megabytes(mock.rss), 1)} MB, heap ${fixed(megabytes(mock.heapUsed), 1)}, external ${fixed(megabytes(mock.external), 1)}`)
    }
    const seconds = (Date.now() - startedAt) / 1000
    const clientAfter = clientSamples[samples - 1]!
    const mockAfter = mockSamples[samples - 1]!
    const journal = yield* host.call("journal")
    log(`  ${count(settings.memoryRequests)} requests in ${seconds.toFixed(1)} s, ${failures} failed; journal ${journal.entries} entries`)

    const row = (name: string, before: MemorySnapshot, during: ReadonlyArray<MemorySnapshot>, after: MemorySnapshot) => {
      const rssGrowth = megabytes(after.rss - before.rss)
      const heapGrowth = megabytes(after.heapUsed - before.heapUsed)
      const rssPeak = Math.max(...during.map((m) => m.rss))
      return {
        cells: [
          name,
          fixed(megabytes(before.rss), 1),
          fixed(megabytes(rssPeak), 1),
          fixed(megabytes(after.rss), 1),
          fixed(rssGrowth, 1),
          fixed(megabytes(before.heapUsed), 1),
          fixed(megabytes(after.heapUsed), 1),
          fixed(heapGrowth, 1)
        ],
        failure: rssGrowth >= limitMb || heapGrowth >= limitMb ? `${name}: grew ${fixed(rssGrowth, 1)} MB RSS, ${fixed(heapGrowth, 1)} MB heap (limit ${limitMb} MB)` : undefined
      }
    }
    const rows = [
      row("client (ScmHttpClient, OAuth2)", clientBefore, clientSamples, clientAfter),
      row("mock server (journal on)", mockBefore, mockSamples, mockAfter)
    ]
    const failuresList = [
      ...rows.flatMap((r) => (r.failure === undefined ? [] : [r.failure])),
      ...(journal.entries > journalLimit ? [`journal holds ${journal.entries} entries, above its limit of ${journalLimit}`] : []),
      ...(failures > 0 ? [`${failures} requests failed`] : [])
    ]
    return {
      title: "4. Memory",
      method: [
        `${count(settings.memoryRequests)} GETs (after a warm-up of ${count(warmUp)}, run in steps of ${count(warmUpStep)} until neither process's RSS rose by ${settledMb} MB or more from one step to the next, at most ${maxWarmUpSteps} steps) through ScmHttpClient with OAuth2, ${concurrency} in flight, to the mock in its own process with its journal on (limit ${journalLimit}) and ${tokenTtlSeconds} s tokens, so the client renews its token during the run.`,
        `Readings after a forced full garbage collection, in MB; this section runs first, in a fresh bench process. The baseline is each process before the run; the limit is ${limitMb} MB of growth.`
      ].join(" "),
      header: ["process", "RSS before", `RSS peak of ${samples} samples`, "RSS after", "RSS growth", "heap before", "heap after", "heap growth"],
      rows: [...rows.map((r) => r.cells), ["journal entries", "", "", count(journal.entries), "", "", `limit ${count(journalLimit)}`, ""]],
      reading: [
        `${count(settings.memoryRequests)} requests took ${seconds.toFixed(1)} s (${count(settings.memoryRequests / seconds)} req/s through client and mock together).`,
        `From the first to the last of the ${samples} samples taken during the run: client RSS ${signed(trend(clientSamples, "rss"))} MB, heap ${signed(trend(clientSamples, "heapUsed"))} MB; mock RSS ${signed(trend(mockSamples, "rss"))} MB, heap ${signed(trend(mockSamples, "heapUsed"))} MB. A leak shows as RSS and heap rising from sample to sample; RSS alone moves by tens of MB either way as V8 and malloc take and return pages. The mock's journal holds ${count(journal.entries)} of at most ${count(journalLimit)} entries.`
      ],
      failures: failuresList
    } satisfies SectionReport
  })
