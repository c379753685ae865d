/**
 * Entry point of a server process (forked by Host.ts): `hostProcess.ts <role> <options JSON>`.
 * It starts the servers of its role, reports their URLs, answers memory, journal and CPU questions, and
 * exits when the bench disconnects.
 */
import type * as MockServerModule from "@scm-effect/mock-server"
import { MockScmServer } from "@scm-effect/mock-server"
import { Cause, Effect, Redacted, Schema, type Scope } from "effect"
import * as Http from "node:http"
import * as Https from "node:https"
import { pathToFileURL } from "node:url"
import { close, effectApp, type FixedAnswer, fixedListener, listen, mockAnswer, scmLikeListener } from "./BareServers.js"
import { loopback } from "./Fixtures.js"
import { snapshot } from "./Memory.js"
import { type Answer, type Call, type Endpoints, type FromHost, HostOptions, type Role, type Target, ToHost } from "./Protocol.js"

interface Running<R extends Role> {
  readonly endpoints: Endpoints<R>
  readonly journalEntries: Effect.Effect<number>
}

const send = (message: FromHost): void => {
  process.send?.(message)
}

/** A node server on loopback for the length of the scope. */
const nodeServer = (server: Http.Server): Effect.Effect<number, never, Scope.Scope> =>
  Effect.acquireRelease(listen(server), () => close(server))

const fixed = Effect.gen(function* () {
  const port = yield* nodeServer(Http.createServer(scmLikeListener()))
  return { endpoints: { url: `http://${loopback}:${port}` }, journalEntries: Effect.succeed(0) } satisfies Running<"fixed">
})

const plainCredentials = (credentials: MockScmServer.Credentials) => ({
  clientId: credentials.clientId,
  clientSecret: Redacted.value(credentials.clientSecret),
  login: credentials.login,
  password: Redacted.value(credentials.password),
  customerUri: credentials.customerUri
})

const journalEntries = (mock: MockScmServer.Service): Effect.Effect<number> =>
  Effect.map(mock.journal, (entries) => entries.length)

const mock = (options: HostOptions) =>
  Effect.gen(function* () {
    const server = yield* MockScmServer.make({
      journalLimit: options.journalLimit,
      ...(options.tokenTtlSeconds === undefined ? {} : { tokenTtlSeconds: options.tokenTtlSeconds })
    })
    const endpoints: Endpoints<"mock"> = {
      httpUrl: server.httpUrl,
      tokenUrl: server.tokenUrl,
      credentials: plainCredentials(server.credentials),
      journalLimit: options.journalLimit
    }
    return { endpoints, journalEntries: journalEntries(server) } satisfies Running<"mock">
  })

/** The password-login headers autocannon sends to every target (the baselines ignore them). */
const passwordHeaders = (credentials: MockScmServer.Credentials): Record<string, string> => ({
  login: credentials.login,
  password: Redacted.value(credentials.password),
  customerUri: credentials.customerUri
})

/**
 * The mock-server build in `dir` (`--mock-before`), started with the credentials of `current` so
 * that the same headers log in to both; it must answer the same bytes.
 */
const mockBefore = (dir: string, current: MockScmServer.Service, options: HostOptions, answer: FixedAnswer) =>
  Effect.gen(function* () {
    const module = yield* Effect.promise(() => import(pathToFileURL(`${dir}/index.js`).href) as Promise<typeof MockServerModule>)
    const { login, password, customerUri } = current.credentials
    const server = yield* module.MockScmServer.make({
      journalLimit: options.journalLimit,
      credentials: { login, password: Redacted.value(password), customerUri }
    })
    const before = yield* mockAnswer(server.httpUrl, passwordHeaders(server.credentials))
    if (!Buffer.from(before.body).equals(Buffer.from(answer.body))) {
      return yield* Effect.fail(new Error(`the mock-server build in ${dir} answers other bytes than the current one`))
    }
    return server
  })

const throughput = (options: HostOptions) =>
  Effect.gen(function* () {
    const server = yield* MockScmServer.make({ journalLimit: options.journalLimit })
    const headers = passwordHeaders(server.credentials)
    const answer = yield* mockAnswer(server.httpUrl, headers)
    const before = options.mockBefore === undefined ? undefined : yield* mockBefore(options.mockBefore, server, options, answer)
    const tls = { cert: server.pki.server.certPem, key: Redacted.value(server.pki.server.keyPem) }
    const httpsServer = (): Http.Server => Https.createServer(tls)
    const url = (scheme: "http" | "https", port: number) => `${scheme}://${loopback}:${port}`
    const targets: ReadonlyArray<Target> = [
      { name: "http/node", url: url("http", yield* nodeServer(Http.createServer(fixedListener(answer)))) },
      { name: "http/effect", url: url("http", yield* effectApp(Http.createServer, answer)) },
      { name: "http/mock", url: server.httpUrl },
      ...(before === undefined ? [] : [{ name: "http/before", url: before.httpUrl }]),
      { name: "https/node", url: url("https", yield* nodeServer(Https.createServer(tls, fixedListener(answer)))) },
      { name: "https/effect", url: url("https", yield* effectApp(httpsServer, answer)) },
      { name: "https/mock", url: server.httpsUrl },
      ...(before === undefined ? [] : [{ name: "https/before", url: before.httpsUrl }])
    ]
    const endpoints: Endpoints<"throughput"> = {
      targets,
      headers,
      body: Buffer.from(answer.body).toString("base64"),
      contentType: answer.contentType
    }
    return { endpoints, journalEntries: journalEntries(server) } satisfies Running<"throughput">
  })

const startRole = (role: string, options: HostOptions): Effect.Effect<Running<Role>, unknown, Scope.Scope> => {
  switch (role) {
    case "fixed":
      return fixed
    case "mock":
      return mock(options)
    case "throughput":
      return throughput(options)
    default:
      return Effect.fail(new Error(`unknown role ${role}`))
  }
}

const cpuMicros = (): Answer<"cpu"> => {
  const { user, system } = process.cpuUsage()
  return { micros: user + system }
}

const answer = (call: Call, running: Running<Role>): Effect.Effect<Answer<Call>> => {
  switch (call) {
    case "memory":
      return Effect.sync(snapshot)
    case "journal":
      return Effect.map(running.journalEntries, (entries) => ({ entries }))
    case "cpu":
      return Effect.sync(cpuMicros)
  }
}

const decodeToHost = Schema.decodeUnknownOption(ToHost)

const main = Effect.gen(function* () {
  const [role = "", optionsJson = "{}"] = process.argv.slice(2)
  const options = yield* Schema.decodeUnknownEffect(Schema.fromJsonString(HostOptions))(optionsJson)
  const running = yield* startRole(role, options)
  process.on("message", (raw) => {
    const message = decodeToHost(raw)
    if (message._tag === "None") return
    const { id, call } = message.value
    void Effect.runPromise(answer(call, running)).then((value) => send({ type: "reply", id, value }))
  })
  send({ type: "ready", endpoints: running.endpoints })
  yield* Effect.callback<void>((resume) => {
    process.once("disconnect", () => resume(Effect.void))
  })
})

Effect.runPromiseExit(Effect.scoped(main)).then((exit) => {
  // Exit on purpose: keep-alive sockets must not keep the process, and a normal exit is when
  // node writes the CPU profile asked for with --cpu-prof.
  if (exit._tag === "Success") return process.exit(0)
  console.error(Cause.pretty(exit.cause))
  if (process.connected) process.send?.({ type: "failed", message: Cause.pretty(exit.cause) } satisfies FromHost, () => process.exit(1))
  else process.exit(1)
})
