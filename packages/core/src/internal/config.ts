/**
 * Reading the SCM_* environment (any ConfigProvider, in fact) for the three strategies.
 * Every failure is a ConfigError that names the variable.
 */
import * as Config from "effect/Config"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as Fs from "node:fs/promises"
import type * as Certificate from "../CertificateAuth.js"
import * as OAuth2 from "./oauth2.js"
import * as Password from "./password.js"
import { headerValueProblem } from "./secrets.js"
import { parseHttpUrl } from "./url.js"

/** @internal */
export const names = {
  auth: "SCM_AUTH",
  baseUrl: "SCM_BASE_URL",
  tokenUrl: "SCM_TOKEN_URL",
  clientId: "SCM_CLIENT_ID",
  clientSecret: "SCM_CLIENT_SECRET",
  login: "SCM_LOGIN",
  password: "SCM_PASSWORD",
  customerUri: "SCM_CUSTOMER_URI",
  certFile: "SCM_CERT_FILE",
  keyFile: "SCM_KEY_FILE",
  caFile: "SCM_CA_FILE",
  pfxFile: "SCM_PFX_FILE",
  pfxPassphrase: "SCM_PFX_PASSPHRASE",
  timeout: "SCM_TIMEOUT"
} as const

/**
 * A value that is there but unusable. The message names the variable; it never quotes the value,
 * which may be a secret.
 *
 * @internal
 */
export const invalid = (name: string, message: string): Config.ConfigError =>
  new Config.ConfigError(
    new Schema.SchemaError(new SchemaIssue.Pointer([name], new SchemaIssue.InvalidValue({ message })))
  )

/**
 * A variable that must be set, given the others.
 *
 * @internal
 */
export const missing = (name: string, message: string): Config.ConfigError =>
  new Config.ConfigError(
    new Schema.SchemaError(new SchemaIssue.Pointer([name], new SchemaIssue.MissingKey({ messageMissingKey: message })))
  )

/** @internal */
export const authScheme: Config.Config<"oauth2" | "password" | "certificate"> = Config.Literals(
  ["oauth2", "password", "certificate"],
  names.auth
)

const httpUrl = (name: string, fallback: string): Config.Config<string> =>
  Config.String(name).pipe(
    Config.withDefault(fallback),
    Config.mapEffect((value) => {
      const parsed = parseHttpUrl(value)
      return typeof parsed === "string" ? Effect.fail(invalid(name, `${name} ${parsed}`)) : Effect.succeed(value)
    })
  )

const required = (name: string) => Config.NonEmptyString(name)

// A value sent as an HTTP header, checked here so that the error names the variable.
const headerValue = <A extends string | Redacted.Redacted<string>>(name: string, config: Config.Config<A>) =>
  Config.mapEffect(config, (value) => {
    const problem = headerValueProblem(typeof value === "string" ? value : Redacted.value(value))
    return problem === undefined ? Effect.succeed(value) : Effect.fail(invalid(name, `${name} ${problem}`))
  })

/**
 * `SCM_TIMEOUT`: the deadline of one attempt, as a duration ("90 seconds", "2 minutes",
 * "Infinity") or a number of seconds; unset, the code's `timeout` (or the default) applies.
 *
 * @internal
 */
export const timeout: Config.Config<Duration.Duration | undefined> = Config.option(Config.String(names.timeout)).pipe(
  Config.mapEffect((value) => {
    if (Option.isNone(value)) return Effect.succeed(undefined)
    const text = value.value.trim()
    const parsed = /^\d+(\.\d+)?$/.test(text) ? Option.some(Duration.seconds(Number(text))) : Duration.fromInput(text as Duration.Input)
    return Option.isSome(parsed) && Duration.toMillis(parsed.value) > 0
      ? Effect.succeed(parsed.value)
      : Effect.fail(
        invalid(
          names.timeout,
          `${names.timeout} must be a positive duration, such as "120 seconds", "2 minutes" or a number of seconds`
        )
      )
  })
)

// Environment providers already read an empty variable as unset; other providers may not.
const secret = (name: string): Config.Config<Redacted.Redacted<string>> =>
  Config.Redacted(name).pipe(
    Config.mapEffect((value) =>
      Redacted.value(value) === "" ? Effect.fail(invalid(name, `${name} must not be empty`)) : Effect.succeed(value)
    )
  )

/** @internal */
export const oauth2: Config.Config<{
  readonly clientId: string
  readonly clientSecret: Redacted.Redacted<string>
  readonly baseUrl: string
  readonly tokenUrl: string
  readonly timeout: Duration.Duration | undefined
}> = Config.all({
  clientId: required(names.clientId),
  clientSecret: secret(names.clientSecret),
  baseUrl: httpUrl(names.baseUrl, OAuth2.defaultBaseUrl),
  tokenUrl: httpUrl(names.tokenUrl, OAuth2.defaultTokenUrl),
  timeout
})

/** @internal */
export const password: Config.Config<{
  readonly login: string
  readonly password: Redacted.Redacted<string>
  readonly customerUri: string
  readonly baseUrl: string
  readonly timeout: Duration.Duration | undefined
}> = Config.all({
  login: headerValue(names.login, required(names.login)),
  password: headerValue(names.password, secret(names.password)),
  customerUri: headerValue(names.customerUri, required(names.customerUri)),
  baseUrl: httpUrl(names.baseUrl, Password.defaultBaseUrl),
  timeout
})

const readFile = (name: string, path: string): Effect.Effect<Buffer, Config.ConfigError> =>
  Effect.tryPromise({
    try: () => Fs.readFile(path),
    catch: (cause) => {
      const code = cause instanceof Error && "code" in cause ? String(cause.code) : "unreadable"
      const why = code === "ENOENT" ? "does not exist" : code === "EACCES" ? "is not readable" : `cannot be read (${code})`
      return invalid(name, `${name}: the file "${path}" ${why}`)
    }
  })

const optionalPath = (name: string) => Config.option(Config.NonEmptyString(name))

/**
 * The certificate settings, with the files read now: a missing or unreadable file fails here,
 * when the layer is built, naming its variable.
 *
 * @internal
 */
export const certificate: Effect.Effect<Certificate.Options, Config.ConfigError> = Effect.gen(function*() {
  const common = yield* Config.all({
    login: headerValue(names.login, required(names.login)),
    customerUri: headerValue(names.customerUri, required(names.customerUri)),
    baseUrl: httpUrl(names.baseUrl, Password.defaultBaseUrl),
    timeout,
    certFile: optionalPath(names.certFile),
    keyFile: optionalPath(names.keyFile),
    caFile: optionalPath(names.caFile),
    pfxFile: optionalPath(names.pfxFile),
    passphrase: Config.option(secret(names.pfxPassphrase))
  })
  const { caFile, certFile, keyFile, passphrase, pfxFile } = common
  if (Option.isSome(pfxFile) && (Option.isSome(certFile) || Option.isSome(keyFile))) {
    const other = Option.isSome(certFile) ? names.certFile : names.keyFile
    return yield* Effect.fail(
      invalid(
        names.pfxFile,
        `${names.pfxFile} and ${other} are both set: give either a PFX file or a PEM certificate and key, not both`
      )
    )
  }
  if (Option.isNone(pfxFile) && Option.isNone(certFile)) {
    return yield* Effect.fail(
      missing(names.certFile, `SCM_AUTH=certificate needs ${names.certFile} and ${names.keyFile} (PEM), or ${names.pfxFile}`)
    )
  }
  if (Option.isSome(certFile) && Option.isNone(keyFile)) {
    return yield* Effect.fail(missing(names.keyFile, `${names.certFile} is set, so ${names.keyFile} is needed too`))
  }
  const ca = Option.isSome(caFile) ? { ca: yield* readFile(names.caFile, caFile.value) } : {}
  const shared = {
    login: common.login,
    customerUri: common.customerUri,
    baseUrl: common.baseUrl,
    ...(common.timeout === undefined ? {} : { timeout: common.timeout }),
    ...ca,
    ...(Option.isSome(passphrase) ? { passphrase: passphrase.value } : {})
  }
  if (Option.isSome(pfxFile)) {
    return { ...shared, pfx: Redacted.make(yield* readFile(names.pfxFile, pfxFile.value)) }
  }
  const [cert, key] = yield* Effect.all([
    readFile(names.certFile, Option.getOrThrow(certFile)),
    readFile(names.keyFile, Option.getOrThrow(keyFile))
  ])
  return { ...shared, cert, key: Redacted.make<Certificate.Pem>(key) }
})
