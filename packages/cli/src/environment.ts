/**
 * Where `scm` finds its settings: the SCM_* variables `ScmAuth.layerConfig()` reads, a named
 * profile of the config file, and a secret on stdin. Whatever their source, the settings reach the
 * library as a ConfigProvider, so its strategies, defaults and messages (which name the variable)
 * apply unchanged.
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as ScmAuth from "@scm-effect/core/ScmAuth"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as FileSystem from "effect/FileSystem"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Stdio from "effect/Stdio"
import * as Stream from "effect/Stream"
import { UsageError } from "./failure.js"
import { ProcessEnv } from "./host.js"
import { writeStderr } from "./output.js"
import { ConfigProfile, PasswordStdin } from "./settings.js"

/** The variables of the three strategies, as `ScmAuth.layerConfig()` reads them. */
export const variables = {
  oauth2: {
    required: ["SCM_CLIENT_ID", "SCM_CLIENT_SECRET"],
    optional: ["SCM_BASE_URL", "SCM_TOKEN_URL", "SCM_TIMEOUT"],
    secret: "SCM_CLIENT_SECRET"
  },
  password: {
    required: ["SCM_LOGIN", "SCM_PASSWORD", "SCM_CUSTOMER_URI"],
    optional: ["SCM_BASE_URL", "SCM_TIMEOUT"],
    secret: "SCM_PASSWORD"
  },
  certificate: {
    required: ["SCM_LOGIN", "SCM_CUSTOMER_URI", "SCM_CERT_FILE", "SCM_KEY_FILE"],
    optional: ["SCM_PFX_FILE", "SCM_PFX_PASSPHRASE", "SCM_CA_FILE", "SCM_BASE_URL", "SCM_TIMEOUT"],
    secret: "SCM_PFX_PASSPHRASE"
  }
} as const satisfies Record<
  ScmAuth.Scheme,
  { readonly required: ReadonlyArray<string>; readonly optional: ReadonlyArray<string>; readonly secret: string }
>

/** The variables that hold secrets: their values are never printed, only their names. */
export const secretVariables: ReadonlySet<string> = new Set(["SCM_CLIENT_SECRET", "SCM_PASSWORD", "SCM_PFX_PASSPHRASE"])

const isScheme = (value: string | undefined): value is ScmAuth.Scheme =>
  value === "oauth2" || value === "password" || value === "certificate"

/** The strategy a set of settings selects, if `SCM_AUTH` names one. */
export const schemeOf = (settings: Settings): ScmAuth.Scheme | undefined => {
  const value = settings.values["SCM_AUTH"]
  return typeof value === "string" && isScheme(value) ? value : undefined
}

/** A setting's value; the secrets' are `Redacted` from the moment they are read. */
export type Value = string | Redacted.Redacted<string>

/** The SCM_* settings in effect, and where each came from. */
export interface Settings {
  readonly values: Readonly<Record<string, Value>>
  readonly sources: Readonly<Record<string, "environment" | "profile" | "stdin">>
  readonly profile: { readonly name: string; readonly file: string } | undefined
}

/** `$XDG_CONFIG_HOME/scm/config.json`, `~/.config/scm/config.json` when XDG_CONFIG_HOME is unset. */
export const configFile = (env: Readonly<Record<string, string | undefined>>): string => {
  const base = env["XDG_CONFIG_HOME"] !== undefined && env["XDG_CONFIG_HOME"] !== ""
    ? env["XDG_CONFIG_HOME"]
    : `${env["HOME"] ?? "."}/.config`
  return `${base}/scm/config.json`
}

const VariableName = Schema.String.check(
  Schema.isPattern(/^SCM_[A-Z0-9_]+$/, { message: "a profile's keys are SCM_* variable names" })
)

/** `{ "profiles": { "prod": { "SCM_AUTH": "oauth2", "SCM_CLIENT_ID": "..." } } }` */
const ConfigFile = Schema.Struct({
  profiles: Schema.Record(Schema.String, Schema.Record(VariableName, Schema.String))
})

const decodeConfigFile = Schema.decodeUnknownEffect(Schema.fromJsonString(ConfigFile))

const readProfile = Effect.fn("environment.readProfile")(function*(name: string, file: string) {
  const fs = yield* FileSystem.FileSystem
  const text = yield* fs.readFileString(file).pipe(
    Effect.mapError(() => new UsageError({ message: `--config-profile ${name}: cannot read the config file ${file}` }))
  )
  const config = yield* decodeConfigFile(text).pipe(
    Effect.mapError((error) => new UsageError({ message: `the config file ${file} is not valid: ${error.message}` }))
  )
  const profile = config.profiles[name]
  if (profile === undefined) {
    const known = Object.keys(config.profiles)
    return yield* new UsageError({
      message: `no profile "${name}" in ${file}${known.length === 0 ? "" : ` (it has ${known.join(", ")})`}`
    })
  }
  // As ssh does with a private key: a secret in a file others may read deserves a word.
  const secrets = Object.keys(profile).filter((key) => secretVariables.has(key))
  const info = yield* Effect.option(fs.stat(file))
  if (secrets.length > 0 && Option.isSome(info) && (info.value.mode & 0o077) !== 0) {
    yield* writeStderr(`scm: warning: ${file} holds ${secrets.join(", ")} and others may read it: chmod 600 ${file}\n`)
  }
  return profile
})

const readSecretFromStdin = Effect.gen(function*() {
  const stdio = yield* Stdio.Stdio
  if (yield* stdio.stdinIsTerminal) {
    return yield* new UsageError({ message: "--password-stdin: pipe the secret in, e.g. `pass scm/prod | scm ...`" })
  }
  const text = yield* stdio.stdin.pipe(Stream.decodeText(), Stream.mkString, Effect.orDie)
  // One trailing newline is the shell's (echo, a here-string), not the secret's.
  const secret = text.replace(/\r?\n$/, "")
  if (secret === "") return yield* new UsageError({ message: "--password-stdin: stdin was empty" })
  return Redacted.make(secret)
})

const valueOf = (name: string, value: string): Value => secretVariables.has(name) ? Redacted.make(value) : value

const fromEnvironment = (env: Readonly<Record<string, string | undefined>>): Record<string, Value> =>
  Object.fromEntries(
    Object.entries(env).flatMap(([name, value]) =>
      name.startsWith("SCM_") && value !== undefined && value !== "" ? [[name, valueOf(name, value)] as const] : []
    )
  )

/**
 * The settings of this run: the environment's SCM_* variables, overridden by the chosen profile
 * (an explicit choice wins over the shell's defaults), the secret from stdin over both.
 */
export const settings = Effect.gen(function*() {
  const profileName = yield* ConfigProfile
  const passwordStdin = yield* PasswordStdin
  const env = yield* ProcessEnv
  const values: Record<string, Value> = fromEnvironment(env)
  const sources: Record<string, "environment" | "profile" | "stdin"> = {}
  for (const name of Object.keys(values)) sources[name] = "environment"
  let profile: Settings["profile"]
  if (Option.isSome(profileName)) {
    const file = configFile(env)
    for (const [name, value] of Object.entries(yield* readProfile(profileName.value, file))) {
      values[name] = valueOf(name, value)
      sources[name] = "profile"
    }
    profile = { name: profileName.value, file }
  }
  const result: Settings = { values, sources, profile }
  const scheme = schemeOf(result)
  if (passwordStdin) {
    const secret = yield* readSecretFromStdin
    if (scheme === undefined) {
      return yield* new UsageError({
        message: "--password-stdin: set SCM_AUTH first, so that scm knows which secret stdin holds"
      })
    }
    values[variables[scheme].secret] = secret
    sources[variables[scheme].secret] = "stdin"
  }
  return result
})

/**
 * `ScmHttpClient` over the strategy the settings select, on Node's `http` with keep-alive: a
 * command makes a few requests, and loading undici would add some 40 ms of CPU to the start of
 * every one (client-certificate login still brings its own). The secrets are unwrapped
 * into the provider only, from which the library reads them back as `Config.Redacted`.
 */
export const layerFrom = (current: Settings) => {
  const env = Object.fromEntries(
    Object.entries(current.values).map(([name, value]) => [name, typeof value === "string" ? value : Redacted.value(value)])
  )
  return ScmAuth.layerConfig().pipe(
    Layer.provide(ConfigProvider.layer(ConfigProvider.fromEnv({ env }))),
    Layer.provide(NodeHttpClient.layerNodeHttpOptions({ keepAlive: true }))
  )
}

/** `ScmHttpClient` for this run's settings. */
export const layer = Layer.unwrap(Effect.map(settings, layerFrom))
