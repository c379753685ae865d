/**
 * Every template runs as a user runs it (a Node process with tsx), against an embedded mock SCM,
 * or, for from-env, against a mock given through the environment like a real SCM would be.
 */
import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { runTemplate } from "./support/runTemplate.js"

const seededProfiles = /1101\tSectigo OV SSL\t\(terms: 200 days\)/

describe("templates", () => {
  it.live.each(["oauth2.ts", "password.ts", "certificate.ts"])("%s lists the profiles of the embedded mock", (file) =>
    Effect.gen(function*() {
      const run = yield* runTemplate(file)
      expect(run.stderr).toContain("using an embedded mock SCM")
      expect(run.stdout).toMatch(seededProfiles)
      expect(run.exitCode).toBe(0)
    }), 30_000)

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

  it.live("from-env without settings names what is missing and exits 1", () =>
    Effect.gen(function*() {
      const run = yield* runTemplate("from-env.ts")
      expect(run.exitCode).toBe(1)
      expect(run.stderr).toMatch(/^ {2}- SCM_AUTH: /m)
      expect(run.stderr).toContain("SCM_AUTH=certificate")
      const partial = yield* runTemplate("from-env.ts", { SCM_AUTH: "password", SCM_LOGIN: "someone" })
      expect(partial.exitCode).toBe(1)
      expect(partial.stderr).toMatch(/SCM_PASSWORD|SCM_CUSTOMER_URI/)
    }), 30_000)

  it.live.each(["oauth2", "password", "certificate"] as const)(
    "from-env with SCM_AUTH=%s talks to the SCM the environment names",
    (scheme) =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.make()
        const run = yield* runTemplate("from-env.ts", yield* MockScmServer.environment(mock, scheme))
        expect(run.stderr).toBe("")
        expect(run.stdout).toMatch(seededProfiles)
        expect(run.exitCode).toBe(0)
        const journal = yield* mock.journal
        expect(journal.some((entry) => entry.scheme === scheme && entry.status === 200)).toBe(true)
      }),
    30_000
  )

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

  it.live("the demo runs every check and exits 0", () =>
    Effect.gen(function*() {
      const run = yield* runTemplate("demo.ts")
      expect(run.stderr).toBe("")
      expect(run.stdout).toMatch(/All \d+ checks held\./)
      expect(run.exitCode).toBe(0)
    }), 30_000)
})
