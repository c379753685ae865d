/**
 * `scm domains list`, `scm api AREA OPERATION` (any operation of the spec) and `scm mock`, against
 * the mock over real sockets.
 */
import { expect, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import * as Fs from "node:fs"
import * as Net from "node:net"
import * as Os from "node:os"
import * as Path from "node:path"
import { collect, ndjson, runIn, runPiped, start, waitFor } from "./support/cli.js"

const mockOptions: MockScmServer.Options = { journalLimit: 5000 }

const environment = Effect.flatMap(MockScmServer.MockScmServer, (mock) => MockScmServer.environment(mock, "password"))

layer(MockScmServer.layer(mockOptions), { excludeTestServices: true })("scm domains, api, mock", (it) => {
  it.effect("domains list: a table, and JSON with the same names", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const [table, json, active] = yield* Effect.all([
        runIn(["domains", "list"], { env }),
        runIn(["domains", "list", "--output", "json"], { env }),
        runIn(["domains", "list", "--state", "active", "-o", "ndjson"], { env })
      ], { concurrency: 3 })
      expect(table.exitCode).toBe(0)
      const domains = JSON.parse(json.stdout) as Array<{ id: number; name: string }>
      expect(domains.length).toBeGreaterThan(10)
      const rows = table.stdout.trimEnd().split("\n")
      expect(rows[0]).toMatch(/^\s*ID {2}NAME\s+VALIDATION\s+EXPIRES$/)
      expect(rows.slice(1).map((row) => row.trim().split(/\s+/)[1])).toEqual(domains.map((domain) => domain.name))
      expect(ndjson(active.stdout).length).toBeLessThanOrEqual(domains.length)
    }), 30_000)

  it.effect("a reader that stops early (| head -1) ends scm quietly with exit 0", () =>
    Effect.gen(function*() {
      const env = yield* environment
      // More than a pipe's buffer of lines (450 certificates), so scm still writes after head has gone.
      const first = yield* runPiped(["ssl", "list", "-o", "ndjson"], "head -1", { env })
      expect(first.exitCode).toBe(0)
      expect(ndjson(first.stdout)).toHaveLength(1)
      expect(first.stderr).toBe("")
    }), 30_000)

  it.effect("a reader that goes away after one JSON document (| head -1) ends scm quietly with exit 0", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const first = yield* runPiped(["domains", "list", "-o", "json"], "head -1", { env })
      expect(first.exitCode).toBe(0)
      expect(first.stdout).toBe("[\n")
      expect(first.stderr).toBe("")
    }), 30_000)

  it.effect("api: lists an area's operations, calls one with path and query parameters and a body on stdin", () =>
    Effect.gen(function*() {
      const env = yield* environment
      const [operations, page, details, unknownOperation, unknownArea, missingParameter] = yield* Effect.all([
        runIn(["api", "domain", "-o", "json"], { env }),
        runIn(["api", "domain", "listDomains", "--param", "size=2", "-o", "json"], { env }),
        runIn(["api", "ssl", "get-ssl-certificate-details_1", "--param", "sslId=20001", "-o", "json"], { env }),
        runIn(["api", "domain", "noSuchThing"], { env }),
        runIn(["api", "nowhere", "listDomains"], { env }),
        runIn(["api", "ssl", "getSslCertificateDetails1"], { env })
      ], { concurrency: 3 })
      const names = (JSON.parse(operations.stdout) as Array<{ name: string; area: string }>).map((op) => op.name)
      expect(names).toContain("listDomains")
      expect(names).not.toContain("collectSslCertificateStream")
      expect(page.exitCode).toBe(0)
      expect((JSON.parse(page.stdout) as Array<unknown>).length).toBe(2)
      expect(details.exitCode).toBe(0)
      expect(JSON.parse(details.stdout)).toMatchObject({ sslId: 20001 })
      for (const usage of [unknownOperation, unknownArea, missingParameter]) {
        expect(usage.exitCode).toBe(2)
        expect(usage.stdout).toBe("")
      }
      expect(unknownOperation.stderr).toContain(`no operation "noSuchThing" in area domain`)
      expect(unknownArea.stderr).toContain(`no API area "nowhere"`)
      expect(missingParameter.stderr).toContain("--param sslId=...")

      const created = yield* runIn(["api", "domain", "createDomain", "--body", "-"], {
        env,
        stdin: JSON.stringify({ name: "cli-created.example.com", delegations: [{ orgId: 1001, certTypes: ["SSL"] }] })
      })
      expect(created.exitCode).toBe(0)
      const found = yield* runIn(["api", "domain", "listDomains", "-p", "name=cli-created.example.com", "-o", "ndjson"], {
        env
      })
      expect(ndjson(found.stdout)).toEqual([expect.objectContaining({ name: "cli-created.example.com" })])
      const refused = yield* runIn(["api", "domain", "createDomain", "--body", "-"], { env, stdin: "{}" })
      expect(refused.exitCode).toBe(1)
      expect(refused.stderr).toMatch(/^scm: ScmApiError \(SCM code -\d+\)/m)
    }), 60_000)

  it.effect("mock: the JSON line of scm-mock-server on stdout, a banner on stderr; --ui opens the dashboard; SIGTERM stops it with 0", () =>
    Effect.gen(function*() {
      // The browser --ui starts: $BROWSER, here a script that notes the address it is given.
      const dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "scm-mock-ui-"))
      const browser = Path.join(dir, "browser")
      const opened = Path.join(dir, "opened")
      Fs.writeFileSync(browser, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`, { mode: 0o755 })
      yield* Effect.addFinalizer(() => Effect.sync(() => Fs.rmSync(dir, { recursive: true, force: true })))
      const child = start(["mock", "--token-ttl", "120", "--ui"], { env: { BROWSER: browser } })
      const output = collect(child, 30_000)
      child.stdin?.end()
      yield* waitFor(() => output.stdout().includes("\n"), "the JSON line")
      const info = JSON.parse(output.stdout().split("\n")[0]!) as Record<string, string>
      expect(Object.keys(info)).toEqual(expect.arrayContaining(["httpUrl", "httpsUrl", "tokenUrl", "clientId", "caFile"]))
      expect(Fs.existsSync(info["caFile"]!)).toBe(true)
      yield* waitFor(() => output.stderr().includes("scm-mock-server is running"), "the banner")
      const dashboard = `${info["httpUrl"]}/__admin/ui`
      yield* waitFor(() => output.stderr().includes(`Dashboard: ${dashboard} (opening it with ${browser})`), "the dashboard line")
      expect(output.stderr()).toContain(`dashboard ${dashboard}`)
      yield* waitFor(() => Fs.existsSync(opened) && Fs.readFileSync(opened, "utf8") === dashboard, "the browser given the dashboard's address")
      // The started mock answers the CLI itself.
      const check = yield* runIn(["auth", "check", "-o", "json"], {
        env: {
          SCM_AUTH: "oauth2",
          SCM_BASE_URL: info["httpUrl"]!,
          SCM_TOKEN_URL: info["tokenUrl"]!,
          SCM_CLIENT_ID: info["clientId"]!,
          SCM_CLIENT_SECRET: info["clientSecret"]!
        }
      })
      expect(JSON.parse(check.stdout)).toMatchObject({ call: { ok: true }, tokenLifetimeSeconds: 120 })
      child.kill("SIGTERM")
      const ended = yield* output.ended
      expect(ended.exitCode).toBe(0)
      expect(Fs.existsSync(info["caFile"]!)).toBe(false)
      const bad = yield* runIn(["mock", "--http-port", "70000"])
      expect(bad.exitCode).toBe(2)
      expect(bad.stderr).toContain("--http-port")
    }), 60_000)

  it.effect("mock: --proxy, --proxy-token-url, --proxy-timeout, --record and --replay reach scm-mock-server", () =>
    Effect.gen(function*() {
      const dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "scm-mock-replay-"))
      const recording = Path.join(dir, "recording")
      Fs.writeFileSync(Path.join(dir, "000001-GET-api-ssl-v1-types.json"), JSON.stringify({
        format: "scm-mock-recording/1",
        request: { method: "GET", path: "/api/ssl/v1/types", headers: {} },
        response: { status: 200, headers: { "content-type": "application/json" }, json: [{ id: 1, name: "recorded" }] }
      }))
      // Nothing listens on a port just freed: what the recording does not hold gets the proxy's 502.
      const closed = yield* Effect.promise(() =>
        new Promise<number>((resolve) => {
          const server = Net.createServer().listen(0, "127.0.0.1", () => {
            const { port } = server.address() as Net.AddressInfo
            server.close(() => resolve(port))
          })
        })
      )
      const upstream = `http://127.0.0.1:${closed}`
      const child = start(["mock", "--replay", dir, "--proxy", upstream, "--proxy-token-url", `${upstream}/token`, "--proxy-timeout", "5", "--record", recording])
      const output = collect(child, 30_000)
      child.stdin?.end()
      yield* Effect.addFinalizer(() => Effect.sync(() => Fs.rmSync(dir, { recursive: true, force: true })))
      yield* waitFor(() => output.stdout().includes("\n"), "the JSON line")
      const info = JSON.parse(output.stdout().split("\n")[0]!) as Record<string, string>
      expect(info).toMatchObject({ proxy: upstream, proxyTokenUrl: `${upstream}/token`, record: recording, replay: dir })
      const recorded = yield* Effect.promise(() => fetch(`${info["httpUrl"]}/api/ssl/v1/types`).then((response) => response.json()))
      expect(recorded).toEqual([{ id: 1, name: "recorded" }])
      const unreachable = yield* Effect.promise(() => fetch(`${info["httpUrl"]}/api/ssl/v1`))
      expect(unreachable.status).toBe(502)
      child.kill("SIGTERM")
      expect((yield* output.ended).exitCode).toBe(0)
      const bad = yield* runIn(["mock", "--proxy-timeout", "0"])
      expect(bad.exitCode).toBe(2)
      expect(bad.stderr).toContain("--proxy-timeout")
    }).pipe(Effect.scoped), 60_000)
})
