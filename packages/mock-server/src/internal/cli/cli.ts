import { Cause, Console, Data, Effect, Exit, FileSystem, Option, Redacted, Schema, SchemaTransformation } from "effect"
import { spawn } from "node:child_process"
import { rmSync } from "node:fs"
import * as Path from "node:path"
import { parseArgs } from "node:util"
import * as MockPki from "../../MockPki.js"
import * as MockScmServer from "../../MockScmServer.js"
import { adminEndpoints } from "../admin/endpoints.js"
import { problemsOf } from "../http/issues.js"
import { parseVerifyFlags, verify, verifyUsage } from "./verify.js"

/**
 * How long the server has, once told to stop (SIGINT, SIGTERM), before the process exits anyway.
 *
 * @internal
 */
export const shutdownGraceMs = 5_000

/** @internal */
/** The admin API, one endpoint a line: method, path and, with `described`, what it does. */
const adminList = (indent: string, described: boolean): string =>
  adminEndpoints.map((endpoint) =>
    `${indent}${endpoint.method.padEnd(7)}${described ? `${endpoint.path.padEnd(28)}${endpoint.does}` : endpoint.path}`
  ).join("\n")

export const usage = `Usage: scm-mock-server [options]
       scm-mock-server verify --against <URL>   (see scm-mock-server verify --help)

Starts the SCM mock server on HTTP and HTTPS, prints one line of JSON to stdout
(URLs, credentials and PEM file paths), then a readable banner to stderr.
Stop it with Ctrl-C or SIGTERM: it exits 0 within ${shutdownGraceMs / 1000} seconds whatever its
sockets do, and removes its temporary PEM folder.

Options:
  --host <address>        address to listen on (default 127.0.0.1)
  --http-port <port>      HTTP port, 0 for an ephemeral port (default 0)
  --https-port <port>     HTTPS port, 0 for an ephemeral port (default 0)
  --token-ttl <seconds>   lifetime of issued access tokens (default 300)
  --admin-host <host>     another Host name (or host:port) the admin API answers
                          to, besides the listening address, localhost, 127.0.0.1
                          and [::1]; repeatable
  --seed <file>           JSON file with credentials and data to serve
  --pki-dir <dir>         write the PEM files there and keep them (default: a
                          temporary folder, removed on exit)
  --ui                    open the dashboard (/__admin/ui) in your browser: the
                          command in $BROWSER, else xdg-open, open or start
  -h, --help              show this help

Standing in for a real SCM (see the package README, "Record and replay a real SCM"):
  --proxy <url>           forward every API request and token request to this SCM
                          (https, or http to loopback) with the caller's own
                          credentials, and answer with its answers; certificate
                          login (/private) cannot pass and is refused
  --proxy-token-url <url> where token requests go (default Sectigo's:
                          https://auth.sso.sectigo.com/auth/realms/apiclients/protocol/openid-connect/token)
  --proxy-timeout <s>     seconds to wait for the SCM's answer, 1 to 3600 (default 60)
  --record <dir>          write each proxied exchange there, one JSON file each,
                          every secret replaced by REDACTED (needs --proxy)
  --replay <dir>          answer from the exchanges recorded there first, then
                          (with --proxy) the SCM, then the mock; given the --record
                          folder, what earlier runs recorded
  For example, record (then call its httpUrl with your own SCM credentials), and
  replay where there is no SCM:
    scm-mock-server --proxy https://cert-manager.com --record ./scm-recording
    scm-mock-server --replay ./scm-recording

Seed file (every key optional):
  {
    "credentials": { "clientId": "...", "clientSecret": "...", "login": "...",
                     "password": "...", "customerUri": "...", "certLogin": "...",
                     "developerEmail": "...", "developerPassword": "..." },
    "certificateFingerprints": { "<admin login>": ["<SHA-256 fingerprint>"] },
    "dcv": { "hosts": { "<domain>": "<base URL its HTTP(S) DCV file is fetched from>" },
             "recheckSeconds": 300 },
    "data": {
      "sslTypes":        [{ "id": 1, "name": "...", ... }],
      "sslCertificates": [{ "sslId": 1, "commonName": "...", ... }],
      "organizations":   [{ "id": 1, "name": "...", ... }],
      "customFields":    [{ "id": 1, "name": "...", "mandatory": false }],
      "domains":         [{ "id": 1, "name": "...", ... }],
      "acmeServers":     [{ "name": "...", "url": "...", "caId": 1, "certValidationType": "DV" }],
      "acmeAccounts":    [{ "id": 1, "name": "...", "organizationId": 1, "acmeServer": "...", ... }],
      "admins":          [{ "id": 1, "login": "...", "email": "...", "type": "STANDARD", ... }],
      "persons":         [{ "id": 1, "email": "...", ... }],
      "smime":           { "types": [...], "customFields": [...],
                           "certificates": [{ "id": 1, "personId": 1, ... }] }
    }
  }

Admin API (no credential; GET /__admin answers this list as JSON, with example bodies):
${adminList("  ", true)}
  POST needs Content-Type: application/json, body or none; a PUT or DELETE with a
  body too. Only this server's own Host names (and --admin-host) are answered.

Exit codes: 0 after a clean shutdown or --help, 1 on a failure, 2 on bad usage.`

/** @internal */
export class UsageError extends Data.TaggedError("UsageError")<{ readonly message: string }> {}

/** @internal */
export class SeedError extends Data.TaggedError("SeedError")<{ readonly message: string }> {}

/** A flag's decimal integer from `min` to `max`; anything else (empty, a sign, hex, a fraction) is refused. */
const integerFlag = (min: number, max: number, expected: string) => {
  const message = `must be ${expected}`
  return Schema.String.check(Schema.isPattern(/^\d{1,16}$/, { message })).pipe(
    Schema.decodeTo(
      Schema.Number.check(Schema.makeFilter((value) => (Number.isSafeInteger(value) && value >= min && value <= max) || message)),
      SchemaTransformation.numberFromString
    )
  )
}

const Port = integerFlag(0, 65_535, "an integer from 0 to 65535")
const Seconds = integerFlag(1, Number.MAX_SAFE_INTEGER, "a whole number of seconds, at least 1")
const ProxyTimeout = integerFlag(1, 3600, "a whole number of seconds from 1 to 3600")
const Text = Schema.String.check(Schema.isNonEmpty({ message: "must not be empty" }))
const Id = Schema.Number.annotate({ message: "must be an integer" }).check(Schema.isInt({ message: "must be an integer" }))
const optional = Schema.optionalKey

/** The flags as node's parseArgs gives them, by flag name: an issue's path is the flag it is about. */
const FlagValues = Schema.Struct({
  host: optional(Text),
  "http-port": optional(Port),
  "https-port": optional(Port),
  "token-ttl": optional(Seconds),
  seed: optional(Text),
  "pki-dir": optional(Text),
  "admin-host": optional(Schema.Array(Text)),
  ui: optional(Schema.Boolean),
  proxy: optional(Text),
  "proxy-token-url": optional(Text),
  "proxy-timeout": optional(ProxyTimeout),
  record: optional(Text),
  replay: optional(Text),
  help: optional(Schema.Boolean)
})

/** @internal */
export interface Flags {
  readonly host?: string
  readonly httpPort?: number
  readonly httpsPort?: number
  readonly tokenTtlSeconds?: number
  readonly seed?: string
  readonly pkiDir?: string
  readonly adminHosts?: ReadonlyArray<string>
  readonly ui?: boolean
  readonly proxy?: string
  readonly proxyTokenUrl?: string
  readonly proxyTimeoutSeconds?: number
  readonly record?: string
  readonly replay?: string
  readonly help?: boolean
}

/** The flags renamed to the options they set; absent flags stay absent. */
const toFlags = (values: typeof FlagValues.Type): Flags => {
  const {
    "admin-host": adminHosts,
    "http-port": httpPort,
    "https-port": httpsPort,
    "pki-dir": pkiDir,
    "proxy-timeout": proxyTimeoutSeconds,
    "proxy-token-url": proxyTokenUrl,
    "token-ttl": tokenTtlSeconds,
    ...named
  } = values
  return {
    ...named,
    ...(adminHosts === undefined ? {} : { adminHosts }),
    ...(httpPort === undefined ? {} : { httpPort }),
    ...(httpsPort === undefined ? {} : { httpsPort }),
    ...(tokenTtlSeconds === undefined ? {} : { tokenTtlSeconds }),
    ...(pkiDir === undefined ? {} : { pkiDir }),
    ...(proxyTimeoutSeconds === undefined ? {} : { proxyTimeoutSeconds }),
    ...(proxyTokenUrl === undefined ? {} : { proxyTokenUrl })
  }
}

const flagSpec = {
  host: { type: "string" },
  "http-port": { type: "string" },
  "https-port": { type: "string" },
  "token-ttl": { type: "string" },
  seed: { type: "string" },
  "pki-dir": { type: "string" },
  "admin-host": { type: "string", multiple: true },
  ui: { type: "boolean" },
  proxy: { type: "string" },
  "proxy-token-url": { type: "string" },
  "proxy-timeout": { type: "string" },
  record: { type: "string" },
  replay: { type: "string" },
  help: { type: "boolean", short: "h" }
} as const

/** One readable line per problem: `where: what`. */
const formatIssues = (
  error: Schema.SchemaError,
  where: (path: ReadonlyArray<PropertyKey>) => string
): ReadonlyArray<string> => problemsOf(error.issue).map((problem) => `${where(problem.path)}: ${problem.message}`)

/** node's parseArgs messages name the offending flag in their first sentence; the rest is advice about positionals. */
const firstSentence = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause)).split(". ")[0] ?? ""

const decodeFlags = Schema.decodeUnknownEffect(FlagValues)

/** @internal */
export const parseFlags = (argv: ReadonlyArray<string>): Effect.Effect<Flags, UsageError> =>
  Effect.try({
    try: () => parseArgs({ args: [...argv], options: flagSpec, strict: true, allowPositionals: false }).values,
    catch: (cause) => new UsageError({ message: firstSentence(cause) })
  }).pipe(
    Effect.flatMap((values) => decodeFlags(values, { errors: "all" })),
    Effect.map(toFlags),
    Effect.catchTag("SchemaError", (error) =>
      Effect.fail(new UsageError({ message: formatIssues(error, (path) => `--${path.map(String).join(".")}`).join("; ") })))
  )

const SeedCredentials = Schema.Struct({
  clientId: optional(Text),
  clientSecret: optional(Text),
  login: optional(Text),
  password: optional(Text),
  customerUri: optional(Text),
  certLogin: optional(Text),
  developerEmail: optional(Text),
  developerPassword: optional(Text)
})

/** Records keep every vendor field they are given; only the keys the server indexes on are required. */
const record = <Fields extends Schema.Struct.Fields>(fields: Fields) =>
  Schema.Array(Schema.StructWithRest(Schema.Struct(fields), [Schema.Record(Schema.String, Schema.Unknown)]))

const SeedData = Schema.Struct({
  sslTypes: optional(record({ id: Id, name: Text })),
  sslCertificates: optional(record({ sslId: Id, commonName: Schema.String })),
  organizations: optional(record({ id: Id, name: Text })),
  customFields: optional(record({ id: Id, name: Text, mandatory: optional(Schema.Boolean) })),
  domains: optional(record({ id: Id, name: Text })),
  acmeServers: optional(Schema.Array(Schema.Struct({
    name: Text,
    url: Text,
    caId: Id,
    certValidationType: Schema.Literals(["DV", "OV", "EV"]),
    singleProductId: optional(Id),
    multiProductId: optional(Id),
    wcProductId: optional(Id)
  }))),
  acmeAccounts: optional(Schema.Array(Schema.Struct({
    id: Id,
    name: Text,
    organizationId: Id,
    acmeServer: Text,
    accountId: optional(Text),
    macId: optional(Text),
    macKey: optional(Text),
    certValidationType: optional(Schema.Literals(["DV", "OV", "EV"])),
    status: optional(Text),
    contacts: optional(Schema.String),
    domains: optional(Schema.Array(Schema.Struct({ name: Text, validUntil: optional(Text), stickyUntil: optional(Text) }))),
    clients: optional(Schema.Array(Schema.Struct({
      accountId: Text,
      ipAddress: optional(Text),
      userAgent: optional(Text),
      status: optional(Text),
      lastActivity: optional(Text),
      contacts: optional(Schema.String)
    })))
  }))),
  admins: optional(record({
    id: Id,
    login: Text,
    email: Text,
    type: Schema.Literals(["STANDARD", "API", "SAS", "IDP"]),
    credentials: optional(Schema.Array(Schema.Struct({ role: Text, orgId: optional(Id) }))),
    privileges: optional(Schema.Array(Text))
  })),
  persons: optional(record({ id: Id, email: Text })),
  smime: optional(Schema.Struct({
    types: optional(record({ id: Id, name: Text })),
    customFields: optional(record({ id: Id, name: Text, mandatory: optional(Schema.Boolean) })),
    certificates: optional(record({ id: Id, personId: Id }))
  }))
})

/** Where DCV checks look (a resolver is a function: only the host map fits a file). */
const SeedDcv = Schema.Struct({
  hosts: optional(Schema.Record(Schema.String, Text)),
  recheckSeconds: optional(Id.check(Schema.isGreaterThanOrEqualTo(1, { message: "must be at least 1" })))
})

/** @internal */
export const SeedFile = Schema.Struct({
  credentials: optional(SeedCredentials),
  certificateFingerprints: optional(Schema.Record(Schema.String, Schema.Array(Text))),
  dcv: optional(SeedDcv),
  data: optional(SeedData)
})

/** @internal */
export type SeedFile = typeof SeedFile.Type

const jsonPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.length === 0
    ? "(top level)"
    : path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("")

const seedError = (message: string) => new SeedError({ message })

const decodeSeed = Schema.decodeUnknownEffect(Schema.fromJsonString(SeedFile))

/** @internal */
export const readSeed = Effect.fn("Cli.readSeed")(function*(path: string) {
  const fs = yield* FileSystem.FileSystem
  const text = yield* fs.readFileString(path).pipe(
    Effect.mapError((error) => seedError(`cannot read seed file ${path}: ${error.message}`))
  )
  return yield* decodeSeed(text, { errors: "all", onExcessProperty: "error" }).pipe(
    Effect.mapError((error) => seedError([`bad seed file ${path}:`, ...formatIssues(error, jsonPath)].join("\n  ")))
  )
})

/**
 * Flags win over the seed file; the seed file's `data` is the server's `seed`.
 *
 * @internal
 */
export const serverOptions = (
  { help: _help, pkiDir: _pkiDir, seed: _seedFile, ui: _ui, ...listen }: Flags,
  { data, ...credentials }: SeedFile = {}
): MockScmServer.Options => ({
  ...credentials,
  ...listen,
  ...(data === undefined ? {} : { seed: data })
})

/**
 * What a client in any language needs to run contract tests, secrets included:
 * the line is printed on stdout on purpose.
 *
 * @internal
 */
export interface ConnectionInfo
  extends
    Required<MockScmServer.CredentialOptions>,
    Pick<MockPki.PkiFiles, "caFile" | "clientCertFile" | "clientKeyFile">
{
  readonly httpUrl: string
  readonly httpsUrl: string
  readonly tokenUrl: string
}

/** @internal */
export const connectionInfo = (
  server: MockScmServer.Service,
  files: MockPki.PkiFiles
): ConnectionInfo => ({
  httpUrl: server.httpUrl,
  httpsUrl: server.httpsUrl,
  tokenUrl: server.tokenUrl,
  clientId: server.credentials.clientId,
  clientSecret: Redacted.value(server.credentials.clientSecret),
  login: server.credentials.login,
  password: Redacted.value(server.credentials.password),
  customerUri: server.credentials.customerUri,
  certLogin: server.credentials.certLogin,
  developerEmail: server.credentials.developerEmail,
  developerPassword: Redacted.value(server.credentials.developerPassword),
  caFile: files.caFile,
  clientCertFile: files.clientCertFile,
  clientKeyFile: files.clientKeyFile
})

/**
 * The dashboard's address on the HTTP listener.
 *
 * @internal
 */
export const dashboardUrl = (info: Pick<ConnectionInfo, "httpUrl">): string => `${info.httpUrl}/__admin/ui`

/** The command that opens a URL: `$BROWSER` when set, else the system's own. */
const browserCommand = (url: string): readonly [string, ReadonlyArray<string>] => {
  const chosen = process.env["BROWSER"]?.trim()
  if (chosen !== undefined && chosen !== "") return [chosen, [url]]
  return process.platform === "darwin"
    ? ["open", [url]]
    : process.platform === "win32"
    ? ["cmd", ["/c", "start", "", url]]
    : ["xdg-open", [url]]
}

/**
 * Starts a browser on `url`, without waiting for it (nor letting it hold the server's process):
 * what happened, in words for the line that shows the address anyway.
 */
const openInBrowser = (url: string): Effect.Effect<string> =>
  Effect.callback<string>((resume) => {
    const [command, args] = browserCommand(url)
    try {
      const child = spawn(command, args, { stdio: "ignore", detached: true })
      child.once("error", (error) => resume(Effect.succeed(`${command} could not be started (${error.message}): open the address yourself`)))
      child.once("spawn", () => {
        child.unref()
        resume(Effect.succeed(`opening it with ${command}`))
      })
    } catch (error) {
      resume(Effect.succeed(`${command} could not be started (${error instanceof Error ? error.message : String(error)}): open the address yourself`))
    }
  })

/**
 * What a server standing in for a real SCM adds to the JSON line: the flags that made it so, the
 * folders as absolute paths.
 *
 * @internal
 */
export const standIn = ({ proxy, proxyTokenUrl, record, replay }: Flags) => ({
  ...(proxy === undefined ? {} : { proxy }),
  ...(proxyTokenUrl === undefined ? {} : { proxyTokenUrl }),
  ...(record === undefined ? {} : { record: Path.resolve(record) }),
  ...(replay === undefined ? {} : { replay: Path.resolve(replay) })
})

/**
 * The banner's note on a server standing in for a real SCM: whose credentials count where.
 *
 * @internal
 */
export const standInNote = (flags: Flags): string => {
  const { proxy, record, replay } = standIn(flags)
  return [
    ...(replay === undefined ? [] : [`Replaying ${replay}: recorded answers first.`]),
    ...(proxy === undefined ? [] : [
      `Proxy to ${proxy}: /api and token requests go there with the caller's own SCM credentials`,
      `(the mock's credentials above count only for what the mock answers); /private is refused.`
    ]),
    ...(record === undefined ? [] : [`Recording each exchange into ${record}, secrets replaced by REDACTED.`])
  ].join("\n")
}

const shellQuote = (value: string): string => `'${value.replaceAll("'", `'\\''`)}'`

/**
 * The banner names the secrets by variable, so a screenshot or a pasted
 * terminal log does not carry them; they are in the JSON line.
 *
 * @internal
 */
export const banner = (info: ConnectionInfo, pkiDir: { readonly path: string; readonly temporary: boolean }): string => {
  const q = shellQuote
  const types = "/api/ssl/v1/types"
  return `
scm-mock-server is running
  HTTP    ${info.httpUrl}
  HTTPS   ${info.httpsUrl}   (trust ${info.caFile})
  token   ${info.tokenUrl}
  dashboard ${dashboardUrl(info)}   (in a browser: the journal, the state, faults and settings)
  OAuth2 client id ${info.clientId}; login ${info.login}; customerUri ${info.customerUri}; certificate login ${info.certLogin}
  PEM files in ${pkiDir.path}${pkiDir.temporary ? " (removed on exit)" : ""}
  Secrets (clientSecret, password) are in the JSON line on stdout. Started as
  \`scm-mock-server > mock.json\`, take them with jq:
    export SCM_CLIENT_SECRET=$(jq -r .clientSecret mock.json) SCM_PASSWORD=$(jq -r .password mock.json)

Try it:
  # OAuth2: get a token, then call with it
  TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=${q(info.clientId)} \\
    --data-urlencode "client_secret=$SCM_CLIENT_SECRET" ${info.tokenUrl} | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
  curl -H "Authorization: Bearer $TOKEN" ${info.httpUrl}${types}

  # Password headers
  curl -H ${q(`login: ${info.login}`)} -H "password: $SCM_PASSWORD" -H ${q(`customerUri: ${info.customerUri}`)} \\
    ${info.httpUrl}${types}

  # Client certificate, HTTPS only, under /private
  curl --cacert ${q(info.caFile)} --cert ${q(info.clientCertFile)} --key ${q(info.clientKeyFile)} \\
    -H ${q(`login: ${info.certLogin}`)} -H ${q(`customerUri: ${info.customerUri}`)} ${info.httpsUrl}/private${types}

Admin API, no credential (curl ${info.httpUrl}/__admin lists it, with example bodies):
${adminList("  ", false)}
  # organizations, profiles and their terms: what an enroll may name
  curl ${info.httpUrl}/__admin/seed
  # a fault: the next request for the profiles answers 429
  curl -H 'Content-Type: application/json' -d '{"path":"${types}","status":429,"headers":{"Retry-After":"2"}}' ${info.httpUrl}/__admin/faults
  # the journal, then back to the start
  curl ${info.httpUrl}/__admin/requests
  curl -X POST -H 'Content-Type: application/json' ${info.httpUrl}/__admin/reset

Stop with Ctrl-C.
`
}

/**
 * Arms the deadline of a shutdown: should closing take longer than `shutdownGraceMs` (a finalizer
 * waiting on something that never comes), the temporary folder is removed and the process exits
 * with the code it would have had. The timer does not keep the process alive: a shutdown that
 * finishes in time exits as usual.
 */
const armShutdownDeadline = (pkiDir: { readonly path: string; readonly temporary: boolean }, code: number): void => {
  setTimeout(() => {
    if (pkiDir.temporary) rmSync(pkiDir.path, { recursive: true, force: true })
    process.exit(code)
  }, shutdownGraceMs).unref()
}

const serve = Effect.fn("Cli.serve")(function*(flags: Flags) {
  const fs = yield* FileSystem.FileSystem
  const seed = flags.seed === undefined ? undefined : yield* readSeed(flags.seed)
  const pkiDir = flags.pkiDir === undefined
    ? { path: yield* fs.makeTempDirectoryScoped({ prefix: "scm-mock-server-" }), temporary: true }
    : { path: flags.pkiDir, temporary: false }
  const server = yield* MockScmServer.make(serverOptions(flags, seed))
  // Added last, so it runs first when the scope closes, before the server's own finalizers.
  yield* Effect.addFinalizer((exit) => Effect.sync(() => armShutdownDeadline(pkiDir, exitCode(exit))))
  const files = yield* MockPki.writeFiles(server.pki, pkiDir.path)
  const info = connectionInfo(server, files)
  yield* Console.log(JSON.stringify({ ...info, ...standIn(flags) }))
  yield* Console.error(banner(info, pkiDir))
  if (flags.ui === true) yield* Console.error(`Dashboard: ${dashboardUrl(info)} (${yield* openInBrowser(dashboardUrl(info))})`)
  const note = standInNote(flags)
  if (note !== "") yield* Console.error(`${note}\n`)
  return yield* Effect.never
}, Effect.scoped)

/** @internal */
export const run = (
  argv: ReadonlyArray<string>
): Effect.Effect<void, Effect.Error<ReturnType<typeof runServer | typeof runVerify>>, Effect.Services<ReturnType<typeof runServer>>> =>
  argv[0] === "verify" ? runVerify(argv.slice(1)) : runServer(argv)

const runServer = (argv: ReadonlyArray<string>) =>
  Effect.flatMap(parseFlags(argv), (flags) => (flags.help === true ? Console.log(usage) : serve(flags)))

/** `scm-mock-server verify`: its own flags and help (`verify.ts`). */
const runVerify = Effect.fnUntraced(function*(argv: ReadonlyArray<string>) {
  const flags = parseVerifyFlags(argv)
  if ("problem" in flags) return yield* new UsageError({ message: flags.problem })
  if (flags.against === undefined) return yield* Console.log(verifyUsage)
  return yield* verify(flags.against)
})

const report = <E>(cause: Cause.Cause<E>): string =>
  Option.match(Cause.findErrorOption(cause), {
    onNone: () => Cause.pretty(cause),
    onSome: (error) =>
      error instanceof UsageError
        ? `scm-mock-server: ${error.message}\nRun scm-mock-server --help for usage.`
        : `scm-mock-server: ${error instanceof Error ? error.message : String(error)}`
  })

/**
 * `run`, with a failure reported on stderr as one readable message rather than a cause dump.
 *
 * @internal
 */
export const main = (argv: ReadonlyArray<string>) =>
  run(argv).pipe(
    Effect.tapCause((cause) => (Cause.hasInterruptsOnly(cause) ? Effect.void : Console.error(report(cause))))
  )

/** @internal */
export const exitCode = <E, A>(exit: Exit.Exit<A, E>): number =>
  Exit.match(exit, {
    onSuccess: () => 0,
    onFailure: (cause) =>
      Cause.hasInterruptsOnly(cause)
        ? 0
        : Option.exists(Cause.findErrorOption(cause), (error) => error instanceof UsageError)
        ? 2
        : 1
  })
