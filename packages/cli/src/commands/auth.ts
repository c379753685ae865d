/**
 * `scm auth check`: which strategy the settings select, what is missing, whether SCM accepts them
 * (one authenticated call), and the access token's lifetime (from `OAuth2.Tokens`). Names and
 * sources of secrets only: never their values, never the token.
 */
import * as OAuth2 from "@scm-effect/core/OAuth2"
import * as SslCertificates from "@scm-effect/core/SslCertificates"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Command from "effect/cli/Command"
import { descriptionOf } from "../catalog.js"
import * as Environment from "../environment.js"
import { configProblems, isConfigError } from "../failure.js"
import { printRecord } from "../output.js"
import { describe, type TopLevel } from "./common.js"

/** The call `auth check` makes, as the path SCM sees: certificate login moves it under /private. */
const checkedCallOf = (scheme: string | undefined) =>
  scheme === "certificate" ? "GET /private/api/ssl/v1/types" : "GET /api/ssl/v1/types"

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
    const checkedCall = checkedCallOf(scheme)
    // The call, then the token it obtained, if any (OAuth2 only; a refused call may have one too).
    const checked = yield* Effect.gen(function*() {
      const call = yield* Effect.result(SslCertificates.types())
      const token = yield* Effect.flatMap(OAuth2.Tokens, (tokens) => tokens.current)
      return { call, token }
    }).pipe(Effect.provide(Layer.fresh(Environment.layerFrom(settings))), Effect.result)
    // A configuration error fails the layer; any other failure is the call's.
    const outcome = checked._tag === "Failure" ? checked : checked.success.call
    const failure = outcome._tag === "Failure" ? outcome.failure : undefined
    const missing = failure !== undefined && isConfigError(failure) ? configProblems(failure) : []
    const call = outcome._tag === "Success"
      ? { ok: true, operation: checkedCall, profiles: outcome.success.length }
      : isConfigError(failure)
      ? { ok: false, skipped: "the configuration is incomplete" }
      : { ok: false, operation: checkedCall, error: failure?._tag, message: failure?.message }
    const expiresInSeconds = checked._tag === "Success"
      ? Option.getOrUndefined(Option.map(checked.success.token, (token) => Duration.toSeconds(token.lifetime)))
      : undefined
    yield* printRecord(
      [
        ["strategy", scheme ?? "none: set SCM_AUTH to oauth2, password or certificate"],
        ["profile", settings.profile === undefined ? undefined : `${settings.profile.name} (${settings.profile.file})`],
        ...names.map((name) => [name, shown(name, settings)] as const),
        ...missing.map((problem) => ["missing", problem] as const),
        [
          "call",
          call.ok
            ? `ok: ${checkedCall} answered ${"profiles" in call ? call.profiles : 0} SSL profiles`
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
      ["scm auth check -o json", "the same, as JSON"]
    ])
  )

/** `scm auth`. */
export const auth: TopLevel<"auth"> = Command.make("auth").pipe(
  describe(descriptionOf("auth"), [["scm auth check", "check them"]]),
  Command.withSubcommands([check])
)

