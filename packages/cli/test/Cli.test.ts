/**
 * What `scm` does before it talks to SCM: help with examples on every command, the version, shell
 * completions, and usage errors (exit 2, nothing on stdout).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { run, runIn } from "./support/cli.js"

const commands = [
  [],
  ["ssl"],
  ["ssl", "list"],
  ["ssl", "get"],
  ["ssl", "enroll"],
  ["ssl", "collect"],
  ["ssl", "revoke"],
  ["ssl", "renew"],
  ["renew"],
  ["dcv", "start"],
  ["dcv", "submit"],
  ["dcv", "status"],
  ["domains", "list"],
  ["acme", "accounts", "list"],
  ["acme", "accounts", "create"],
  ["acme", "accounts", "delete"],
  ["smime", "enroll"],
  ["smime", "collect"],
  ["smime", "revoke"],
  ["admins", "list"],
  ["report", "expiring"],
  ["api"],
  ["auth", "check"],
  ["mock"]
]

describe("scm, on its own", () => {
  it.live("--help on every command shows usage and an example, on stdout, exit 0", () =>
    Effect.gen(function*() {
      const runs = yield* Effect.forEach(commands, (command) => runIn([...command, "--help"]), { concurrency: 4 })
      runs.forEach((help, i) => {
        expect(help.exitCode, commands[i]!.join(" ")).toBe(0)
        expect(help.stdout).toContain("USAGE")
        expect(help.stdout).toContain("EXAMPLES")
        expect(help.stdout).toMatch(/^ {2}scm /m)
        expect(help.stderr).toBe("")
      })
    }), 120_000)

  it.live("--version prints the package's version", () =>
    Effect.gen(function*() {
      const version = yield* runIn(["--version"])
      expect(version.exitCode).toBe(0)
      expect(version.stdout.trim()).toBe("scm v1.0.0")
    }), 20_000)

  it.live("--completions bash prints a completion script that knows the commands", () =>
    Effect.gen(function*() {
      const completions = yield* run(["--completions", "bash"])
      expect(completions.exitCode).toBe(0)
      expect(completions.stdout).toContain("complete")
      expect(completions.stdout).toContain("enroll")
    }), 20_000)

  it.live("usage errors exit 2 with the error on stderr and nothing on stdout", () =>
    Effect.gen(function*() {
      const [unknown, missing, invalid, output] = yield* Effect.all([
        runIn(["ssl", "frobnicate"]),
        runIn(["ssl", "revoke", "1234"]),
        runIn(["ssl", "get", "not-a-number"]),
        runIn(["--output", "xml", "ssl", "list"])
      ], { concurrency: 4 })
      for (const usage of [unknown, missing, invalid, output]) {
        expect(usage.exitCode).toBe(2)
        expect(usage.stdout).toBe("")
        expect(usage.stderr).toContain("ERROR")
      }
      expect(unknown.stderr).toContain(`Unknown subcommand "frobnicate"`)
      expect(missing.stderr).toContain("--reason")
    }), 30_000)
})
