/**
 * Two ways to run `scm` in a test. `runIn` runs it inside the test's process (the CLI's `run` with
 * a test stdin, stdout, stderr, terminal and environment): for what is about parsing, requests and
 * output, it takes milliseconds. `run`, `start`, `runPiped` and `runInTerminal` start `scm` as a
 * user does, the bin as it ships (bin/scm.js over bundle/, which the suite's global setup keeps
 * up to date, see ./bundle.ts) on the repository's Node 22, with a clean environment: for what is
 * about the process (exit on signals, pipes, a pseudo-terminal).
 */
import { Effect } from "effect"
import * as InProcess from "../../src/inProcess.js"
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

const packageDir = fileURLToPath(new URL("../..", import.meta.url))

/** The bin as it ships. */
const bin = Path.join(packageDir, "bin", "scm.js")

/** Runs `scm args...` in this process: `env` is its whole environment. */
export const runIn = (args: ReadonlyArray<string>, options: InProcess.Options = {}): Effect.Effect<Run> =>
  Effect.map(InProcess.run(args, options), (outcome) => ({ ...outcome, signal: null }))

/** The parent's environment without SCM_* variables or colour settings, so a developer's own do not leak in. */
export const cleanEnvironment: Record<string, string> = Object.fromEntries(
  Object.entries(process.env).filter((entry): entry is [string, string] =>
    entry[1] !== undefined && !entry[0].startsWith("SCM_") && entry[0] !== "FORCE_COLOR" && entry[0] !== "NO_COLOR"
  )
)

export interface Run {
  readonly exitCode: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

export interface RunOptions {
  readonly env?: Readonly<Record<string, string>>
  /** Written to the process's stdin, which is then closed. */
  readonly stdin?: string
  readonly timeoutMs?: number
}

/** Starts `scm args...`; the caller owns the process. */
export const start = (args: ReadonlyArray<string>, options: RunOptions = {}): ChildProcess =>
  spawn(process.execPath, [bin, ...args], {
    cwd: packageDir,
    env: { ...cleanEnvironment, ...options.env },
    stdio: ["pipe", "pipe", "pipe"]
  })

/** The output of a started process so far, and its end. */
export const collect = (child: ChildProcess, timeoutMs = 25_000) => {
  let stdout = ""
  let stderr = ""
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")))
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")))
  const ended = Effect.callback<Run>((resume) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs)
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer)
      resume(Effect.succeed({ exitCode, signal, stdout, stderr }))
    })
    return Effect.sync(() => {
      clearTimeout(timer)
      child.kill("SIGKILL")
    })
  })
  return { stdout: () => stdout, stderr: () => stderr, ended }
}

/** Runs `scm args...` to its end (killed after `timeoutMs`). */
export const run = (args: ReadonlyArray<string>, options: RunOptions = {}): Effect.Effect<Run> =>
  Effect.suspend(() => {
    const child = start(args, options)
    const output = collect(child, options.timeoutMs)
    child.stdin?.end(options.stdin ?? "")
    return output.ended
  })

/** `script` (util-linux) gives a command a pseudo-terminal, as an interactive shell would. */
export const hasScript = (() => {
  try {
    execFileSync("script", ["--version"], { stdio: "ignore" })
    return true
  } catch {
    return false
  }
})()

const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`

/** `scm args...` as a shell command line. */
export const commandLine = (args: ReadonlyArray<string>) => [process.execPath, bin, ...args].map(shellQuote).join(" ")

/** Runs `scm args... | reader` in bash with pipefail, so the exit code is scm's unless it is 0. */
export const runPiped = (args: ReadonlyArray<string>, reader: string, options: RunOptions = {}): Effect.Effect<Run> =>
  Effect.suspend(() => {
    const child = spawn("bash", ["-o", "pipefail", "-c", `${commandLine(args)} | ${reader}`], {
      cwd: packageDir,
      env: { ...cleanEnvironment, ...options.env },
      stdio: ["pipe", "pipe", "pipe"]
    })
    const output = collect(child, options.timeoutMs)
    child.stdin?.end()
    return output.ended
  })

/** Runs `scm args...` on a pseudo-terminal: stdout and stderr are TTYs, and arrive together. */
export const runInTerminal = (args: ReadonlyArray<string>, options: RunOptions = {}): Effect.Effect<Run> =>
  Effect.suspend(() => {
    const child = spawn("script", ["-qefc", commandLine(args), "/dev/null"], {
      cwd: packageDir,
      env: { ...cleanEnvironment, TERM: "xterm-256color", ...options.env },
      stdio: ["pipe", "pipe", "pipe"]
    })
    const output = collect(child, options.timeoutMs)
    child.stdin?.end()
    return output.ended
  })

/** Waits until `condition` holds of the output, polling every 50 ms. */
export const waitFor = (condition: () => boolean, what: string, timeoutMs = 20_000) =>
  Effect.callback<void, Error>((resume) => {
    const started = Date.now()
    const timer = setInterval(() => {
      if (condition()) {
        clearInterval(timer)
        resume(Effect.void)
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer)
        resume(Effect.fail(new Error(`timed out waiting for ${what}`)))
      }
    }, 50)
    return Effect.sync(() => clearInterval(timer))
  })

export type Scheme = "oauth2" | "password" | "certificate"

/** A temporary folder for the scope's lifetime. */
export const temporaryDirectory = Effect.acquireRelease(
  Effect.sync(() => Fs.mkdtempSync(Path.join(Os.tmpdir(), "scm-cli-test-"))),
  (dir) => Effect.sync(() => Fs.rmSync(dir, { recursive: true, force: true }))
)

/**
 * A PEM CSR for `commonName`, made by openssl (on every CI image), so that the CLI's tests, like
 * its users, bring their own.
 */
export const csrFile = Effect.fn("cli.csrFile")(function*(commonName: string) {
  const dir = yield* temporaryDirectory
  const file = Path.join(dir, "request.csr")
  execFileSync("openssl", [
    "req",
    "-new",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-keyout",
    Path.join(dir, "key.pem"),
    "-out",
    file,
    "-subj",
    `/CN=${commonName}`
  ], { stdio: "ignore" })
  return file
})

/** The lines of an ndjson output, parsed. */
export const ndjson = (text: string): Array<unknown> =>
  text.split("\n").filter((line) => line !== "").map((line) => JSON.parse(line) as unknown)

const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g")

/** Text as a person reads it, colours and bold removed. */
export const withoutColours = (text: string): string => text.replace(ansi, "")
