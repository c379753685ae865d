/**
 * The mock server of `scm mock`, run on a runtime of its own. The bundle builds this module apart
 * from the other commands (scripts/bundle.ts), with its own copy of what it uses, so that the code
 * only the mock server needs (its HTTP server, the spec's schemas and validators) stays out of the
 * chunks every other command loads. What crosses to and from the command is plain data: the flags
 * in, and out how the server ended, its error as the value it failed with.
 */
import * as NodeServices from "@effect/platform-node/NodeServices"
import * as MockServerCli from "@scm-effect/mock-server/MockServerCli"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as Option from "effect/Option"

/** How the server ended: a failure is the server's own error (a flag it refused, a seed it could not read ...). */
export type Ended =
  | { readonly _tag: "Stopped" }
  | { readonly _tag: "Failed"; readonly error: Effect.Error<ReturnType<typeof MockServerCli.run>> }
  | { readonly _tag: "Died"; readonly defect: unknown }

/** Runs `scm-mock-server args...` until it fails or `signal` aborts (Ctrl-C, SIGTERM). */
export const runMockServer = async (args: ReadonlyArray<string>, signal: AbortSignal): Promise<Ended> => {
  const exit = await Effect.runPromiseExit(
    MockServerCli.run(args).pipe(
      // As scm-mock-server runs: stdout carries the JSON line and nothing else, logs go to stderr.
      Effect.provide(Layer.merge(NodeServices.layer, Layer.succeed(Logger.LogToStderr, true)))
    ),
    { signal }
  )
  if (Exit.isSuccess(exit) || Cause.hasInterruptsOnly(exit.cause)) return { _tag: "Stopped" }
  return Option.match(Cause.findErrorOption(exit.cause), {
    onNone: () => ({ _tag: "Died", defect: Cause.squash(exit.cause) }),
    onSome: (error) => ({ _tag: "Failed", error })
  })
}
