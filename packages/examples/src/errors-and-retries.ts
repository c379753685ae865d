/**
 * Template: handling SCM failures by type, and choosing a retry policy.
 *
 *   npx pnpm@10 --filter @scm-effect/examples run errors-and-retries
 *
 * Every failure of an ScmHttpClient is one of the seven tagged errors of `ScmError.ScmError`, so
 * `Effect.catchTags` can handle each kind. The scenarios with injected faults (503, 429) and a
 * wrong password need the embedded mock SCM; against a real SCM (SCM_LOGIN set) only the
 * harmless ones run.
 */
import { NodeHttpClient, NodeRuntime } from "@effect/platform-node"
import { PasswordAuth, type ScmError, ScmHttpClient, type ScmRetry } from "@scm-effect/core"
import { MockScmServer } from "@scm-effect/mock-server"
import { Config, Console, Duration, Effect, Layer, Option, Redacted, Schedule } from "effect"
import { unlessConfigured } from "./internal/embeddedScm.js"

// SCM's error body ({code, description}) is optional: a proxy or a bare 503 has none.
const scmSays = (e: { readonly code?: number | undefined; readonly description?: string | undefined }) =>
  e.code === undefined ? "no SCM error body" : `SCM code ${e.code} "${e.description ?? ""}"`

// One line per kind of failure: what a person should read, from the typed fields.
const explain = <A>(request: Effect.Effect<A, ScmError.ScmError, ScmHttpClient.ScmHttpClient>) =>
  request.pipe(
    Effect.as("succeeded"),
    Effect.catchTags({
      ScmAuthenticationError: (e) => Effect.succeed(`not authenticated: ${scmSays(e)}`),
      ScmAccessDeniedError: (e) => Effect.succeed(`access denied: ${scmSays(e)}`),
      ScmApiError: (e) => Effect.succeed(`SCM answered ${e.status}: ${scmSays(e)}`),
      ScmRateLimitError: (e) =>
        Effect.succeed(
          `rate limited; SCM asked to wait ${e.retryAfter === undefined ? "?" : Duration.format(e.retryAfter)}`
        ),
      ScmTokenError: (e) => Effect.succeed(`no access token: ${e.error ?? e.status}`),
      ScmTransportError: (e) => Effect.succeed(`SCM unreachable (${e.reason})`),
      ScmDecodeError: (e) => Effect.succeed(`unexpected body: ${e.description}`)
    })
  )

const getProfiles = ScmHttpClient.ScmHttpClient.use((scm) => scm.get("/api/ssl/v1/types"))

// The header-login settings from the environment, with the retry policy of each scenario.
const scmWith = (retry: ScmRetry.Retry, password?: Redacted.Redacted<string>) =>
  Layer.unwrap(
    Effect.gen(function*() {
      return PasswordAuth.layer({
        login: yield* Config.String("SCM_LOGIN"),
        password: password ?? (yield* Config.Redacted("SCM_PASSWORD")),
        customerUri: yield* Config.String("SCM_CUSTOMER_URI"),
        baseUrl: yield* Config.String("SCM_BASE_URL").pipe(Config.withDefault(PasswordAuth.defaultBaseUrl)),
        retry
      })
    })
  ).pipe(Layer.provide(NodeHttpClient.layerUndici))

// Your own Schedule replaces the default backoff: here three quick retries, 50 ms apart.
const threeQuickRetries = Schedule.spaced("50 millis").pipe(Schedule.upTo({ times: 3 }))

const report = (scenario: string, outcome: string) => Console.log(`${scenario.padEnd(44)} ${outcome}`)

const program = Effect.gen(function*() {
  yield* report(
    "an unknown path",
    yield* explain(ScmHttpClient.ScmHttpClient.use((scm) => scm.get("/api/no-such-thing"))).pipe(
      Effect.provide(scmWith({}))
    )
  )

  // Faults can only be injected into the mock server.
  const mock = yield* Effect.serviceOption(MockScmServer.MockScmServer)
  if (Option.isNone(mock)) return yield* Console.log("(a real SCM: the fault scenarios are skipped)")
  const faults = mock.value

  yield* faults.addFault({ path: "/api/ssl/v1/types", status: 503, times: 2 })
  yield* report("two 503s, then your own Schedule", yield* explain(getProfiles).pipe(Effect.provide(scmWith(threeQuickRetries))))

  yield* faults.addFault({ path: "/api/ssl/v1/types", status: 503 })
  yield* report("one 503 with retry: false", yield* explain(getProfiles).pipe(Effect.provide(scmWith(false))))

  // Longer than maxRetryAfter (60 s by default): fail at once rather than sleep for two minutes.
  yield* faults.addFault({ path: "/api/ssl/v1/types", status: 429, headers: { "Retry-After": "120" } })
  yield* report("429 with Retry-After: 120", yield* explain(getProfiles).pipe(Effect.provide(scmWith({}))))

  yield* report(
    "a wrong password",
    yield* explain(getProfiles).pipe(Effect.provide(scmWith({}, Redacted.make("not-the-password"))))
  )
})

program.pipe(unlessConfigured("SCM_LOGIN", "password"), NodeRuntime.runMain)
