/**
 * How `scm` fails: the exit code each failure gives, and the one readable message it prints on
 * stderr (the typed error's tag and SCM's code, never a stack or a secret).
 */
import * as Cause from "effect/Cause"
import * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as CliError from "effect/cli/CliError"

/** A command line the CLI module accepted but `scm` cannot act on (an unknown operation ...). */
export class UsageError extends Schema.TaggedError<UsageError>("@scm-effect/cli/UsageError")("UsageError", {
  message: Schema.String
}) {}

/** The user answered no to a confirmation: nothing was done. */
export class Cancelled extends Schema.TaggedError<Cancelled>("@scm-effect/cli/Cancelled")("Cancelled", {
  message: Schema.String
}) {}

/** What was looked for is not there (`scm persons find`): exit 1, as a missing answer. */
export class NotFound extends Schema.TaggedError<NotFound>("@scm-effect/cli/NotFound")("NotFound", {
  message: Schema.String
}) {}

/** A deploy hook failed after its certificate was written: the certificate is kept, the run fails. */
export class HookFailed extends Schema.TaggedError<HookFailed>("@scm-effect/cli/HookFailed")("HookFailed", {
  message: Schema.String
}) {}

/**
 * stdout was closed by its reader (`scm ssl list | head`): the run ends quietly, as other Unix
 * tools do, rather than fetching pages nobody reads.
 */
export class StdoutClosed extends Schema.TaggedError<StdoutClosed>("@scm-effect/cli/StdoutClosed")("StdoutClosed", {}) {}

/** The exit codes, as the README documents them. */
export const ExitCode = { success: 0, failure: 1, usage: 2, interrupted: 130 } as const

const formatIssue = SchemaIssue.makeFormatterStandardSchemaV1()

/**
 * One line per problem of a ConfigError, named by its variable. Config never quotes the value it
 * read, so no secret is printed.
 */
export const configProblems = (error: Config.ConfigError): ReadonlyArray<string> => [
  ...new Set(
    error.cause._tag === "SourceError"
      ? [error.cause.message]
      : formatIssue(error.cause.issue).issues.map(({ message, path }) =>
        path === undefined || path.length === 0
          ? message
          // A variable that is there is always a string: "Expected string" means it is not set.
          : `${path.map(String).join(".")}: ${message === "Expected string" ? "not set" : message}`
      )
  )
]

export const isConfigError = (error: unknown): error is Config.ConfigError => error instanceof Config.ConfigError

const isUsage = (error: unknown): boolean =>
  CliError.isCliError(error) || error instanceof UsageError || isConfigError(error)

/**
 * The exit code of an interrupted run: 130 (128 + SIGINT), except for `scm mock`, whose normal
 * end is Ctrl-C or SIGTERM and which sets 0 here. Mutable because the runtime's teardown sees only
 * the exit; one per run (`newInterruption`), so that runs in one process do not share it.
 */
export class Interruption extends Context.Service<Interruption, { exitCode: number }>()("@scm-effect/cli/Interruption") {}

/** A run's own `Interruption`, at 130 until its command says otherwise. */
export const newInterruption = (): Interruption["Service"] => ({ exitCode: ExitCode.interrupted })

const isStdoutClosed = (error: unknown): boolean => error instanceof StdoutClosed

/** The exit code of a run: 0, 1 for SCM and network failures, 2 for usage, 130 for Ctrl-C. */
export const exitCode = <A, E>(exit: Exit.Exit<A, E>, interruption: Interruption["Service"]): number =>
  Exit.match(exit, {
    onSuccess: () => ExitCode.success,
    onFailure: (cause) =>
      Cause.hasInterruptsOnly(cause)
        ? interruption.exitCode
        : Option.exists(Cause.findErrorOption(cause), isStdoutClosed)
        ? ExitCode.success
        : Option.exists(Cause.findErrorOption(cause), isUsage)
        ? ExitCode.usage
        : ExitCode.failure
  })

const field = (error: object, name: string): unknown => (error as Record<string, unknown>)[name]

/**
 * The message of a failure for stderr. The CLI module has already printed its own parse errors
 * with the command's help, so those print nothing more here.
 */
export const report = <E>(cause: Cause.Cause<E>): string | undefined => {
  if (Cause.hasInterruptsOnly(cause)) return undefined
  const found = Cause.findErrorOption(cause)
  if (Option.isNone(found)) return `scm: unexpected failure\n${Cause.pretty(cause)}`
  const error: unknown = found.value
  if (CliError.isCliError(error) || isStdoutClosed(error)) return undefined
  if (isConfigError(error)) {
    return [
      "scm: the configuration is incomplete:",
      ...configProblems(error).map((problem) => `  - ${problem}`),
      "Run `scm auth check` to see what each strategy needs."
    ].join("\n")
  }
  if (error instanceof UsageError) return `scm: ${error.message}\nRun scm --help for usage.`
  if (typeof error === "object" && error !== null) {
    // One rule for every failure: its tag, SCM's code, SCM's description (or the message), once.
    const tag = field(error, "_tag")
    const code = field(error, "code")
    const description = field(error, "description")
    const text = typeof description === "string" && description.trim() !== ""
      ? description.trim()
      : error instanceof Error
      ? error.message
      : String(error)
    const head = typeof tag === "string" ? tag : "Error"
    return `scm: ${head}${typeof code === "number" ? ` (SCM code ${code})` : ""}: ${text}`
  }
  return `scm: ${String(error)}`
}
