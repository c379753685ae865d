/**
 * Section 3: how the mock server holds load, next to servers that return the same bytes: bare
 * node:http / node:https (the physical limit), a one-route Effect 4 HttpServer app (what Effect
 * itself costs), and the mocks a team would otherwise pick, WireMock and Prism. autocannon in this
 * process, the servers in others, so the load generator and the server each get a core.
 */
import autocannon from "autocannon"
import { Effect, type Scope } from "effect"
import { typesPath } from "../Fixtures.js"
import * as Host from "../Host.js"
import { count, fixed, ratio, type SectionReport, type TargetCheck } from "../Report.js"
import { interleave, resultsOf } from "../Rounds.js"
import type { Settings } from "../Settings.js"
import { pairedRatios, type Spread, spread } from "../Stats.js"
import * as ThirdPartyMocks from "../ThirdPartyMocks.js"

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

/** A server autocannon is pointed at. */
interface Target {
  readonly name: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  /** CPU time the server's process has used so far, in µs. */
  readonly cpu: Effect.Effect<number, Host.HostError>
}

const labels: Record<string, string> = {
  node: "bare node server",
  effect: "one-route Effect 4 app",
  mock: "mock server (password login, journal on)",
  before: "mock server, the build in --mock-before",
  wiremock: "WireMock (one stub)",
  prism: "Prism (`prism mock`, vendor spec)"
}

/** autocannon checks for the end of a run on each sample tick: 1 s by default, too coarse for short runs. */
const sampleIntervalMs = 50

/**
 * A JIT compiles a server's hot path over its first seconds under load, the JVM's (WireMock) and
 * V8's alike: the mock was still optimising functions 5-10 s into a load (`--trace-opt`), and
 * after a 1 s warm-up its first rounds ran 5-15 % below its later ones. Every target gets the same.
 */
const fullWarmUpSeconds = 5

const warmUpSeconds = (settings: Settings, target: Target) => (settings.quick ? (target.name.endsWith("/wiremock") ? 1 : 0.2) : fullWarmUpSeconds)

const cannon = (target: Target, connections: number, seconds: number): Effect.Effect<CannonResult, Host.HostError> =>
  Effect.gen(function* () {
    const cpuBefore = yield* target.cpu
    const result = yield* Effect.promise(() =>
      autocannon({ url: `${target.url}${typesPath}`, headers: { ...target.headers }, connections, duration: seconds, sampleInt: sampleIntervalMs })
    )
    const cpuAfter = yield* target.cpu
    const elapsed = (result.finish.getTime() - result.start.getTime()) / 1000
    return {
      rps: result["2xx"] / elapsed,
      p99: result.latency.p99,
      cpuMicros: (cpuAfter - cpuBefore) / result["2xx"],
      failed: result.non2xx + result.errors
    }
  })

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.byteLength === b.byteLength && Buffer.from(a).equals(Buffer.from(b))

/** Targets of the summary: the mock against the one-route Effect app and against bare node. */
const mockTargets = { effect: 0.9, node: 0.75 } as const

export const run = (settings: Settings, log: (line: string) => void): Effect.Effect<SectionReport, unknown, Scope.Scope> =>
  Effect.gen(function* () {
    const host = yield* Host.start(
      "throughput",
      { journalLimit: ThirdPartyMocks.journalLimit, ...(settings.mockBefore === undefined ? {} : { mockBefore: settings.mockBefore }) },
      settings.profileDir
    )
    const { headers, contentType } = host.endpoints
    const body = new Uint8Array(Buffer.from(host.endpoints.body, "base64"))
    const hostCpu = Effect.map(host.call("cpu"), (answer) => answer.micros)
    // A comparison of two mock builds wants short rounds of the servers it compares, nothing else.
    if (settings.mockBefore !== undefined) log(`  comparing with the mock-server build in ${settings.mockBefore}; WireMock and Prism are left out`)
    const others = settings.mockBefore === undefined ? yield* ThirdPartyMocks.start({ body, contentType }, log) : []
    const running = others.filter(ThirdPartyMocks.isRunning)
    const unavailable = others.filter((other): other is ThirdPartyMocks.Unavailable => !ThirdPartyMocks.isRunning(other))
    const hostTargets: ReadonlyArray<Target> = host.endpoints.targets.map((target) => ({ ...target, headers, cpu: hostCpu }))
    const httpHostTargets = hostTargets.filter((target) => target.name.startsWith("http/"))
    const targets: ReadonlyArray<Target> = [
      ...httpHostTargets,
      ...running.map((other) => ({
        name: `http/${other.name}`,
        url: other.url,
        headers: { ...headers, ...other.headers },
        cpu: Effect.sync(other.cpuMicros)
      })),
      ...hostTargets.filter((target) => !target.name.startsWith("http/"))
    ]
    const load = (target: Target, seconds: number) => cannon(target, settings.cannonConnections, seconds)
    for (const target of targets) {
      const warm = yield* load(target, warmUpSeconds(settings, target))
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
      const againstEffect = kind !== "node" && kind !== "effect"
      return [
        protocol.toUpperCase(),
        labels[kind] ?? kind,
        count(spread(rps(target.name)).median),
        fixed(spread(of(target.name, (r) => r.p99)).median, 0),
        show(vs(target.name, `${protocol}/node`)),
        show(againstEffect ? vs(target.name, `${protocol}/effect`) : undefined),
        fixed(spread(cpu(target.name)).median, 1),
        show(cpuVs(target.name, `${protocol}/node`)),
        show(againstEffect ? cpuVs(target.name, `${protocol}/effect`) : undefined),
        count(of(target.name, (r) => r.failed).reduce((a, b) => a + b, 0))
      ]
    })
    const reading: Array<string> = []
    const targetChecks: Array<TargetCheck> = []
    for (const protocol of ["http", "https"]) {
      const name = protocol.toUpperCase()
      const effectShare = vs(`${protocol}/effect`, `${protocol}/node`)
      const effectCpuShare = cpuVs(`${protocol}/effect`, `${protocol}/node`)
      const mockVsEffect = vs(`${protocol}/mock`, `${protocol}/effect`)
      const mockCpuVsEffect = cpuVs(`${protocol}/mock`, `${protocol}/effect`)
      const mockVsNode = vs(`${protocol}/mock`, `${protocol}/node`)
      const mockCpuVsNode = cpuVs(`${protocol}/mock`, `${protocol}/node`)
      if (effectShare !== undefined && effectCpuShare !== undefined)
        reading.push(
          `${name}: the one-route Effect 4 app serves ${fixed(effectShare.median, 2)} of bare node's requests per second at ${fixed(effectCpuShare.median, 2)} of its requests per CPU-second (what Effect's server path costs).`
        )
      if (mockVsEffect !== undefined && mockCpuVsEffect !== undefined && mockVsNode !== undefined && mockCpuVsNode !== undefined) {
        const metEffect = mockVsEffect.median >= mockTargets.effect
        const metNode = mockVsNode.median >= mockTargets.node
        reading.push(
          `${name}: the mock serves ${fixed(mockVsEffect.median, 2)} of the one-route Effect app's req/s at ${fixed(mockCpuVsEffect.median, 2)} of its requests per CPU-second (target ≥ ${fixed(mockTargets.effect, 2)}: ${metEffect ? "met" : "not met"}), and ${fixed(mockVsNode.median, 2)} of bare node's req/s at ${fixed(mockCpuVsNode.median, 2)} of its requests per CPU-second (target ≥ ${fixed(mockTargets.node, 2)}: ${metNode ? "met" : "not met"}).`
        )
        targetChecks.push(
          { target: `mock ≥ ${fixed(mockTargets.effect, 2)} × one-route Effect 4 app, ${name} req/s`, measured: ratio(mockVsEffect), met: metEffect },
          { target: `mock ≥ ${fixed(mockTargets.node, 2)} × bare node:${protocol}, ${name} req/s`, measured: ratio(mockVsNode), met: metNode }
        )
      }
    }
    for (const protocol of ["http", "https"]) {
      const mockVsBefore = vs(`${protocol}/mock`, `${protocol}/before`)
      const mockCpuVsBefore = cpuVs(`${protocol}/mock`, `${protocol}/before`)
      if (mockVsBefore !== undefined && mockCpuVsBefore !== undefined)
        reading.push(
          `${protocol.toUpperCase()}: the current mock serves ${ratio(mockVsBefore)} × the req/s of the build in --mock-before, at ${ratio(mockCpuVsBefore)} × its requests per CPU-second.`
        )
    }
    for (const other of running) {
      const name = `http/${other.name}`
      const label = other.name === "wiremock" ? "WireMock" : "Prism"
      const mockVsOther = vs("http/mock", name)
      reading.push(
        `${label}: ${count(spread(rps(name)).median)} req/s, p99 ${fixed(spread(of(name, (r) => r.p99)).median, 0)} ms, ${fixed(spread(cpu(name)).median, 1)} CPU µs per request; the mock serves × ${fixed(mockVsOther?.median ?? Number.NaN, 2)} of its req/s (${show(mockVsOther)}). Answer ${sameBytes(other.body, body) ? `byte for byte the mock's ${body.byteLength} bytes` : `**not** the mock's bytes (${other.body.byteLength} bytes against ${body.byteLength})`}; ready ${fixed(other.startupMs / 1000, 1)} s after spawn. Ran as: ${other.description}.`
      )
    }
    for (const other of unavailable) reading.push(`${other.name === "wiremock" ? "WireMock" : "Prism"} is not in this run: ${other.reason}.`)
    if (running.length > 0)
      reading.push(
        "WireMock, Prism and the server process under load share the machine's cores with autocannon alone only while they are the target; the JVM in particular spreads its work over several threads, so on 2 cores its figures include competing with the load generator, as the other servers' do."
      )
    return {
      title: "3. Mock server throughput",
      method: [
        `autocannon, ${settings.cannonConnections} connections, GET ${typesPath} with the password-login headers, ${settings.rounds} interleaved rounds of ${settings.cannonSeconds} s per server, each after ${settings.quick ? "a short" : `a ${fullWarmUpSeconds} s`} warm-up.`,
        `Every server returns the same ${body.byteLength} bytes the mock answers. Bare node, the Effect app and the mock run in one separate process; WireMock (java) and Prism (Node 24) in their own, on HTTP only; autocannon in the bench process. p99 in ms (autocannon's resolution is 1 ms). Server CPU µs/req is the server process's CPU time per answered request (only the server under load is busy); its ratios are baseline CPU over server CPU, so above 1 is cheaper.`,
        ...(settings.mockBefore === undefined
          ? []
          : [`The build in --mock-before (${settings.mockBefore}) runs in the mock's process with the same credentials and answers the same bytes; WireMock and Prism are left out of a comparison.`])
      ].join(" "),
      header: [
        "protocol",
        "server",
        "req/s",
        "p99 ms",
        "req/s × bare node",
        "req/s × Effect app",
        "server CPU µs/req",
        "req per CPU-s × bare node",
        "req per CPU-s × Effect app",
        "failed"
      ],
      rows,
      reading,
      targets: targetChecks,
      failures: []
    } satisfies SectionReport
  })
