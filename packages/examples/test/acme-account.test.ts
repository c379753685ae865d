/**
 * The acme-account template, in its own Node process: it creates an EAB account and prints the
 * certbot line, and the HMAC key stays out of its output unless SCM_SHOW_EAB_KEY=1 asks for it.
 */
import { describe, expect, it } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Redacted } from "effect"
import { runTemplate } from "./support/runTemplate.js"

const certbotLine = /^ {2}certbot register --server (https:\/\/\S+) --eab-kid ([A-Za-z0-9_-]+) --eab-hmac-key (\S+) --register-unsafely-without-email --agree-tos$/m

/** The account's details as SCM sends them, read by the test with the mock's credentials. */
const accountDetails = (mock: MockScmServer.Service, id: string) =>
  Effect.promise(() =>
    fetch(`${mock.httpUrl}/api/acme/v2/account/${id}`, {
      headers: { login: mock.credentials.login, password: Redacted.value(mock.credentials.password), customerUri: mock.credentials.customerUri }
    }).then((response) => response.json() as Promise<{ readonly macId: string; readonly macKey: string }>))

describe("acme-account", () => {
  it.live("creates an account on the embedded mock and prints the certbot line with the HMAC key redacted", () =>
    Effect.gen(function*() {
      const run = yield* runTemplate("acme-account.ts", { SCM_ACME_DOMAINS: "certbot.example.com,elsewhere.test" })
      expect(run.stderr).toContain("using an embedded mock SCM")
      expect(run.stdout).toMatch(/^Created ACME account \d+ "certbot-[^"]+" for organization 1001 on Sectigo DV ACME \(https:\/\/acme\.sectigo\.com\/v2\/DV\)$/m)
      expect(run.stdout).toContain("Domains added: certbot.example.com")
      expect(run.stdout).toContain("Domains SCM did not add (not this organization's to use): elsewhere.test")
      const [, server, , key] = certbotLine.exec(run.stdout) ?? []
      expect(server).toBe("https://acme.sectigo.com/v2/DV")
      expect(key).toBe("<redacted>")
      expect(run.stdout).toContain("Set SCM_SHOW_EAB_KEY=1 to print it")
      // No HMAC-key-sized base64url string anywhere (the mock's keys are 64 bytes: 86 characters).
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/[A-Za-z0-9_-]{80,}/)
      expect(run.exitCode).toBe(0)
    }), 30_000)

  it.live("against an SCM the environment names: the key SCM holds is not in the output, unless SCM_SHOW_EAB_KEY=1", () =>
    Effect.scoped(Effect.gen(function*() {
      const mock = yield* MockScmServer.make()
      const environment = { ...(yield* MockScmServer.environment(mock, "password")), SCM_ORG_ID: "1010", SCM_ACME_VALIDATION: "OV", SCM_ACME_ACCOUNT_NAME: "edge.example.eu" }
      const hidden = yield* runTemplate("acme-account.ts", environment)
      expect(hidden.exitCode).toBe(0)
      const id = /^Created ACME account (\d+) "edge\.example\.eu" for organization 1010 on Sectigo OV ACME/m.exec(hidden.stdout)?.[1] ?? ""
      const details = yield* accountDetails(mock, id)
      expect(details.macKey.length).toBeGreaterThan(40)
      expect(certbotLine.exec(hidden.stdout)?.[2]).toBe(details.macId)
      expect(`${hidden.stdout}${hidden.stderr}`).not.toContain(details.macKey)

      const shown = yield* runTemplate("acme-account.ts", { ...environment, SCM_SHOW_EAB_KEY: "1" })
      expect(shown.exitCode).toBe(0)
      const shownId = /^Created ACME account (\d+)/m.exec(shown.stdout)?.[1] ?? ""
      expect(certbotLine.exec(shown.stdout)?.[3]).toBe((yield* accountDetails(mock, shownId)).macKey)
      expect(shown.stdout).not.toContain("<redacted>")
    })), 60_000)
})
