/**
 * `scm-mock-server`: runs the mock SCM server from a shell. See `--help`.
 *
 * @since 0.1.0
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Effect, Layer, Logger } from "effect"
import * as Cli from "./internal/cli/cli.js"

Cli.main(process.argv.slice(2)).pipe(
  // stdout carries the JSON line and nothing else: logs go to stderr.
  Effect.provide(Layer.merge(NodeFileSystem.layer, Layer.succeed(Logger.LogToStderr, true))),
  NodeRuntime.runMain({
    disableErrorReporting: true,
    teardown: (exit, onExit) => onExit(Cli.exitCode(exit))
  })
)
