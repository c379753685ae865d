/**
 * `scm`: the root command, its subcommands (loaded on demand) and how a run reports itself.
 */
import * as Effect from "effect/Effect"
import * as Stdio from "effect/Stdio"
import * as CliOutput from "effect/cli/CliOutput"
import * as Command from "effect/cli/Command"
import * as TerminalCapabilities from "effect/cli/TerminalCapabilities"
import { flushCompileCache } from "node:module"
import { type Entry, entries } from "./catalog.js"
import { UsageError } from "./failure.js"
import { formatter } from "./help.js"
import { ProcessEnv } from "./host.js"
import { writeStderr, writeStdout } from "./output.js"
import * as Settings from "./settings.js"
import { version } from "./version.js"

export { version }

/** What `scm --help` says, above the commands. */
export const rootDescription =
  "The Sectigo Certificate Manager from a shell and CI jobs. Settings come from the SCM_* variables " +
  "(SCM_AUTH=oauth2|password|certificate and its variables) or a --config-profile of the config file."

/** The examples of `scm --help`: each works against `scm mock` and a real SCM alike. */
export const rootExamples: ReadonlyArray<readonly [string, string]> = [
  ["scm auth check", "which strategy the environment selects, and whether SCM accepts it"],
  ["scm ssl list --status issued -o json", "issued certificates, as JSON"],
  ["scm ssl enroll --cn api.example.com --key-out api.key --wait --out api.pem", "a key, a CSR, a certificate"]
]

/** Global flags that take a value, as the CLI module reads them (built-in ones included). */
const valueFlags = new Set(["--output", "-o", "--config-profile", "--profile", "--log-level", "--completions"])

/** Where `--profile` is a certificate profile; anywhere else it is the old spelling of `--config-profile`. */
const takesCertificateProfile = (path: ReadonlyArray<string>) =>
  (path[0] === "ssl" || path[0] === "smime") && path[1] === "enroll"

/** A command line as `scm` runs it: the command it names, and the old spellings it had to rename. */
export interface Prepared {
  readonly args: ReadonlyArray<string>
  readonly command: string | undefined
  readonly notes: ReadonlyArray<string>
}

/**
 * Reads a command line before the CLI module does: which top-level command it names (so that only
 * that one is loaded), and `--profile NAME` where it meant the config profile, renamed.
 */
export const prepare = (args: ReadonlyArray<string>, env: Readonly<Record<string, string | undefined>>): Prepared => {
  const out: Array<string> = []
  const notes = new Set<string>()
  const path: Array<string> = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === "--") {
      out.push(...args.slice(i))
      break
    }
    const equals = arg.startsWith("--") ? arg.indexOf("=") : -1
    const flag = equals === -1 ? arg : arg.slice(0, equals)
    if (flag === "--profile" && !takesCertificateProfile(path)) {
      notes.add("--profile NAME for a profile of the config file is now --config-profile NAME")
      out.push(equals === -1 ? "--config-profile" : `--config-profile${arg.slice(equals)}`)
      if (equals === -1 && i + 1 < args.length) out.push(args[++i]!)
      continue
    }
    out.push(arg)
    if (valueFlags.has(flag) && equals === -1) {
      if (i + 1 < args.length) out.push(args[++i]!)
    } else if (!arg.startsWith("-")) {
      path.push(arg)
    }
  }
  const present = (name: string) => env[name] !== undefined && env[name] !== ""
  if (present("SCM_PROFILE") && !present("SCM_CONFIG_PROFILE")) {
    notes.add("SCM_PROFILE is now SCM_CONFIG_PROFILE")
  }
  return { args: out, command: path[0], notes: [...notes] }
}

const loadsEverything = (args: ReadonlyArray<string>) =>
  args.some((arg) => arg === "--completions" || arg.startsWith("--completions=") || arg === "--wizard")

/** A top-level command that was not loaded: enough for `scm --help` and its suggestions. */
const placeholder = (entry: Entry): Command.Command.Any =>
  Command.make(entry.name, {}, () =>
    Effect.fail(new UsageError({ message: `put the global flags after \`${entry.name}\`: scm ${entry.name} ... -o json` }))).pipe(
      Command.withDescription(entry.description)
    )

/** `scm`, with the named command loaded and the others as placeholders. */
const root = (loaded: ReadonlyMap<string, Command.Command.Any>) =>
  Command.make("scm").pipe(
    Command.withDescription(rootDescription),
    Command.withExamples(rootExamples.map(([command, description]) => ({ command, description }))),
    Command.withSubcommands(entries.map((entry) => loaded.get(entry.name) ?? placeholder(entry))),
    // After the subcommands, so that their need for the settings is met here.
    Command.withGlobalFlags(Settings.all)
  )

/**
 * Help asked for goes to stdout; help after a usage error goes to stderr with the errors, so that
 * stdout carries data only.
 */
export const presenter = (stdio: Stdio.Stdio): CliOutput.Presenter => ({
  present: (event) =>
    Effect.gen(function*() {
      const format = yield* CliOutput.Formatter
      switch (event._tag) {
        case "Help": {
          const text = `${format.formatHelpDoc(event.helpDoc)}\n`
          return yield* event.reason === "Requested" ? Effect.orDie(Effect.ignore(writeStdout(text))) : writeStderr(text)
        }
        case "InvalidInvocation":
          yield* writeStderr(`${format.formatHelpDoc(event.helpDoc)}\n`)
          return yield* writeStderr(`${format.formatErrors(event.errors)}\n`)
        case "Version":
          return yield* Effect.ignore(writeStdout(`${format.formatVersion(event.name, event.version)}\n`))
      }
    }).pipe(Effect.provideService(Stdio.Stdio, stdio))
})

/**
 * Runs `scm` with the given arguments. Its failure is any command's error: `failure.ts` reads them
 * by their tag, so the type says no more than that.
 */
export const run = (args: ReadonlyArray<string>): Effect.Effect<void, unknown, Command.Environment> =>
  Effect.gen(function*() {
    const prepared = prepare(args, yield* ProcessEnv)
    for (const note of prepared.notes) yield* writeStderr(`scm: note: ${note}\n`)
    const everything = loadsEverything(prepared.args)
    const chosen = entries.filter((entry) => everything || entry.name === prepared.command)
    const loaded = new Map(
      yield* Effect.forEach(chosen, (entry) => Effect.promise(entry.load).pipe(Effect.map((command) => [entry.name, command] as const)), {
        concurrency: "unbounded"
      })
    )
    // The command's modules are compiled by now. Node writes its compile cache (bin/scm.js enables
    // it) at exit; written here as well, a first run that is killed before its end (a timeout,
    // `kill`) still leaves the next run a warm start. Nothing is written when nothing was compiled.
    yield* Effect.sync(flushCompileCache)
    const { canColor } = yield* TerminalCapabilities.TerminalCapabilities
    return yield* Command.runWith(root(loaded), { version })(prepared.args).pipe(
      Effect.provideService(CliOutput.Presenter, presenter(yield* Stdio.Stdio)),
      Effect.provideService(CliOutput.Formatter, formatter({ colors: canColor }))
    ) as Effect.Effect<void, unknown, Command.Environment>
  })
