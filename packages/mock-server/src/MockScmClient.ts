/**
 * A client of `@scm-effect/core` wired to the mock, for tests in one line: the strategy you
 * choose, pointed at the mock's URLs with its seeded credentials, with `ScmApi` on top.
 *
 * ```ts
 * import { expect, layer } from "@effect/vitest"
 * import { SslCertificates } from "@scm-effect/core"
 * import { MockScmServer } from "@scm-effect/mock-server"
 * import * as MockScmClient from "@scm-effect/mock-server/MockScmClient"
 * import { Effect } from "effect"
 *
 * layer(MockScmClient.layer({ strategy: "oauth2" }))("my SCM code", (it) => {
 *   it.effect("survives a 429", () =>
 *     Effect.gen(function*() {
 *       const mock = yield* MockScmServer.MockScmServer
 *       yield* mock.addFault({ path: "/api/ssl/v1/types", status: 429, headers: { "Retry-After": "2" } })
 *       const profiles = yield* SslCertificates.types().pipe(
 *         MockScmClient.passWaitAfter({ path: "/api/ssl/v1/types", status: 429 }, "2 seconds")
 *       )
 *       expect(profiles.length).toBeGreaterThan(0)
 *     }))
 * })
 * ```
 *
 * `@scm-effect/core` is an optional peer dependency of the mock: only this module loads it, so
 * the mock's command line and its other modules run without it.
 *
 * @since 1.1.0
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as CertificateAuth from "@scm-effect/core/CertificateAuth"
import * as OAuth2 from "@scm-effect/core/OAuth2"
import * as PasswordAuth from "@scm-effect/core/PasswordAuth"
import * as ScmApi from "@scm-effect/core/ScmApi"
import type * as ScmError from "@scm-effect/core/ScmError"
import type * as ScmHttpClient from "@scm-effect/core/ScmHttpClient"
import type { Duration, Exit } from "effect"
import { Clock, Effect, Fiber, Layer } from "effect"
import type { HttpClient } from "effect/http"
import { TestClock } from "effect/testing"
import type * as MockServer from "./MockScmServer.js"
import { MockScmServer, layer as serverLayer } from "./MockScmServer.js"

/**
 * The three ways to authenticate, as `ScmAuth.layerConfig()` names them in `SCM_AUTH`.
 *
 * @since 1.1.0
 * @category models
 */
export type Strategy = "oauth2" | "password" | "certificate"

/**
 * An OAuth2 client of the mock: any `OAuth2.layer` option overrides what the mock gives (a wrong
 * `clientSecret`, your own `retry` or `timeout` ...). `httpClient` is the transport, undici by default.
 *
 * @since 1.1.0
 * @category models
 */
export interface OAuth2ClientOptions extends Partial<OAuth2.Options> {
  readonly strategy?: "oauth2" | undefined
  readonly httpClient?: Layer.Layer<HttpClient.HttpClient> | undefined
}

/**
 * A header-login client of the mock: any `PasswordAuth.layer` option overrides what the mock gives.
 *
 * @since 1.1.0
 * @category models
 */
export interface PasswordClientOptions extends Partial<PasswordAuth.Options> {
  readonly strategy: "password"
  readonly httpClient?: Layer.Layer<HttpClient.HttpClient> | undefined
}

/**
 * A client-certificate client of the mock, on its HTTPS listener: any `CertificateAuth.layer` PEM
 * option overrides what the mock gives (another admin's `cert` and `key`, a foreign `ca` ...).
 *
 * @since 1.1.0
 * @category models
 */
export interface CertificateClientOptions extends Partial<Omit<CertificateAuth.PemOptions, "pfx">> {
  readonly strategy: "certificate"
}

/**
 * A client of the mock, by strategy.
 *
 * @since 1.1.0
 * @category models
 */
export type ClientOptions = OAuth2ClientOptions | PasswordClientOptions | CertificateClientOptions

/**
 * The services a client of the mock provides: `ScmHttpClient` and `ScmApi` (and, for OAuth2, its `Tokens`).
 *
 * @since 1.1.0
 * @category models
 */
export type Client<Options extends ClientOptions> = Options extends OAuth2ClientOptions
  ? ScmHttpClient.ScmHttpClient | ScmApi.ScmApi | OAuth2.Tokens
  : ScmHttpClient.ScmHttpClient | ScmApi.ScmApi

/**
 * What building the client can fail with: header login and client certificates check their
 * settings when the layer is built (the mock's own always pass).
 *
 * @since 1.1.0
 * @category models
 */
export type ClientError<Options extends ClientOptions> = Options extends OAuth2ClientOptions ? never
  : ScmError.ScmTransportError

/**
 * A client of the `MockScmServer` in context, of the chosen strategy (OAuth2 when none is given),
 * with its `ScmApi`. Provide it per test to share one server between clients of several kinds.
 *
 * @since 1.1.0
 * @category layers
 */
export const layerClient = <const Options extends ClientOptions = OAuth2ClientOptions>(
  options?: Options
): Layer.Layer<Client<Options>, ClientError<Options>, MockScmServer> => {
  // OAuth2's layer also provides its Tokens: `Client` says so for that strategy alone.
  const client = Layer.unwrap(Effect.map(MockScmServer, (mock) => strategyLayer(mock, options ?? {})))
  return Layer.provideMerge(ScmApi.layer(), client) as unknown as Layer.Layer<
    Client<Options>,
    ClientError<Options>,
    MockScmServer
  >
}

/**
 * A fresh mock server (`server`: its options) and a client of it, as `layerClient` makes it: one
 * layer gives a test `MockScmServer`, `ScmHttpClient` and `ScmApi`.
 *
 * @since 1.1.0
 * @category layers
 */
export const layer = <const Options extends ClientOptions = OAuth2ClientOptions>(
  options?: Options & { readonly server?: MockServer.Options | undefined }
): Layer.Layer<Client<Options> | MockScmServer, ClientError<Options> | MockServer.MockServerError> =>
  Layer.provideMerge(layerClient<Options>(options), serverLayer(options?.server))

/** Header and token strategies send through an `HttpClient`: undici unless the test brings one. */
const overHttp = <E>(
  client: Layer.Layer<ScmHttpClient.ScmHttpClient, E, HttpClient.HttpClient>,
  httpClient: Layer.Layer<HttpClient.HttpClient> | undefined
) => client.pipe(Layer.provide(httpClient ?? NodeHttpClient.layerUndici))

const strategyLayer = (
  mock: MockServer.Service,
  options: ClientOptions
): Layer.Layer<ScmHttpClient.ScmHttpClient, ScmError.ScmTransportError> => {
  const { credentials } = mock
  switch (options.strategy) {
    case undefined:
    case "oauth2": {
      const { httpClient, strategy: _, ...overrides } = options
      const { clientId, clientSecret } = credentials
      return overHttp(OAuth2.layer({ clientId, clientSecret, baseUrl: mock.httpUrl, tokenUrl: mock.tokenUrl, ...overrides }), httpClient)
    }
    case "password": {
      const { httpClient, strategy: _, ...overrides } = options
      const { login, password, customerUri } = credentials
      return overHttp(PasswordAuth.layer({ login, password, customerUri, baseUrl: mock.httpUrl, ...overrides }), httpClient)
    }
    case "certificate": {
      const { strategy: _, ...overrides } = options
      return CertificateAuth.layer({
        login: credentials.certLogin,
        customerUri: credentials.customerUri,
        cert: mock.pki.client.certPem,
        key: mock.pki.client.keyPem,
        ca: mock.pki.ca.certPem,
        baseUrl: mock.httpsUrl,
        ...overrides
      })
    }
  }
}

/**
 * Which answers of the mock `passWaitAfter` waits for: a path (query aside), and optionally a
 * status and a method.
 *
 * @since 1.1.0
 * @category models
 */
export interface AnswerMatch {
  readonly path: string
  readonly status?: number | undefined
  readonly method?: string | undefined
}

const matches = (answer: AnswerMatch) => (entry: MockServer.JournalEntry): boolean =>
  (entry.path === answer.path || entry.path.startsWith(`${answer.path}?`)) &&
  (answer.status === undefined || entry.status === answer.status) &&
  (answer.method === undefined || entry.method === answer.method.toUpperCase())

const sameEntry = (a: MockServer.JournalEntry | undefined, b: MockServer.JournalEntry | undefined): boolean =>
  a === b ||
  (a !== undefined && b !== undefined && a.method === b.method && a.path === b.path && a.status === b.status &&
    a.at === b.at && a.durationMs === b.durationMs)

/** The journal is a ring: once full it keeps its length, so a new entry shows as another last one. */
const hasNewEntry = (
  before: ReadonlyArray<MockServer.JournalEntry>,
  after: ReadonlyArray<MockServer.JournalEntry>
): boolean => after.length > before.length || !sameEntry(before.at(-1), after.at(-1))

/** How often the journal is read, in real time. */
const pollMillis = 2
/** How long, in real time, the client has to send its next request after the clock moved. */
const settleMillis = 50
/** How often the clock is moved again for one answer before giving up. */
const maxAdjustments = 40

const isTestClock = (clock: Clock.Clock): boolean => "adjust" in clock && "withLive" in clock

/**
 * Runs `effect` (your code, calling the mock) and lets its waits pass under `@effect/vitest`'s
 * `TestClock`: each time the mock answers a request that `answer` matches (a 429 with
 * `Retry-After`, a 503 ...), the clock is moved on by `wait` as soon as the client sleeps, so a
 * retry's backoff or `Retry-After` takes no real time. The mock is watched through its journal
 * in real time; the clock moves again if the client went to sleep only after it moved, until the
 * client sends its next request or `effect` ends. Under the live clock (`layer(..., {
 * excludeTestServices: true })`, `it.live`) it only runs `effect`: the waits pass by themselves.
 *
 * @since 1.1.0
 * @category testing
 */
export const passWaitAfter = (answer: AnswerMatch, wait: Duration.Input) =>
<A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R | MockScmServer> =>
  Effect.gen(function*() {
    const clock = yield* Clock.Clock
    if (!isTestClock(clock)) return yield* effect
    const mock = yield* MockScmServer
    const isAnswer = matches(answer)
    const countAnswers = Effect.map(mock.journal, (journal) => journal.filter(isAnswer).length)
    const live = <X>(self: Effect.Effect<X>) => TestClock.withLive(self)
    let handled = yield* countAnswers
    const fiber = yield* Effect.forkChild(effect)
    // Waits in real time until `effect` ends or `condition` holds; true when `effect` ended.
    const until = (condition: Effect.Effect<boolean>, millis: number) =>
      Effect.gen(function*() {
        for (let waited = 0; millis === Infinity || waited < millis; waited += pollMillis) {
          if (fiber.pollUnsafe() !== undefined) return true
          if (yield* condition) return false
          yield* live(Effect.sleep(pollMillis))
        }
        return fiber.pollUnsafe() !== undefined
      })
    while (true) {
      if (yield* until(Effect.map(countAnswers, (count) => count > handled), Infinity)) break
      handled++
      // The client's next request shows as a journal entry after the last one seen now.
      const before = yield* mock.journal
      const moved = Effect.map(mock.journal, (journal) => hasNewEntry(before, journal))
      for (let adjustment = 0; adjustment < maxAdjustments; adjustment++) {
        yield* TestClock.adjust(wait)
        if (yield* until(moved, settleMillis)) break
        if (yield* moved) break
      }
    }
    const exit: Exit.Exit<A, E> = yield* Fiber.await(fiber)
    return yield* exit
  })
