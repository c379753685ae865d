/**
 * The mocks a team would otherwise pick for contract tests, started for the length of a scope and
 * made to serve the route and bytes of the mock's benchmarked route: WireMock (its standalone jar
 * from the `wiremock` package, on java) and Prism (`prism mock` on the vendor document, on a
 * Node 24 from the npm registry, which Prism 5.16 requires).
 *
 * Each runs as its own process on 127.0.0.1, on a port picked free; each is killed when the scope
 * closes, SIGTERM first, SIGKILL when it has not exited after a few seconds. When one cannot run
 * here the harness says why instead of failing the section.
 */
import { Duration, Effect, Result, Schema, type Scope } from "effect"
import { type ChildProcess, execFile, spawn } from "node:child_process"
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { loopback, typesPath } from "./Fixtures.js"

/** A third-party mock that listens and answers the route. */
export interface Running {
  readonly name: "wiremock" | "prism"
  readonly url: string
  readonly pid: number
  /** Headers it needs on top of the password-login headers every target gets. */
  readonly headers: Readonly<Record<string, string>>
  /** CPU time (user + system, all threads) the process has used so far, in µs. */
  readonly cpuMicros: () => number
  /** The body it answers on the route, to compare with the mock's bytes. */
  readonly body: Uint8Array
  /** What it is and how it runs, for the report. */
  readonly description: string
  /** How long it took from spawn to its first correct answer. */
  readonly startupMs: number
}

/** Why a third-party mock is not in the run. */
export interface Unavailable {
  readonly name: "wiremock" | "prism"
  readonly reason: string
}

class StartError extends Schema.TaggedError<StartError>()("StartError", { reason: Schema.String }) {}

/** The fixed answer both are given: the mock's own bytes for the route. */
export interface Answer {
  readonly body: Uint8Array
  readonly contentType: string
}

const require = createRequire(import.meta.url)
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))

/** The vendor document `prism mock` is pointed at. */
export const vendorDocument = join(repoRoot, "spec", "scm-admin-api-25.9.2.openapi.json")

/** The journal limit the mock runs with in the throughput section; WireMock gets the same. */
export const journalLimit = 1000

/** A TCP port nobody listens on right now (the kernel's pick for port 0, released at once). */
const freePort: Effect.Effect<number, StartError> = Effect.callback((resume) => {
  const server = createServer()
  server.once("error", (cause) => resume(Effect.fail(new StartError({ reason: `no free port: ${String(cause)}` }))))
  server.listen(0, loopback, () => {
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 0
    server.close(() => resume(Effect.succeed(port)))
  })
})

/** Runs a command to completion (bounded), for version probes. */
const run = (command: string, args: ReadonlyArray<string>, timeout: Duration.Duration): Effect.Effect<string, StartError> =>
  Effect.callback((resume) => {
    execFile(command, [...args], { timeout: Duration.toMillis(timeout), encoding: "utf8" }, (error, stdout, stderr) => {
      // `java -version` writes to stderr, everything else here to stdout.
      if (error === null) return resume(Effect.succeed((stdout.trim() === "" ? stderr : stdout).trim()))
      const code = (error as NodeJS.ErrnoException).code
      resume(Effect.fail(new StartError({ reason: code === "ENOENT" ? `\`${command}\` is not on PATH` : `\`${command} ${args.join(" ")}\` failed: ${(stderr || error.message).trim().split("\n").slice(-3).join(" ")}` })))
    })
  })

const clockTicks = Effect.orElseSucceed(
  Effect.map(run("getconf", ["CLK_TCK"], Duration.seconds(5)), (value) => Number(value) || 100),
  () => 100
)

/** CPU time of another process from /proc (Linux): utime + stime, all threads, in µs. */
const procCpuMicros = (pid: number, ticksPerSecond: number) => (): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis are plain.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    const ticks = Number(fields[11]) + Number(fields[12])
    return (ticks / ticksPerSecond) * 1_000_000
  } catch {
    return Number.NaN
  }
}

/** A temporary folder, removed with the scope. */
const tempDir = (prefix: string): Effect.Effect<string, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.sync(() => mkdtempSync(join(tmpdir(), prefix))),
    (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
  )

/**
 * Children still running. Should the bench die without closing its scopes (an uncaught signal,
 * `process.exit` on a failure), they are killed on its way out rather than left listening.
 */
const live = new Set<ChildProcess>()
process.once("exit", () => {
  for (const child of live) child.kill("SIGKILL")
})

/** Spawns a server process; the scope kills it (SIGTERM, then SIGKILL after 5 s) and waits for its exit. */
const spawnServer = (
  command: string,
  args: ReadonlyArray<string>,
  logFile: string
): Effect.Effect<ChildProcess, StartError, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.suspend(() => {
      const log = openSync(logFile, "w")
      const child = spawn(command, [...args], { stdio: ["ignore", log, log], detached: false })
      closeSync(log)
      // A spawn that fails (ENOENT, EACCES) reports here; without a listener it would crash the bench.
      child.on("error", () => {})
      live.add(child)
      child.once("exit", () => live.delete(child))
      return child.pid === undefined
        ? Effect.fail(new StartError({ reason: `\`${command}\` could not be started` }))
        : Effect.succeed(child)
    }),
    (child) =>
      Effect.callback<void>((resume) => {
        if (child.exitCode !== null || child.signalCode !== null) return resume(Effect.void)
        child.once("exit", () => resume(Effect.void))
        child.kill("SIGTERM")
      }).pipe(
        Effect.timeoutOrElse({
          duration: Duration.seconds(5),
          orElse: () =>
            Effect.callback<void>((resume) => {
              if (child.exitCode !== null || child.signalCode !== null) return resume(Effect.void)
              child.once("exit", () => resume(Effect.void))
              child.kill("SIGKILL")
            }).pipe(Effect.timeoutOrElse({ duration: Duration.seconds(5), orElse: () => Effect.void }))
        })
      )
  )

const lastLines = (file: string, n: number): string => {
  try {
    return readFileSync(file, "utf8").trim().split("\n").slice(-n).join(" / ")
  } catch {
    return ""
  }
}

/**
 * Polls GET `url` until it answers 200 (bounded by `deadline`), failing early when the process
 * exits. Returns the body of the first 200.
 */
const awaitReady = (child: ChildProcess, url: string, headers: Record<string, string>, deadline: Duration.Duration, logFile: string) =>
  Effect.gen(function* () {
    const startedAt = Date.now()
    const limit = startedAt + Duration.toMillis(deadline)
    let last = "no answer"
    while (Date.now() < limit) {
      if (child.exitCode !== null || child.signalCode !== null)
        return yield* new StartError({ reason: `it exited (code ${child.exitCode}, signal ${child.signalCode}) before answering: ${lastLines(logFile, 3)}` })
      const answer = yield* Effect.promise(async () => {
        try {
          const response = await fetch(url, { headers, signal: AbortSignal.timeout(2000) })
          const body = new Uint8Array(await response.arrayBuffer())
          return response.status === 200 ? Result.succeed(body) : Result.fail(`status ${response.status}`)
        } catch (cause) {
          return Result.fail(String(cause))
        }
      })
      if (Result.isSuccess(answer)) return answer.success
      last = answer.failure
      yield* Effect.sleep(Duration.millis(250))
    }
    return yield* new StartError({ reason: `no 200 on ${typesPath} within ${Duration.format(deadline)} (last: ${last}); log: ${lastLines(logFile, 3)}` })
  })

const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`))

/**
 * WireMock's standalone jar, one stub mapping for GET /api/ssl/v1/types answering `answer`
 * byte for byte (base64Body), request journal capped at the mock's own limit.
 */
const wiremock = (answer: Answer): Effect.Effect<Running, StartError, Scope.Scope> =>
  Effect.gen(function* () {
    const buildDir = join(packageDir("wiremock"), "build")
    const jar = readdirSync(buildDir).find((file) => file.endsWith(".jar"))
    if (jar === undefined) return yield* new StartError({ reason: `no jar in ${buildDir}` })
    const javaVersion = (yield* run("java", ["-version"], Duration.seconds(20))).split("\n")[0] ?? "java"
    const root = yield* tempDir("scm-bench-wiremock-")
    const mappings = join(root, "mappings")
    yield* Effect.sync(() => {
      mkdirSync(mappings)
      writeFileSync(
        join(mappings, "types.json"),
        JSON.stringify({
          request: { method: "GET", urlPath: typesPath },
          response: { status: 200, headers: { "Content-Type": answer.contentType }, base64Body: Buffer.from(answer.body).toString("base64") }
        })
      )
    })
    const port = yield* freePort
    const logFile = join(root, "wiremock.log")
    const startedAt = Date.now()
    const args = [
      "-jar",
      join(buildDir, jar),
      "--bind-address",
      loopback,
      "--port",
      String(port),
      "--root-dir",
      root,
      "--max-request-journal-entries",
      String(journalLimit),
      "--disable-banner"
    ]
    const child = yield* spawnServer("java", args, logFile)
    const url = `http://${loopback}:${port}`
    const body = yield* awaitReady(child, `${url}${typesPath}`, {}, Duration.seconds(90), logFile)
    const ticks = yield* clockTicks
    return {
      name: "wiremock",
      url,
      pid: child.pid!,
      headers: {},
      cpuMicros: procCpuMicros(child.pid!, ticks),
      body,
      description: `WireMock ${jar.replace(/^wiremock-standalone-|\.jar$/g, "")} standalone on ${javaVersion.replace(/"/g, "")} (default JVM and Jetty settings), one stub mapping (GET urlPath ${typesPath}, base64Body), request journal capped at ${journalLimit} entries like the mock's`,
      startupMs: Date.now() - startedAt
    } satisfies Running
  })

/** The Node 24 binary Prism needs, fetched from the npm registry by npx (the first time only). */
const node24 = Effect.map(run("npx", ["-y", "node@24", "-p", "process.execPath + ' ' + process.version"], Duration.seconds(180)), (out) => {
  const line = out.split("\n").find((candidate) => /^\/\S+ v\d+\./.test(candidate)) ?? out
  const [path = "", version = ""] = line.split(" ")
  return { path, version }
})

/**
 * Query parameters whose array schema allows 2^31 - 1 items. `prism mock` prints an example URL
 * for every operation once it listens, generating each parameter's value with json-schema-faker,
 * which Prism sets to fill arrays to their maxItems: for these it builds an array of 2^31 - 1
 * items and the process dies of a full heap before it serves a request.
 */
export const unboundedArrayParameters = (document: unknown): ReadonlyArray<string> => {
  const found: Array<string> = []
  const paths = (document as { paths?: Record<string, Record<string, { parameters?: ReadonlyArray<{ name?: string; in?: string; schema?: { type?: string; maxItems?: number } }> }>> }).paths ?? {}
  for (const [path, operations] of Object.entries(paths))
    for (const [method, operation] of Object.entries(operations))
      for (const parameter of operation.parameters ?? [])
        if (parameter.schema?.type === "array" && (parameter.schema.maxItems ?? 0) >= 2 ** 31 - 1) found.push(`${method.toUpperCase()} ${path} ${parameter.in} ${parameter.name}`)
  return found
}

/**
 * Loaded with `--require` into Prism's CLI: its startup listing of the routes prints each path
 * template instead of an example URL (see `unboundedArrayParameters`). Request handling, request
 * and response validation and logging are Prism's own.
 */
const routeListingPatch = (distDir: string) => `// Written by @scm-effect/bench; see ThirdPartyMocks.ts
const paths = require(${JSON.stringify(join(distDir, "util", "paths.js"))})
const E = require(require.resolve("fp-ts/Either", { paths: [${JSON.stringify(distDir)}] }))
paths.createExamplePath = (operation) => E.right(operation.path)
`

/**
 * `prism mock` with its default settings (request and response validation, security checks,
 * info-level log to a file), on a copy of the vendor document that adds one thing: `answer` as
 * the example of the route's 200 answer, so Prism serves the mock's bytes rather than a sample it
 * generates from the schema. The spec's only security scheme is OAuth2, so requests carry a bearer
 * token (Prism checks that one is there).
 */
const prism = (answer: Answer): Effect.Effect<Running, StartError, Scope.Scope> =>
  Effect.gen(function* () {
    const cliDir = packageDir("@stoplight/prism-cli")
    const distDir = join(cliDir, "dist")
    const version = (JSON.parse(readFileSync(join(cliDir, "package.json"), "utf8")) as { version: string }).version
    const node = yield* node24
    if (!node.path.startsWith("/")) return yield* new StartError({ reason: `\`npx -y node@24\` gave no Node binary (${node.path})` })
    const root = yield* tempDir("scm-bench-prism-")
    const document = JSON.parse(readFileSync(vendorDocument, "utf8")) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { example?: unknown }> }> }>>
    }
    const media = document.paths[typesPath]?.["get"]?.responses["200"]?.content?.["application/json"]
    if (media === undefined) return yield* new StartError({ reason: `the vendor document has no application/json 200 answer for GET ${typesPath}` })
    media.example = JSON.parse(new TextDecoder().decode(answer.body))
    const unbounded = unboundedArrayParameters(document)
    const documentFile = join(root, "scm-admin-api-25.9.2.with-example.openapi.json")
    const patchFile = join(root, "route-listing.cjs")
    yield* Effect.sync(() => {
      writeFileSync(documentFile, JSON.stringify(document))
      writeFileSync(patchFile, routeListingPatch(distDir))
    })
    const port = yield* freePort
    const logFile = join(root, "prism.log")
    const headers = { authorization: "Bearer bench-token" }
    const startedAt = Date.now()
    const child = yield* spawnServer(
      node.path,
      [...(unbounded.length > 0 ? ["--require", patchFile] : []), join(distDir, "index.js"), "mock", "-h", loopback, "-p", String(port), documentFile],
      logFile
    )
    const url = `http://${loopback}:${port}`
    const body = yield* awaitReady(child, `${url}${typesPath}`, headers, Duration.seconds(120), logFile)
    const ticks = yield* clockTicks
    return {
      name: "prism",
      url,
      pid: child.pid!,
      headers,
      cpuMicros: procCpuMicros(child.pid!, ticks),
      body,
      description: `Prism ${version} \`prism mock\` (single process, default settings: request and response validation, security check, info log to a file) on Node ${node.version}, on the vendor document plus the mock's answer as the example of the route's 200 answer${unbounded.length > 0 ? `; started with a preload that makes its startup route listing print path templates instead of generated example URLs, without which it dies before listening (${unbounded.length} query parameters declare maxItems 2147483647, e.g. ${unbounded[0]})` : ""}`,
      startupMs: Date.now() - startedAt
    } satisfies Running
  })

/** Starts each third-party mock; one that cannot start is reported, not fatal. */
export const start = (answer: Answer, log: (line: string) => void): Effect.Effect<ReadonlyArray<Running | Unavailable>, never, Scope.Scope> =>
  Effect.forEach([["wiremock", wiremock], ["prism", prism]] as const, ([name, make]) =>
    make(answer).pipe(
      Effect.tap((running) => Effect.sync(() => log(`  ${name} ready on ${running.url} after ${(running.startupMs / 1000).toFixed(1)} s`))),
      Effect.catchTag("StartError", (error) =>
        Effect.sync((): Unavailable => {
          log(`  ${name} unavailable: ${error.reason}`)
          return { name, reason: error.reason }
        })
      )
    )
  )

export const isRunning = (mock: Running | Unavailable): mock is Running => "url" in mock
