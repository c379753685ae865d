/**
 * Deploy hooks, as certbot and lego have them: `--deploy-hook CMD` runs CMD (in `sh -c`) once the
 * certificate file is written, with what it needs in its environment: SCM_CERT_PATH (absolute),
 * SCM_KEY_PATH (when `--key-out` made the key), SCM_SSL_ID or SCM_BACKEND_CERT_ID, SCM_COMMON_NAME,
 * SCM_CERT_FORMAT. Its output goes to stderr (stdout carries scm's data); a hook that fails fails
 * the run (exit 1), its certificate kept.
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Path from "effect/Path"
import * as Flag from "effect/cli/Flag"
import { spawn } from "node:child_process"
import { HookFailed, UsageError } from "./failure.js"
import { ProcessEnv } from "./host.js"
import { writeStderr } from "./output.js"

/** `--deploy-hook CMD`. */
export const deployHookFlag = Flag.String("deploy-hook").pipe(
  Flag.withMetavar("CMD"),
  Flag.withDescription("run CMD once the certificate is written to --out (SCM_CERT_PATH ... set)"),
  Flag.optional
)

/** A hook needs a file: checked before anything is sent. */
export const checkHook = (hook: Option.Option<string>, out: Option.Option<string>) =>
  Option.isSome(hook) && Option.isNone(out)
    ? Effect.fail(new UsageError({ message: "--deploy-hook needs --out FILE: the hook runs once the certificate is in that file" }))
    : Effect.void

/** Runs the hook, if any, for the certificate just written to `file`. */
export const runHook = Effect.fn("hooks.runHook")(function*(
  hook: Option.Option<string>,
  file: string,
  variables: Readonly<Record<string, string | number | undefined>>
) {
  if (Option.isNone(hook)) return
  const path = yield* Path.Path
  const env = yield* ProcessEnv
  const extra = Object.fromEntries(
    Object.entries({ SCM_CERT_PATH: path.resolve(file), ...variables }).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, String(value)]]
    )
  )
  const output: Array<string> = []
  const exit = yield* Effect.callback<{ readonly code: number | null; readonly signal: string | null; readonly error?: string }>(
    (resume) => {
      const child = spawn("sh", ["-c", hook.value], { env: { ...env, ...extra }, stdio: ["ignore", "pipe", "pipe"] })
      child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")))
      child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")))
      child.on("error", (error) => resume(Effect.succeed({ code: null, signal: null, error: error.message })))
      child.on("close", (code, signal) => resume(Effect.succeed({ code, signal })))
      return Effect.sync(() => void child.kill("SIGTERM"))
    }
  )
  if (output.length > 0) yield* writeStderr(output.join(""))
  if (exit.code === 0) return yield* writeStderr(`deploy hook: done\n`)
  const why = exit.error ?? (exit.signal !== null ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`)
  return yield* new HookFailed({ message: `deploy hook \`${hook.value}\` ${why}; the certificate is in ${file}` })
})
