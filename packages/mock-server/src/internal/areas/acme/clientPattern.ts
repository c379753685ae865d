/**
 * Regular expressions a client sends, run with a time limit. SCM's ACME domain filter is "the
 * RegExp" (its reference's example is `name=.*`), so the mock compiles what it is given; but V8's
 * backtracking engine takes exponential time on a crafted pattern (`^(a+)+$` against a long run of
 * `a`s), and the mock answers every client on one thread. All the names of one request are tested
 * in a single `vm` call, whose timeout interrupts the engine wherever it is.
 */
import { Result } from "effect"
import * as vm from "node:vm"

/** How long one request's names may take to test. */
export const patternBudgetMillis = 100

/** Why a pattern was not used. */
export type PatternRefusal = "Invalid" | "TooCostly"

/** `raw` compiled case-insensitively, as SCM matches names; `Invalid` when it is no regular expression. */
export const compilePattern = (raw: string): Result.Result<RegExp, PatternRefusal> => {
  try {
    return Result.succeed(new RegExp(raw, "i"))
  } catch {
    return Result.fail("Invalid")
  }
}

// One context for every call, made on first use (a V8 context costs a millisecond and a megabyte):
// the mock is single-threaded, and each call sets what it reads.
const sandbox: { pattern: RegExp; names: ReadonlyArray<string> } = { pattern: /(?:)/, names: [] }
let context: vm.Context | undefined
let testEach: vm.Script | undefined

const isTimeout = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { readonly code?: unknown }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT"

/** Which of `names` match `pattern`, in order; `TooCostly` when testing them takes longer than the budget. */
export const matchEach = (pattern: RegExp, names: ReadonlyArray<string>): Result.Result<ReadonlyArray<boolean>, PatternRefusal> => {
  if (names.length === 0) return Result.succeed([])
  sandbox.pattern = pattern
  sandbox.names = names
  context ??= vm.createContext(sandbox)
  testEach ??= new vm.Script("names.map((name) => pattern.test(name))")
  try {
    return Result.succeed(testEach.runInContext(context, { timeout: patternBudgetMillis }) as ReadonlyArray<boolean>)
  } catch (error) {
    if (isTimeout(error)) return Result.fail("TooCostly")
    throw error
  } finally {
    sandbox.names = []
  }
}
