/**
 * Lets every template run with no SCM account: unless the environment names a real SCM, an SCM
 * look-alike is started in-process and the template's `SCM_*` settings point at it. Templates
 * read their settings through `Config` exactly as they would in production; only the
 * `ConfigProvider` differs.
 */
import type { MockPki } from "@scm-effect/mock-server"
import { MockScmServer } from "@scm-effect/mock-server"
import { Config, ConfigProvider, Console, Effect, Option } from "effect"

export type Scheme = "oauth2" | "password" | "certificate"

/** An optional setting: `undefined` when unset, so the strategy's own default applies. */
export const optional = (name: string): Config.Config<string | undefined> =>
  Config.String(name).pipe(Config.withDefault(undefined))

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
          const environment = yield* MockScmServer.environment(mock, scheme)
          yield* Console.error(`${variable} is not set: using an embedded mock SCM at ${environment.SCM_BASE_URL}\n`)
          // Exactly what a shell user would export, read the way the real environment is read.
          return yield* effect.pipe(
            Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env: environment })),
            Effect.provideService(MockScmServer.MockScmServer, mock)
          )
        })
      )
    })
