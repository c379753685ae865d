/**
 * Section 5: a soak. Minutes of mixed load through the client against the mock in its own
 * process, with token churn, sampling both processes' RSS, heap and open file descriptors, so a
 * leak that a short run hides (tokens, sockets, journal, fibers) shows as growth from the first
 * sample after the warm-up to the last. Not part of CI's tests: it runs with `pnpm bench`.
 */
import { NodeHttpClient } from "@effect/platform-node"
import { OAuth2, ScmApi, ScmHttpClient, SslCertificates } from "@scm-effect/core"
import { Context, Effect, Layer, Redacted, type Scope, Stream } from "effect"
import { readdirSync } from "node:fs"
import { typesPath } from "../Fixtures.js"
import * as Host from "../Host.js"
import { effectCount } from "../Load.js"
import { megabytes, type MemorySnapshot, snapshot } from "../Memory.js"
import { count, fixed, type SectionReport } from "../Report.js"
import type { Settings } from "../Settings.js"

/** Growth allowed over the second half of the run, per process. */
const rssLimitMb = 20
const heapLimitMb = 10
const fdLimit = 10

/** Short-lived tokens: the long-lived client renews every few seconds. */
const tokenTtlSeconds = 10

const journalLimit = 1000
const concurrency = 16

/** The warm-up is over when RSS rises less than this from one step to the next. */
const settledMb = 5
const maxWarmUpSteps = 10

/** Open file descriptors of a process (Linux), or NaN where /proc is not there. */
const openFds = (pid: number): number => {
  try {
    return readdirSync(`/proc/${pid}/fd`).length
  } catch {
    return Number.NaN
  }
}

interface Sample {
  readonly at: number
  readonly client: MemorySnapshot & { readonly fds: number }
  readonly mock: MemorySnapshot & { readonly fds: number }
}

export const run = (settings: Settings, log: (line: string) => void): Effect.Effect<SectionReport, unknown, Scope.Scope> =>
  Effect.gen(function* () {
    const durationMs = settings.quick ? 10_000 : 300_000
    const sampleEveryMs = settings.quick ? 2_000 : 20_000
    const host = yield* Host.start("mock", { journalLimit, tokenTtlSeconds }, settings.profileDir)
    const { httpUrl, tokenUrl, credentials } = host.endpoints
    const oauth2 = OAuth2.layer({
      clientId: credentials.clientId,
      clientSecret: Redacted.make(credentials.clientSecret),
      baseUrl: httpUrl,
      tokenUrl
    })
    // One transport for the whole run, as an application has; the churning clients share it.
    const transport = yield* Layer.build(NodeHttpClient.layerUndici)
    const longLived = yield* Layer.build(Layer.merge(oauth2, ScmApi.layer().pipe(Layer.provide(oauth2))).pipe(Layer.provide(Layer.succeedContext(transport))))
    const client = Context.get(longLived, ScmHttpClient.ScmHttpClient)

    // The mix: the hot GET, a paged list, an operation of the spec fallback, a 404, and now and
    // then a client built and thrown away, which fetches a token of its own (token churn: the
    // mock's store fills to its cap and evicts; the client's layer must let go of its fiber).
    const hot = client.get(typesPath).pipe(Effect.flatMap((response) => response.arrayBuffer))
    const paged = SslCertificates.list({}, { pageSize: 20 }).pipe(Stream.take(40), Stream.runDrain, Effect.provide(longLived))
    const fallback = Effect.flatMap(ScmApi.ScmApi, (api) => api.listAdminUsers({ params: { size: 5 } })).pipe(Effect.provide(longLived))
    const missing = client.get("/api/ssl/v1/999999999").pipe(Effect.ignore)
    const churn = Effect.scoped(
      Effect.gen(function* () {
        const fresh = Context.get(yield* Layer.build(oauth2.pipe(Layer.provide(Layer.succeedContext(transport)))), ScmHttpClient.ScmHttpClient)
        yield* fresh.get(typesPath).pipe(Effect.flatMap((response) => response.arrayBuffer))
      })
    )
    let sent = 0
    const mixed = Effect.suspend(() => {
      const slot = sent++ % 100
      return slot < 80 ? hot : slot < 88 ? paged : slot < 94 ? fallback : slot < 98 ? missing : churn
    })

    const take = (at: number) =>
      Effect.map(host.call("memory"), (mock): Sample => ({
        at,
        client: { ...snapshot(), fds: openFds(process.pid) },
        mock: { ...mock, fds: openFds(host.pid) }
      }))

    // Warm-up: JIT, connection pool, first tokens, and the allocators growing to their working
    // size (a plateau reached once, not growth). It goes on in steps until neither process's RSS
    // rises by `settledMb` or more from one step to the next, for at most `maxWarmUpSteps`.
    let failures = 0
    let before = yield* take(0)
    for (let step = 0; step < maxWarmUpSteps; step++) {
      failures += yield* effectCount(mixed, settings.quick ? 5_000 : 20_000, concurrency)
      const after = yield* take(0)
      const settled = megabytes(after.client.rss - before.client.rss) < settledMb && megabytes(after.mock.rss - before.mock.rss) < settledMb
      log(`  warm-up step ${step + 1}: client RSS ${fixed(megabytes(after.client.rss), 1)} MB, mock RSS ${fixed(megabytes(after.mock.rss), 1)} MB`)
      before = after
      if (settled) break
    }
    const startedAt = Date.now()
    const samples: Array<Sample> = [before]
    while (Date.now() - startedAt < durationMs) {
      const until = Math.min(startedAt + durationMs, Date.now() + sampleEveryMs)
      while (Date.now() < until) failures += yield* effectCount(mixed, 500, concurrency)
      const sample = yield* take(Date.now() - startedAt)
      samples.push(sample)
      log(
        `  ${fixed(sample.at / 1000, 0)} s: ${count(sent)} requests; client RSS ${fixed(megabytes(sample.client.rss), 1)} MB, heap ${fixed(megabytes(sample.client.heapUsed), 1)} MB, ${sample.client.fds} fds; mock RSS ${fixed(megabytes(sample.mock.rss), 1)} MB, heap ${fixed(megabytes(sample.mock.heapUsed), 1)} MB, ${sample.mock.fds} fds`
      )
    }
    const seconds = (Date.now() - startedAt) / 1000
    const journal = yield* host.call("journal")
    const first = samples[0]!
    // A leak keeps growing; the allocators' plateau (glibc arenas, V8's old space) is reached
    // once, at a time that depends on the machine. So the bound is on the second half of the run.
    const middle = samples[Math.floor((samples.length - 1) / 2)]!
    const last = samples[samples.length - 1]!

    const row = (name: string, pick: (sample: Sample) => MemorySnapshot & { readonly fds: number }) => {
      const growth = (from: Sample) => ({
        rss: megabytes(pick(last).rss - pick(from).rss),
        heap: megabytes(pick(last).heapUsed - pick(from).heapUsed),
        fds: pick(last).fds - pick(from).fds
      })
      const whole = growth(first)
      const secondHalf = growth(middle)
      const peak = Math.max(...samples.map((sample) => pick(sample).rss))
      const over = [
        secondHalf.rss >= rssLimitMb ? `RSS grew ${fixed(secondHalf.rss, 1)} MB in the second half (limit ${rssLimitMb})` : undefined,
        secondHalf.heap >= heapLimitMb ? `heap grew ${fixed(secondHalf.heap, 1)} MB in the second half (limit ${heapLimitMb})` : undefined,
        secondHalf.fds >= fdLimit ? `open fds grew by ${secondHalf.fds} in the second half (limit ${fdLimit})` : undefined
      ].filter((text) => text !== undefined)
      return {
        cells: [
          name,
          fixed(megabytes(pick(first).rss), 1),
          fixed(megabytes(peak), 1),
          fixed(megabytes(pick(last).rss), 1),
          `${fixed(whole.rss, 1)} / ${fixed(secondHalf.rss, 1)}`,
          `${fixed(whole.heap, 1)} / ${fixed(secondHalf.heap, 1)}`,
          `${pick(first).fds} → ${pick(middle).fds} → ${pick(last).fds}`
        ],
        failure: over.length === 0 ? undefined : `${name}: ${over.join(", ")}`
      }
    }
    const rows = [row("client (ScmHttpClient, OAuth2, ScmApi)", (sample) => sample.client), row("mock server (journal on)", (sample) => sample.mock)]
    const failureList = [
      ...rows.flatMap((r) => (r.failure === undefined ? [] : [r.failure])),
      ...(journal.entries > journalLimit ? [`journal holds ${journal.entries} entries, above its limit of ${journalLimit}`] : []),
      ...(failures > 0 ? [`${failures} requests failed`] : [])
    ]
    return {
      title: "5. Soak",
      method: [
        `${fixed(durationMs / 60_000, 1)} minutes of mixed load after a warm-up, ${concurrency} in flight, through ScmHttpClient with OAuth2 to the mock in its own process (journal on, limit ${journalLimit}, ${tokenTtlSeconds} s tokens, so the client renews every few seconds):`,
        "80 % the SSL types GET, 8 % a paged SSL list (two pages of 20), 6 % an operation only the spec fallback answers (ScmApi.listAdminUsers), 4 % a 404, 2 % a client built, used once and closed (token churn: a token of its own each time).",
        `The warm-up runs in steps until neither process's RSS rises by ${settledMb} MB or more from one step to the next (at most ${maxWarmUpSteps}). Both processes sampled every ${fixed(sampleEveryMs / 1000, 0)} s after a forced full collection: RSS, heap and open file descriptors (/proc). Growth is shown from the first sample and from the middle one to the last; the limits bound the second half (a leak keeps growing, the allocators' plateau does not): ${rssLimitMb} MB RSS, ${heapLimitMb} MB heap, ${fdLimit} descriptors.`
      ].join(" "),
      header: ["process", "RSS first", `RSS peak of ${samples.length} samples`, "RSS last", "RSS growth: whole / 2nd half", "heap growth: whole / 2nd half", "open fds: first → middle → last"],
      rows: rows.map((r) => r.cells),
      reading: [
        `${count(sent)} requests in ${fixed(seconds, 0)} s (${count(sent / seconds)} req/s), ${failures} failed; the journal holds ${count(journal.entries)} of at most ${count(journalLimit)} entries.`
      ],
      failures: failureList
    } satisfies SectionReport
  })
