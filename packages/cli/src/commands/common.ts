/**
 * What the commands share: the SCM connection, ids as arguments, flags whose values are a fixed
 * set (case ignored), describing a command.
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Argument from "effect/cli/Argument"
import * as Command from "effect/cli/Command"
import * as Flag from "effect/cli/Flag"
import type * as GlobalFlag from "effect/cli/GlobalFlag"
import * as Environment from "../environment.js"
import type { Interruption } from "../failure.js"

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

/** The value of `values` that `text` names, case ignored. */
export const matchChoice = <const A extends string>(values: ReadonlyArray<A>, text: string): Option.Option<A> =>
  Option.fromUndefinedOr(values.find((value) => value.toLowerCase() === text.trim().toLowerCase()))

/**
 * A flag whose value is one of `values`, as people type them: case ignored (`--status issued`
 * is `Issued`), a wrong one refused before any request, with the choices.
 */
export const choiceFlag = <const A extends string>(name: string, values: ReadonlyArray<A>, metavar?: string) =>
  Flag.String(name).pipe(
    Flag.withMetavar(metavar ?? values.join("|")),
    Flag.filterMap(
      (text) => matchChoice(values, text),
      () => `one of ${values.join(", ")} (case ignored)`
    )
  )

/** The literals an open enum of `@scm-effect/core` names (the spec's values). */
export const literalsOf = (schema: unknown): ReadonlyArray<string> => {
  const members = (schema as { readonly members?: ReadonlyArray<{ readonly literals?: ReadonlyArray<string> }> }).members
  return members?.[0]?.literals ?? (schema as { readonly literals?: ReadonlyArray<string> }).literals ?? []
}

/** What a command needs from `scm`'s run: the platform, and the global settings. */
export type Services =
  | Command.Environment
  | GlobalFlag.Setting.Identifier<"output">
  | GlobalFlag.Setting.Identifier<"config-profile">
  | GlobalFlag.Setting.Identifier<"password-stdin">
  | Interruption

/**
 * A top-level command as `scm` assembles it. Its errors are read by tag (failure.ts), so the
 * type does not list them: the library's error classes cannot be named from here anyway.
 */
export type TopLevel<Name extends string> = Command.Command<Name, never, {}, unknown, Services>
