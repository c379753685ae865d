/**
 * The pieces of output and failure handling that need no process: table fitting, durations as
 * typed, elapsed time, exit codes and the stderr message of each failure.
 */
import { describe, expect, it } from "@effect/vitest"
import { ScmError } from "@scm-effect/core"
import { Cause, Duration, Exit, Option } from "effect"
import { ExitCode, exitCode, newInterruption, report, UsageError } from "../src/failure.js"
import { parseDuration } from "../src/durations.js"
import { fitWidths, renderTable, StdoutClosed } from "../src/output.js"
import { formatElapsed } from "../src/progress.js"

describe("tables", () => {
  it("fit the width: flexible columns give way first, then the widest, never below their minimum", () => {
    expect(fitWidths([5, 20, 40], [2, 8, 8], [false, false, true], 80)).toEqual([5, 20, 40])
    expect(fitWidths([5, 20, 60], [2, 8, 8], [false, false, true], 50)).toEqual([5, 20, 21])
    expect(fitWidths([5, 40, 30], [2, 8, 8], [false, false, true], 40)).toEqual([5, 23, 8])
    expect(fitWidths([30, 30], [20, 20], [false, false], 10)).toEqual([20, 20])
  })

  it("align columns, right-align numbers, cut long cells with an ellipsis", () => {
    const rows = [{ id: 7, name: "a".repeat(100) }, { id: 1234, name: "short" }]
    const lines = renderTable(rows, [
      { header: "ID", get: (row) => row.id, align: "right" },
      { header: "NAME", get: (row) => row.name, flex: true }
    ], { total: 40, bold: (text) => text })
    expect(lines).toEqual(["  ID  NAME", `   7  ${"a".repeat(33)}…`, "1234  short"])
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40)
  })
})

describe("durations and time", () => {
  it("read as people type them", () => {
    expect(Option.map(parseDuration("30d"), Duration.toDays)).toEqual(Option.some(30))
    expect(Option.map(parseDuration("15m"), Duration.toMinutes)).toEqual(Option.some(15))
    expect(Option.map(parseDuration("2 hours"), Duration.toHours)).toEqual(Option.some(2))
    expect(parseDuration("soon")).toEqual(Option.none())
    expect(parseDuration("0s")).toEqual(Option.none())
  })

  it("elapsed time is short", () => {
    expect([formatElapsed(4_200), formatElapsed(125_000), formatElapsed(3_720_000)]).toEqual(["4s", "2m05s", "1h02m"])
  })
})

describe("failures", () => {
  const apiError = new ScmError.ScmApiError({
    method: "GET",
    url: "https://scm.example/api/ssl/v1/1",
    status: 404,
    code: -124,
    description: "Wrong SSL certificate id 1."
  })

  it("exit 0, 1 for SCM, 2 for usage, 130 for Ctrl-C, 0 when stdout was closed", () => {
    const interruption = newInterruption()
    expect(exitCode(Exit.void, interruption)).toBe(ExitCode.success)
    expect(exitCode(Exit.fail(apiError), interruption)).toBe(ExitCode.failure)
    expect(exitCode(Exit.fail(new UsageError({ message: "no" })), interruption)).toBe(ExitCode.usage)
    expect(exitCode(Exit.failCause(Cause.interrupt()), interruption)).toBe(ExitCode.interrupted)
    expect(exitCode(Exit.fail(new StdoutClosed()), interruption)).toBe(ExitCode.success)
    // What `scm mock` sets for its own run: Ctrl-C is how it ends.
    expect(exitCode(Exit.failCause(Cause.interrupt()), { exitCode: ExitCode.success })).toBe(ExitCode.success)
    expect(exitCode(Exit.failCause(Cause.interrupt()), newInterruption())).toBe(ExitCode.interrupted)
  })

  it("one line on stderr: the tag, SCM's code and SCM's description, once", () => {
    expect(report(Cause.fail(apiError))).toBe("scm: ScmApiError (SCM code -124): Wrong SSL certificate id 1.")
    expect(report(Cause.interrupt())).toBeUndefined()
    expect(report(Cause.fail(new StdoutClosed()))).toBeUndefined()
  })
})
