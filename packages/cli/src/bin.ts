/**
 * `scm`: runs a command line and exits 0 (success), 1 (SCM or network failure), 2 (usage) or
 * 130 (interrupted). `scm --version` and `scm --help` answer from here, without loading Effect:
 * a script that asks them pays for Node's start and little more.
 *
 * @since 1.0.0
 */
import { versionLine } from "./version.js"

const args = process.argv.slice(2)
const only = (...names: ReadonlyArray<string>) => args.length === 1 && names.includes(args[0]!)

/** Colour as the CLI module's terminal detection decides it (`TerminalCapabilities`). */
const canColor = (): boolean => {
  const env = process.env
  const present = (value: string | undefined) => value !== undefined && value !== ""
  if (env["TERM"] === "dumb" || present(env["NO_COLOR"])) return false
  const force = env["FORCE_COLOR"]
  return (present(force) && force !== "0" && force!.toLowerCase() !== "false") || process.stdout.isTTY === true
}

if (only("--version", "-v")) {
  process.stdout.write(`${versionLine}\n`)
} else if (only("--help", "-h")) {
  const help = await import("./generated/rootHelp.js")
  process.stdout.write(canColor() ? help.colored : help.plain)
} else {
  const { runMain } = await import("./main.js")
  runMain(args)
}
