/**
 * Importing the package installs nothing global. The check runs in a fresh Node process, because
 * other test files (and the mock itself, once it has made PKI material) load `reflect-metadata`,
 * which defines `Reflect.getMetadata` for the whole process.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const packageDir = fileURLToPath(new URL("..", import.meta.url))

interface Observed {
  readonly before: string
  readonly afterImport: string
  readonly afterPki: string
}

/** Imports the index and every subpath, notes `Reflect.getMetadata`, then makes a PKI and notes it again. */
const script = `
const before = typeof Reflect.getMetadata
const { MockPki } = await import("@scm-effect/mock-server")
await import("@scm-effect/mock-server/MockPki")
await import("@scm-effect/mock-server/MockScmServer")
const afterImport = typeof Reflect.getMetadata
const { Effect } = await import("effect")
await Effect.runPromise(MockPki.generate({ clientCommonName: "side-effects" }))
const afterPki = typeof Reflect.getMetadata
console.log(JSON.stringify({ before, afterImport, afterPki }))
`

/** Runs `script` in a child Node (the one running the tests) that resolves the package to its sources. */
const runScript = Effect.callback<{ readonly code: number | null; readonly stdout: string; readonly stderr: string }>((resume) => {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=@scm-effect/source", "--input-type=module", "--eval", script],
    { cwd: packageDir, stdio: ["ignore", "pipe", "pipe"] }
  )
  let stdout = ""
  let stderr = ""
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
  child.once("close", (code) => resume(Effect.succeed({ code, stdout, stderr })))
  return Effect.sync(() => {
    child.kill("SIGKILL")
  })
}).pipe(Effect.timeoutOrElse({ duration: "15 seconds", orElse: () => Effect.die(new Error("the child process did not finish")) }))

describe("importing @scm-effect/mock-server", () => {
  it.live("leaves Reflect.getMetadata undefined until PKI material is first made", () =>
    Effect.gen(function*() {
      const { code, stderr, stdout } = yield* runScript
      expect(code, stderr).toBe(0)
      const observed = JSON.parse(stdout.trim()) as Observed
      expect(observed).toEqual({ before: "undefined", afterImport: "undefined", afterPki: "function" })
    }))
})
