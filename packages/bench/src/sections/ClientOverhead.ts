/**
 * Section 1: what a request costs through each client layer, against a bare node:http server in
 * another process serving the SCM-sized body.
 *
 * raw undici.request is the physical limit of the transport; the bare Effect 4 HttpClient on
 * undici is what any Effect user already pays; ScmHttpClient adds our auth, retry and error mapping.
 */
import { NodeHttpClient } from "@effect/platform-node"
import { OAuth2, PasswordAuth } from "@scm-effect/core"
import { Effect, Layer, Redacted, type Scope } from "effect"
import { Agent, request } from "undici"
import { effectGet, scmGet, warm } from "../Clients.js"
import { tokenPath, typesPath } from "../Fixtures.js"
import * as Host from "../Host.js"
import { effectLoad, type LoadResult, promiseLoad } from "../Load.js"
import { count, fixed, ratio, type SectionReport, type TargetCheck } from "../Report.js"
import { interleave, resultsOf, type Subject } from "../Rounds.js"
import type { Settings } from "../Settings.js"
import { pairedRatios, spread } from "../Stats.js"

/** A client under test: one load run at a given concurrency. */
interface Client {
  readonly name: string
  readonly label: string
  readonly load: (concurrency: number, durationMs: number) => Effect.Effect<LoadResult>
}

/** undici.request on its own Agent, body read and parsed as the Effect clients do. */
const rawUndici = (url: string): Effect.Effect<Client, never, Scope.Scope> =>
  Effect.gen(function* () {
    const agent = yield* Effect.acquireRelease(Effect.sync(() => new Agent()), (agent) => Effect.promise(() => agent.close()))
    const target = `${url}${typesPath}`
    const send = async () => {
      const response = await request(target, { dispatcher: agent })
      if (response.statusCode !== 200) throw new Error(`status ${response.statusCode}`)
      await response.body.json()
    }
    return { name: "undici", label: "raw undici.request", load: (concurrency, durationMs) => promiseLoad(send, concurrency, durationMs) }
  })

/** An Effect client, warm for the whole section; one load run per call. */
const effectClient = <R, E>(
  name: string,
  label: string,
  layer: Layer.Layer<R, E>,
  prepare: Effect.Effect<Effect.Effect<unknown, unknown>, never, R>
): Effect.Effect<Client, E, Scope.Scope> =>
  Effect.map(warm(layer, prepare), ({ runtime, send }) => ({
    name,
    label,
    load: (concurrency, durationMs) => Effect.promise(() => runtime.runPromise(effectLoad(send, concurrency, durationMs)))
  }))

/** Builds the four clients against the fixed server at `url`. */
const clients = (url: string): Effect.Effect<ReadonlyArray<Client>, unknown, Scope.Scope> =>
  Effect.all([
    rawUndici(url),
    effectClient(
      "effect",
      "Effect 4 HttpClient (undici)",
      NodeHttpClient.layerUndici,
      effectGet(url)
    ),
    effectClient(
      "oauth2",
      "ScmHttpClient, OAuth2 (warm token)",
      OAuth2.layer({ clientId: "bench", clientSecret: Redacted.make("bench-secret"), baseUrl: url, tokenUrl: `${url}${tokenPath}` }).pipe(
        Layer.provide(NodeHttpClient.layerUndici)
      ),
      scmGet
    ),
    effectClient(
      "password",
      "ScmHttpClient, password login",
      PasswordAuth.layer({ login: "bench", password: Redacted.make("bench-password"), customerUri: "bench", baseUrl: url }).pipe(
        Layer.provide(NodeHttpClient.layerUndici)
      ),
      scmGet
    )
  ])

/** ScmHttpClient against the bare Effect client (req/s and requests per CPU-second) and against raw undici (req/s). */
const targets = { effect: 0.95, undici: 0.6 } as const

const warmUpMs = (settings: Settings) => (settings.quick ? 150 : 1000)

export const run = (settings: Settings, log: (line: string) => void): Effect.Effect<SectionReport, unknown, Scope.Scope> =>
  Effect.gen(function* () {
    const host = yield* Host.start("fixed", { journalLimit: 0 }, settings.profileDir)
    const subjects = yield* clients(host.endpoints.url)
    // JIT, connection pools and the OAuth2 token are warm before the first measured round.
    for (const client of subjects) {
      const warm = yield* client.load(16, warmUpMs(settings))
      if (warm.errors > 0 || warm.requests === 0) return yield* Effect.fail(new Error(`${client.label} failed its warm-up (${warm.errors} errors)`))
    }
    const rows: Array<Array<string>> = []
    const reading: Array<string> = []
    const checks: Array<TargetCheck> = []
    for (const concurrency of settings.concurrencies) {
      const measured: ReadonlyArray<Subject<LoadResult>> = subjects.map((client) => ({
        name: client.name,
        measure: client.load(concurrency, settings.clientRunMs)
      }))
      const results = yield* interleave(settings.rounds, measured, (round, name, result) =>
        log(`  c=${concurrency} round ${round + 1} ${name}: ${count(result.rps)} req/s, p99 ${fixed(result.p99, 2)} ms${result.errors > 0 ? `, ${result.errors} errors` : ""}`)
      )
      const of = (name: string, pick: (result: LoadResult) => number) => resultsOf(results, name).map(pick)
      for (const client of subjects) {
        const rps = of(client.name, (r) => r.rps)
        const errors = of(client.name, (r) => r.errors).reduce((a, b) => a + b, 0)
        const vsEffect = client.name === "undici" ? "" : ratio(pairedRatios(rps, of("effect", (r) => r.rps)))
        const cpu = of(client.name, (r) => r.cpuMicros)
        // Requests per CPU-second relative to the Effect client: baseline CPU over subject CPU.
        const cpuVsEffect = client.name === "undici" ? "" : ratio(pairedRatios(of("effect", (r) => r.cpuMicros), cpu))
        rows.push([
          String(concurrency),
          client.label,
          count(spread(rps).median),
          ratio(pairedRatios(rps, of("undici", (r) => r.rps))),
          vsEffect,
          fixed(spread(cpu).median, 1),
          cpuVsEffect,
          fixed(spread(of(client.name, (r) => r.p50)).median, 2),
          fixed(spread(of(client.name, (r) => r.p99)).median, 2),
          String(errors)
        ])
      }
      const rpsSpread = (name: string, baseline: string) => pairedRatios(of(name, (r) => r.rps), of(baseline, (r) => r.rps))
      const cpuSpread = (name: string, baseline: string) => pairedRatios(of(baseline, (r) => r.cpuMicros), of(name, (r) => r.cpuMicros))
      const rpsShare = (name: string, baseline: string) => rpsSpread(name, baseline).median
      const cpuShare = (name: string, baseline: string) => cpuSpread(name, baseline).median
      const scmClients = [
        { name: "oauth2", label: "OAuth2" },
        { name: "password", label: "password login" }
      ] as const
      const belowEffect = scmClients.filter(({ name }) => rpsShare(name, "effect") < targets.effect || cpuShare(name, "effect") < targets.effect)
      const belowUndici = scmClients.filter(({ name }) => rpsShare(name, "undici") < targets.undici)
      const scm = (name: string) =>
        `${fixed(rpsShare(name, "effect"), 2)} of its req/s and ${fixed(cpuShare(name, "effect"), 2)} of its requests per CPU-second, ${fixed(rpsShare(name, "undici"), 2)} of raw undici's req/s`
      const verdict = (below: ReadonlyArray<{ readonly label: string }>) => (below.length === 0 ? "met" : `not met by ${below.map(({ label }) => label).join(" and ")}`)
      reading.push(
        `c = ${concurrency}: the bare Effect client does ${fixed(rpsShare("effect", "undici"), 2)} of raw undici's req/s and ${fixed(cpuShare("effect", "undici"), 2)} of its requests per CPU-second (what Effect's client path costs). ScmHttpClient with OAuth2 does ${scm("oauth2")}; with password login ${scm("password")} (target ≥ ${fixed(targets.effect, 2)} × Effect HttpClient in req/s and per CPU-second: ${verdict(belowEffect)}; target ≥ ${fixed(targets.undici, 2)} × raw undici in req/s: ${verdict(belowUndici)}).`
      )
      for (const { name, label } of scmClients) {
        const rpsVsEffect = rpsSpread(name, "effect")
        const cpuVsEffect = cpuSpread(name, "effect")
        checks.push(
          {
            target: `ScmHttpClient (${label}) ≥ ${fixed(targets.effect, 2)} × Effect 4 HttpClient, c = ${concurrency}, req/s and req per CPU-s`,
            measured: `${ratio(rpsVsEffect)}; CPU ${ratio(cpuVsEffect)}`,
            met: rpsVsEffect.median >= targets.effect && cpuVsEffect.median >= targets.effect
          },
          {
            target: `ScmHttpClient (${label}) ≥ ${fixed(targets.undici, 2)} × raw undici.request, c = ${concurrency}, req/s`,
            measured: ratio(rpsSpread(name, "undici")),
            met: rpsShare(name, "undici") >= targets.undici
          }
        )
      }
    }
    return {
      title: "1. Client overhead",
      method: [
        `A bare node:http server in a separate process serves a fixed SCM-sized JSON body (8 certificate profiles, about 2 KB) and a token endpoint.`,
        `Closed loop: each of c workers sends a GET, reads and parses the body, and sends the next; ${settings.rounds} interleaved rounds of ${settings.clientRunMs} ms per client and concurrency.`,
        "Ratios are paired by round (client round i over baseline round i). CPU µs/req is this process's CPU time (user + system) per request: the server runs elsewhere, so it is the client's own cost, and it moves much less than req/s when other work takes the machine; its ratio is baseline CPU over client CPU, so above 1 is cheaper. p50/p99 are medians over the rounds, in ms."
      ].join(" "),
      header: ["c", "client", "req/s", "req/s × raw undici", "req/s × Effect HttpClient", "CPU µs/req", "req per CPU-s × Effect", "p50 ms", "p99 ms", "errors"],
      rows,
      reading,
      targets: checks,
      failures: []
    } satisfies SectionReport
  })
