/**
 * Section 3: how the mock server holds load, next to servers that return the same bytes: bare
 * node:http / node:https (the physical limit) and a one-route @effect/platform app (what Effect
 * itself costs). autocannon in this process, the servers in another, so each gets a core.
 */
import autocannon from "autocannon"
import { Effect, type Scope } from "effect"
import { typesPath } from "../Fixtures.js"
import * as Host from "../Host.js"
import type { Target } from "../Protocol.js"
import { count, fixed, ratio, type SectionReport } from "../Report.js"
import { interleave, resultsOf } from "../Rounds.js"
import type { Settings } from "../Settings.js"
import { pairedRatios, type Spread, spread } from "../Stats.js"

interface CannonResult {
  readonly rps: number
  readonly p99: number
  /** Answers that were not 2xx, plus connection errors: any of them makes the run suspect. */
  readonly failed: number
}

const labels: Record<string, string> = {
  node: "bare node server",
  effect: "bare Effect app",
  "effect-untraced": "bare Effect app, tracer off",
  mock: "mock server (password login, journal on)"
}

/** autocannon checks for the end of a run on each sample tick: 1 s by default, too coarse for short runs. */
const sampleIntervalMs = 50

const cannon = (target: Target, headers: Record<string, string>, connections: number, seconds: number): Effect.Effect<CannonResult> =>
  Effect.promise(async () => {
    const result = await autocannon({ url: `${target.url}${typesPath}`, headers, connections, duration: seconds, sampleInt: sampleIntervalMs })
    const elapsed = (result.finish.getTime() - result.start.getTime()) / 1000
    return { rps: result["2xx"] / elapsed, p99: result.latency.p99, failed: result.non2xx + result.errors }
  })

export const run = (settings: Settings, log: (line: string) => void): Effect.Effect<SectionReport, unknown, Scope.Scope> =>
  Effect.gen(function* () {
    const host = yield* Host.start("throughput", { journalLimit: 1000 }, settings.profileDir)
    const { targets, headers, bodyBytes } = host.endpoints
    const load = (target: Target, seconds: number) => cannon(target, headers, settings.cannonConnections, seconds)
    for (const target of targets) {
      const warm = yield* load(target, settings.quick ? 0.2 : 1)
      if (warm.failed > 0 || warm.rps === 0) return yield* Effect.fail(new Error(`${target.name} failed its warm-up: ${warm.failed} failed requests`))
    }
    const results = yield* interleave(
      settings.rounds,
      targets.map((target) => ({ name: target.name, measure: load(target, settings.cannonSeconds) })),
      (round, name, result) => log(`  round ${round + 1} ${name}: ${count(result.rps)} req/s, p99 ${result.p99} ms${result.failed > 0 ? `, ${result.failed} failed` : ""}`)
    )
    const of = (name: string, pick: (result: CannonResult) => number) => resultsOf(results, name).map(pick)
    const rps = (name: string) => of(name, (r) => r.rps)
    const vs = (name: string, baseline: string): Spread | undefined => (results.has(baseline) && name !== baseline ? pairedRatios(rps(name), rps(baseline)) : undefined)
    const rows = targets.map((target) => {
      const [protocol = "", kind = ""] = target.name.split("/")
      const byNode = vs(target.name, `${protocol}/node`)
      const byEffect = kind === "effect" || kind === "node" ? undefined : vs(target.name, `${protocol}/effect`)
      const byUntraced = kind === "mock" ? vs(target.name, `${protocol}/effect-untraced`) : undefined
      return [
        protocol.toUpperCase(),
        labels[kind] ?? kind,
        count(spread(rps(target.name)).median),
        fixed(spread(of(target.name, (r) => r.p99)).median, 0),
        byNode === undefined ? "" : ratio(byNode),
        byEffect === undefined ? "" : ratio(byEffect),
        byUntraced === undefined ? "" : ratio(byUntraced),
        count(of(target.name, (r) => r.failed).reduce((a, b) => a + b, 0))
      ]
    })
    const reading: Array<string> = []
    for (const protocol of ["http", "https"]) {
      const name = protocol.toUpperCase()
      const effectShare = vs(`${protocol}/effect`, `${protocol}/node`)
      const untracedGain = vs(`${protocol}/effect-untraced`, `${protocol}/effect`)
      const mockShare = vs(`${protocol}/mock`, `${protocol}/effect`)
      const mockOwnCost = vs(`${protocol}/mock`, `${protocol}/effect-untraced`)
      if (effectShare !== undefined && untracedGain !== undefined)
        reading.push(
          `${name}: the bare Effect app serves ${fixed(effectShare.median, 2)} of bare node's requests per second (what @effect/platform's server path costs); with the server tracer off (HttpMiddleware.withTracerDisabledWhen) it gains × ${fixed(untracedGain.median, 2)}.`
        )
      if (mockShare !== undefined && mockOwnCost !== undefined)
        reading.push(
          `${name}: the mock serves ${fixed(mockShare.median, 2)} of the bare Effect app (target ≥ 0.90${mockShare.median < 0.9 ? ": below target" : ": met"}); the mock runs with its tracer off, so its own routing, auth checks and journal show against the untraced app: ${fixed(mockOwnCost.median, 2)}.`
        )
    }
    return {
      title: "3. Mock server throughput",
      method: [
        `autocannon, ${settings.cannonConnections} connections, GET ${typesPath} with the password-login headers, ${settings.rounds} interleaved rounds of ${settings.cannonSeconds} s per server.`,
        `Every server returns the same ${bodyBytes} bytes the mock answers; all run in one separate process, autocannon in the bench process. p99 in ms (autocannon's resolution is 1 ms).`
      ].join(" "),
      header: ["protocol", "server", "req/s", "p99 ms", "× bare node", "× bare Effect app", "× Effect app, tracer off", "failed"],
      rows,
      reading,
      failures: []
    } satisfies SectionReport
  })
