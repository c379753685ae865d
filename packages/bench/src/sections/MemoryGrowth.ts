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

const warmUp = 5000

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

    // Warm-up first: JIT code, connection pool and the first token are not growth.
    const warmFailures = yield* effectCount(send, warmUp, concurrency)
    const clientBefore = snapshot()
    const mockBefore = yield* host.call("memory")
    const startedAt = Date.now()
    const failures = warmFailures + (yield* effectCount(send, settings.memoryRequests, concurrency))
    const seconds = (Date.now() - startedAt) / 1000
    const clientAfter = snapshot()
    const mockAfter = yield* host.call("memory")
    const journal = yield* host.call("journal")
    log(`  ${count(settings.memoryRequests)} requests in ${seconds.toFixed(1)} s, ${failures} failed; journal ${journal.entries} entries`)

    const row = (name: string, before: MemorySnapshot, after: MemorySnapshot) => {
      const rssGrowth = megabytes(after.rss - before.rss)
      const heapGrowth = megabytes(after.heapUsed - before.heapUsed)
      return {
        cells: [name, fixed(megabytes(before.rss), 1), fixed(megabytes(after.rss), 1), fixed(rssGrowth, 1), fixed(megabytes(before.heapUsed), 1), fixed(megabytes(after.heapUsed), 1), fixed(heapGrowth, 1)],
        failure: rssGrowth >= limitMb || heapGrowth >= limitMb ? `${name}: grew ${fixed(rssGrowth, 1)} MB RSS, ${fixed(heapGrowth, 1)} MB heap (limit ${limitMb} MB)` : undefined
      }
    }
    const rows = [row("client (ScmHttpClient, OAuth2)", clientBefore, clientAfter), row("mock server (journal on)", mockBefore, mockAfter)]
    const failuresList = [
      ...rows.flatMap((r) => (r.failure === undefined ? [] : [r.failure])),
      ...(journal.entries > journalLimit ? [`journal holds ${journal.entries} entries, above its limit of ${journalLimit}`] : []),
      ...(failures > 0 ? [`${failures} requests failed`] : [])
    ]
    return {
      title: "4. Memory",
      method: [
        `${count(settings.memoryRequests)} GETs (after a warm-up of ${count(warmUp)}) through ScmHttpClient with OAuth2, ${concurrency} in flight, to the mock in its own process with its journal on (limit ${journalLimit}) and ${tokenTtlSeconds} s tokens, so the client renews its token during the run.`,
        `Readings after a forced full garbage collection, in MB; this section runs first, in a fresh bench process. The baseline is each process before the run; the limit is ${limitMb} MB of growth.`
      ].join(" "),
      header: ["process", "RSS before", "RSS after", "RSS growth", "heap before", "heap after", "heap growth"],
      rows: [...rows.map((r) => r.cells), ["journal entries", "", count(journal.entries), "", "", `limit ${count(journalLimit)}`, ""]],
      reading: [
        `${count(settings.memoryRequests)} requests took ${seconds.toFixed(1)} s (${count(settings.memoryRequests / seconds)} req/s through client and mock together).`
      ],
      failures: failuresList
    } satisfies SectionReport
  })
