/**
 * What is about the `scm` process itself, in child processes: the bin's Node check (on the
 * machine's own older Node), the answers bin.ts gives without loading Effect, Ctrl-C during a wait
 * (the id is not lost), and a confirmation answered on a pseudo-terminal.
 */
import { describe, expect, it, layer } from "@effect/vitest"
import { MockScmServer } from "@scm-effect/mock-server"
import { Effect } from "effect"
import { spawn, spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import * as RootHelp from "../src/generated/rootHelp.js"
import { version } from "../src/version.js"
import { cleanEnvironment, collect, commandLine, csrFile, hasScript, ndjson, run, runIn, start, waitFor, withoutColours } from "./support/cli.js"

const bin = fileURLToPath(new URL("../bin/scm.js", import.meta.url))

/** A Node older than 22.19 on PATH, outside node_modules (the machine's own), if there is one. */
const olderNode = (() => {
  const found = spawnSync("sh", ["-c", "which -a node nodejs 2>/dev/null"], { encoding: "utf8" }).stdout.split("\n")
  for (const candidate of found.filter((path) => path !== "" && !path.includes("node_modules"))) {
    const reported = spawnSync(candidate, ["-p", "process.versions.node"], { encoding: "utf8" }).stdout.trim()
    const [major = 0, minor = 0] = reported.split(".").map(Number)
    if (major < 22 || (major === 22 && minor < 19)) return { path: candidate, version: reported }
  }
  return undefined
})()

describe("the scm bin", () => {
  if (olderNode === undefined) {
    it.skip("on a Node older than 22.19: no older Node found on PATH outside node_modules, so not checked here", () => {})
  } else {
    const node = olderNode
    it(`on Node ${node.version}: one line naming both versions and how to run it, exit 2, nothing else`, () => {
      const result = spawnSync(node.path, [bin, "ssl", "list"], { encoding: "utf8", env: cleanEnvironment })
      expect(result.status).toBe(2)
      expect(result.stdout).toBe("")
      expect(result.stderr).toBe(
        `scm: Node.js ${node.version} is too old: scm needs Node.js >= 22.19. ` +
          "Run it with a newer Node, for example: npx -y -p node@22 -p @scm-effect/cli scm ...\n"
      )
    })
  }

  it("the root help bin.ts prints without loading Effect is the CLI's own, plain and in colour", () =>
    Effect.runPromise(Effect.gen(function*() {
      const [plain, colored] = yield* Effect.all([runIn(["--help"]), runIn(["--help"], { env: { FORCE_COLOR: "1" } })])
      // If this fails, run: npx pnpm@10 --filter @scm-effect/cli generate-help
      expect(RootHelp.plain).toBe(plain.stdout)
      expect(RootHelp.colored).toBe(colored.stdout)
      expect(RootHelp.colored).toContain("\x1b[1mUSAGE")
    })), 30_000)

  it.live("--version, -v and --help answer from bin.ts, as the CLI would", () =>
    Effect.gen(function*() {
      const [long, short, help, colour] = yield* Effect.all([
        run(["--version"]),
        run(["-v"]),
        run(["--help"]),
        run(["-h"], { env: { FORCE_COLOR: "1" } })
      ], { concurrency: 4 })
      for (const answer of [long, short]) {
        expect(answer.exitCode).toBe(0)
        expect(answer.stdout).toBe(`scm v${version}\n`)
      }
      expect(help.stdout).toBe(RootHelp.plain)
      expect(colour.stdout).toBe(RootHelp.colored)
      const live = yield* runIn(["--version"])
      expect(live.stdout).toBe(long.stdout)
    }), 30_000)
})

layer(MockScmServer.layer({ journalLimit: 5000 }), { excludeTestServices: true })("scm as a process", (it) => {
  it.effect("Ctrl-C while waiting under -o json: exit 130, and the id and the collect command as JSON on stdout", () =>
    Effect.gen(function*() {
      const mock = yield* MockScmServer.MockScmServer
      const env = yield* MockScmServer.environment(mock, "password")
      yield* mock.setIssuance({ manual: true })
      const csr = yield* csrFile("sigint.example.com")
      const child = start(["ssl", "enroll", "--csr", csr, "--profile", "1101", "--org", "1001", "--wait", "-o", "json"], { env })
      const output = collect(child, 30_000)
      child.stdin?.end()
      const ended = yield* Effect.gen(function*() {
        yield* waitFor(() => output.stderr().includes("waiting for issuance"), "the wait to start")
        child.kill("SIGINT")
        return yield* output.ended
      }).pipe(Effect.ensuring(mock.setIssuance({ manual: false })))
      expect(ended.exitCode).toBe(130)
      const pending = JSON.parse(ended.stdout) as { sslId: number; issued: boolean; collect: string }
      expect(pending.issued).toBe(false)
      expect(pending.collect).toBe(`scm ssl collect ${pending.sslId} --wait -o json`)
      expect(ended.stderr).toContain(`certificate ${pending.sslId} is ordered but not issued yet; collect it later with:`)
    }), 40_000)

  describe.skipIf(!hasScript)("on a pseudo-terminal", () => {
    it.effect("revoke asks; the answer typed at the terminal decides", () =>
      Effect.gen(function*() {
        const mock = yield* MockScmServer.MockScmServer
        const env = yield* MockScmServer.environment(mock, "password")
        const listed = yield* runIn(["ssl", "list", "--status", "issued", "-o", "ndjson"], { env })
        const { sslId } = ndjson(listed.stdout)[0] as { sslId: number }
        const command = commandLine(["ssl", "revoke", String(sslId), "--reason", "pty"])
        const child = spawn("script", ["-qefc", command, "/dev/null"], {
          cwd: fileURLToPath(new URL("..", import.meta.url)),
          env: { ...cleanEnvironment, TERM: "xterm-256color", ...env },
          stdio: ["pipe", "pipe", "pipe"]
        })
        const output = collect(child, 30_000)
        yield* waitFor(() => output.stdout().includes("Proceed? [y/N]"), "the question")
        child.stdin?.write("y\n")
        const ended = yield* output.ended
        expect(ended.exitCode).toBe(0)
        expect(ended.stdout).toContain(`This will revoke SSL certificate ${sslId}:`)
        expect(withoutColours(ended.stdout)).toMatch(new RegExp(`revoked\\s+${sslId}`))
        const details = JSON.parse((yield* runIn(["ssl", "get", String(sslId), "-o", "json"], { env })).stdout)
        expect(details).toMatchObject({ status: "Revoked" })
        child.stdin?.end()
      }), 40_000)
  })
})

