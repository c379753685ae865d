/**
 * The Effect clients the client sections (and the client side of `instructions`) compare, each
 * kept warm in its own runtime, in pairs that send the same bytes under the same tracer settings.
 */
import * as OtelTracer from "@effect/opentelemetry/OtelTracer"
import * as Resource from "@effect/opentelemetry/Resource"
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import { OAuth2, PasswordAuth, ScmHttpClient } from "@scm-effect/core"
import { Effect, Layer, ManagedRuntime, Redacted, type Scope } from "effect"
import { constTrue } from "effect/Function"
import { HttpClient } from "effect/http"
import { benchLogin, credentialHeaders, tokenPath, typesPath } from "./Fixtures.js"

/** A request to repeat, and the runtime (the client's context) to run it in. */
export interface Warm {
  readonly run: <A, E>(effect: Effect.Effect<A, E>) => Promise<A>
  readonly send: Effect.Effect<unknown, unknown>
}

/**
 * Builds `layer` once for the length of the scope (so rounds reuse its connections and token)
 * and runs `prepare` in it, which returns the request the load loop repeats.
 */
export const warm = <R, E>(layer: Layer.Layer<R, E>, prepare: Effect.Effect<Effect.Effect<unknown, unknown>, never, R>): Effect.Effect<Warm, E, Scope.Scope> =>
  Effect.gen(function* () {
    const runtime = yield* Effect.acquireRelease(Effect.sync(() => ManagedRuntime.make(layer)), (runtime) => runtime.disposeEffect)
    const context = yield* runtime.contextEffect
    const send = yield* Effect.provideContext(prepare, context)
    return { run: (effect) => runtime.runPromise(effect), send }
  })

/**
 * GET the types list with the bare Effect client (status checked, body parsed), as any Effect user
 * would, with `headers` (the credentials the SCM client it stands next to sends).
 */
export const effectGet = (
  baseUrl: string,
  headers: Readonly<Record<string, string>>
): Effect.Effect<Effect.Effect<unknown, unknown>, never, HttpClient.HttpClient> =>
  Effect.map(HttpClient.HttpClient, (client) =>
    HttpClient.filterStatusOk(client).get(`${baseUrl}${typesPath}`, { headers }).pipe(Effect.flatMap((response) => response.json)))

/** The same through ScmHttpClient: a relative path; the status check is the client's own. */
export const scmGet: Effect.Effect<Effect.Effect<unknown, unknown>, never, ScmHttpClient.ScmHttpClient> = Effect.map(
  ScmHttpClient.ScmHttpClient,
  (client) => client.get(typesPath).pipe(Effect.flatMap((response) => response.json))
)

/**
 * The tracer settings both sides of a comparison share:
 *
 * - `untraced`: no client span and no trace headers. ScmHttpClient skips the span by itself while
 *   only Effect's native tracer is installed; the bare client is told so, as a user would tell it
 *   (`HttpClient.TracerDisabledWhen` always true, `HttpClient.TracerPropagationEnabled` false), and
 *   ScmHttpClient's runtime gets the same settings.
 * - `traced`: an installed OpenTelemetry tracer exporting every span to the in-memory exporter
 *   through a `SimpleSpanProcessor`, as the `opentelemetry` template of the examples does. Both
 *   record one client span per request and send its `b3` and `traceparent` headers.
 */
export type Tracing = "untraced" | "traced"

export const tracings: ReadonlyArray<Tracing> = ["untraced", "traced"]

/** A tracer setting as a layer, and how to empty what it exported. */
export interface Tracer {
  /** Only references (the tracer and its settings), which need no name in a layer's type. */
  readonly layer: Layer.Layer<never>
  /**
   * Drops the spans exported so far. The in-memory exporter keeps every span, so a load run calls
   * this between rounds (or batches) rather than let the heap grow with the run's length.
   */
  readonly reset: () => void
}

const untraced: Tracer = {
  layer: Layer.mergeAll(Layer.succeed(HttpClient.TracerDisabledWhen, constTrue), Layer.succeed(HttpClient.TracerPropagationEnabled, false)),
  reset: () => {}
}

/** A tracer of `tracing`; each `traced` one has its own provider and exporter. */
export const tracerOf = (tracing: Tracing): Tracer => {
  if (tracing === "untraced") return untraced
  const exporter = new InMemorySpanExporter()
  const provider = Layer.effect(
    OtelTracer.OtelTracerProvider,
    Effect.gen(function* () {
      const resource = yield* Resource.Resource
      return yield* Effect.acquireRelease(
        Effect.sync(() => new BasicTracerProvider({ resource, spanProcessors: [new SimpleSpanProcessor(exporter)] })),
        (provider) => Effect.promise(() => provider.shutdown())
      )
    })
  ).pipe(Layer.provide(Resource.layer({ serviceName: "scm-effect-bench" })))
  return { layer: OtelTracer.layer.pipe(Layer.provide(provider)), reset: () => exporter.reset() }
}

/** The clients of a like-for-like comparison. */
export type ClientName = "effect" | "effect-login" | "oauth2" | "password"

/** One Effect client under one tracer setting. */
export interface EffectClient {
  readonly name: ClientName
  readonly label: string
  /** For ScmHttpClient: the bare Effect client sending the same bytes, which it is judged against. */
  readonly baseline: ClientName | undefined
  readonly tracing: Tracing
  readonly tracer: Tracer
  readonly start: Effect.Effect<Warm, unknown, Scope.Scope>
}

export const clientNames: ReadonlyArray<ClientName> = ["effect", "effect-login", "oauth2", "password"]

export const clientLabels: Readonly<Record<ClientName, string>> = {
  effect: "Effect 4 HttpClient (Bearer header)",
  "effect-login": "Effect 4 HttpClient (login headers)",
  oauth2: "ScmHttpClient, OAuth2 (warm token)",
  password: "ScmHttpClient, password login"
}

/** Which bare client each ScmHttpClient is compared with: the one that sends its bytes. */
export const baselineOf: Readonly<Record<ClientName, ClientName | undefined>> = {
  effect: undefined,
  "effect-login": undefined,
  oauth2: "effect",
  password: "effect-login"
}

/**
 * The client `name` against the server at `url` (which serves the types body on `typesPath` and a
 * token on `tokenPath`), sending through `transport`, under `tracing`.
 */
export const effectClient = (name: ClientName, url: string, transport: Layer.Layer<HttpClient.HttpClient>, tracing: Tracing): EffectClient => {
  const tracer = tracerOf(tracing)
  const under = <R, E>(layer: Layer.Layer<R, E>) => Layer.merge(layer, tracer.layer)
  const start = ((): Effect.Effect<Warm, unknown, Scope.Scope> => {
    switch (name) {
      case "effect":
        return warm(under(transport), effectGet(url, credentialHeaders.bearer))
      case "effect-login":
        return warm(under(transport), effectGet(url, credentialHeaders.login))
      case "oauth2":
        return warm(
          under(OAuth2.layer({ clientId: "bench", clientSecret: Redacted.make("bench-secret"), baseUrl: url, tokenUrl: `${url}${tokenPath}` }).pipe(Layer.provide(transport))),
          scmGet
        )
      case "password":
        return warm(under(PasswordAuth.layer({ ...benchLogin, password: Redacted.make(benchLogin.password), baseUrl: url }).pipe(Layer.provide(transport))), scmGet)
    }
  })()
  return { name, label: clientLabels[name], baseline: baselineOf[name], tracing, tracer, start }
}
