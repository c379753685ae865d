/**
 * `scm ssl ...` against the mock over real sockets: tables and JSON, enrolment with a wait and its
 * progress on a non-TTY stderr, files written whole or not at all, SCM failures as exit 1, a 503
 * burst survived by the retries, and Ctrl-C.
 */
import { describe, expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { collect, csrFile, ndjson, runIn, type Scheme, start, temporaryDirectory, waitFor } from "./support/cli.js"

const mockOptions: MockScmServer.Options = { journalLimit: 5000 }

interface Identity {
  readonly sslId: number
  readonly commonName: string
}

const environment = (scheme: Scheme = "password") =>
  Effect.flatMap(MockScmServer.MockScmServer, (mock) => MockScmServer.environment(mock, scheme))

const enrollArgs = (csr: string) => ["ssl", "enroll", "--csr", csr, "--profile", "Sectigo OV SSL", "--term", "200", "--org", "1001"]

layer(MockScmServer.layer(mockOptions), { excludeTestServices: true })("scm ssl", (it) => {
  describe.each<Scheme>(["oauth2", "password", "certificate"])("with %s", (scheme) => {
    it.effect("list: an aligned table within 80 columns, and the same certificates as ndjson", () =>
      Effect.gen(function*() {
        const env = yield* environment(scheme)
        const [table, lines] = yield* Effect.all([
          runIn(["ssl", "list", "--status", "Issued"], { env }),
          runIn(["ssl", "list", "--status", "Issued", "--output", "ndjson"], { env })
        ], { concurrency: 2 })
        expect(table.exitCode).toBe(0)
        const rows = table.stdout.trimEnd().split("\n")
        expect(rows[0]).toMatch(/^\s*ID {2}COMMON NAME\s+STATUS\s+EXPIRES\s+SANS$/)
        for (const row of rows) expect(row.length).toBeLessThanOrEqual(80)
        expect(table.stdout).not.toContain("\x1b[")
        expect(lines.exitCode).toBe(0)
        const identities = ndjson(lines.stdout) as Array<Identity>
        expect(identities.length).toBe(rows.length - 1)
        expect(rows[1]).toContain(String(identities[0]!.sslId))
        expect(table.stderr).toBe("")
      }), 30_000)
  })

  it.effect("get: details as one JSON document; an unknown id exits 1 with the tag and SCM code", () =>
    Effect.gen(function*() {
      const env = yield* environment()
      const first = (ndjson((yield* runIn(["ssl", "list", "-o", "ndjson"], { env })).stdout)[0]) as Identity
      const [details, table, unknown] = yield* Effect.all([
        runIn(["ssl", "get", String(first.sslId), "--output", "json"], { env }),
        runIn(["ssl", "get", String(first.sslId)], { env }),
        runIn(["ssl", "get", "999999"], { env })
      ], { concurrency: 3 })
      expect(details.exitCode).toBe(0)
      expect(JSON.parse(details.stdout)).toMatchObject({ id: first.sslId, commonName: first.commonName })
      expect(table.stdout).toMatch(new RegExp(`^common name\\s+${first.commonName.replaceAll(".", "\\.")}$`, "m"))
      expect(unknown.exitCode).toBe(1)
      expect(unknown.stdout).toBe("")
      expect(unknown.stderr).toMatch(/^scm: ScmApiError \(SCM code -\d+\): /m)
    }), 30_000)

  it.effect("enroll --wait: progress lines on a non-TTY stderr, the certificate written whole to --out", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const env = yield* environment()
      const dir = yield* temporaryDirectory
      const out = Path.join(dir, "cli.pem")
      // Issued a second after the request: the first collect (at once) answers "not issued yet",
      // the next (the poll schedule's first delay, 2 s) gets it.
      yield* mock.setIssuance({ delaySeconds: 1 })
      const enrolled = yield* runIn([...enrollArgs(yield* csrFile("wait.example.com")), "--wait", "--out", out], {
        env
      }).pipe(Effect.ensuring(mock.setIssuance({ delaySeconds: 0 })))
      expect(enrolled.exitCode).toBe(0)
      expect(enrolled.stdout).toBe("")
      expect(enrolled.stderr).toMatch(/^certificate \d+: waiting for issuance \(\d+s\)$/m)
      expect(enrolled.stderr).toMatch(/^certificate \d+: not issued yet, polling \d+ \(\d+s\)$/m)
      expect(enrolled.stderr).toMatch(/^certificate \d+: issued \(\d+s\)$/m)
      expect(enrolled.stderr).not.toContain("\r")
      expect(Fs.readFileSync(out, "utf8")).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n/)
      expect(Fs.readdirSync(dir).filter((file) => file.endsWith(".part"))).toEqual([])
    }), 40_000)

  it.effect("enroll, collect, revoke, renew: each answer as JSON", () =>
    Effect.gen(function*() {
      const env = yield* environment("oauth2")
      const enrolled = yield* runIn([...enrollArgs(yield* csrFile("json.example.com")), "-o", "json"], { env })
      expect(enrolled.exitCode).toBe(0)
      const { renewId, sslId } = JSON.parse(enrolled.stdout) as { sslId: number; renewId: string }
      expect(sslId).toBeGreaterThan(0)
      expect(renewId).not.toBe("")
      const [pem, bin, collected] = yield* Effect.all([
        runIn(["ssl", "collect", String(sslId), "--format", "pem"], { env }),
        runIn(["ssl", "collect", String(sslId), "--format", "bin", "-o", "json"], { env }),
        runIn(["ssl", "collect", String(sslId), "-o", "json"], { env })
      ], { concurrency: 3 })
      expect(pem.stdout).toMatch(/^-----BEGIN CERTIFICATE-----/)
      const binary = JSON.parse(bin.stdout) as { format: string; certificate: string }
      expect(binary.format).toBe("bin")
      expect(Buffer.from(binary.certificate, "base64")[0]).toBe(0x30)
      expect((JSON.parse(collected.stdout) as { certificate: string }).certificate).toContain("BEGIN CERTIFICATE")
      const renewed = yield* runIn(["ssl", "renew", String(sslId), "--yes", "-o", "json"], { env })
      expect(renewed.exitCode).toBe(0)
      expect((JSON.parse(renewed.stdout) as { renewedSslId: number }).renewedSslId).not.toBe(sslId)
      const revoked = yield* runIn(
        ["ssl", "revoke", String(sslId), "--reason", "key leaked", "--code", "keyCompromise", "--yes", "-o", "json"],
        { env }
      )
      expect(revoked.exitCode).toBe(0)
      expect(JSON.parse(revoked.stdout)).toEqual({ sslId, revoked: true, reasonCode: 1, reason: "key leaked" })
      const details = JSON.parse((yield* runIn(["ssl", "get", String(sslId), "-o", "json"], { env })).stdout)
      expect(details).toMatchObject({ id: sslId, status: "Revoked" })
      const unknownProfile = yield* runIn(
        ["ssl", "enroll", "--csr", yield* csrFile("x.example.com"), "--profile", "No Such", "--term", "200", "--org", "1001"],
        { env }
      )
      expect(unknownProfile.exitCode).toBe(2)
      expect(unknownProfile.stderr).toContain(`no SSL profile "No Such"`)
    }), 60_000)

  it.effect("list --expiring 30d: only certificates that expire within 30 days, with their dates", () =>
    Effect.gen(function*() {
      const env = yield* environment()
      const expiring = yield* runIn(["ssl", "list", "--expiring", "30d", "-o", "json"], { env })
      expect(expiring.exitCode).toBe(0)
      const now = Date.now()
      const certificates = JSON.parse(expiring.stdout) as Array<{ id: number; expires: string; status: string }>
      for (const certificate of certificates) {
        const expires = Date.parse(certificate.expires)
        expect(expires).toBeGreaterThanOrEqual(now - 60_000)
        expect(expires).toBeLessThanOrEqual(now + 30 * 86_400_000)
      }
      const bad = yield* runIn(["ssl", "list", "--expiring", "soon"], { env })
      expect(bad.exitCode).toBe(2)
      expect(bad.stderr).toContain(`"soon" is not a duration`)
    }), 60_000)

  it.effect("a burst of 503s is survived by the retries", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const env = yield* environment()
      yield* mock.clearJournal
      yield* mock.addFault({ method: "GET", path: "/api/ssl/v1", status: 503, times: 3 })
      const listed = yield* runIn(["ssl", "list", "-o", "ndjson"], { env })
      expect(listed.exitCode).toBe(0)
      expect(ndjson(listed.stdout).length).toBeGreaterThan(0)
      const journal = yield* mock.journal
      const listPages = journal.filter((entry) => entry.path.split("?")[0] === "/api/ssl/v1")
      expect(listPages.filter((entry) => entry.status === 503).length).toBe(3)
      expect(listPages.at(-1)?.status).toBe(200)
      expect(yield* mock.pendingFaults).toEqual([])
    }), 30_000)

  it.effect("Ctrl-C while waiting: exit 130, and no file, whole or partial", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const env = yield* environment()
      const dir = yield* temporaryDirectory
      const out = Path.join(dir, "never.pem")
      yield* mock.setIssuance({ manual: true })
      const child = start([...enrollArgs(yield* csrFile("interrupt.example.com")), "--wait", "--out", out], { env })
      const output = collect(child, 30_000)
      child.stdin?.end()
      const ended = yield* Effect.gen(function*() {
        yield* waitFor(() => output.stderr().includes("waiting for issuance"), "the wait to start")
        child.kill("SIGINT")
        return yield* output.ended
      }).pipe(Effect.ensuring(mock.setIssuance({ manual: false })))
      expect(ended.exitCode).toBe(130)
      expect(Fs.readdirSync(dir)).not.toContain("never.pem")
      expect(Fs.readdirSync(dir).filter((file) => file.endsWith(".part"))).toEqual([])
    }), 40_000)
})
