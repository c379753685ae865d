/**
 * Lets every template run with no SCM account: unless the environment names a real SCM, an SCM
 * look-alike is started in-process and the template's `SCM_*` settings point at it. Templates
 * read their settings through `Config` exactly as they would in production; only the
 * `ConfigProvider` differs.
 */
import { MockPki, MockScmServer } from "@scm-effect/mock-server"
import { Config, ConfigProvider, Console, Effect, Option, Redacted } from "effect"
import * as Fs from "node:fs/promises"
import * as Os from "node:os"
import * as Path from "node:path"

export type Scheme = "oauth2" | "password" | "certificate"

/** An optional setting: `undefined` when unset, so the strategy's own default applies. */
export const optional = (name: string): Config.Config<string | undefined> =>
  Config.String(name).pipe(Config.withDefault(undefined))

/** A temporary folder that lives as long as the scope. */
const temporaryDirectory = Effect.acquireRelease(
  Effect.promise(() => Fs.mkdtemp(Path.join(Os.tmpdir(), "scm-effect-example-"))),
  (dir) => Effect.promise(() => Fs.rm(dir, { recursive: true, force: true }))
)

/**
 * The `SCM_*` variables that point a strategy at a running mock server (secrets in clear: this
 * is what a shell user would export).
 */
export const environmentFor = Effect.fn("embeddedScm.environmentFor")(function*(
  mock: MockScmServer.Service,
  scheme: Scheme
) {
  const { credentials } = mock
  switch (scheme) {
    case "oauth2":
      return {
        SCM_AUTH: "oauth2",
        SCM_BASE_URL: mock.httpUrl,
        SCM_TOKEN_URL: mock.tokenUrl,
        SCM_CLIENT_ID: credentials.clientId,
        SCM_CLIENT_SECRET: Redacted.value(credentials.clientSecret)
      }
    case "password":
      return {
        SCM_AUTH: "password",
        SCM_BASE_URL: mock.httpUrl,
        SCM_LOGIN: credentials.login,
        SCM_PASSWORD: Redacted.value(credentials.password),
        SCM_CUSTOMER_URI: credentials.customerUri
      }
    case "certificate": {
      const files = yield* MockPki.writeFiles(mock.pki, yield* temporaryDirectory)
      return {
        SCM_AUTH: "certificate",
        SCM_BASE_URL: mock.httpsUrl,
        SCM_LOGIN: credentials.certLogin,
        SCM_CUSTOMER_URI: credentials.customerUri,
        SCM_CERT_FILE: files.clientCertFile,
        SCM_KEY_FILE: files.clientKeyFile,
        SCM_CA_FILE: files.caFile
      }
    }
  }
})

/**
 * Runs `effect` as it is when `variable` is set (a real SCM), otherwise against a mock server
 * started for the run, with the `SCM_*` settings of `scheme` pointing at it. The mock's own
 * service is then provided too: templates that inject faults ask for it with
 * `Effect.serviceOption`, since a real SCM has no such thing.
 */
export const unlessConfigured =
  (variable: string, scheme: Scheme) =>
  <A, E, R>(
    effect: Effect.Effect<A, E, R>
  ): Effect.Effect<
    A,
    E | Config.ConfigError | MockScmServer.MockServerError | MockPki.PkiError,
    R
  > =>
    Effect.gen(function*() {
      const configured = yield* Config.option(Config.NonEmptyString(variable))
      if (Option.isSome(configured)) return yield* effect
      return yield* Effect.scoped(
        Effect.gen(function*() {
          const mock = yield* MockScmServer.make()
          const environment = yield* environmentFor(mock, scheme)
          yield* Console.error(`${variable} is not set: using an embedded mock SCM at ${environment.SCM_BASE_URL}\n`)
          // Exactly what a shell user would export, read the way the real environment is read.
          return yield* effect.pipe(
            Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env: environment })),
            Effect.provideService(MockScmServer.MockScmServer, mock)
          )
        })
      )
    })
