/**
 * The workflow templates, each in its own Node process, against an embedded
 * mock SCM.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { runTemplate } from "./support/runTemplate.js"

describe("workflow templates", () => {
  it.live("errors-and-retries handles each scenario by its tag", () =>
    Effect.gen(function*() {
      const run = yield* runTemplate("errors-and-retries.ts")
      expect(run.exitCode).toBe(0)
      const lines = run.stdout.split("\n")
      const outcome = (scenario: string) => lines.find((line) => line.startsWith(scenario))?.slice(44).trim()
      expect(outcome("an unknown path")).toMatch(/^SCM answered 404: SCM code -?\d+/)
      expect(outcome("two 503s, then your own Schedule")).toBe("succeeded")
      expect(outcome("one 503 with retry: false")).toBe("SCM answered 503: no SCM error body")
      expect(outcome("429 with Retry-After: 120")).toBe("rate limited; SCM asked to wait 2m")
      expect(outcome("a wrong password")).toBe(`not authenticated: SCM code -16 "Unknown user"`)
    }), 30_000)

  it.live("in-an-app counts certificates by status through the app's own service", () =>
    Effect.gen(function*() {
      const run = yield* runTemplate("in-an-app.ts")
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toMatch(/^Issued\s+\d+$/m)
      expect(run.stdout).toMatch(/^Revoked\s+\d+$/m)
    }), 30_000)

  it.live("enroll-and-collect gets a certificate issued for its CSR and checks the chain", () =>
    Effect.gen(function*() {
      const run = yield* runTemplate("enroll-and-collect.ts")
      expect(run.stderr).toContain("using an embedded mock SCM")
      expect(run.stdout).toMatch(/^Enrolled certificate \d+ \(profile "[^"]+", \d+ days\); renew id \S+$/m)
      expect(run.stdout).toMatch(/^Issued: CN=www\.example\.com, serial [0-9A-F]+, valid until /m)
      expect(run.stdout).toContain("Chain order checks out: true; certificate carries the CSR's key: true")
      expect(run.exitCode).toBe(0)
    }), 30_000)

  it.live("opentelemetry exports the request and token-renewal spans, and no secret", () =>
    Effect.gen(function*() {
      const run = yield* runTemplate("opentelemetry.ts")
      expect(run.stderr).toContain("using an embedded mock SCM")
      expect(run.stdout).toMatch(/^ {2}opentelemetry-template\s+[\d.]+ ms/m)
      expect(run.stdout).toMatch(/^ +OAuth2\.fetchToken\s+[\d.]+ ms .*scm\.token_reason=initial/m)
      expect(run.stdout).toMatch(/^ +OAuth2\.fetchToken\s+[\d.]+ ms .*scm\.token_reason=renewal/m)
      expect(run.stdout).toMatch(/^ +GET\s+[\d.]+ ms .*http\.request\.header\.authorization=<redacted>/m)
      expect(run.stdout).toContain("All 5 expected span names were exported, and no secret in any attribute.")
      expect(run.stdout).not.toMatch(/bearer /i)
      expect(run.exitCode).toBe(0)
    }), 30_000)
})
