import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { describe, expect, it, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Context, Effect, Layer, Redacted, Schema } from "effect"
import { type ChildProcess, spawn } from "node:child_process"
import * as Fs from "node:fs/promises"
import * as Http from "node:http"
import * as Https from "node:https"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { compileCacheOf, compiledEntry } from "../../../scripts/test-entries.js"
import { parseFlags, readSeed, shutdownGraceMs } from "../src/internal/cli/cli.js"
import { tempDir as makeTempDir } from "./support/files.js"
import { openSocket } from "./support/raw.js"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const deadline = "15 seconds"

/** The JSON line of the CLI: the contract for clients in other languages. */
const PrintedLine = Schema.Struct({
  httpUrl: Schema.NonEmptyString,
  httpsUrl: Schema.NonEmptyString,
  tokenUrl: Schema.NonEmptyString,
  clientId: Schema.NonEmptyString,
  clientSecret: Schema.NonEmptyString,
  login: Schema.NonEmptyString,
  password: Schema.NonEmptyString,
  customerUri: Schema.NonEmptyString,
  certLogin: Schema.NonEmptyString,
  developerEmail: Schema.NonEmptyString,
  developerPassword: Schema.NonEmptyString,
  caFile: Schema.NonEmptyString,
  clientCertFile: Schema.NonEmptyString,
  clientKeyFile: Schema.NonEmptyString
})
type PrintedLine = typeof PrintedLine.Type

interface Cli {
  readonly child: ChildProcess
  readonly stdout: () => string
  readonly stderr: () => string
}

/**
 * Runs the CLI from its sources, compiled by the global setup (support/compiledBin.ts), with the
 * Node that runs the tests (the published bin runs the same code from dist; check-packages runs
 * that one); killed when the scope closes.
 */
const spawnCli = (args: ReadonlyArray<string>, env: NodeJS.ProcessEnv = process.env) =>
  Effect.acquireRelease(
    Effect.sync((): Cli => {
      const child = spawn(process.execPath, [compiledEntry(packageDir, "bin"), ...args], {
        cwd: packageDir,
        env: { NODE_COMPILE_CACHE: compileCacheOf(packageDir), ...env },
        stdio: ["ignore", "pipe", "pipe"]
      })
      let stdout = ""
      let stderr = ""
      child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk))
      child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
      return { child, stdout: () => stdout, stderr: () => stderr }
    }),
    ({ child }) =>
      Effect.sync(() => {
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
      })
  )

const diagnostics = (cli: Cli) => new Error(`stdout:\n${cli.stdout()}\nstderr:\n${cli.stderr()}`)

/** The exit code, or the signal that ended the process. */
const exited = (cli: Cli) =>
  Effect.callback<number | NodeJS.Signals>((resume) => {
    const done = () => resume(Effect.succeed(cli.child.exitCode ?? cli.child.signalCode ?? -1))
    if (cli.child.exitCode !== null || cli.child.signalCode !== null) return done()
    cli.child.once("exit", done)
  }).pipe(Effect.timeoutOrElse({ duration: deadline, orElse: () => Effect.fail(diagnostics(cli)) }))

/** Runs the CLI to its end: for the invocations that should not start a server. */
const runToExit = (args: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const cli = yield* spawnCli(args)
    const code = yield* exited(cli)
    return { code, stdout: cli.stdout(), stderr: cli.stderr() }
  }).pipe(Effect.scoped)

const firstLine = (cli: Cli) =>
  Effect.callback<string, Error>((resume) => {
    const check = () => {
      const end = cli.stdout().indexOf("\n")
      if (end >= 0) resume(Effect.succeed(cli.stdout().slice(0, end)))
    }
    cli.child.stdout?.on("data", check)
    cli.child.once("exit", () => resume(Effect.fail(diagnostics(cli))))
    check()
  }).pipe(Effect.timeoutOrElse({ duration: deadline, orElse: () => Effect.fail(diagnostics(cli)) }))

/** Waits until stderr has `text` (the banner follows the JSON line, and may arrive after it). */
const stderrContains = (cli: Cli, text: string) =>
  Effect.callback<void, Error>((resume) => {
    const check = () => {
      if (cli.stderr().includes(text)) resume(Effect.void)
    }
    cli.child.stderr?.on("data", check)
    cli.child.once("exit", () => resume(Effect.fail(diagnostics(cli))))
    check()
    return Effect.sync(() => cli.child.stderr?.off("data", check))
  }).pipe(Effect.timeoutOrElse({ duration: deadline, orElse: () => Effect.fail(diagnostics(cli)) }))

const startCli = (args: ReadonlyArray<string>, env?: NodeJS.ProcessEnv) =>
  Effect.gen(function*() {
    const cli = yield* spawnCli(args, env)
    const line = yield* firstLine(cli).pipe(Effect.flatMap(Schema.decodeUnknownEffect(Schema.fromJsonString(PrintedLine))))
    return { cli, line }
  })

const tempDir = makeTempDir("scm-cli-test-")

const exists = (path: string) =>
  Effect.promise(() => Fs.access(path).then(() => true, () => false))

interface Reply {
  readonly status: number
  readonly body: string
}

/** A curl-style call: what a user of any language does with the JSON line. */
const call = (url: string, options: Https.RequestOptions & { readonly body?: string } = {}) =>
  Effect.callback<Reply, Error>((resume) => {
    const { body, ...requestOptions } = options
    const send = url.startsWith("https:") ? Https.request : Http.request
    const request = send(url, { agent: false, ...requestOptions }, (response) => {
      let text = ""
      response.setEncoding("utf8")
      response.on("data", (chunk: string) => (text += chunk))
      response.on("end", () => resume(Effect.succeed({ status: response.statusCode ?? 0, body: text })))
    })
    request.on("error", (error) => resume(Effect.fail(error)))
    request.end(body)
    return Effect.sync(() => request.destroy())
  }).pipe(Effect.timeoutOrElse({ duration: deadline, orElse: () => Effect.fail(new Error(`no answer from ${url}`)) }))

const seededType = {
  id: 9001,
  name: "Seeded profile",
  description: "from the seed file",
  terms: [365],
  keyTypes: { EC: ["P-256"] },
  useSecondaryOrgName: false
}

const seed = {
  credentials: { login: "seed-admin", customerUri: "seed-customer", certLogin: "seed-cert-admin" },
  data: {
    sslTypes: [seededType],
    persons: [{ id: 77001, email: "seeded.person@example.com", firstName: "Seeded", lastName: "Person", organizationId: 1001 }],
    admins: [{ id: 88001, login: "seeded_admin", email: "seeded.admin@example.com", type: "STANDARD" }]
  }
}

class Running extends Context.Service<Running, {
  readonly cli: Cli
  readonly line: PrintedLine
  readonly dir: string
}>()("test/Running") {}

const RunningLive = Layer.effect(
  Running,
  Effect.gen(function*() {
    const dir = yield* tempDir
    const seedFile = Path.join(dir, "seed.json")
    yield* Effect.promise(() => Fs.writeFile(seedFile, JSON.stringify(seed)))
    const { cli, line } = yield* startCli(["--seed", seedFile, "--pki-dir", Path.join(dir, "pki")])
    return { cli, line, dir }
  })
)

layer(RunningLive, { excludeTestServices: true })("scm-mock-server, running", (it) => {
  it.effect("prints one JSON line with the seeded credentials and the PEM files it wrote", () =>
    Effect.gen(function*() {
      const { cli, dir, line } = yield* Running
      expect(cli.stdout().trim().split("\n")).toHaveLength(1)
      expect(line).toMatchObject(seed.credentials)
      expect(line.httpUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(line.httpsUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
      for (const file of [line.caFile, line.clientCertFile, line.clientKeyFile]) {
        expect(Path.dirname(file)).toBe(Path.join(dir, "pki"))
      }
      const { mode } = yield* Effect.promise(() => Fs.stat(line.clientKeyFile))
      expect(mode & 0o777).toBe(0o600)
    }))

  it.effect("prints a banner with a curl command for each scheme, without the secrets", () =>
    Effect.gen(function*() {
      const { cli, line } = yield* Running
      yield* stderrContains(cli, "Stop with Ctrl-C.")
      const banner = cli.stderr()
      expect(banner).toContain(line.httpUrl)
      expect(banner).toContain(`${line.httpsUrl}/private/api/ssl/v1/types`)
      expect(banner).toContain("Authorization: Bearer")
      expect(banner).toContain(`--cert '${line.clientCertFile}' --key '${line.clientKeyFile}'`)
      expect(banner).not.toContain(line.clientSecret)
      expect(banner).not.toContain(line.password)
      expect(banner).not.toContain(line.developerPassword)
    }))

  it.effect("prints the dashboard's address in the banner, and the dashboard answers there", () =>
    Effect.gen(function*() {
      const { cli, line } = yield* Running
      yield* stderrContains(cli, "Stop with Ctrl-C.")
      expect(cli.stderr()).toContain(`dashboard ${line.httpUrl}/__admin/ui`)
      const page = yield* call(`${line.httpUrl}/__admin/ui`)
      expect(page.status).toBe(200)
      expect(page.body).toContain("<title>SCM mock dashboard</title>")
    }))

  it.effect("the banner shows how to take the secrets with jq, and the admin API with a fault, the journal and a reset that work", () =>
    Effect.gen(function*() {
      const { cli, line } = yield* Running
      yield* stderrContains(cli, "Stop with Ctrl-C.")
      const banner = cli.stderr()
      expect(banner).toContain("export SCM_CLIENT_SECRET=$(jq -r .clientSecret mock.json) SCM_PASSWORD=$(jq -r .password mock.json)")
      for (const endpoint of ["GET    /__admin/seed", "DELETE /__admin/faults", "GET    /__admin/requests", "POST   /__admin/reset"]) {
        expect(banner).toContain(endpoint)
      }
      expect(banner).toContain(`curl ${line.httpUrl}/__admin/seed`)
      // The copy-paste lines, as curl sends them.
      const fault = /curl -H 'Content-Type: application\/json' -d '(\{.*\})' (\S+\/__admin\/faults)/.exec(banner)
      expect(fault).not.toBeNull()
      const added = yield* call(fault![2]!, { method: "POST", headers: { "content-type": "application/json" }, body: fault![1]! })
      expect(added.status).toBe(201)
      const faulted = yield* call(`${line.httpUrl}/api/ssl/v1/types`, {
        headers: { login: line.login, password: line.password, customerUri: line.customerUri }
      })
      expect(faulted.status).toBe(429)
      expect(banner).toContain(`curl ${line.httpUrl}/__admin/requests`)
      expect(banner).toContain(`curl -X POST -H 'Content-Type: application/json' ${line.httpUrl}/__admin/reset`)
      expect((yield* call(`${line.httpUrl}/__admin/reset`, { method: "POST", headers: { "content-type": "application/json" } })).status)
        .toBe(204)
    }))

  it.effect("answers the password scheme on HTTP with the seeded data", () =>
    Effect.gen(function*() {
      const { line } = yield* Running
      const reply = yield* call(`${line.httpUrl}/api/ssl/v1/types`, {
        headers: { login: line.login, password: line.password, customerUri: line.customerUri }
      })
      expect(reply.status).toBe(200)
      expect(JSON.parse(reply.body)).toEqual([seededType])
    }))

  it.effect("serves each area's data from the seed file: persons and admins", () =>
    Effect.gen(function*() {
      const { line } = yield* Running
      const headers = { login: line.login, password: line.password, customerUri: line.customerUri }
      const persons = yield* call(`${line.httpUrl}/api/person/v1?size=200`, { headers })
      expect(persons.status).toBe(200)
      expect(JSON.parse(persons.body)).toEqual([expect.objectContaining({ id: 77001, email: "seeded.person@example.com" })])
      const admin = yield* call(`${line.httpUrl}/api/admin/v1/88001`, { headers })
      expect(admin.status).toBe(200)
      expect(JSON.parse(admin.body)).toMatchObject({ id: 88001, login: "seeded_admin", email: "seeded.admin@example.com" })
    }))

  it.effect("answers the certificate scheme on HTTPS with the printed PEM files", () =>
    Effect.gen(function*() {
      const { line } = yield* Running
      const read = (path: string) => Effect.promise(() => Fs.readFile(path, "utf8"))
      const reply = yield* call(`${line.httpsUrl}/private/api/ssl/v1/types`, {
        ca: yield* read(line.caFile),
        cert: yield* read(line.clientCertFile),
        key: yield* read(line.clientKeyFile),
        headers: { login: line.certLogin, customerUri: line.customerUri }
      })
      expect(reply.status).toBe(200)
      expect(JSON.parse(reply.body)).toEqual([seededType])
    }))

  it.effect("issues a token for the printed client credentials and accepts it as Bearer", () =>
    Effect.gen(function*() {
      const { line } = yield* Running
      const token = yield* call(line.tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "client_credentials",
          client_id: line.clientId,
          client_secret: line.clientSecret
        }).toString()
      })
      expect(token.status).toBe(200)
      const { access_token } = yield* Schema.decodeUnknownEffect(Schema.fromJsonString(Schema.Struct({ access_token: Schema.String })))(
        token.body
      )
      const reply = yield* call(`${line.httpUrl}/api/ssl/v1/types`, {
        headers: { authorization: `Bearer ${access_token}` }
      })
      expect(reply.status).toBe(200)
    }))
})

describe("scm-mock-server --ui", () => {
  it.live("opens the dashboard with the command in $BROWSER, and prints its address", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const opened = Path.join(dir, "opened")
      const browser = Path.join(dir, "browser")
      yield* Effect.promise(() => Fs.writeFile(browser, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`, { mode: 0o755 }))
      const { cli, line } = yield* startCli(["--ui"], { ...process.env, BROWSER: browser })
      yield* stderrContains(cli, `Dashboard: ${line.httpUrl}/__admin/ui (opening it with ${browser})`)
      yield* Effect.promise(async () => {
        for (let tries = 0; tries < 100 && !(await Fs.access(opened).then(() => true, () => false)); tries++) {
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
      })
      expect(yield* Effect.promise(() => Fs.readFile(opened, "utf8"))).toBe(`${line.httpUrl}/__admin/ui`)
    }).pipe(Effect.scoped))

  it.live("says so, and still prints the address, when the browser cannot be started", () =>
    Effect.gen(function*() {
      const { cli, line } = yield* startCli(["--ui"], { ...process.env, BROWSER: "/nonexistent/browser" })
      yield* stderrContains(cli, `Dashboard: ${line.httpUrl}/__admin/ui (/nonexistent/browser could not be started`)
      expect(cli.child.exitCode).toBeNull()
    }).pipe(Effect.scoped))
})

describe("scm-mock-server, lifecycle", () => {
  it.live("stops on SIGTERM with exit code 0 and removes its temporary PEM files", () =>
    Effect.gen(function*() {
      const { cli, line } = yield* startCli([])
      expect(yield* exists(line.caFile)).toBe(true)
      cli.child.kill("SIGTERM")
      expect(yield* exited(cli)).toBe(0)
      expect(yield* exists(Path.dirname(line.caFile))).toBe(false)
    }))

  it.live("stops on SIGTERM within the grace period, exit code 0, while sockets hang in a TLS handshake that never starts", () =>
    Effect.gen(function*() {
      const { cli, line } = yield* startCli([])
      const sockets = [yield* openSocket(line.httpsUrl), yield* openSocket(line.httpsUrl), yield* openSocket(line.httpUrl)]
      const started = Date.now()
      cli.child.kill("SIGTERM")
      expect(yield* exited(cli)).toBe(0)
      expect(Date.now() - started).toBeLessThan(shutdownGraceMs)
      expect(yield* exists(Path.dirname(line.caFile))).toBe(false)
      for (const socket of sockets) yield* socket.closed(2_000)
    }))

  it.live("stops on SIGINT the same way", () =>
    Effect.gen(function*() {
      const { cli, line } = yield* startCli([])
      const silent = yield* openSocket(line.httpsUrl)
      const started = Date.now()
      cli.child.kill("SIGINT")
      expect(yield* exited(cli)).toBe(0)
      expect(Date.now() - started).toBeLessThan(shutdownGraceMs)
      expect(yield* exists(Path.dirname(line.caFile))).toBe(false)
      yield* silent.closed(2_000)
    }))

  it.live("warns on stderr when it listens beyond loopback", () =>
    Effect.gen(function*() {
      const { cli, line } = yield* startCli(["--host", "0.0.0.0"])
      yield* stderrContains(cli, "beyond loopback")
      expect(cli.stdout().trim().split("\n")).toHaveLength(1)
      // The listening address itself is a Host the admin API answers to.
      const reply = yield* call(`${line.httpUrl}/__admin/settings`)
      expect(reply.status).toBe(200)
      cli.child.kill("SIGTERM")
      expect(yield* exited(cli)).toBe(0)
    }))

  it.live("gives no such warning on loopback", () =>
    Effect.gen(function*() {
      const { cli } = yield* startCli([])
      yield* stderrContains(cli, "Stop with Ctrl-C.")
      expect(cli.stderr()).not.toContain("beyond loopback")
      cli.child.kill("SIGTERM")
      expect(yield* exited(cli)).toBe(0)
    }))

  it.live("prints the usage on --help and exits 0", () =>
    Effect.gen(function*() {
      const { code, stdout } = yield* runToExit(["--help"])
      expect(code).toBe(0)
      expect(stdout).toContain("Usage: scm-mock-server")
      expect(stdout).toContain("--pki-dir")
      expect(stdout).toContain("scm-mock-server --proxy https://cert-manager.com --record ./scm-recording")
    }))

  it.live("rejects an unknown flag with exit code 2", () =>
    Effect.gen(function*() {
      const { code, stdout, stderr } = yield* runToExit(["--no-such-flag"])
      expect(code).toBe(2)
      expect(stderr).toContain("Unknown option '--no-such-flag'")
      expect(stderr).toContain("--help")
      expect(stdout).toBe("")
    }))

  it.live("prints verify's usage on verify --help and exits 0; exits 2 without --against", () =>
    Effect.gen(function*() {
      const help = yield* runToExit(["verify", "--help"])
      expect(help.code).toBe(0)
      expect(help.stdout).toContain("Usage: scm-mock-server verify --against <URL>")
      const bare = yield* runToExit(["verify"])
      expect(bare.code).toBe(2)
      expect(bare.stderr).toContain("verify needs --against <URL>")
      expect(bare.stdout).toBe("")
    }))

  it.live("fails with a clear message on a bad seed file", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const seedFile = Path.join(dir, "seed.json")
      yield* Effect.promise(() => Fs.writeFile(seedFile, JSON.stringify({ credentials: { login: 42 } })))
      const { code, stdout, stderr } = yield* runToExit(["--seed", seedFile])
      expect(code).toBe(1)
      expect(stderr).toContain(`bad seed file ${seedFile}:`)
      expect(stderr).toContain("credentials.login")
      expect(stdout).toBe("")
    }))
})

describe("scm-mock-server, arguments", () => {
  it.effect("parses every flag", () =>
    Effect.gen(function*() {
      const flags = yield* parseFlags([
        "--host=::1",
        "--http-port",
        "8080",
        "--https-port=0",
        "--token-ttl",
        "5",
        "--seed",
        "seed.json",
        "--pki-dir",
        "pki",
        "--admin-host",
        "mock",
        "--admin-host=mock.test:8443",
        "--ui",
        "--proxy",
        "https://cert-manager.com",
        "--proxy-token-url=https://sso.example.com/token",
        "--proxy-timeout",
        "90",
        "--record",
        "recording",
        "--replay",
        "recorded"
      ])
      expect(flags).toEqual({
        host: "::1",
        httpPort: 8080,
        httpsPort: 0,
        tokenTtlSeconds: 5,
        seed: "seed.json",
        pkiDir: "pki",
        adminHosts: ["mock", "mock.test:8443"],
        ui: true,
        proxy: "https://cert-manager.com",
        proxyTokenUrl: "https://sso.example.com/token",
        proxyTimeoutSeconds: 90,
        record: "recording",
        replay: "recorded"
      })
    }))

  it.effect.each([
    [["--http-port", "http"], "--http-port: must be an integer from 0 to 65535"],
    [["--https-port", "65536"], "--https-port: must be an integer from 0 to 65535"],
    [["--token-ttl", "0"], "--token-ttl: must be a whole number of seconds, at least 1"],
    [["--host="], "--host: must not be empty"],
    [["--proxy-timeout", "3601"], "--proxy-timeout: must be a whole number of seconds from 1 to 3600"],
    [["--record="], "--record: must not be empty"],
    [["--seed"], "--seed"],
    [["extra"], "extra"]
  ] as const)("rejects %j", ([argv, message]) =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(parseFlags(argv))
      expect(error._tag).toBe("UsageError")
      expect(error.message).toContain(message)
    }))

  it.effect("reads a seed file and names each problem by its path", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const file = (name: string, content: string) =>
        Effect.as(Effect.promise(() => Fs.writeFile(Path.join(dir, name), content)), Path.join(dir, name))
      const good = yield* file("good.json", JSON.stringify({
        credentials: { clientId: "id" },
        data: { organizations: [{ id: 1, name: "Org", departments: [] }] }
      }))
      expect(yield* readSeed(good)).toEqual({
        credentials: { clientId: "id" },
        data: { organizations: [{ id: 1, name: "Org", departments: [] }] }
      })

      const bad = yield* file("bad.json", JSON.stringify({
        credentials: { clientID: "id" },
        data: { sslTypes: [{ id: 1, name: "ok" }, { id: "2", name: "" }] }
      }))
      const message = (yield* Effect.flip(readSeed(bad))).message
      expect(message).toContain("credentials.clientID: is unexpected")
      expect(message).toContain("data.sslTypes[1].id: must be an integer")
      expect(message).toContain("data.sslTypes[1].name: must not be empty")

      const broken = yield* file("broken.json", "{ not json")
      expect((yield* Effect.flip(readSeed(broken))).message).toContain(`bad seed file ${broken}`)
      expect((yield* Effect.flip(readSeed(Path.join(dir, "missing.json")))).message).toContain("cannot read seed file")
    }).pipe(Effect.provide(NodeFileSystem.layer)))
})

describe("scm-mock-server, standing in for a real SCM", () => {
  it.live("proxies to an SCM and records, then replays the recording, each with one JSON line on stdout", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const recording = Path.join(dir, "recording")
      const upstream = yield* MockScmServer.make()
      const login = {
        login: upstream.credentials.login,
        password: Redacted.value(upstream.credentials.password),
        customerUri: upstream.credentials.customerUri
      }
      const proxy = yield* startCli(["--proxy", upstream.httpUrl, "--proxy-token-url", upstream.tokenUrl, "--record", recording])
      expect(proxy.cli.stdout().trim().split("\n")).toHaveLength(1)
      expect(JSON.parse(proxy.cli.stdout())).toMatchObject({ proxy: upstream.httpUrl, proxyTokenUrl: upstream.tokenUrl, record: recording })
      yield* stderrContains(proxy.cli, `Recording each exchange into ${recording}`)
      const direct = yield* call(`${upstream.httpUrl}/api/ssl/v1/types`, { headers: login })
      const proxied = yield* call(`${proxy.line.httpUrl}/api/ssl/v1/types`, { headers: login })
      expect(proxied).toEqual(direct)
      const files = yield* Effect.promise(() => Fs.readdir(recording))
      expect(files).toEqual(["000001-GET-api-ssl-v1-types.json"])
      const text = yield* Effect.promise(() => Fs.readFile(Path.join(recording, files[0] ?? ""), "utf8"))
      expect(text).not.toContain(login.password)
      proxy.cli.child.kill("SIGTERM")
      expect(yield* exited(proxy.cli)).toBe(0)

      const replay = yield* startCli(["--replay", recording])
      expect(JSON.parse(replay.cli.stdout())).toMatchObject({ replay: recording })
      expect(yield* call(`${replay.line.httpUrl}/api/ssl/v1/types`, { headers: login })).toEqual(direct)
      const journal = yield* call(`${replay.line.httpUrl}/__admin/requests`)
      expect(JSON.parse(journal.body)).toMatchObject([{ path: "/api/ssl/v1/types", status: 200, source: "replay" }])
    }).pipe(Effect.scoped), { timeout: 60_000 })

  it.live("fails with the name of a malformed recording file and its problem", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const file = Path.join(dir, "000001-GET-api-ssl-v1-types.json")
      yield* Effect.promise(() => Fs.writeFile(file, JSON.stringify({ format: "scm-mock-recording/1", request: {}, response: { status: 200, headers: {} } })))
      const { code, stdout, stderr } = yield* runToExit(["--replay", dir])
      expect(code).toBe(1)
      expect(stderr).toContain(`${file}: request.method: is missing`)
      expect(stdout).toBe("")
    }), { timeout: 30_000 })

  it.live("refuses a plain-http proxy beyond loopback", () =>
    Effect.gen(function*() {
      const { code, stdout, stderr } = yield* runToExit(["--proxy", "http://cert-manager.com"])
      expect(code).toBe(1)
      expect(stderr).toContain("proxy must be an https URL (plain http only to loopback")
      expect(stdout).toBe("")
    }), { timeout: 30_000 })
})
