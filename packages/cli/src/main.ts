/**
 * A run of `scm`: the command line, its failure reported on stderr (one line), and its exit code.
 * `bin.ts` runs it on Node's services; the tests run `program` in their own process with theirs.
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as TerminalCapabilities from "effect/cli/TerminalCapabilities"
import { run } from "./Cli.js"
import { exitCode, Interruption, newInterruption, report } from "./failure.js"
import { writeStderr } from "./output.js"

/** `scm args...`, its failure reported on stderr. */
export const program = (args: ReadonlyArray<string>) =>
  run(args).pipe(
    Effect.tapCause((cause) => {
      const message = report(cause)
      return message === undefined ? Effect.void : writeStderr(`${message}\n`)
    })
  )

/** Terminal detection and logs on stderr: stdout carries data and nothing else. */
export const presentation = Layer.mergeAll(TerminalCapabilities.layer, Layer.succeed(Logger.LogToStderr, true))

/**
 * A reader that went away (`scm ... | head -1`) after the last write was accepted is reported by
 * Node as an 'error' event on stdout, later: with no listener it would crash the process with a
 * stack. Like other Unix tools, `scm` then ends quietly; any other error on stdout still throws.
 */
const quietOnClosedStdout = () =>
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error
    process.exit(0)
  })

/** Runs `scm args...` in this process and exits with its code. */
export const runMain = (args: ReadonlyArray<string>): void => {
  quietOnClosedStdout()
  const interruption = newInterruption()
  program(args).pipe(
    Effect.provide(presentation.pipe(Layer.provideMerge(NodeServices.layer))),
    Effect.provideService(Interruption, interruption),
    NodeRuntime.runMain({
      disableErrorReporting: true,
      teardown: (exit, onExit) => onExit(exitCode(exit, interruption))
    })
  )
}
