/**
 * Every template runs in its own Node process against an embedded mock SCM: the listing templates
 * and the demo, which runs with tsx exactly as the README's first command runs it. Split across
 * files so that vitest spreads the processes.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { runTemplate, seededProfiles } from "./support/runTemplate.js"

describe("templates", () => {
  it.live.each(["oauth2.ts", "password.ts", "certificate.ts"])("%s lists the profiles of the embedded mock", (file) =>
    Effect.gen(function*() {
      const run = yield* runTemplate(file)
      expect(run.stderr).toContain("using an embedded mock SCM")
      expect(run.stdout).toMatch(seededProfiles)
      expect(run.exitCode).toBe(0)
    }), 30_000)

  it.live("the demo, run with tsx as the README runs it, runs every check and exits 0", () =>
    Effect.gen(function*() {
      const run = yield* runTemplate("demo.ts", {}, "tsx")
      expect(run.stderr).toBe("")
      expect(run.stdout).toMatch(/All \d+ checks held\./)
      expect(run.exitCode).toBe(0)
    }), 30_000)
})
