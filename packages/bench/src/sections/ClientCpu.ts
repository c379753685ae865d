/**
 * Section 1b: the CPU a request costs inside each Effect client, with the network taken out. An
 * in-memory transport answers at once, so what is left is the clients' own work (fibers, spans,
 * request building, auth, retry wrapper, status check, body parse), and the ratios are much
 * steadier than over sockets on a shared machine.
 */
import { Effect, Inspectable, Layer, Option, Pipeable, type Schema, type Scope, Stream } from "effect"
import { Cookies, Headers, HttpClient, HttpClientError, type HttpClientRequest, HttpClientResponse, HttpIncomingMessage, type UrlParams } from "effect/http"
import { type ClientName, clientNames, effectClient, type Tracing, tracings } from "../Clients.js"
import { tokenBody, tokenPath, typesBody } from "../Fixtures.js"
import { allocatedSince, cpuMicrosSince, effectCount, start } from "../Load.js"
import { count, fixed, ratio, type SectionReport, type TargetCheck } from "../Report.js"
import { interleave, resultsOf } from "../Rounds.js"
import type { Settings } from "../Settings.js"
import { pairedRatios, spread } from "../Stats.js"
import { tracingLabels } from "./ClientOverhead.js"

const baseUrl = "http://scm.invalid"

/** The headers a server sends with `body`: its type and, as every SCM answer has one, its length. */
const jsonHeaders = (body: Uint8Array) => Headers.fromInput({ "content-type": "application/json", "content-length": String(body.byteLength) })

/**
 * A response held in memory. A web `Response` (what `fromWeb` wraps) builds streams per request,
 * and their garbage made a third of the CPU time and most of its variance. Its bytes are decoded on
 * every read, as a platform response decodes what it received, and its headers declare their
 * length, as a server's do: a client that reads small bodies itself pays for that here too.
 */
class MemoryResponse extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [HttpClientResponse.TypeId]: typeof HttpClientResponse.TypeId = HttpClientResponse.TypeId
  readonly [HttpIncomingMessage.TypeId]: typeof HttpIncomingMessage.TypeId = HttpIncomingMessage.TypeId
  readonly status = 200
  readonly cookies = Cookies.empty
  readonly remoteAddress = Option.none<string>()
  constructor(
    readonly request: HttpClientRequest.HttpClientRequest,
    readonly url: string,
    private readonly body: Uint8Array,
    readonly headers: Headers.Headers
  ) {
    super()
  }
  private error(cause: unknown): HttpClientError.HttpClientError {
    return new HttpClientError.HttpClientError({ reason: new HttpClientError.DecodeError({ request: this.request, response: this, cause }) })
  }
  get text() {
    return Effect.sync(() => decoder.decode(this.body))
  }
  get json(): Effect.Effect<Schema.Json, HttpClientError.HttpClientError> {
    return Effect.try({ try: (): Schema.Json => JSON.parse(decoder.decode(this.body)) as Schema.Json, catch: (cause) => this.error(cause) })
  }
  get arrayBuffer() {
    return Effect.succeed(this.body.slice().buffer)
  }
  get stream() {
    return Stream.succeed(this.body)
  }
  get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpClientError.HttpClientError> {
    return Effect.fail(this.error("not a form body"))
  }
  get formData(): Effect.Effect<FormData, HttpClientError.HttpClientError> {
    return Effect.fail(this.error("not a form body"))
  }
  get upgrade(): HttpClientResponse.HttpClientResponse["upgrade"] {
    return Effect.fail(this.error("not an upgrade"))
  }
  pipe() {
    // eslint-disable-next-line prefer-rest-params
    return Pipeable.pipeArguments(this, arguments)
  }
  toJSON() {
    return { _id: "MemoryResponse", status: this.status }
  }
}

const decoder = new TextDecoder()
const types = { body: typesBody, headers: jsonHeaders(typesBody) }
const token = { body: tokenBody, headers: jsonHeaders(tokenBody) }

/** Answers every request from memory: the token body on the token path, the types body elsewhere (also used when profiling the clients). */
export const inMemory = Layer.succeed(
  HttpClient.HttpClient,
  HttpClient.make((request, url) => {
    const answer = url.pathname === tokenPath ? token : types
    return Effect.succeed(new MemoryResponse(request, url.href, answer.body, answer.headers))
  })
)

/** The Effect clients of section 1, in the same pairs and tracer settings, over the in-memory transport. */
const subjects = tracings.flatMap((tracing) => clientNames.map((name) => effectClient(name, baseUrl, inMemory, tracing)))

const idOf = (name: ClientName, tracing: Tracing) => `${name} ${tracing}`

const concurrency = 16

interface Round {
  readonly cpuMicros: number
  readonly allocatedBytes: number
}

export const run = (settings: Settings, log: (line: string) => void): Effect.Effect<SectionReport, unknown, Scope.Scope> =>
  Effect.gen(function* () {
    const requests = settings.quick ? 3_000 : 20_000
    const prepared = yield* Effect.forEach(subjects, (subject) =>
      Effect.gen(function* () {
        const warm = yield* subject.start
        /** CPU µs and bytes allocated per request over `n` requests, `concurrency` in flight. */
        const measure = (n: number) =>
          Effect.promise(async (): Promise<Round> => {
            const from = start()
            const failures = await warm.run(effectCount(warm.send, n, concurrency))
            const cpuMicros = cpuMicrosSince(from, n)
            const allocatedBytes = allocatedSince(from, n)
            subject.tracer.reset()
            if (failures > 0) throw new Error(`${subject.label}: ${failures} failed requests from memory`)
            return { cpuMicros, allocatedBytes }
          })
        yield* measure(requests / 5)
        return { subject, name: idOf(subject.name, subject.tracing), measure: measure(requests) }
      })
    )
    const results = yield* interleave(settings.rounds, prepared, (round, name, measured) =>
      log(`  round ${round + 1} ${name}: ${fixed(measured.cpuMicros, 1)} CPU µs/request, ${fixed(measured.allocatedBytes / 1024, 1)} KB allocated`)
    )
    const micros = (id: string) => resultsOf(results, id).map((round) => round.cpuMicros)
    const bytes = (id: string) => resultsOf(results, id).map((round) => round.allocatedBytes)
    const baselineId = ({ subject }: (typeof prepared)[number]) => (subject.baseline === undefined ? undefined : idOf(subject.baseline, subject.tracing))
    const rows = prepared.map((entry) => {
      const baseline = baselineId(entry)
      // Fewer microseconds is cheaper: requests per CPU-second relative to the baseline are
      // baseline time over subject time.
      return [
        tracingLabels[entry.subject.tracing],
        entry.subject.label,
        fixed(spread(micros(entry.name)).median, 1),
        baseline === undefined ? "" : ratio(pairedRatios(micros(baseline), micros(entry.name))),
        fixed(spread(bytes(entry.name)).median / 1024, 1),
        baseline === undefined ? "" : ratio(pairedRatios(bytes(entry.name), bytes(baseline)))
      ]
    })
    const reading: Array<string> = []
    const targets: Array<TargetCheck> = []
    for (const entry of prepared) {
      const baseline = baselineId(entry)
      if (baseline === undefined) continue
      const extra = spread(micros(entry.name).map((value, i) => value - (micros(baseline)[i] ?? Number.NaN))).median
      const extraBytes = spread(bytes(entry.name)).median - spread(bytes(baseline)).median
      const vs = pairedRatios(micros(baseline), micros(entry.name))
      const label = `${entry.subject.label}, ${tracingLabels[entry.subject.tracing]}`
      reading.push(
        `${label}: ${extra >= 0 ? `${fixed(extra, 1)} µs more` : `${fixed(-extra, 1)} µs less`} CPU and ${extraBytes >= 0 ? `${fixed(extraBytes / 1024, 1)} KB more` : `${fixed(-extraBytes / 1024, 1)} KB less`} allocated per request than the bare Effect client sending the same bytes (median of paired rounds), × ${fixed(vs.median, 2)} of its requests per CPU-second (target ≥ 0.95${vs.median < 0.95 ? ": not met" : ": met"}).`
      )
      targets.push({ target: `${label} ≥ 0.95 × the bare Effect 4 HttpClient, req per CPU-s with the network taken out (1b)`, measured: ratio(vs), met: vs.median >= 0.95 })
    }
    return {
      title: "1b. Client CPU per request, network taken out",
      method: `The same Effect clients as in section 1, in the same pairs and under the same two tracer settings, over an in-memory HttpClient that answers at once with the same bodies: ${count(requests)} requests per round, ${concurrency} in flight, ${settings.rounds} interleaved rounds. What remains is the clients' own work, measured as this process's CPU time (user + system) per request and the bytes allocated per request; ratios are to the bare client sending the same bytes under the same tracer, paired by round.`,
      header: ["tracer", "client", "CPU µs per request", "requests per CPU-s × bare Effect client", "KB allocated per request", "bytes × bare Effect client"],
      rows,
      reading,
      targets,
      failures: []
    } satisfies SectionReport
  })
