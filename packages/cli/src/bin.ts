/**
 * `scm`: runs a command line and exits 0 (success), 1 (SCM or network failure), 2 (usage) or
 * 130 (interrupted).
 *
 * @since 1.0.0
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Effect, Layer, Logger } from "effect"
import { TerminalCapabilities } from "effect/cli"
import { run } from "./Cli.js"
import { exitCode, report } from "./failure.js"
import { writeStderr } from "./output.js"

const program = run(process.argv.slice(2)).pipe(
  Effect.tapCause((cause) => {
    const message = report(cause)
    return message === undefined ? Effect.void : writeStderr(`${message}\n`)
  }),
  // stdout carries data and nothing else: logs go to stderr.
  Effect.provide(
    Layer.mergeAll(TerminalCapabilities.layer, Layer.succeed(Logger.LogToStderr, true)).pipe(
      Layer.provideMerge(NodeServices.layer)
    )
  )
)

program.pipe(
  NodeRuntime.runMain({
    disableErrorReporting: true,
    teardown: (exit, onExit) => onExit(exitCode(exit))
  })
)
