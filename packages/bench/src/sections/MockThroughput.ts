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
  /**
   * CPU time of the server process per answered request, in µs: only the server under load is
   * busy, so this is its cost, and it hardly moves when other work takes the machine.
   */
  readonly cpuMicros: number
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

const cannon = (
  host: Host.Host<"throughput">,
  target: Target,
  connections: number,
  seconds: number
): Effect.Effect<CannonResult, Host.HostError> =>
  Effect.gen(function* () {
    const cpuBefore = yield* host.call("cpu")
    const result = yield* Effect.promise(() =>
      autocannon({ url: `${target.url}${typesPath}`, headers: host.endpoints.headers, connections, duration: seconds, sampleInt: sampleIntervalMs })
    )
    const cpuAfter = yield* host.call("cpu")
    const elapsed = (result.finish.getTime() - result.start.getTime()) / 1000
    return {
      rps: result["2xx"] / elapsed,
      p99: result.latency.p99,
      cpuMicros: (cpuAfter.micros - cpuBefore.micros) / result["2xx"],
      failed: result.non2xx + result.errors
    }
  })

export const run = (settings: Settings, log: (line: string) => void): Effect.Effect<SectionReport, unknown, Scope.Scope> =>
  Effect.gen(function* () {
    const host = yield* Host.start("throughput", { journalLimit: 1000 }, settings.profileDir)
    const { targets, bodyBytes } = host.endpoints
    const load = (target: Target, seconds: number) => cannon(host, target, settings.cannonConnections, seconds)
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
    const cpu = (name: string) => of(name, (r) => r.cpuMicros)
    const vs = (name: string, baseline: string): Spread | undefined => (results.has(baseline) && name !== baseline ? pairedRatios(rps(name), rps(baseline)) : undefined)
    /** Requests per CPU-second relative to the baseline: baseline CPU over subject CPU. */
    const cpuVs = (name: string, baseline: string): Spread | undefined =>
      results.has(baseline) && name !== baseline ? pairedRatios(cpu(baseline), cpu(name)) : undefined
    const show = (value: Spread | undefined) => (value === undefined ? "" : ratio(value))
    const rows = targets.map((target) => {
      const [protocol = "", kind = ""] = target.name.split("/")
      const againstEffect = kind === "effect-untraced" || kind === "mock"
      return [
        protocol.toUpperCase(),
        labels[kind] ?? kind,
        count(spread(rps(target.name)).median),
        fixed(spread(of(target.name, (r) => r.p99)).median, 0),
        show(vs(target.name, `${protocol}/node`)),
        show(againstEffect ? vs(target.name, `${protocol}/effect`) : undefined),
        show(kind === "mock" ? vs(target.name, `${protocol}/effect-untraced`) : undefined),
        fixed(spread(cpu(target.name)).median, 1),
        show(againstEffect ? cpuVs(target.name, `${protocol}/effect`) : undefined),
        show(kind === "mock" ? cpuVs(target.name, `${protocol}/effect-untraced`) : undefined),
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
      const mockCpuShare = cpuVs(`${protocol}/mock`, `${protocol}/effect`)
      const mockOwnCpu = cpuVs(`${protocol}/mock`, `${protocol}/effect-untraced`)
      if (effectShare !== undefined && untracedGain !== undefined)
        reading.push(
          `${name}: the bare Effect app serves ${fixed(effectShare.median, 2)} of bare node's requests per second (what @effect/platform's server path costs); with the server tracer off (HttpMiddleware.withTracerDisabledWhen) it gains × ${fixed(untracedGain.median, 2)}.`
        )
      if (mockShare !== undefined && mockOwnCost !== undefined && mockCpuShare !== undefined && mockOwnCpu !== undefined) {
        const met = mockShare.median >= 0.9 && mockCpuShare.median >= 0.9
        reading.push(
          `${name}: the mock serves ${fixed(mockShare.median, 2)} of the bare Effect app's req/s at ${fixed(mockCpuShare.median, 2)} of its requests per CPU-second (target ≥ 0.90${met ? ": met" : ": not met"}). It runs with its tracer off, so its own routing, auth checks and journal show against the untraced app: ${fixed(mockOwnCost.median, 2)} of its req/s, ${fixed(mockOwnCpu.median, 2)} of its requests per CPU-second.`
        )
      }
    }
    return {
      title: "3. Mock server throughput",
      method: [
        `autocannon, ${settings.cannonConnections} connections, GET ${typesPath} with the password-login headers, ${settings.rounds} interleaved rounds of ${settings.cannonSeconds} s per server.`,
        `Every server returns the same ${bodyBytes} bytes the mock answers; all run in one separate process, autocannon in the bench process. p99 in ms (autocannon's resolution is 1 ms). Server CPU µs/req is the server process's CPU time per answered request (only the server under load is busy); its ratios are baseline CPU over server CPU, so above 1 is cheaper.`
      ].join(" "),
      header: [
        "protocol",
        "server",
        "req/s",
        "p99 ms",
        "req/s × bare node",
        "req/s × bare Effect app",
        "req/s × Effect app, tracer off",
        "server CPU µs/req",
        "req per CPU-s × bare Effect app",
        "req per CPU-s × Effect app, tracer off",
        "failed"
      ],
      rows,
      reading,
      failures: []
    } satisfies SectionReport
  })
