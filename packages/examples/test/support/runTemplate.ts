/**
 * Runs a template in its own Node process, from the examples package, with no SCM_* variable of
 * the parent's environment: compiled (build/test-entries/, made by the global setup in
 * compiledTemplates.ts), or with tsx exactly as the package's scripts run it.
 */
import { Effect } from "effect"
import { execFile } from "node:child_process"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { compileCacheOf, compiledEntry } from "../../../../scripts/test-entries.js"

// This file is test/support/: the package is two folders up.
const packageDir = fileURLToPath(new URL("../..", import.meta.url))

/** What the listing templates print from the mock's seeded profiles. */
export const seededProfiles = /1101\tSectigo OV SSL\t\(terms: 200 days\)/

export interface Run {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

// The parent's environment without any SCM_* variable, so a developer's own settings do not leak in.
export const cleanEnvironment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("SCM_")))

/**
 * Runs `file` (a template under src/). `via: "tsx"` runs it as the package's scripts do, which
 * costs about twice the CPU: the compiled file holds the same code, compiled by the same esbuild.
 */
export const runTemplate = (file: string, environment: Record<string, string> = {}, via: "compiled" | "tsx" = "compiled") =>
  Effect.callback<Run>((resume, signal) => {
    const program = via === "tsx"
      ? ["--import", "tsx", "--conditions=@scm-effect/source", `src/${file}`]
      : [compiledEntry(packageDir, Path.basename(file, ".ts"))]
    execFile(
      process.execPath,
      program,
      { cwd: packageDir, env: { ...cleanEnvironment, NODE_COMPILE_CACHE: compileCacheOf(packageDir), ...environment }, signal, timeout: 25_000 },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === "number" ? error.code : -1
        resume(Effect.succeed({ exitCode, stdout, stderr }))
      }
    )
  })

