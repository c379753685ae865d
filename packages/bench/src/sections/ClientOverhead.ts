/**
 * Section 1: what a request costs through each client layer, against a bare node:http server in
 * another process serving the SCM-sized body, like for like.
 *
 * raw undici.request is the physical limit of the transport; the bare Effect 4 HttpClient on
 * undici is what any Effect user already pays; ScmHttpClient adds our auth, deadline, retry and
 * error mapping. Each ScmHttpClient is compared with the bare client that sends the same bytes
 * under the same tracer settings (`Clients.ts`): both untraced, and both under an installed
 * OpenTelemetry tracer.
 */
import { NodeHttpClient } from "@effect/platform-node"
import { Effect, type Scope } from "effect"
import { Agent, request } from "undici"
import { type ClientName, effectClient, type Tracing, tracings } from "../Clients.js"
import { credentialHeaders, typesPath } from "../Fixtures.js"
import * as Host from "../Host.js"
import { effectLoad, type LoadResult, promiseLoad } from "../Load.js"
import { count, fixed, ratio, type SectionReport, type TargetCheck } from "../Report.js"
import { interleave, resultsOf, type Subject } from "../Rounds.js"
import type { Settings } from "../Settings.js"
import { pairedRatios, spread } from "../Stats.js"

/** A client under test: one load run at a given concurrency. */
interface Client {
  /** Unique in the section: the client's name and its tracer setting. */
  readonly id: string
  readonly label: string
  readonly tracing: Tracing | undefined
  /** The raw undici client that sends the same request bytes, for the ratio to raw undici. */
  readonly rawBaseline: string
  /** The bare Effect client that sends the same bytes under the same tracer (ScmHttpClient only). */
  readonly effectBaseline: string | undefined
  readonly load: (concurrency: number, durationMs: number) => Effect.Effect<LoadResult>
}

/**
 * undici.request on its own Agent (undici's defaults, as the Effect client's), with the credential
 * headers the SCM client it stands next to sends, body read and parsed as the Effect clients do.
 */
const rawUndici = (id: string, label: string, url: string, headers: Readonly<Record<string, string>>): Effect.Effect<Client, never, Scope.Scope> =>
  Effect.gen(function* () {
    const agent = yield* Effect.acquireRelease(Effect.sync(() => new Agent()), (agent) => Effect.promise(() => agent.close()))
    const target = `${url}${typesPath}`
    const send = async () => {
      const response = await request(target, { dispatcher: agent, headers })
      if (response.statusCode !== 200) throw new Error(`status ${response.statusCode}`)
      await response.body.json()
    }
    return { id, label, tracing: undefined, rawBaseline: id, effectBaseline: undefined, load: (concurrency, durationMs) => promiseLoad(send, concurrency, durationMs) }
  })

const idOf = (name: ClientName, tracing: Tracing) => `${name} ${tracing}`

/** The raw baseline of each Effect client: the one sending its credential headers. */
const rawOf: Readonly<Record<ClientName, string>> = { effect: "undici", "effect-login": "undici-login", oauth2: "undici", password: "undici-login" }

/** An Effect client under `tracing`, warm for the whole section; one load run per call. */
const effect = (name: ClientName, url: string, tracing: Tracing): Effect.Effect<Client, unknown, Scope.Scope> => {
  const client = effectClient(name, url, NodeHttpClient.layerUndici, tracing)
  return Effect.map(client.start, (warm) => ({
    id: idOf(name, tracing),
    label: client.label,
    tracing,
    rawBaseline: rawOf[name],
    effectBaseline: client.baseline === undefined ? undefined : idOf(client.baseline, tracing),
    load: (concurrency, durationMs) =>
      Effect.promise(async () => {
        const result = await warm.run(effectLoad(warm.send, concurrency, durationMs))
        // The in-memory exporter keeps every span: emptied between rounds, so the heap does not
        // grow with the section's length.
        client.tracer.reset()
        return result
      })
  }))
}

/**
 * The clients against the fixed server at `url`. Each raw baseline sends exactly the credential
 * headers of the SCM client it is compared with (the Bearer token of OAuth2, the three login
 * headers of password login), and so does each bare Effect client: a baseline differs from its
 * subject in the code path only, never in the bytes it sends.
 */
const clients = (url: string): Effect.Effect<ReadonlyArray<Client>, unknown, Scope.Scope> =>
  Effect.all([
    rawUndici("undici", "raw undici.request (Bearer header)", url, credentialHeaders.bearer),
    rawUndici("undici-login", "raw undici.request (login headers)", url, credentialHeaders.login),
    ...tracings.flatMap((tracing) => (["effect", "effect-login", "oauth2", "password"] as const).map((name) => effect(name, url, tracing)))
  ])

/** ScmHttpClient against the bare Effect client (req/s and requests per CPU-second) and against raw undici (req/s, untraced). */
export const targets = { effect: 0.95, undici: 0.6 } as const

/** A difference with its sign. */
const signed = (value: number, digits: number) => `${value >= 0 ? "+" : "−"}${fixed(Math.abs(value), digits)}`

const warmUpMs = (settings: Settings) => (settings.quick ? 150 : 1000)

const scmClients = [
  { name: "oauth2", label: "OAuth2", raw: "undici" },
  { name: "password", label: "password login", raw: "undici-login" }
] as const

export const tracingLabels: Readonly<Record<Tracing, string>> = {
  untraced: "untraced",
  traced: "OpenTelemetry tracer"
}

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
        name: client.id,
        measure: client.load(concurrency, settings.clientRunMs)
      }))
      const results = yield* interleave(settings.rounds, measured, (round, name, result) =>
        log(`  c=${concurrency} round ${round + 1} ${name}: ${count(result.rps)} req/s, p99 ${fixed(result.p99, 2)} ms${result.errors > 0 ? `, ${result.errors} errors` : ""}`)
      )
      const of = (id: string, pick: (result: LoadResult) => number) => resultsOf(results, id).map(pick)
      const rpsSpread = (id: string, baseline: string) => pairedRatios(of(id, (r) => r.rps), of(baseline, (r) => r.rps))
      // Requests per CPU-second relative to a baseline: baseline CPU over subject CPU.
      const cpuSpread = (id: string, baseline: string) => pairedRatios(of(baseline, (r) => r.cpuMicros), of(id, (r) => r.cpuMicros))
      const median = (id: string, pick: (result: LoadResult) => number) => spread(of(id, pick)).median
      for (const client of subjects) {
        const errors = of(client.id, (r) => r.errors).reduce((a, b) => a + b, 0)
        const vsRaw = client.tracing === "traced" ? "" : ratio(rpsSpread(client.id, client.rawBaseline))
        rows.push([
          String(concurrency),
          client.tracing === undefined ? "" : tracingLabels[client.tracing],
          client.label,
          count(median(client.id, (r) => r.rps)),
          vsRaw,
          client.effectBaseline === undefined ? "" : ratio(rpsSpread(client.id, client.effectBaseline)),
          fixed(median(client.id, (r) => r.cpuMicros), 1),
          fixed(median(client.id, (r) => r.mainThreadMicros), 1),
          client.effectBaseline === undefined ? "" : ratio(cpuSpread(client.id, client.effectBaseline)),
          fixed(median(client.id, (r) => r.allocatedBytes) / 1024, 1),
          fixed(median(client.id, (r) => r.p50), 2),
          fixed(median(client.id, (r) => r.p99), 2),
          String(errors)
        ])
      }
      for (const tracing of tracings) {
        const scm = ({ name, raw }: (typeof scmClients)[number], bare: string) => {
          const id = idOf(name, tracing)
          const baseline = subjects.find((client) => client.id === id)!.effectBaseline!
          const rps = rpsSpread(id, baseline).median
          const cpu = cpuSpread(id, baseline).median
          const extra = median(id, (r) => r.mainThreadMicros) - median(baseline, (r) => r.mainThreadMicros)
          const bytes = median(id, (r) => r.allocatedBytes) - median(baseline, (r) => r.allocatedBytes)
          const vsRaw = tracing === "untraced" ? ` and ${fixed(rpsSpread(id, raw).median, 2)} of raw undici's req/s` : ""
          return `${fixed(rps, 2)} of the req/s and ${fixed(cpu, 2)} of the requests per CPU-second of the bare client ${bare}${vsRaw} (${signed(extra, 1)} µs of the JavaScript thread, ${signed(bytes / 1024, 1)} KB allocated per request)`
        }
        const below = scmClients.filter(({ name }) => {
          const id = idOf(name, tracing)
          const baseline = subjects.find((client) => client.id === id)!.effectBaseline!
          return rpsSpread(id, baseline).median < targets.effect || cpuSpread(id, baseline).median < targets.effect
        })
        const [oauth2, password] = scmClients
        reading.push(
          `c = ${concurrency}, ${tracingLabels[tracing]}: ScmHttpClient with OAuth2 does ${scm(oauth2, "with the Bearer header")}; with password login ${scm(password, "with the login headers")} (target ≥ ${fixed(targets.effect, 2)} × in req/s and per CPU-second: ${below.length === 0 ? "met" : `not met by ${below.map(({ label }) => label).join(" and ")}`}).`
        )
        for (const { name, label, raw } of scmClients) {
          const id = idOf(name, tracing)
          const baseline = subjects.find((client) => client.id === id)!.effectBaseline!
          const rpsVsEffect = rpsSpread(id, baseline)
          const cpuVsEffect = cpuSpread(id, baseline)
          checks.push({
            target: `ScmHttpClient (${label}), ${tracingLabels[tracing]}, c = ${concurrency}: ≥ ${fixed(targets.effect, 2)} × the bare Effect 4 HttpClient sending the same bytes, req/s and req per CPU-s`,
            measured: `${ratio(rpsVsEffect)}; CPU ${ratio(cpuVsEffect)}`,
            met: rpsVsEffect.median >= targets.effect && cpuVsEffect.median >= targets.effect
          })
          if (tracing === "untraced") {
            const vsRaw = rpsSpread(id, raw)
            checks.push({
              target: `ScmHttpClient (${label}), untraced, c = ${concurrency}: ≥ ${fixed(targets.undici, 2)} × raw undici.request, req/s`,
              measured: ratio(vsRaw),
              met: vsRaw.median >= targets.undici
            })
          }
        }
      }
      const effectShare = rpsSpread(idOf("effect", "untraced"), "undici").median
      // Whatever is built on the Effect client pays its path: below the target, only a client
      // cheaper than the bare one could reach it, and by how much is worth saying.
      const needed = targets.undici / effectShare
      reading.push(
        `c = ${concurrency}: the bare Effect client, untraced, does ${fixed(effectShare, 2)} of raw undici's req/s and ${fixed(cpuSpread(idOf("effect", "untraced"), "undici").median, 2)} of its requests per CPU-second (what Effect's client path costs)${needed < 1.005 ? "" : `, so a client built on it reaches ${fixed(targets.undici, 2)} × raw undici only at ${fixed(needed, 2)} × the bare client's req/s`}; under the OpenTelemetry tracer it does ${fixed(rpsSpread(idOf("effect", "traced"), idOf("effect", "untraced")).median, 2)} of its untraced req/s.`
      )
    }
    return {
      title: "1. Client overhead, like for like",
      method: [
        "A bare node:http server in a separate process serves a fixed SCM-sized JSON body (8 certificate profiles, about 2 KB) and a token endpoint.",
        "Each ScmHttpClient is compared with the bare Effect 4 HttpClient (on undici, `NodeHttpClient.layerUndici`) that sends the same bytes under the same tracer settings: the OAuth2 client with the bare client sending the Bearer header, password login with the bare client sending the login, password and customerUri headers; raw undici sends the same headers too.",
        "Two tracer settings, each given to both runtimes of a pair: untraced (`HttpClient.TracerDisabledWhen` always true and `HttpClient.TracerPropagationEnabled` false; ScmHttpClient skips the span by itself while only Effect's native tracer is installed), and an installed OpenTelemetry tracer (`@effect/opentelemetry`'s `OtelTracer.layer` on a `BasicTracerProvider` with a `SimpleSpanProcessor` into the `InMemorySpanExporter`, as the examples' `opentelemetry` template; the exported spans are dropped between rounds), under which both record one client span per request and send its `b3` and `traceparent` headers.",
        "Every client has its own undici Agent with undici's defaults (one socket per request in flight, no pipelining, keep-alive), and reads the whole body and parses it as JSON.",
        `Closed loop: each of c workers sends a GET, reads and parses the body, and sends the next; ${settings.rounds} interleaved rounds of ${settings.clientRunMs} ms per client and concurrency.`,
        "Ratios are paired by round (client round i over baseline round i). CPU µs/req is this process's CPU time (user + system) per request: the server runs elsewhere, so it is the client's own cost, and it moves much less than req/s when other work takes the machine; its ratio is baseline CPU over client CPU, so above 1 is cheaper. Main-thread CPU µs/req is the part of it spent on the JavaScript thread, where every client runs its requests: once c workers saturate that thread, req/s follow this figure, while garbage-collector helper threads and the kernel's socket work, also in the process figure, run on the other core. KB allocated per request is what the V8 heap grew by plus what every collection freed during the round (V8's `GCProfiler`). p50/p99 are medians over the rounds, in ms.",
        "The instruction counts of these clients, which the cost targets are judged on, are in section 1a."
      ].join(" "),
      header: ["c", "tracer", "client", "req/s", "req/s × raw undici", "req/s × bare Effect client", "CPU µs/req", "main-thread CPU µs/req", "req per CPU-s × bare Effect client", "KB allocated/req", "p50 ms", "p99 ms", "errors"],
      rows,
      reading,
      targets: checks,
      failures: []
    } satisfies SectionReport
  })
