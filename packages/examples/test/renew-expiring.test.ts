/**
 * The renew-expiring template, in its own Node process against its embedded mock SCM: the dry run
 * lists the seeded certificates that expire within 30 days and orders nothing, the real run renews
 * each once with a progress line per step, and the run after it finds them all renewed already.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { runTemplate } from "./support/runTemplate.js"

describe("renew-expiring", () => {
  it.live("dry run, then real, with progress lines; a second run orders nothing", () =>
    Effect.gen(function*() {
      const run = yield* runTemplate("renew-expiring.ts")
      expect(run.stderr).toContain("using an embedded mock SCM")
      expect(run.exitCode).toBe(0)
      const lines = run.stdout.split("\n")
      const wouldRenew = lines.filter((line) => line.startsWith("  would renew "))
      const renewing = lines.filter((line) => line.startsWith("  renewing "))
      const renewed = lines.filter((line) => /^ {2}renewed {6}\d+ \S+ -> new certificate \d+$/.test(line))
      const skipped = lines.filter((line) => /^ {2}skipped {6}\d+ \S+: already renewed on \d{4}-\d{2}-\d{2}$/.test(line))
      expect(wouldRenew).toHaveLength(7)
      expect(renewing).toHaveLength(7)
      expect(renewed).toHaveLength(7)
      expect(skipped).toHaveLength(7)
      // The dry run names the certificates the real run renews, and each is renewed into a new one.
      const idOf = (line: string) => /\d+/.exec(line)?.[0]
      expect(renewed.map(idOf).sort()).toEqual(wouldRenew.map(idOf).sort())
      expect(new Set(renewed.map((line) => line.split(" -> ")[1])).size).toBe(7)
      expect(run.stdout).toContain("Dry run: 7 found: 0 renewed, 0 already renewed, 7 to renew, 0 failed")
      expect(run.stdout).toContain("Done: 7 found: 7 renewed, 0 already renewed, 0 to renew, 0 failed")
      expect(run.stdout).toContain("Run again: 7 found: 0 renewed, 7 already renewed, 0 to renew, 0 failed")
      // Every line of the dry run comes before the first renewal.
      expect(run.stdout.indexOf("  would renew ")).toBeLessThan(run.stdout.indexOf("  renewing "))
    }), 30_000)
})
