/**
 * Settings: the three strategies from SCM_* variables, a profile of the config file, a secret on
 * stdin (never printed), missing variables named, and `scm auth check`.
 */
import { describe, expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Redacted } from "effect"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { runIn, type Scheme, temporaryDirectory } from "./support/cli.js"

const mockOptions: MockScmServer.Options = { journalLimit: 5000, tokenTtlSeconds: 600 }

interface AuthReport {
  readonly strategy: string | null
  readonly variables: Record<string, { readonly set: boolean; readonly source: string | null }>
  readonly missing: ReadonlyArray<string>
  readonly call: { readonly ok: boolean; readonly profiles?: number }
  readonly tokenLifetimeSeconds: number | null
}

layer(MockScmServer.layer(mockOptions), { excludeTestServices: true })("scm auth check and settings", (it) => {
  describe.each<Scheme>(["oauth2", "password", "certificate"])("with %s", (scheme) => {
    it.effect("auth check reports the strategy, an authenticated call and (OAuth2) the token's lifetime", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        const env = yield* MockScmServer.environment(mock, scheme)
        const check = yield* runIn(["auth", "check", "--output", "json"], { env })
        expect(check.exitCode).toBe(0)
        const report = JSON.parse(check.stdout) as AuthReport
        expect(report.strategy).toBe(scheme)
        expect(report.missing).toEqual([])
        expect(report.call.ok).toBe(true)
        expect(report.call.profiles).toBeGreaterThan(0)
        expect(report.tokenLifetimeSeconds).toBe(scheme === "oauth2" ? 600 : null)
        for (const name of Object.keys(env)) expect(report.variables[name]?.set).toBe(true)
        // Names and sources of secrets, never their values.
        const secrets = [Redacted.value(mock.credentials.clientSecret), Redacted.value(mock.credentials.password)]
        for (const secret of secrets) expect(check.stdout + check.stderr).not.toContain(secret)
      }), 30_000)
  })

  it.effect("a missing variable is named, on stderr, with exit 2; auth check names it too", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const { SCM_CLIENT_SECRET: _secret, ...partial } = yield* MockScmServer.environment(mock, "oauth2")
      const [list, check, none] = yield* Effect.all([
        runIn(["ssl", "list"], { env: partial }),
        runIn(["auth", "check"], { env: partial }),
        runIn(["ssl", "list"])
      ], { concurrency: 3 })
      expect(list.exitCode).toBe(2)
      expect(list.stdout).toBe("")
      expect(list.stderr).toContain("SCM_CLIENT_SECRET: not set")
      expect(check.exitCode).toBe(2)
      expect(check.stdout).toMatch(/^missing\s+SCM_CLIENT_SECRET: not set$/m)
      expect(check.stdout).toMatch(/^call\s+skipped/m)
      expect(none.exitCode).toBe(2)
      expect(none.stderr).toContain("SCM_AUTH")
    }), 30_000)

  it.effect("--password-stdin: the secret comes from stdin and is never printed", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const { SCM_PASSWORD: password, ...rest } = yield* MockScmServer.environment(mock, "password")
      const listed = yield* runIn(["--password-stdin", "ssl", "list", "--output", "ndjson"], {
        env: rest,
        stdin: `${password}\n`
      })
      expect(listed.exitCode).toBe(0)
      expect(listed.stdout.split("\n").length).toBeGreaterThan(2)
      const check = yield* runIn(["auth", "check", "--password-stdin"], { env: rest, stdin: `${password}\n` })
      expect(check.exitCode).toBe(0)
      expect(check.stdout).toMatch(/^SCM_PASSWORD\s+set \(stdin, hidden\)$/m)
      const wrong = yield* runIn(["--password-stdin", "ssl", "list"], { env: rest, stdin: "not-the-password\n" })
      expect(wrong.exitCode).toBe(1)
      expect(wrong.stderr).toMatch(/^scm: ScmAuthenticationError/m)
      for (const output of [listed, check, wrong]) {
        expect(output.stdout + output.stderr).not.toContain(password)
        expect(output.stdout + output.stderr).not.toContain("not-the-password")
      }
      const empty = yield* runIn(["--password-stdin", "ssl", "list"], { env: rest, stdin: "" })
      expect(empty.exitCode).toBe(2)
      expect(empty.stderr).toContain("--password-stdin: stdin was empty")
    }), 40_000)

  it.effect("--config-profile NAME reads a profile of $XDG_CONFIG_HOME/scm/config.json; it wins over the environment", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const config = yield* temporaryDirectory
      Fs.mkdirSync(Path.join(config, "scm"))
      const profile = yield* MockScmServer.environment(mock, "password")
      Fs.writeFileSync(Path.join(config, "scm", "config.json"), JSON.stringify({ profiles: { mock: profile } }))
      // The shell's settings name another strategy, and an unreachable SCM: the profile's win.
      const env = { XDG_CONFIG_HOME: config, SCM_AUTH: "oauth2", SCM_BASE_URL: "http://127.0.0.1:9" }
      const [listed, fromVariable, unknown] = yield* Effect.all([
        runIn(["--config-profile", "mock", "domains", "list", "-o", "json"], { env }),
        runIn(["auth", "check", "-o", "json"], { env: { ...env, SCM_CONFIG_PROFILE: "mock" } }),
        runIn(["--config-profile", "nope", "domains", "list"], { env })
      ], { concurrency: 3 })
      expect(listed.exitCode).toBe(0)
      expect((JSON.parse(listed.stdout) as Array<unknown>).length).toBeGreaterThan(0)
      // The profile holds SCM_PASSWORD in a file others may read: a warning, with the fix.
      expect(listed.stderr).toContain(`holds SCM_PASSWORD and others may read it: chmod 600`)
      Fs.chmodSync(Path.join(config, "scm", "config.json"), 0o600)
      const quiet = yield* runIn(["--config-profile", "mock", "domains", "list", "-o", "json"], { env })
      expect(quiet.exitCode).toBe(0)
      expect(quiet.stderr).toBe("")
      // The spellings before 1.1 still work, with a note on stderr; after `ssl enroll`, --profile
      // is the certificate profile and is left alone.
      const [oldFlag, oldVariable, afterCommand] = yield* Effect.all([
        runIn(["--profile", "mock", "domains", "list", "-o", "json"], { env }),
        runIn(["domains", "list", "-o", "json"], { env: { ...env, SCM_PROFILE: "mock" } }),
        runIn(["domains", "list", "--profile=mock", "-o", "json"], { env })
      ])
      for (const old of [oldFlag, oldVariable, afterCommand]) {
        expect(old.exitCode).toBe(0)
        expect(old.stdout).toBe(quiet.stdout)
      }
      expect(oldFlag.stderr).toBe("scm: note: --profile NAME for a profile of the config file is now --config-profile NAME\n")
      expect(afterCommand.stderr).toBe(oldFlag.stderr)
      expect(oldVariable.stderr).toBe("scm: note: SCM_PROFILE is now SCM_CONFIG_PROFILE\n")
      expect(fromVariable.exitCode).toBe(0)
      const report = JSON.parse(fromVariable.stdout) as AuthReport
      expect(report.strategy).toBe("password")
      expect(report.variables["SCM_AUTH"]?.source).toBe("profile")
      expect(unknown.exitCode).toBe(2)
      expect(unknown.stderr).toContain(`no profile "nope"`)
      expect(unknown.stderr).toContain("(it has mock)")
    }), 40_000)
})
