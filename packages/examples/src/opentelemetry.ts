/**
 * Template: the client's spans, exported through OpenTelemetry.
 *
 *   SCM_CLIENT_ID=... SCM_CLIENT_SECRET=... npx pnpm@10 --filter @scm-effect/examples run opentelemetry
 *
 * Every request attempt is a client span (named after its method, with `url.*` and `http.*`
 * attributes), every access token the OAuth2 strategy fetches is an `OAuth2.fetchToken` span whose
 * `scm.token_reason` says why (initial, renewal, expired, unauthorized), and the curated calls
 * (`SslCertificates.types` ...) are spans of their own. Here the spans go to an in-memory exporter
 * so the template can print and check them; in production give the same provider a
 * `BatchSpanProcessor` and an OTLP exporter (or use `NodeSdk.layer` with
 * `@opentelemetry/sdk-trace-node`). Without SCM_CLIENT_ID it runs against an embedded mock SCM
 * whose tokens live 2 seconds, so a background renewal happens during the run: the client counts a
 * lifetime as at least 10 seconds and renews at half of it, so the run waits about 5 seconds.
 */
import * as OtelTracer from "@effect/opentelemetry/OtelTracer"
import * as Resource from "@effect/opentelemetry/Resource"
import { NodeHttpClient, NodeRuntime } from "@effect/platform-node"
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor
} from "@opentelemetry/sdk-trace-base"
import { OAuth2, SslCertificates } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import { Config, Console, Effect, Layer, Option, Redacted, Schedule } from "effect"
import { HttpClient } from "effect/http"
import { optional, unlessConfigured } from "./internal/embeddedScm.js"

const exporter = new InMemorySpanExporter()

// The provider lives as long as the program: when it ends, pending spans are flushed and the
// provider shut down. OtelTracer.layer makes it Effect's tracer, so every span Effect (and the
// client) creates is an OpenTelemetry span.
const TracingLive = OtelTracer.layer.pipe(
  Layer.provide(Layer.effect(
    OtelTracer.OtelTracerProvider,
    Effect.gen(function*() {
      const resource = yield* Resource.Resource
      return yield* Effect.acquireRelease(
        Effect.sync(() => new BasicTracerProvider({ resource, spanProcessors: [new SimpleSpanProcessor(exporter)] })),
        (provider) => Effect.promise(() => provider.shutdown())
      )
    })
  )),
  Layer.provide(Resource.layer({ serviceName: "scm-effect-example" }))
)

const ScmLive = Layer.unwrap(
  Effect.gen(function*() {
    return OAuth2.layer({
      clientId: yield* Config.String("SCM_CLIENT_ID"),
      clientSecret: yield* Config.Redacted("SCM_CLIENT_SECRET"),
      baseUrl: yield* optional("SCM_BASE_URL"),
      tokenUrl: yield* optional("SCM_TOKEN_URL")
    })
  })
).pipe(Layer.provide(NodeHttpClient.layerUndici))

const isRenewal = (span: ReadableSpan) =>
  span.name === "OAuth2.fetchToken" && span.attributes["scm.token_reason"] === "renewal"

// The renewal runs in the background, on the token's schedule: wait for its span, briefly (if
// it never comes, the checks below say so).
const renewalExported = Effect.sync(() => exporter.getFinishedSpans().some(isRenewal)).pipe(
  Effect.repeat({ until: (seen) => seen, schedule: Schedule.spaced("100 millis") }),
  Effect.timeoutOption("10 seconds")
)

const work = (withRenewal: boolean) =>
  Effect.gen(function*() {
    yield* Console.log(`${(yield* SslCertificates.types()).length} certificate profiles`)
    if (!withRenewal) return
    yield* renewalExported
    yield* Console.log(`${(yield* SslCertificates.types()).length} certificate profiles, with the renewed token`)
  }).pipe(
    Effect.provide(ScmLive),
    // The root span: the client's spans of this run are its descendants.
    Effect.withSpan("opentelemetry-template")
  )

const millis = (span: ReadableSpan) => span.duration[0] * 1000 + span.duration[1] / 1e6

// What a person reads first in a trace view: where the request went, how it ended, and the
// client's own `scm.*` attributes. Header attributes are `<redacted>` for the secret ones.
const keyAttributes = (span: ReadableSpan) =>
  Object.entries(span.attributes)
    .filter(([name]) =>
      name === "url.full" || name === "http.response.status_code" || name === "http.request.header.authorization" ||
      name.startsWith("scm.")
    )
    .map(([name, value]) => `${name}=${String(value)}`)
    .join(" ")

const printTree = (spans: ReadonlyArray<ReadableSpan>) => {
  const ids = new Set(spans.map((span) => span.spanContext().spanId))
  const childrenOf = (parentId: string | undefined) =>
    spans
      .filter((span) => {
        const parent = span.parentSpanContext?.spanId
        return parentId === undefined ? parent === undefined || !ids.has(parent) : parent === parentId
      })
      .sort((a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1])
  const lines: Array<string> = []
  const visit = (span: ReadableSpan, depth: number) => {
    const name = `${"  ".repeat(depth)}${span.name}`
    lines.push(`  ${name.padEnd(32)} ${millis(span).toFixed(1).padStart(8)} ms  ${keyAttributes(span)}`.trimEnd())
    for (const child of childrenOf(span.spanContext().spanId)) visit(child, depth + 1)
  }
  for (const root of childrenOf(undefined)) visit(root, 0)
  return lines.join("\n")
}

const program = Effect.gen(function*() {
  // Short-lived tokens make the mock's client renew one during the run; a real SCM's tokens
  // live for minutes, so against one the renewal is not waited for.
  const mock = yield* Effect.serviceOption(MockScmServer.MockScmServer)
  if (Option.isSome(mock)) yield* mock.value.setTokenTtl(2)

  yield* work(Option.isSome(mock)).pipe(
    // Header capture is opt-in: capture the request headers to show the secret ones redacted.
    Effect.provideService(HttpClient.TracerHeaderFilter, (_name, phase) => phase === "request")
  )

  const spans = exporter.getFinishedSpans()
  yield* Console.log(`\n${spans.length} spans exported (name, duration, key attributes):\n\n${printTree(spans)}\n`)

  const expected = ["opentelemetry-template", "SslCertificates.types", "OAuth2.fetchToken", "POST", "GET"]
  const problems = expected
    .filter((name) => !spans.some((span) => span.name === name))
    .map((name) => `no "${name}" span was exported`)
  if (!spans.some((span) => span.name === "OAuth2.fetchToken" && span.attributes["scm.token_reason"] === "initial")) {
    problems.push("no span for the initial token request")
  }
  if (Option.isSome(mock) && !spans.some(isRenewal)) problems.push("no span for the token renewal")
  // Nothing secret may reach an exporter: neither the client secret nor a bearer token.
  const secret = Redacted.value(yield* Config.Redacted("SCM_CLIENT_SECRET"))
  const leaks = spans.flatMap((span) =>
    Object.entries(span.attributes)
      .filter(([, value]) => String(value).includes(secret) || /bearer /i.test(String(value)))
      .map(([name]) => `${span.name}: ${name} holds a secret`)
  )
  problems.push(...leaks)

  if (problems.length === 0) {
    yield* Console.log(`All ${expected.length} expected span names were exported, and no secret in any attribute.`)
  } else {
    for (const problem of problems) yield* Console.error(`  - ${problem}`)
    process.exitCode = 1
  }
})

program.pipe(
  // Inside the mock's scope: the mock's own server spans stay out of this trace.
  Effect.provide(TracingLive),
  unlessConfigured("SCM_CLIENT_ID", "oauth2"),
  NodeRuntime.runMain
)
