/**
 * from-env runs in its own Node process: without settings it names what is
 * missing; given a mock through the environment, as a real SCM would be, it talks to that.
 */
import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { runTemplate, seededProfiles } from "./support/runTemplate.js"

describe("from-env", () => {
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
})
