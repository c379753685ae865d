/**
 * Section 1b: the CPU a request costs inside each Effect client, with the network taken out. An
 * in-memory transport answers at once, so what is left is the clients' own work (fibers, spans,
 * request building, auth, retry wrapper, status check, body parse), and the ratios are much
 * steadier than over sockets on a shared machine.
 */
import { Cookies, Headers, HttpClient, HttpClientError, type HttpClientRequest, HttpClientResponse, HttpIncomingMessage, type UrlParams } from "@effect/platform"
import { OAuth2, PasswordAuth } from "@scm-effect/core"
import { Effect, Inspectable, Layer, Option, Redacted, type Scope, Stream } from "effect"
import { effectGet, scmGet, warm } from "../Clients.js"
import { tokenBody, tokenPath, typesBody } from "../Fixtures.js"
import { cpuMicrosSince, effectCount, start } from "../Load.js"
import { count, fixed, ratio, type SectionReport } from "../Report.js"
import { interleave, resultsOf } from "../Rounds.js"
import type { Settings } from "../Settings.js"
import { pairedRatios, spread } from "../Stats.js"

const baseUrl = "http://scm.invalid"

const jsonHeaders = Headers.fromInput({ "content-type": "application/json" })

/**
 * A response held in memory, its text decoded once. A web `Response` (what `fromWeb` wraps) builds
 * streams per request, and their garbage made a third of the CPU time and most of its variance.
 */
class MemoryResponse extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [HttpClientResponse.TypeId]: HttpClientResponse.TypeId = HttpClientResponse.TypeId
  readonly [HttpIncomingMessage.TypeId]: HttpIncomingMessage.TypeId = HttpIncomingMessage.TypeId
  readonly status = 200
  readonly headers = jsonHeaders
  readonly cookies = Cookies.empty
  readonly remoteAddress = Option.none<string>()
  constructor(
    readonly request: HttpClientRequest.HttpClientRequest,
    private readonly body: Uint8Array,
    private readonly bodyText: string
  ) {
    super()
  }
  private decodeError(cause: unknown): HttpClientError.ResponseError {
    return new HttpClientError.ResponseError({ request: this.request, response: this, reason: "Decode", cause })
  }
  get text() {
    return Effect.succeed(this.bodyText)
  }
  get json(): Effect.Effect<unknown, HttpClientError.ResponseError> {
    return Effect.try({ try: (): unknown => JSON.parse(this.bodyText), catch: (cause) => this.decodeError(cause) })
  }
  get arrayBuffer() {
    return Effect.succeed(this.body.slice().buffer)
  }
  get stream() {
    return Stream.succeed(this.body)
  }
  get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpClientError.ResponseError> {
    return Effect.fail(this.decodeError("not a form body"))
  }
  get formData(): Effect.Effect<FormData, HttpClientError.ResponseError> {
    return Effect.fail(this.decodeError("not a form body"))
  }
  toJSON() {
    return { _id: "MemoryResponse", status: this.status }
  }
}

const types = { body: typesBody, text: new TextDecoder().decode(typesBody) }
const token = { body: tokenBody, text: new TextDecoder().decode(tokenBody) }

/** Answers every request from memory: the token body on the token path, the types body elsewhere. */
const inMemory = Layer.succeed(
  HttpClient.HttpClient,
  HttpClient.make((request, url) => {
    const answer = url.pathname === tokenPath ? token : types
    return Effect.succeed(new MemoryResponse(request, answer.body, answer.text))
  })
)

/** The three Effect clients of section 1, over the in-memory transport. */
const subjects = Effect.all([
  Effect.map(warm(inMemory, effectGet(baseUrl)), (w) => ({ name: "effect", label: "@effect/platform HttpClient", ...w })),
  Effect.map(
    warm(OAuth2.layer({ clientId: "bench", clientSecret: Redacted.make("bench-secret"), baseUrl, tokenUrl: `${baseUrl}${tokenPath}` }).pipe(Layer.provide(inMemory)), scmGet),
    (w) => ({ name: "oauth2", label: "ScmHttpClient, OAuth2 (warm token)", ...w })
  ),
  Effect.map(
    warm(PasswordAuth.layer({ login: "bench", password: Redacted.make("bench-password"), customerUri: "bench", baseUrl }).pipe(Layer.provide(inMemory)), scmGet),
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
    const cheaper = prepared.some((subject) => subject.name !== "effect" && pairedRatios(micros("effect"), micros(subject.name)).median > 1.05)
    if (cheaper)
      reading.push(
        "ScmHttpClient comes out cheaper than the bare client it wraps because it skips the platform's per-request span (with an attribute per header) while only Effect's built-in tracer is installed, where nothing could export it; the bare client still records it. Before that change (core c132db4) both Scm clients cost 5-7 µs more per request than the bare client here (0.83-0.94)."
      )
    return {
      title: "1b. Client CPU per request, network taken out",
      method: `The same Effect clients as in section 1 over an in-memory HttpClient that answers at once with the same bodies: ${count(requests)} requests per round, ${concurrency} in flight, ${settings.rounds} interleaved rounds. What remains is the clients' own work, measured as this process's CPU time (user + system) per request.`,
      header: ["client", "CPU µs per request", "requests per CPU-s × Effect HttpClient"],
      rows,
      reading,
      failures: []
    } satisfies SectionReport
  })
