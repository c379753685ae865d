/**
 * What `scm` reads from the process it runs in, as services: the environment's variables. A test
 * runs the CLI in its own process with other values; `bin.ts` leaves the defaults (the process's).
 */
import * as Context from "effect/Context"

/** The environment variables of this run (`process.env` unless a test provides others). */
export const ProcessEnv: Context.Reference<Readonly<Record<string, string | undefined>>> = Context.Reference(
  "@scm-effect/cli/ProcessEnv",
  { defaultValue: () => process.env }
)
