/**
 * Runs a template as a user runs it: a Node process with tsx, from the examples package, with no
 * SCM_* variable of the parent's environment.
 */
import { Effect } from "effect"
import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"

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

export const runTemplate = (file: string, environment: Record<string, string> = {}) =>
  Effect.callback<Run>((resume, signal) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "--conditions=@scm-effect/source", `src/${file}`],
      { cwd: packageDir, env: { ...cleanEnvironment, ...environment }, signal, timeout: 25_000 },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === "number" ? error.code : -1
        resume(Effect.succeed({ exitCode, stdout, stderr }))
      }
    )
  })

