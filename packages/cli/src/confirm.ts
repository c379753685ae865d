/**
 * Asking before an action that cannot be taken back (revoke, delete, renew, anything in bulk), as
 * `gh` does: on a terminal the user reads what will happen and answers; `--yes` answers for them;
 * without a terminal and without `--yes` the command refuses (exit 2), so a CI job never destroys
 * by accident.
 */
import * as Effect from "effect/Effect"
import * as Stdio from "effect/Stdio"
import * as Terminal from "effect/Terminal"
import * as Flag from "effect/cli/Flag"
import { Cancelled, UsageError } from "./failure.js"
import { writeStderr } from "./output.js"

/** `--yes`: the answer to the confirmation, given in advance. */
export const yesFlag = Flag.Boolean("yes").pipe(
  Flag.withAlias("y"),
  Flag.withDescription("do it without asking (needed where there is no terminal to ask on)"),
  Flag.withDefault(false)
)

/**
 * Goes on if the user agrees to `action` (`revoke certificate 1234`), the lines of `details`
 * shown first; refuses without a terminal unless `yes`. Runs before any request that changes
 * something, so a refusal or a "no" leaves SCM as it was.
 */
export const confirm = Effect.fn("confirm")(function*(
  action: string,
  details: ReadonlyArray<string>,
  yes: boolean
) {
  if (yes) return
  const stdio = yield* Stdio.Stdio
  if (!(yield* stdio.stdinIsTerminal)) {
    return yield* new UsageError({
      message: `${action}: not confirmed, and there is no terminal to ask on; pass --yes to go ahead`
    })
  }
  const terminal = yield* Terminal.Terminal
  yield* writeStderr(`${[`This will ${action}:`, ...details.map((line) => `  ${line}`)].join("\n")}\nProceed? [y/N] `)
  // Ctrl-D (end of input) answers no.
  const answer = yield* terminal.readLine.pipe(Effect.orElseSucceed(() => ""))
  if (!/^\s*y(es)?\s*$/i.test(answer)) {
    return yield* new Cancelled({ message: `not confirmed: nothing was done (${action})` })
  }
})
