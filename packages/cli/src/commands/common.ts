/**
 * What the commands share: the SCM connection, ids as arguments, describing a command.
 */
import { Effect } from "effect"
import { Argument, Command } from "effect/cli"
import type { GlobalFlag } from "effect/cli"
import * as Environment from "../environment.js"

/** Runs an effect against SCM, with the strategy and settings of this run. */
export const withScm = Effect.provide(Environment.layer)

/** A numeric id argument (`scm ssl get 1234`). */
export const idArgument = (name: string, description: string) =>
  Argument.Int(name).pipe(Argument.withDescription(description))

/** The description and examples every command carries, so that `--help` shows how to use it. */
export const describe = (
  description: string,
  examples: ReadonlyArray<readonly [command: string, what: string]>
) =>
<Name extends string, Input, ContextInput, E, R>(
  command: Command.Command<Name, Input, ContextInput, E, R>
): Command.Command<Name, Input, ContextInput, E, R> =>
  command.pipe(
    Command.withDescription(description),
    Command.withExamples(examples.map(([example, what]) => ({ command: example, description: what })))
  )

/** What a command needs from `scm`'s run: the platform, and the global settings. */
export type Services =
  | Command.Environment
  | GlobalFlag.Setting.Identifier<"output">
  | GlobalFlag.Setting.Identifier<"config-profile">
  | GlobalFlag.Setting.Identifier<"password-stdin">

/**
 * A top-level command as `scm` assembles it. Its errors are read by tag (failure.ts), so the
 * type does not list them: the library's error classes cannot be named from here anyway.
 */
export type TopLevel<Name extends string> = Command.Command<Name, never, {}, unknown, Services>
