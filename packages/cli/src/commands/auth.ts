/**
 * `scm auth check`: which strategy the settings select, what is missing, whether SCM accepts them
 * (one authenticated call), and the access token's lifetime. Names and sources of secrets only:
 * never their values, never the token.
 */
import { SslCertificates } from "@scm-effect/core"
import { Effect, Layer, Logger, References } from "effect"
import { Command } from "effect/cli"
import * as Environment from "../environment.js"
import { configProblems, isConfigError } from "../failure.js"
import { printRecord } from "../output.js"
import { type TopLevel, describe } from "./common.js"

/**
 * The lifetime of the token OAuth2 obtained, from the library's own debug log of it (which carries
 * `scm.expires_in_s`, never the token).
 */
const tokenLifetime = () => {
  let expiresInSeconds: number | undefined
  const logger = Logger.make(({ fiber }) => {
    const value = fiber.getRef(References.CurrentLogAnnotations)["scm.expires_in_s"]
    if (typeof value === "number") expiresInSeconds = value
  })
  return {
    observe: <A, E, R>(effect: Effect.Effect<A, E, R>) =>
      effect.pipe(Effect.provide(Logger.layer([logger])), Effect.provideService(References.MinimumLogLevel, "Debug")),
    get: () => expiresInSeconds
  }
}

const shown = (name: string, settings: Environment.Settings) => {
  const source = settings.sources[name]
  if (source === undefined) return "not set"
  const value = settings.values[name]
  return typeof value === "string" ? `${value} (${source})` : `set (${source}, hidden)`
}

const check = Command.make("check", {}, () =>
  Effect.gen(function*() {
    const settings = yield* Environment.settings
    const scheme = Environment.schemeOf(settings)
    const names = scheme === undefined
      ? ["SCM_AUTH"]
      : ["SCM_AUTH", ...Environment.variables[scheme].required, ...Environment.variables[scheme].optional]
    const lifetime = tokenLifetime()
    const outcome = yield* lifetime.observe(
      SslCertificates.types().pipe(Effect.provide(Layer.fresh(Environment.layerFrom(settings))), Effect.result)
    )
    const failure = outcome._tag === "Failure" ? outcome.failure : undefined
    const missing = failure !== undefined && isConfigError(failure) ? configProblems(failure) : []
    const call = outcome._tag === "Success"
      ? { ok: true, operation: "GET /ssl/v1/types", profiles: outcome.success.length }
      : isConfigError(failure)
      ? { ok: false, skipped: "the configuration is incomplete" }
      : { ok: false, operation: "GET /ssl/v1/types", error: failure?._tag, message: failure?.message }
    const expiresInSeconds = lifetime.get()
    yield* printRecord(
      [
        ["strategy", scheme ?? "none: set SCM_AUTH to oauth2, password or certificate"],
        ["profile", settings.profile === undefined ? undefined : `${settings.profile.name} (${settings.profile.file})`],
        ...names.map((name) => [name, shown(name, settings)] as const),
        ...missing.map((problem) => ["missing", problem] as const),
        [
          "call",
          call.ok
            ? `ok: GET /ssl/v1/types answered ${"profiles" in call ? call.profiles : 0} SSL profiles`
            : "skipped" in call
            ? `skipped: ${call.skipped}`
            : `failed: ${call.error}: ${call.message}`
        ],
        ["token lifetime", expiresInSeconds === undefined ? undefined : `${expiresInSeconds} s`]
      ],
      {
        strategy: scheme ?? null,
        profile: settings.profile ?? null,
        variables: Object.fromEntries(
          names.map((name) => [name, { set: settings.sources[name] !== undefined, source: settings.sources[name] ?? null }])
        ),
        missing,
        call,
        tokenLifetimeSeconds: expiresInSeconds ?? null
      }
    )
    if (failure !== undefined) return yield* Effect.fail(failure)
  })).pipe(
    describe("Check the settings: strategy, variables, one authenticated call, token lifetime.", [
      ["scm auth check", "is this shell set up for SCM?"],
      ["scm --profile prod auth check -o json", "the same for a profile of the config file, as JSON"]
    ])
  )

/** `scm auth`. */
export const auth: TopLevel<"auth"> = Command.make("auth").pipe(
  describe("Authentication settings.", [["scm auth check", "check them"]]),
  Command.withSubcommands([check])
)

