/**
 * `scm`: the root command, its subcommands and how a run reports itself.
 */
import { Console, Effect } from "effect"
import { createRequire } from "node:module"
import { CliOutput, Command, TerminalCapabilities } from "effect/cli"
import { describe } from "./commands/common.js"
import { acme } from "./commands/acme.js"
import { admins } from "./commands/admins.js"
import { api } from "./commands/api.js"
import { auth } from "./commands/auth.js"
import { dcv } from "./commands/dcv.js"
import { domains } from "./commands/domains.js"
import { mock } from "./commands/mock.js"
import { renew } from "./commands/renew.js"
import { report } from "./commands/report.js"
import { smime } from "./commands/smime.js"
import { ssl } from "./commands/ssl.js"
import * as Settings from "./settings.js"

/** The version `--version` prints: the package's (src/ and dist/ both sit one level below it). */
export const version: string = (createRequire(import.meta.url)("../package.json") as { readonly version: string }).version

/** `scm` and every command under it. */
const scm = Command.make("scm").pipe(
  describe(
    "The Sectigo Certificate Manager from a shell and CI jobs. Settings come from the SCM_* variables " +
      "(SCM_AUTH=oauth2|password|certificate and its variables) or a --profile of the config file.",
    [
      ["scm auth check", "which strategy the environment selects, and whether SCM accepts it"],
      ["scm ssl list --status Issued --output json", "issued certificates, as JSON"]
    ]
  ),
  Command.withSubcommands([ssl, renew, dcv, domains, acme, smime, admins, report, api, auth, mock]),
  // After the subcommands, so that their need for the settings is met here.
  Command.withGlobalFlags(Settings.all)
)

/**
 * Help asked for goes to stdout; help after a usage error goes to stderr with the errors, so that
 * stdout carries data only.
 */
export const presenter: CliOutput.Presenter = {
  present: (event) =>
    Effect.gen(function*() {
      const formatter = yield* CliOutput.Formatter
      switch (event._tag) {
        case "Help":
          return yield* (event.reason === "Requested" ? Console.log : Console.error)(formatter.formatHelpDoc(event.helpDoc))
        case "InvalidInvocation":
          yield* Console.error(formatter.formatHelpDoc(event.helpDoc))
          return yield* Console.error(formatter.formatErrors(event.errors))
        case "Version":
          return yield* Console.log(formatter.formatVersion(event.name, event.version))
      }
    })
}

/**
 * Runs `scm` with the given arguments. Its failure is any command's error: `failure.ts` reads them
 * by their tag, so the type says no more than that.
 */
export const run = (args: ReadonlyArray<string>): Effect.Effect<void, unknown, Command.Environment> =>
  Effect.gen(function*() {
    const { canColor } = yield* TerminalCapabilities.TerminalCapabilities
    // A command's help points to `scm --help` for the global flags rather than repeating them.
    const formatter = CliOutput.defaultFormatter({ colors: canColor, globalFlags: "summary" })
    return yield* Command.runWith(scm, { version })(args).pipe(
      Effect.provideService(CliOutput.Presenter, presenter),
      Effect.provideService(CliOutput.Formatter, formatter)
    )
  })
