/**
 * The command line of `scm-mock-server`, for programs that start the mock the same way (the
 * `scm mock` command of `@scm-effect/cli`): the same flags, the same JSON line on stdout, the same
 * banner on stderr and the same shutdown.
 *
 * ```ts
 * import { NodeFileSystem, NodeRuntime } from "@effect/platform-node"
 * import * as MockServerCli from "@scm-effect/mock-server/MockServerCli"
 * import { Effect } from "effect"
 *
 * MockServerCli.run(["--http-port", "8080"]).pipe(Effect.provide(NodeFileSystem.layer), NodeRuntime.runMain)
 * ```
 *
 * @since 1.0.0
 */
import * as internal from "./internal/cli/cli.js"

/**
 * Parses `scm-mock-server` flags, then serves until interrupted (`--help` prints `usage` instead).
 *
 * @since 1.0.0
 * @category running
 */
export const run = internal.run

/**
 * The `--help` text of `scm-mock-server`: every flag, the seed file's shape, the exit codes.
 *
 * @since 1.0.0
 * @category models
 */
export const usage: string = internal.usage

/**
 * A flag `run` refuses (unknown, or a value out of range); its message names the flag.
 *
 * @since 1.0.0
 * @category errors
 */
export const UsageError = internal.UsageError

/**
 * A flag `run` refuses (unknown, or a value out of range); its message names the flag.
 *
 * @since 1.0.0
 * @category errors
 */
export type UsageError = internal.UsageError

/**
 * A `--seed` file that cannot be read or does not have the seed file's shape.
 *
 * @since 1.0.0
 * @category errors
 */
export const SeedError = internal.SeedError

/**
 * A `--seed` file that cannot be read or does not have the seed file's shape.
 *
 * @since 1.0.0
 * @category errors
 */
export type SeedError = internal.SeedError

/**
 * How long a stopped server has to close before the process exits anyway, in milliseconds.
 *
 * @since 1.0.0
 * @category models
 */
export const shutdownGraceMs: number = internal.shutdownGraceMs
