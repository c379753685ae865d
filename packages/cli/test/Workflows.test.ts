/**
 * The workflow commands against the mock over real sockets: `scm dcv`, `scm acme accounts`,
 * `scm smime`, `scm admins list`, `scm report expiring`, `scm renew --expiring`.
 */
import { expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { csrFile, ndjson, runIn, temporaryDirectory } from "./support/cli.js"

/** The DNS the mock's DCV checks see: what a test publishes. */
const records = new Map<string, ReadonlyArray<string>>()

const mockOptions: MockScmServer.Options = {
  journalLimit: 5000,
  dcv: { resolve: (type, name) => records.get(`${type} ${name}`) ?? [], recheckSeconds: 1 }
}

const environment = Effect.flatMap(MockScmServer.MockScmServer, (mock) => MockScmServer.environment(mock, "password"))

const withoutDot = (name: string) => name.replace(/\.$/, "")

layer(MockScmServer.layer(mockOptions), { excludeTestServices: true })("scm workflows", (it) => {
  it.effect("dcv: start shows the CNAME to publish; submit --wait reports progress until validated; status", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const domain = "dcv-cli.example.io"
      const created = yield* runIn(["api", "domain", "createDomain", "--body", "-"], {
        env,
        stdin: JSON.stringify({ name: domain, delegations: [{ orgId: 1001, certTypes: ["SSL"] }] })
      })
      expect(created.exitCode).toBe(0)
      const started = yield* runIn(["dcv", "start", domain, "--method", "cname", "-o", "json"], { env })
      expect(started.exitCode).toBe(0)
      const instructions = JSON.parse(started.stdout) as { host: string; point: string; method: string }
      expect(instructions.method).toBe("CNAME")
      expect(instructions.host).toContain(domain)
      records.set(`CNAME ${withoutDot(instructions.host)}`, [withoutDot(instructions.point)])
      const submitted = yield* runIn(["dcv", "submit", domain, "--method", "cname", "--wait", "--timeout", "30s"], { env })
      expect(submitted.exitCode).toBe(0)
      expect(submitted.stderr).toMatch(new RegExp(`^domain ${domain}: waiting for validation \\(\\d+s\\)$`, "m"))
      expect(submitted.stderr).toMatch(new RegExp(`^domain ${domain}: validated \\(\\d+s\\)$`, "m"))
      expect(submitted.stdout).toMatch(/^status\s+VALIDATED$/m)
      const status = yield* runIn(["dcv", "status", domain, "-o", "json"], { env })
      expect(JSON.parse(status.stdout)).toMatchObject({ domain, status: "VALIDATED" })
      const unknown = yield* runIn(["dcv", "status", "no-such-domain.example"], { env })
      expect(unknown.exitCode).toBe(1)
      expect(unknown.stderr).toMatch(/^scm: ScmApiError \(SCM code -\d+\)/m)
      const email = yield* runIn(["dcv", "start", domain, "--method", "email", "-o", "json"], { env })
      expect((JSON.parse(email.stdout) as { emails: Array<string> }).emails).toContain(`admin@${domain}`)
    }), 60_000)

  it.effect("acme accounts: create writes the EAB key to a 0600 file, never to stdout; list; delete", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const dir = yield* temporaryDirectory
      const eabFile = Path.join(dir, "eab.json")
      const created = yield* runIn([
        "acme",
        "accounts",
        "create",
        "--org",
        "1001",
        "--name",
        "cli-account",
        "--server",
        "Sectigo DV ACME",
        "--eab-out",
        eabFile,
        "-o",
        "json"
      ], { env })
      expect(created.exitCode).toBe(0)
      const account = JSON.parse(created.stdout) as { id: number; name: string; eabFile: string }
      expect(account).toMatchObject({ name: "cli-account", eabFile })
      const eab = JSON.parse(Fs.readFileSync(eabFile, "utf8")) as { keyId: string; hmacKey: string }
      expect(eab.hmacKey.length).toBeGreaterThan(10)
      expect(Fs.statSync(eabFile).mode & 0o777).toBe(0o600)
      expect(created.stdout + created.stderr).not.toContain(eab.hmacKey)
      const listed = ndjson((yield* runIn(["acme", "accounts", "list", "--org", "1001", "-o", "ndjson"], { env })).stdout)
      expect(listed).toContainEqual(expect.objectContaining({ id: account.id, name: "cli-account" }))
      expect(JSON.stringify(listed)).not.toContain(eab.hmacKey)
      const deleted = yield* runIn(["acme", "accounts", "delete", String(account.id), "--yes"], { env })
      expect(deleted.exitCode).toBe(0)
      const after = ndjson((yield* runIn(["acme", "accounts", "list", "-o", "ndjson"], { env })).stdout)
      expect(after.some((entry) => (entry as { id: number }).id === account.id)).toBe(false)
    }), 60_000)

  it.effect("smime: enroll --wait collects the certificate; collect; revoke", () =>
    Effect.gen(function*() {
      const env = yield* MockScmServer.environment(yield* MockScmServer.MockScmServer, "oauth2")
      const csr = yield* csrFile("ann@example.com")
      const enrolled = yield* runIn([
        "smime",
        "enroll",
        "--csr",
        csr,
        "--profile",
        "sectigo personal authentication",
        "--term",
        "365",
        "--email",
        "ann@example.com",
        "--first-name",
        "Ann",
        "--last-name",
        "Lee",
        "--wait",
        "-o",
        "json"
      ], { env: { ...env, SCM_ORG_ID: "1001" } })
      expect(enrolled.exitCode).toBe(0)
      const { backendCertId, certificate } = JSON.parse(enrolled.stdout) as { backendCertId: string; certificate: string }
      expect(certificate).toContain("BEGIN CERTIFICATE")
      expect(enrolled.stderr).toMatch(/: issued \(\d+s\)$/m)
      const collected = yield* runIn(["smime", "collect", backendCertId, "--format", "pem"], { env })
      expect(collected.stdout).toMatch(/^-----BEGIN CERTIFICATE-----/)
      const revoked = yield* runIn(["smime", "revoke", backendCertId, "--reason", "left", "--yes", "-o", "json"], { env })
      expect(revoked.exitCode).toBe(0)
      expect(JSON.parse(revoked.stdout)).toEqual({ backendCertId, revoked: true, reasonCode: 0, reason: "left" })
    }), 60_000)

  it.effect("admins list and report expiring, as tables and as JSON", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const [admins, table, report] = yield* Effect.all([
        runIn(["admins", "list", "-o", "json"], { env }),
        runIn(["report", "expiring", "--within", "30d"], { env }),
        runIn(["report", "expiring", "--within", "30d", "-o", "json"], { env })
      ], { concurrency: 3 })
      expect(admins.exitCode).toBe(0)
      expect(JSON.parse(admins.stdout)).toContainEqual(expect.objectContaining({ login: "scm_admin" }))
      expect(table.exitCode).toBe(0)
      expect(table.stdout.split("\n")[0]).toMatch(/^\s*ID {2}COMMON NAME\s+ORG {2}EXPIRES\s+DAYS$/)
      const rows = JSON.parse(report.stdout) as Array<{ id: number; expires: string }>
      expect(rows.length).toBeGreaterThan(0)
      const times = rows.map((row) => Date.parse(row.expires))
      expect(times).toEqual([...times].sort((a, b) => a - b))
      for (const time of times) expect(time).toBeLessThanOrEqual(Date.now() + 30 * 86_400_000)
    }), 40_000)

  it.effect("renew --expiring: a dry run renews nothing; the run renews each, with counted progress", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const dry = yield* runIn(["renew", "--expiring", "30d", "--dry-run", "-o", "json"], { env })
      expect(dry.exitCode).toBe(0)
      const planned = JSON.parse(dry.stdout) as { found: number; results: Array<{ event: string; reason?: string }> }
      expect(planned.found).toBeGreaterThan(0)
      expect(planned.results.every((result) => result.event === "Skipped")).toBe(true)
      const renewed = yield* runIn(["renew", "--expiring", "30d", "--concurrency", "3", "--yes", "-o", "ndjson"], { env })
      expect(renewed.exitCode).toBe(0)
      const events = ndjson(renewed.stdout) as Array<{ event: string; sslId?: number; renewedSslId?: number }>
      expect(events[0]).toMatchObject({ event: "Found", count: planned.found })
      expect(events.filter((event) => event.event === "Renewed").length).toBe(
        planned.results.filter((result) => result.reason === "dryRun").length
      )
      expect(renewed.stderr).toMatch(new RegExp(`^renewal: renewing ${planned.found}/${planned.found} \\(\\d+s\\)$`, "m"))
      // Renewed once: a second run skips them all.
      const again = JSON.parse((yield* runIn(["renew", "--expiring", "30d", "--yes", "-o", "json"], { env })).stdout) as {
        results: Array<{ event: string }>
      }
      expect(again.results.every((result) => result.event === "Skipped")).toBe(true)
    }), 60_000)
})
