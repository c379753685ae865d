/**
 * What an administrator's day needs from `scm`, against the mock, in the test's process: keys and
 * CSRs made here, EAB credentials that always reach the user, a wait that ends early without
 * losing the id, confirmations before destroying (the journal proves that a refusal changed
 * nothing), the daily commands, deploy hooks, and help and tables within 100 columns.
 */
import { expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect, Fiber, Schedule } from "effect"
import { createPrivateKey, createPublicKey, X509Certificate } from "node:crypto"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { entries } from "../src/catalog.js"
import { csrFile, ndjson, runIn, temporaryDirectory, withoutColours } from "./support/cli.js"

const environment = Effect.flatMap(MockScmServer.MockScmServer, (mock) => MockScmServer.environment(mock, "password"))

const withOrg = (env: Record<string, string>) => ({ ...env, SCM_ORG_ID: "1001", SCM_SSL_PROFILE: "Sectigo OV SSL" })

/** The requests the mock saw that could change something (not GETs, tokens or reports, which only read). */
const changes = Effect.map(
  Effect.flatMap(MockScmServer.MockScmServer, (mock) => mock.journal),
  (journal) =>
    journal.filter((entry) =>
      entry.method !== "GET" && !entry.path.startsWith("/__admin") && !entry.path.includes("/token") &&
      !entry.path.startsWith("/api/report/")
    )
)

const clearJournal = Effect.flatMap(MockScmServer.MockScmServer, (mock) => mock.clearJournal)

const firstIssued = (env: Record<string, string>) =>
  Effect.map(runIn(["ssl", "list", "--status", "issued", "-o", "ndjson"], { env }), (listed) => (ndjson(listed.stdout)[0] as { sslId: number }).sslId)

layer(MockScmServer.layer({ journalLimit: 5000 }), { excludeTestServices: true })("scm for operators", (it) => {
  it.effect("--cn: an ECDSA P-256 key (mode 0600, never printed) and its CSR made here; the certificate is for that key", () =>
    Effect.gen(function*() {
      const env = withOrg(yield* environment)
      const dir = yield* temporaryDirectory
      const key = Path.join(dir, "www.key")
      const out = Path.join(dir, "www.pem")
      const enrolled = yield* runIn(
        ["ssl", "enroll", "--cn", "gen.example.com", "--san", "alt.example.com", "--key-out", key, "--wait", "--out", out],
        { env }
      )
      expect(enrolled.exitCode).toBe(0)
      expect(Fs.statSync(key).mode & 0o777).toBe(0o600)
      const keyPem = Fs.readFileSync(key, "utf8")
      expect(keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/)
      expect(createPrivateKey(keyPem).asymmetricKeyDetails).toMatchObject({ namedCurve: "prime256v1" })
      for (const line of keyPem.split("\n").slice(1, -2)) expect(enrolled.stdout + enrolled.stderr).not.toContain(line)
      const certificate = new X509Certificate(Fs.readFileSync(out))
      expect(certificate.subject).toContain("CN=gen.example.com")
      expect(certificate.publicKey.export({ format: "pem", type: "spki" })).toBe(
        createPublicKey(keyPem).export({ format: "pem", type: "spki" })
      )
      // A second run does not replace the key, unless --force.
      const again = yield* runIn(["ssl", "enroll", "--cn", "gen.example.com", "--key-out", key], { env })
      expect(again.exitCode).toBe(2)
      expect(again.stderr).toContain(`--key-out ${key}: the file exists; pass --force to replace it`)
      expect(Fs.readFileSync(key, "utf8")).toBe(keyPem)
      const rsa = yield* runIn(["ssl", "enroll", "--cn", "rsa.example.com", "--key-out", Path.join(dir, "rsa.key"), "--key-type", "RSA2048"], { env })
      expect(rsa.exitCode).toBe(0)
      expect(createPrivateKey(Fs.readFileSync(Path.join(dir, "rsa.key"))).asymmetricKeyDetails).toMatchObject({ modulusLength: 2048 })
      const noKeyOut = yield* runIn(["ssl", "enroll", "--cn", "x.example.com"], { env })
      expect(noKeyOut.exitCode).toBe(2)
      expect(noKeyOut.stderr).toContain("--cn needs --key-out FILE")
    }), 60_000)

  it.effect("EAB credentials always reach the user: a file (never overwritten without --force), JSON once, the terminal, or refused", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const dir = yield* temporaryDirectory
      const eab = Path.join(dir, "eab.json")
      const create = (name: string, extra: ReadonlyArray<string>, terminal = false) =>
        runIn(["acme", "accounts", "create", "--org", "1001", "--name", name, "--validation", "dv", ...extra], { env, terminal })
      const saved = yield* create("one", ["--eab-out", eab])
      expect(saved.exitCode).toBe(0)
      const first = JSON.parse(Fs.readFileSync(eab, "utf8")) as { keyId: string; hmacKey: string; directoryUrl: string }
      expect(first.directoryUrl).toBe("https://acme.sectigo.com/v2/DV")
      expect(saved.stdout).toMatch(/^directory URL\s+https:\/\/acme\.sectigo\.com\/v2\/DV$/m)
      expect(saved.stdout).toContain(`certbot register --server https://acme.sectigo.com/v2/DV --eab-kid "$(jq -r .keyId ${eab})"`)
      expect(saved.stdout + saved.stderr).not.toContain(first.hmacKey)
      yield* clearJournal
      const overwrite = yield* create("two", ["--eab-out", eab])
      expect(overwrite.exitCode).toBe(2)
      expect(overwrite.stderr).toContain("the file exists; pass --force")
      expect(yield* changes).toEqual([])
      expect(JSON.parse(Fs.readFileSync(eab, "utf8"))).toEqual(first)
      const forced = yield* create("three", ["--eab-out", eab, "--force"])
      expect(forced.exitCode).toBe(0)
      expect((JSON.parse(Fs.readFileSync(eab, "utf8")) as { hmacKey: string }).hmacKey).not.toBe(first.hmacKey)
      const json = yield* create("four", ["-o", "json"])
      expect(json.exitCode).toBe(0)
      const shown = JSON.parse(json.stdout) as { eab: { keyId: string; hmacKey: string }; certbot: string; directoryUrl: string }
      expect(shown.eab.hmacKey.length).toBeGreaterThan(20)
      expect(shown.certbot).toContain(`--eab-hmac-key ${shown.eab.hmacKey}`)
      const onTerminal = yield* create("five", [], true)
      expect(onTerminal.exitCode).toBe(0)
      expect(onTerminal.stderr).toContain("shown once")
      expect(withoutColours(onTerminal.stdout)).toMatch(/^EAB HMAC key\s+\S{20,}$/m)
      yield* clearJournal
      const lost = yield* create("six", [])
      expect(lost.exitCode).toBe(2)
      expect(lost.stderr).toContain("pass --eab-out FILE (or -o json)")
      expect(yield* changes).toEqual([])
    }), 60_000)

  it.effect("a --wait that times out prints the id and the command that collects it; collect --wait collects it", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const env = withOrg(yield* environment)
      const dir = yield* temporaryDirectory
      yield* mock.setIssuance({ manual: true })
      const csr = yield* csrFile("late.example.com")
      const [table, json] = yield* Effect.all([
        runIn(["ssl", "enroll", "--csr", csr, "--wait", "--timeout", "1s", "--out", Path.join(dir, "late.pem")], { env }),
        runIn(["ssl", "enroll", "--csr", csr, "--wait", "--timeout", "1s", "-o", "json"], { env })
      ], { concurrency: 2 }).pipe(Effect.ensuring(mock.setIssuance({ manual: false })))
      expect(table.exitCode).toBe(1)
      const collect = /collect it later with:\n {2}(scm ssl collect (\d+) --wait --out \S+)$/m.exec(table.stderr)
      expect(collect, table.stderr).not.toBeNull()
      expect(json.exitCode).toBe(1)
      const pending = JSON.parse(json.stdout) as { sslId: number; issued: boolean; collect: string }
      expect(pending).toMatchObject({ issued: false, collect: `scm ssl collect ${pending.sslId} --wait -o json` })
      // Later, the command it printed collects the certificate, waiting until SCM issues it.
      const [, , sslId] = collect!
      // The enroll --wait runs asked for it too: the collect's own request is one more.
      const collectsOf = (journal: ReadonlyArray<MockScmServer.JournalEntry>) =>
        journal.filter((entry) => entry.path.startsWith(`/api/ssl/v1/collect/${sslId}`)).length
      const askedBefore = collectsOf(yield* mock.journal)
      const collecting = yield* Effect.forkChild(
        runIn(["ssl", "collect", sslId!, "--wait", "--out", Path.join(dir, "late.pem")], { env })
      )
      // Issued once the command has asked and heard "not issued yet": its wait sees the change.
      yield* Effect.flatMap(mock.journal, (journal) =>
        collectsOf(journal) > askedBefore
          ? Effect.void
          : Effect.fail(new Error(`scm ssl collect ${sslId} --wait has not asked yet`))).pipe(
          Effect.retry(Schedule.spaced("20 millis")),
          Effect.timeout("10 seconds")
        )
      yield* mock.issueCertificate(Number(sslId))
      const collected = yield* Fiber.join(collecting)
      expect(collected.exitCode).toBe(0)
      expect(collected.stderr).toMatch(new RegExp(`^certificate ${sslId}: not issued yet, polling \\d+ \\(\\d+s\\)$`, "m"))
      expect(collected.stderr).toMatch(new RegExp(`^certificate ${sslId}: issued \\(\\d+s\\)$`, "m"))
      expect(Fs.readFileSync(Path.join(dir, "late.pem"), "utf8")).toContain("BEGIN CERTIFICATE")
    }), 60_000)

  it.effect("revoke, renew, delete and bulk renew ask on a terminal; --yes skips; without a terminal they refuse and change nothing", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const sslId = String(yield* firstIssued(env))
      yield* clearJournal
      const refused = yield* Effect.all([
        runIn(["ssl", "revoke", sslId, "--reason", "test"], { env }),
        runIn(["ssl", "renew", sslId], { env }),
        runIn(["renew", "--expiring", "30d"], { env }),
        runIn(["acme", "accounts", "delete", String((ndjson((yield* runIn(["acme", "accounts", "list", "-o", "ndjson"], { env })).stdout)[0] as { id: number }).id)], { env })
      ])
      for (const refusal of refused) {
        expect(refusal.exitCode).toBe(2)
        expect(refusal.stderr).toContain("there is no terminal to ask on; pass --yes to go ahead")
      }
      expect(yield* changes).toEqual([])
      // On a terminal: the question, what will happen, and "no" (or Ctrl-D) changes nothing.
      const declined = yield* runIn(["ssl", "revoke", sslId, "--reason", "test"], { env, terminal: true, answers: ["n"] })
      expect(declined.exitCode).toBe(1)
      expect(declined.stderr).toContain(`This will revoke SSL certificate ${sslId}:`)
      expect(declined.stderr).toContain("Proceed? [y/N]")
      const endOfInput = yield* runIn(["renew", "--expiring", "30d"], { env, terminal: true })
      expect(endOfInput.exitCode).toBe(1)
      expect(endOfInput.stderr).toMatch(/This will renew \d+ SSL certificates:\n {2}\d+ {2}\S+ {2}expires/)
      expect(yield* changes).toEqual([])
      const agreed = yield* runIn(["ssl", "revoke", sslId, "--reason", "test", "-o", "json"], { env, terminal: true, answers: ["y"] })
      expect(agreed.exitCode).toBe(0)
      expect(JSON.parse(agreed.stdout)).toMatchObject({ sslId: Number(sslId), revoked: true })
    }), 60_000)

  it.effect("persons, orgs, profiles, reports, smime: tables within 100 columns, and JSON", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const created = yield* runIn(["persons", "create", "--email", "zoe@example.com", "--first-name", "Zoe", "--last-name", "Kim", "--org", "1001", "-o", "json"], { env })
      expect(created.exitCode).toBe(0)
      const { created: isNew, id } = JSON.parse(created.stdout) as { id: number; created: boolean }
      expect(isNew).toBe(true)
      const again = JSON.parse((yield* runIn(["persons", "create", "--email", "zoe@example.com", "--first-name", "Zoe", "--last-name", "Kim", "--org", "1001", "-o", "json"], { env })).stdout)
      expect(again).toMatchObject({ id, created: false })
      const found = yield* runIn(["persons", "find", "zoe@example.com", "-o", "json"], { env })
      expect(JSON.parse(found.stdout)).toMatchObject({ id, email: "zoe@example.com" })
      const missing = yield* runIn(["persons", "find", "nobody@example.com"], { env })
      expect(missing.exitCode).toBe(1)
      expect(missing.stderr).toBe("scm: NotFound: no person with the address nobody@example.com\n")
      const tables = yield* Effect.all([
        ["persons", "list"],
        ["orgs", "list"],
        ["ssl", "profiles"],
        ["smime", "profiles"],
        ["smime", "list"],
        ["acme", "servers"],
        ["report", "ssl"],
        ["report", "smime"],
        ["report", "device"],
        ["report", "domains"],
        ["report", "activity"],
        ["domains", "list"],
        ["ssl", "list"]
      ].map((args) => runIn(args, { env, terminal: true, columns: 200 })))
      tables.forEach((table) => {
        expect(table.exitCode, table.stderr).toBe(0)
        const lines = table.stdout.split("\n").filter((line) => line !== "")
        expect(lines.length).toBeGreaterThan(1)
        for (const line of lines) expect(withoutColours(line).length).toBeLessThanOrEqual(100)
      })
      expect(tables[1]!.stdout).toMatch(/^\s*1002 {2}\s+IT Operations\s+department\s+1001$/m)
      expect(tables[2]!.stdout).toMatch(/^\s*1107 {2}Sectigo Private SSL\s+365,730\s+RSA 2048 4096, EC P-256$/m)
      expect(tables[12]!.stdout.split("\n")[0]).toContain("STATUS")
      const wide = yield* runIn(["ssl", "list", "--wide"], { env })
      expect(wide.stdout.split("\n")[0]).toMatch(/SANS\s+SERIAL$/)
      const smime = ndjson((yield* runIn(["smime", "list", "--status", "issued", "-o", "ndjson"], { env })).stdout) as Array<{ id: number; backendCertId: string }>
      const details = yield* runIn(["smime", "get", String(smime[0]!.id), "-o", "json"], { env })
      expect(JSON.parse(details.stdout)).toMatchObject({ id: smime[0]!.id })
      const renewed = yield* runIn(["smime", "renew", smime[0]!.backendCertId, "--yes", "-o", "json"], { env })
      expect(renewed.exitCode).toBe(0)
      expect(JSON.parse(renewed.stdout)).toMatchObject({ backendCertId: smime[0]!.backendCertId })
    }), 60_000)

  it.effect("a deploy hook runs after the file is written, with its paths and ids; its failure fails the run", () =>
    Effect.gen(function*() {
      const env = withOrg(yield* environment)
      const dir = yield* temporaryDirectory
      const out = Path.join(dir, "hooked.pem")
      const seen = Path.join(dir, "seen.txt")
      const hook = `echo "$SCM_CERT_PATH $SCM_SSL_ID $SCM_KEY_PATH $SCM_CERT_FORMAT" > ${seen}; echo hook ran`
      const key = Path.join(dir, "hooked.key")
      const enrolled = yield* runIn(
        ["ssl", "enroll", "--cn", "hook.example.com", "--key-out", key, "--wait", "--out", out, "--deploy-hook", hook, "-o", "json"],
        { env: { ...env, PATH: process.env["PATH"] ?? "/usr/bin:/bin" } }
      )
      expect(enrolled.exitCode).toBe(0)
      const { sslId } = JSON.parse(enrolled.stdout) as { sslId: number }
      expect(Fs.readFileSync(seen, "utf8").trim()).toBe(`${out} ${sslId} ${key} pemia`)
      expect(enrolled.stderr).toContain("hook ran")
      const failing = yield* runIn(["ssl", "collect", String(sslId), "--out", out, "--deploy-hook", "exit 3"], {
        env: { ...env, PATH: process.env["PATH"] ?? "/usr/bin:/bin" }
      })
      expect(failing.exitCode).toBe(1)
      expect(failing.stderr).toContain(`scm: HookFailed: deploy hook \`exit 3\` exited with code 3; the certificate is in ${out}`)
      expect(Fs.existsSync(out)).toBe(true)
      const noOut = yield* runIn(["ssl", "collect", String(sslId), "--deploy-hook", "true"], { env })
      expect(noOut.exitCode).toBe(2)
      expect(noOut.stderr).toContain("--deploy-hook needs --out FILE")
    }), 60_000)

  it.effect("every help fits 100 columns; auth check names the path with /api; errors are one line, once", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const paths: Array<ReadonlyArray<string>> = [[]]
      for (const entry of entries) {
        const help = (yield* runIn([entry.name, "--help"])).stdout
        paths.push([entry.name])
        const sub = /^SUBCOMMANDS\n([\s\S]*?)(?:\n\n|$)/m.exec(help)?.[1] ?? ""
        for (const line of sub.split("\n")) {
          const name = /^\s{2}([a-z][\w-]*)\s/.exec(line)?.[1]
          if (name !== undefined) paths.push([entry.name, name])
        }
      }
      paths.push(["acme", "accounts", "create"])
      for (const path of paths) {
        const help = yield* runIn([...path, "--help"])
        expect(help.exitCode, path.join(" ")).toBe(0)
        for (const line of help.stdout.split("\n")) expect(line.length, `${path.join(" ")}: ${line}`).toBeLessThanOrEqual(100)
      }
      const check = yield* runIn(["auth", "check"], { env })
      expect(check.stdout).toMatch(/^call\s+ok: GET \/api\/ssl\/v1\/types answered \d+ SSL profiles$/m)
      const sslId = String(yield* firstIssued(env))
      const revoked = yield* runIn(["ssl", "revoke", sslId, "--reason", "x", "--yes"], { env })
      expect(revoked.exitCode).toBe(0)
      const twice = yield* runIn(["ssl", "revoke", sslId, "--reason", "x", "--yes"], { env })
      expect(twice.exitCode).toBe(1)
      expect(twice.stderr.split("\n").filter((line) => line !== "")).toHaveLength(1)
      expect(twice.stderr).toMatch(/^scm: ScmApiError \(SCM code -\d+\): [^:]+$/m)
    }), 90_000)
})
