/**
 * `scm-mock-server`: runs the mock SCM server from a shell. See `--help`.
 *
 * @since 0.1.0
 */
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Effect, Logger } from "effect"
import * as Cli from "./internal/cli.js"

Cli.main(process.argv.slice(2)).pipe(
  // stdout carries the JSON line and nothing else: logs go to stderr.
  Effect.provide([NodeContext.layer, Logger.replace(Logger.defaultLogger, Logger.prettyLogger({ stderr: true }))]),
  NodeRuntime.runMain({
    disableErrorReporting: true,
    disablePrettyLogger: true,
    teardown: (exit, onExit) => onExit(Cli.exitCode(exit))
  })
)
