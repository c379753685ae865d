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
import { benchLogin, credentialHeaders, tokenPath, typesPath } from "../Fixtures.js"
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
  /** The raw undici client that sends the same request bytes, for the ratio to raw undici. */
  readonly rawBaseline: string
  readonly load: (concurrency: number, durationMs: number) => Effect.Effect<LoadResult>
}

/**
 * undici.request on its own Agent (undici's defaults, as the Effect client's), with the credential
 * headers the SCM client it stands next to sends, body read and parsed as the Effect clients do.
 */
const rawUndici = (name: string, label: string, url: string, headers: Readonly<Record<string, string>>): Effect.Effect<Client, never, Scope.Scope> =>
  Effect.gen(function* () {
    const agent = yield* Effect.acquireRelease(Effect.sync(() => new Agent()), (agent) => Effect.promise(() => agent.close()))
    const target = `${url}${typesPath}`
    const send = async () => {
      const response = await request(target, { dispatcher: agent, headers })
      if (response.statusCode !== 200) throw new Error(`status ${response.statusCode}`)
      await response.body.json()
    }
    return { name, label, rawBaseline: name, load: (concurrency, durationMs) => promiseLoad(send, concurrency, durationMs) }
  })

/** An Effect client, warm for the whole section; one load run per call. */
const effectClient = <R, E>(
  name: string,
  label: string,
  rawBaseline: string,
  layer: Layer.Layer<R, E>,
  prepare: Effect.Effect<Effect.Effect<unknown, unknown>, never, R>
): Effect.Effect<Client, E, Scope.Scope> =>
  Effect.map(warm(layer, prepare), ({ runtime, send }) => ({
    name,
    label,
    rawBaseline,
    load: (concurrency, durationMs) => Effect.promise(() => runtime.runPromise(effectLoad(send, concurrency, durationMs)))
  }))

/**
 * The clients against the fixed server at `url`. Each raw baseline sends exactly the credential
 * headers of the SCM client it is compared with (the Bearer token of OAuth2, the three login
 * headers of password login), and the bare Effect client the Bearer token: a baseline differs from
 * its subject in the code path only, never in the bytes it sends.
 */
const clients = (url: string): Effect.Effect<ReadonlyArray<Client>, unknown, Scope.Scope> =>
  Effect.all([
    rawUndici("undici", "raw undici.request (Bearer header)", url, credentialHeaders.bearer),
    rawUndici("undici-login", "raw undici.request (login headers)", url, credentialHeaders.login),
    effectClient(
      "effect",
      "Effect 4 HttpClient (undici, Bearer header)",
      "undici",
      NodeHttpClient.layerUndici,
      effectGet(url, credentialHeaders.bearer)
    ),
    effectClient(
      "oauth2",
      "ScmHttpClient, OAuth2 (warm token)",
      "undici",
      OAuth2.layer({ clientId: "bench", clientSecret: Redacted.make("bench-secret"), baseUrl: url, tokenUrl: `${url}${tokenPath}` }).pipe(
        Layer.provide(NodeHttpClient.layerUndici)
      ),
      scmGet
    ),
    effectClient(
      "password",
      "ScmHttpClient, password login",
      "undici-login",
      PasswordAuth.layer({ ...benchLogin, password: Redacted.make(benchLogin.password), baseUrl: url }).pipe(
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
        const raw = client.rawBaseline === client.name
        const vsEffect = raw ? "" : ratio(pairedRatios(rps, of("effect", (r) => r.rps)))
        const cpu = of(client.name, (r) => r.cpuMicros)
        // Requests per CPU-second relative to the Effect client: baseline CPU over subject CPU.
        const cpuVsEffect = raw ? "" : ratio(pairedRatios(of("effect", (r) => r.cpuMicros), cpu))
        rows.push([
          String(concurrency),
          client.label,
          count(spread(rps).median),
          ratio(pairedRatios(rps, of(client.rawBaseline, (r) => r.rps))),
          vsEffect,
          fixed(spread(cpu).median, 1),
          fixed(spread(of(client.name, (r) => r.mainThreadMicros)).median, 1),
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
        { name: "oauth2", label: "OAuth2", raw: "undici" },
        { name: "password", label: "password login", raw: "undici-login" }
      ] as const
      const belowEffect = scmClients.filter(({ name }) => rpsShare(name, "effect") < targets.effect || cpuShare(name, "effect") < targets.effect)
      const belowUndici = scmClients.filter(({ name, raw }) => rpsShare(name, raw) < targets.undici)
      const scm = (name: string, raw: string) =>
        `${fixed(rpsShare(name, "effect"), 2)} of its req/s and ${fixed(cpuShare(name, "effect"), 2)} of its requests per CPU-second, ${fixed(rpsShare(name, raw), 2)} of raw undici's req/s`
      const verdict = (below: ReadonlyArray<{ readonly label: string }>) => (below.length === 0 ? "met" : `not met by ${below.map(({ label }) => label).join(" and ")}`)
      const effectShare = rpsShare("effect", "undici")
      // Whatever is built on the Effect client pays its path: below the target, only a client
      // cheaper than the bare one could reach it, and by how much is worth saying.
      const needed = targets.undici / effectShare
      const ceiling = needed < 1.005
        ? ""
        : ` The bare Effect client itself stays below ${fixed(targets.undici, 2)} × raw undici, so a client built on it reaches that only at ${fixed(needed, 2)} × the bare client's req/s.`
      const mainThread = (name: string) => fixed(spread(of(name, (r) => r.mainThreadMicros)).median, 1)
      const threadShare = (name: string, raw: string) => fixed(pairedRatios(of(raw, (r) => r.mainThreadMicros), of(name, (r) => r.mainThreadMicros)).median, 2)
      reading.push(
        `c = ${concurrency}, on the JavaScript thread: raw undici ${mainThread("undici")} µs per request (${mainThread("undici-login")} with the login headers), the bare Effect client ${mainThread("effect")}, ScmHttpClient ${mainThread("oauth2")} with OAuth2 and ${mainThread("password")} with password login, so ${threadShare("oauth2", "undici")} and ${threadShare("password", "undici-login")} of raw undici's requests per second of that thread.`,
        `c = ${concurrency}: the bare Effect client does ${fixed(effectShare, 2)} of raw undici's req/s and ${fixed(cpuShare("effect", "undici"), 2)} of its requests per CPU-second (what Effect's client path costs). ScmHttpClient with OAuth2 does ${scm("oauth2", "undici")}; with password login ${scm("password", "undici-login")} (target ≥ ${fixed(targets.effect, 2)} × Effect HttpClient in req/s and per CPU-second: ${verdict(belowEffect)}; target ≥ ${fixed(targets.undici, 2)} × raw undici in req/s: ${verdict(belowUndici)}).${ceiling}`
      )
      for (const { name, label, raw } of scmClients) {
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
            measured: ratio(rpsSpread(name, raw)),
            met: rpsShare(name, raw) >= targets.undici
          }
        )
      }
    }
    return {
      title: "1. Client overhead",
      method: [
        `A bare node:http server in a separate process serves a fixed SCM-sized JSON body (8 certificate profiles, about 2 KB) and a token endpoint.`,
        "Every client sends the same request: the same GET with the credential headers of the SCM client it is compared with, raw undici with the Bearer token for OAuth2 and the bare Effect client, with the login, password and customerUri headers for password login (the bare Effect client adds its own b3 and traceparent headers, as it records a client span under Effect's native tracer; ScmHttpClient skips that span). Every client has its own undici Agent with undici's defaults (one socket per request in flight, no pipelining, keep-alive), and reads the whole body and parses it as JSON. (Until 2026-12-01 raw undici sent no credential headers at all, a lighter request than the one ScmHttpClient sends, which put every ratio to raw undici lower than a same-bytes comparison does.)",
        `Closed loop: each of c workers sends a GET, reads and parses the body, and sends the next; ${settings.rounds} interleaved rounds of ${settings.clientRunMs} ms per client and concurrency.`,
        "Ratios are paired by round (client round i over baseline round i). CPU µs/req is this process's CPU time (user + system) per request: the server runs elsewhere, so it is the client's own cost, and it moves much less than req/s when other work takes the machine; its ratio is baseline CPU over client CPU, so above 1 is cheaper. Main-thread CPU µs/req is the part of it spent on the JavaScript thread, where every client runs its requests: once c workers saturate that thread, req/s follow this figure, while garbage-collector helper threads and the kernel's socket work, also in the process figure, run on the other core. p50/p99 are medians over the rounds, in ms."
      ].join(" "),
      header: ["c", "client", "req/s", "req/s × raw undici", "req/s × Effect HttpClient", "CPU µs/req", "main-thread CPU µs/req", "req per CPU-s × Effect", "p50 ms", "p99 ms", "errors"],
      rows,
      reading,
      targets: checks,
      failures: []
    } satisfies SectionReport
  })
