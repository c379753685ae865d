/**
 * Reading the SCM_* environment (any ConfigProvider, in fact) for the three strategies.
 * Every failure is a ConfigError that names the variable.
 */
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Fs from "node:fs/promises"
import type * as Certificate from "../CertificateAuth.js"
import * as OAuth2 from "./oauth2.js"
import * as Password from "./password.js"
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
  pfxPassphrase: "SCM_PFX_PASSPHRASE"
} as const

/** @internal */
export const authScheme: Config.Config<"oauth2" | "password" | "certificate"> = Config.literal(
  "oauth2",
  "password",
  "certificate"
)(names.auth)

const httpUrl = (name: string, fallback: string): Config.Config<string> =>
  Config.string(name).pipe(
    Config.withDefault(fallback),
    Config.mapOrFail((value) => {
      const parsed = parseHttpUrl(value)
      return typeof parsed === "string"
        ? Either.left(ConfigError.InvalidData([name], `${name} ${parsed}`))
        : Either.right(value)
    })
  )

const required = (name: string) => Config.nonEmptyString(name)

const secret = (name: string) => Config.redacted(Config.nonEmptyString(name))

/** @internal */
export const oauth2: Config.Config<{
  readonly clientId: string
  readonly clientSecret: Redacted.Redacted<string>
  readonly baseUrl: string
  readonly tokenUrl: string
}> = Config.all({
  clientId: required(names.clientId),
  clientSecret: secret(names.clientSecret),
  baseUrl: httpUrl(names.baseUrl, OAuth2.defaultBaseUrl),
  tokenUrl: httpUrl(names.tokenUrl, OAuth2.defaultTokenUrl)
})

/** @internal */
export const password: Config.Config<{
  readonly login: string
  readonly password: Redacted.Redacted<string>
  readonly customerUri: string
  readonly baseUrl: string
}> = Config.all({
  login: required(names.login),
  password: secret(names.password),
  customerUri: required(names.customerUri),
  baseUrl: httpUrl(names.baseUrl, Password.defaultBaseUrl)
})

const readFile = (name: string, path: string): Effect.Effect<Buffer, ConfigError.ConfigError> =>
  Effect.tryPromise({
    try: () => Fs.readFile(path),
    catch: (cause) => {
      const code = cause instanceof Error && "code" in cause ? String(cause.code) : "unreadable"
      const why = code === "ENOENT" ? "does not exist" : code === "EACCES" ? "is not readable" : `cannot be read (${code})`
      return ConfigError.InvalidData([name], `${name}: the file "${path}" ${why}`)
    }
  })

const optionalPath = (name: string) => Config.option(Config.nonEmptyString(name))

/**
 * The certificate settings, with the files read now: a missing or unreadable file fails here,
 * when the layer is built, naming its variable.
 *
 * @internal
 */
export const certificate: Effect.Effect<Certificate.Options, ConfigError.ConfigError> = Effect.gen(function*() {
  const common = yield* Config.all({
    login: required(names.login),
    customerUri: required(names.customerUri),
    baseUrl: httpUrl(names.baseUrl, Password.defaultBaseUrl),
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
      ConfigError.InvalidData(
        [names.pfxFile],
        `${names.pfxFile} and ${other} are both set: give either a PFX file or a PEM certificate and key, not both`
      )
    )
  }
  if (Option.isNone(pfxFile) && Option.isNone(certFile)) {
    return yield* Effect.fail(
      ConfigError.MissingData(
        [names.certFile],
        `SCM_AUTH=certificate needs ${names.certFile} and ${names.keyFile} (PEM), or ${names.pfxFile}`
      )
    )
  }
  if (Option.isSome(certFile) && Option.isNone(keyFile)) {
    return yield* Effect.fail(
      ConfigError.MissingData([names.keyFile], `${names.certFile} is set, so ${names.keyFile} is needed too`)
    )
  }
  const ca = Option.isSome(caFile) ? { ca: yield* readFile(names.caFile, caFile.value) } : {}
  const shared = {
    login: common.login,
    customerUri: common.customerUri,
    baseUrl: common.baseUrl,
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
