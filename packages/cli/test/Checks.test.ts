/**
 * What `scm` checks before it sends anything, against the mock: a file that is not a CSR, a value
 * of a fixed set in any case, a profile, term, organization or ACME server that does not exist,
 * a --columns that names no column. The mock's journal proves that a refusal sent nothing.
 */
import { expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { execFileSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { csrFile, ndjson, runIn, temporaryDirectory } from "./support/cli.js"

const environment = Effect.flatMap(MockScmServer.MockScmServer, (mock) => MockScmServer.environment(mock, "password"))

/** The requests the mock saw while `effect` ran, admin requests aside. */
const requestsDuring = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    const mock = yield* MockScmServer.MockScmServer
    yield* mock.clearJournal
    const result = yield* effect
    const journal = (yield* mock.journal).filter((entry) => !entry.path.startsWith("/__admin"))
    return { result, journal }
  })

const enrollArgs = ["ssl", "enroll", "--profile", "Sectigo OV SSL", "--org", "1001"]

layer(MockScmServer.layer({ journalLimit: 5000 }), { excludeTestServices: true })("scm checks before sending", (it) => {
  it.effect("a private key, a certificate, an empty file or plain text as --csr: exit 2, what it is, nothing sent", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const dir = yield* temporaryDirectory
      const csr = yield* csrFile("checks.example.com")
      const key = Path.join(Path.dirname(csr), "key.pem")
      const derKey = Path.join(dir, "key.der")
      execFileSync("openssl", ["pkey", "-in", key, "-outform", "DER", "-out", derKey])
      const empty = Path.join(dir, "empty.csr")
      Fs.writeFileSync(empty, "\n")
      const notes = Path.join(dir, "notes.txt")
      Fs.writeFileSync(notes, "this is not a CSR\n")
      const mock = yield* MockScmServer.MockScmServer
      const certificate = Path.join(dir, "ca.pem")
      Fs.writeFileSync(certificate, mock.pki.ca.certPem)
      const cases = [
        [key, "is a private key"],
        [derKey, "is a private key"],
        [certificate, "is a certificate"],
        [empty, "is empty"],
        [notes, "text without a PEM block"]
      ] as const
      const { journal, result } = yield* requestsDuring(
        Effect.forEach(cases, ([file]) => runIn([...enrollArgs, "--csr", file], { env }))
      )
      result.forEach((refused, i) => {
        expect(refused.exitCode, cases[i]![0]).toBe(2)
        expect(refused.stdout).toBe("")
        expect(refused.stderr).toContain(`--csr ${cases[i]![0]} ${cases[i]![1].startsWith("text") ? "is " : ""}${cases[i]![1]}`)
        expect(refused.stderr).toContain("nothing was sent")
      })
      // The key's content is never echoed back.
      const keyText = Fs.readFileSync(key, "utf8").split("\n")[1]!
      for (const refused of result) expect(refused.stderr).not.toContain(keyText)
      expect(journal).toEqual([])
    }), 30_000)

  it.effect("a DER CSR is read here and sent as PEM", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const dir = yield* temporaryDirectory
      const der = Path.join(dir, "request.der")
      execFileSync("openssl", ["req", "-in", yield* csrFile("der.example.com"), "-outform", "DER", "-out", der])
      const enrolled = yield* runIn([...enrollArgs, "--csr", der, "-o", "json"], { env })
      expect(enrolled.exitCode).toBe(0)
      const { sslId } = JSON.parse(enrolled.stdout) as { sslId: number }
      const details = JSON.parse((yield* runIn(["ssl", "get", String(sslId), "-o", "json"], { env })).stdout)
      expect(details).toMatchObject({ id: sslId, commonName: "der.example.com" })
    }), 30_000)

  it.effect("values of a fixed set in any case; a wrong one refused with the choices before any request", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const [lower, upper, exact] = yield* Effect.all([
        runIn(["ssl", "list", "--status", "issued", "-o", "ndjson"], { env }),
        runIn(["ssl", "list", "--status", "ISSUED", "-o", "ndjson"], { env }),
        runIn(["ssl", "list", "--status", "Issued", "-o", "ndjson"], { env })
      ])
      expect(lower.exitCode).toBe(0)
      expect(ndjson(lower.stdout).length).toBeGreaterThan(0)
      expect(upper.stdout).toBe(exact.stdout)
      expect(lower.stdout).toBe(exact.stdout)
      const { journal, result } = yield* requestsDuring(Effect.all([
        runIn(["ssl", "list", "--status", "shiny"], { env }),
        runIn(["ssl", "collect", "20001", "--format", "docx"], { env }),
        runIn(["ssl", "list", "--columns", "id,colour"], { env }),
        runIn(["dcv", "start", "example.com", "--method", "carrier-pigeon"], { env })
      ]))
      for (const refused of result) {
        expect(refused.exitCode).toBe(2)
        expect(refused.stdout).toBe("")
      }
      expect(result[0]!.stderr).toContain("Issued, Revoked, Expired")
      expect(result[1]!.stderr).toContain("pemia")
      expect(result[2]!.stderr).toContain(`--columns: no column "colour"; the columns are id, common-name, status, expires, sans, serial`)
      expect(result[3]!.stderr).toContain("http, https, cname, txt, email")
      expect(journal).toEqual([])
    }), 30_000)

  it.effect("a profile, term, organization or ACME server that does not exist: the choices, and no order", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const dir = yield* temporaryDirectory
      const csr = yield* csrFile("choices.example.com")
      const { journal, result } = yield* requestsDuring(Effect.all([
        runIn(["ssl", "enroll", "--csr", csr, "--org", "1001", "--profile", "No Such"], { env }),
        runIn(["ssl", "enroll", "--csr", csr, "--org", "1001", "--profile", "sectigo ov ssl", "--term", "365"], { env }),
        runIn(["ssl", "enroll", "--csr", csr, "--org", "4242", "--profile", "1101"], { env }),
        runIn(["ssl", "enroll", "--csr", csr, "--profile", "1101"], { env }),
        runIn(["ssl", "enroll", "--csr", csr, "--org", "1001"], { env }),
        runIn(["acme", "accounts", "create", "--org", "1001", "--name", "x", "--server", "Nope ACME", "--eab-out", Path.join(dir, "e.json")], { env }),
        runIn(["ssl", "enroll", "--cn", "ec.example.com", "--key-out", Path.join(dir, "k"), "--org", "1001", "--profile", "1107", "--key-type", "rsa3072"], { env })
      ]))
      for (const refused of result) {
        expect(refused.exitCode).toBe(2)
        expect(refused.stdout).toBe("")
      }
      expect(result[0]!.stderr).toContain(`no SSL profile "No Such" for organization 1001; there are "Sectigo OV SSL" (1101)`)
      expect(result[1]!.stderr).toContain(`--term 365: profile "Sectigo OV SSL" has terms of 200 days`)
      expect(result[2]!.stderr).toContain("--org 4242: no such organization or department; there are 1001 (Example Corp)")
      expect(result[3]!.stderr).toContain("--org: choose the organization or department (or set SCM_ORG_ID): 1001 (Example Corp)")
      expect(result[4]!.stderr).toContain(`--profile: choose one of the SSL profiles of organization 1001: "Sectigo OV SSL" (1101)`)
      expect(result[5]!.stderr).toContain(`--server: no ACME server "Nope ACME"; there are "Sectigo DV ACME" (https://`)
      expect(result[6]!.stderr).toContain(`the CSR's key is RSA 3072; profile "Sectigo Private SSL" takes RSA 2048, RSA 4096, EC P-256`)
      // Lists were read (organizations, profiles, servers); nothing was ordered.
      expect(journal.filter((entry) => entry.method !== "GET" && !entry.path.includes("/token"))).toEqual([])
      // The refused key was never written either.
      expect(Fs.existsSync(Path.join(dir, "k"))).toBe(false)
    }), 30_000)

  it.effect("defaults: the profile's shortest term; the organization and profile from SCM_ORG_ID and SCM_SSL_PROFILE", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const csr = yield* csrFile("defaults.example.com")
      const enrolled = yield* runIn(["ssl", "enroll", "--csr", csr, "-o", "json"], {
        env: { ...env, SCM_ORG_ID: "1001", SCM_SSL_PROFILE: "Sectigo DV SSL" }
      })
      expect(enrolled.exitCode).toBe(0)
      const { sslId } = JSON.parse(enrolled.stdout) as { sslId: number }
      const details = JSON.parse((yield* runIn(["ssl", "get", String(sslId), "-o", "json"], { env })).stdout)
      expect(details).toMatchObject({ orgId: 1001, term: 90, certType: { id: 1106 } })
    }), 30_000)
})
