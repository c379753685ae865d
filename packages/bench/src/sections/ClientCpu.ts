/**
 * Section 1b: the CPU a request costs inside each Effect client, with the network taken out. An
 * in-memory transport answers at once, so what is left is the clients' own work (fibers, spans,
 * request building, auth, retry wrapper, status check, body parse), and the ratios are much
 * steadier than over sockets on a shared machine.
 */
import { OAuth2, PasswordAuth } from "@scm-effect/core"
import { Effect, Inspectable, Layer, Option, Pipeable, Redacted, type Schema, type Scope, Stream } from "effect"
import { Cookies, Headers, HttpClient, HttpClientError, type HttpClientRequest, HttpClientResponse, HttpIncomingMessage, type UrlParams } from "effect/http"
import { effectGet, scmGet, warm } from "../Clients.js"
import { benchLogin, credentialHeaders, tokenBody, tokenPath, typesBody } from "../Fixtures.js"
import { cpuMicrosSince, effectCount, start } from "../Load.js"
import { count, fixed, ratio, type SectionReport, type TargetCheck } from "../Report.js"
import { interleave, resultsOf } from "../Rounds.js"
import type { Settings } from "../Settings.js"
import { pairedRatios, spread } from "../Stats.js"

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

/** The three Effect clients of section 1, over the in-memory transport. */
const subjects = Effect.all([
  Effect.map(warm(inMemory, effectGet(baseUrl, credentialHeaders.bearer)), (w) => ({ name: "effect", label: "Effect HttpClient", ...w })),
  Effect.map(
    warm(OAuth2.layer({ clientId: "bench", clientSecret: Redacted.make("bench-secret"), baseUrl, tokenUrl: `${baseUrl}${tokenPath}` }).pipe(Layer.provide(inMemory)), scmGet),
    (w) => ({ name: "oauth2", label: "ScmHttpClient, OAuth2 (warm token)", ...w })
  ),
  Effect.map(
    warm(PasswordAuth.layer({ ...benchLogin, password: Redacted.make(benchLogin.password), baseUrl }).pipe(Layer.provide(inMemory)), scmGet),
    (w) => ({ name: "password", label: "ScmHttpClient, password login", ...w })
  )
])

const concurrency = 16

export const run = (settings: Settings, log: (line: string) => void): Effect.Effect<SectionReport, unknown, Scope.Scope> =>
  Effect.gen(function* () {
    const requests = settings.quick ? 3_000 : 20_000
    const prepared = yield* Effect.forEach(yield* subjects, (subject) =>
      Effect.gen(function* () {
        /** CPU µs per request over `n` requests, `concurrency` in flight. */
        const measure = (n: number) =>
          Effect.promise(async () => {
            const from = start()
            const failures = await subject.runtime.runPromise(effectCount(subject.send, n, concurrency))
            if (failures > 0) throw new Error(`${subject.label}: ${failures} failed requests from memory`)
            return cpuMicrosSince(from, n)
          })
        yield* measure(requests / 5)
        return { name: subject.name, label: subject.label, measure: measure(requests) }
      })
    )
    const results = yield* interleave(settings.rounds, prepared, (round, name, micros) => log(`  round ${round + 1} ${name}: ${fixed(micros, 1)} CPU µs/request`))
    const micros = (name: string) => resultsOf(results, name)
    const rows = prepared.map((subject) => {
      // Fewer microseconds is cheaper: requests per CPU-second relative to the baseline are
      // baseline time over subject time.
      const vsEffect = pairedRatios(micros("effect"), micros(subject.name))
      return [subject.label, fixed(spread(micros(subject.name)).median, 1), subject.name === "effect" ? "" : ratio(vsEffect)]
    })
    const reading: Array<string> = prepared
      .filter((subject) => subject.name !== "effect")
      .map((subject) => {
        const effect = micros("effect")
        const extra = spread(micros(subject.name).map((value, i) => value - (effect[i] ?? Number.NaN))).median
        const vs = pairedRatios(effect, micros(subject.name))
        return `${subject.label}: ${extra >= 0 ? `${fixed(extra, 1)} µs more` : `${fixed(-extra, 1)} µs less`} CPU per request than the bare Effect client (median of paired rounds), × ${fixed(vs.median, 2)} of its requests per CPU-second (target ≥ 0.95${vs.median < 0.95 ? ": not met" : ": met"}).`
      })
    const targets: Array<TargetCheck> = prepared
      .filter((subject) => subject.name !== "effect")
      .map((subject) => {
        const vs = pairedRatios(micros("effect"), micros(subject.name))
        return { target: `${subject.label} ≥ 0.95 × Effect 4 HttpClient, req per CPU-s with the network taken out (1b)`, measured: ratio(vs), met: vs.median >= 0.95 }
      })
    if (prepared.some((subject) => subject.name !== "effect" && pairedRatios(micros("effect"), micros(subject.name)).median > 1.05))
      reading.push(
        "ScmHttpClient comes out cheaper than the bare client it wraps because, while only Effect's native tracer is installed (which exports nothing), it sets `HttpClient.TracerDisabledWhen` for its requests (core `internal/client.ts`): the per-request client span the bare client still records (span ids, URL and header attributes, trace headers) is skipped. With an exporting tracer installed both record it."
      )
    return {
      title: "1b. Client CPU per request, network taken out",
      method: `The same Effect clients as in section 1 over an in-memory HttpClient that answers at once with the same bodies: ${count(requests)} requests per round, ${concurrency} in flight, ${settings.rounds} interleaved rounds. What remains is the clients' own work, measured as this process's CPU time (user + system) per request.`,
      header: ["client", "CPU µs per request", "requests per CPU-s × Effect HttpClient"],
      rows,
      reading,
      targets,
      failures: []
    } satisfies SectionReport
  })
