/**
 * On a terminal (a pseudo-terminal from `script`): colour in tables unless NO_COLOR, and a
 * progress line redrawn in place, ending with a tick.
 */
import { describe, expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { csrFile, hasScript, runInTerminal } from "./support/cli.js"

layer(MockScmServer.layer({ issuanceDelaySeconds: 3 }), { excludeTestServices: true })("scm on a terminal", (it) => {
  describe.skipIf(!hasScript)("with a pseudo-terminal", () => {
    it.effect("tables are bold on a terminal, plain with NO_COLOR", () =>
      Effect.gen(function*() {
        const env = yield* MockScmServer.environment(yield* MockScmServer.MockScmServer, "password")
        const [coloured, plain] = yield* Effect.all([
          runInTerminal(["domains", "list"], { env }),
          runInTerminal(["domains", "list"], { env: { ...env, NO_COLOR: "1" } })
        ], { concurrency: 2 })
        expect(coloured.exitCode).toBe(0)
        const bold = "\x1b[1m"
        expect(coloured.stdout).toContain(`${bold}  ID  NAME`)
        expect(plain.exitCode).toBe(0)
        expect(plain.stdout).not.toContain("\x1b[")
        expect(plain.stdout).toMatch(/^\s*ID {2}NAME\s+VALIDATION\s+EXPIRES\r?$/m)
      }), 40_000)

    it.effect("waiting for issuance: one line redrawn in place with a spinner, then a tick", () =>
      Effect.gen(function*() {
        const env = yield* MockScmServer.environment(yield* MockScmServer.MockScmServer, "password")
        const csr = yield* csrFile("tty.example.com")
        const enrolled = yield* runInTerminal(
          ["ssl", "enroll", "--csr", csr, "--profile", "1101", "--term", "200", "--org", "1001", "--wait", "--format", "pem"],
          { env }
        )
        expect(enrolled.exitCode).toBe(0)
        expect(enrolled.stdout).toContain("\r\x1b[K")
        expect(enrolled.stdout).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] certificate \d+: /)
        expect(enrolled.stdout).toMatch(/✓ certificate \d+: issued \(\d+s\)/)
        expect(enrolled.stdout).toContain("-----BEGIN CERTIFICATE-----")
      }), 40_000)
  })
})
