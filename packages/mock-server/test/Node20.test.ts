/**
 * What the machine's own Node 20 (the one on PATH outside node_modules, as teams in other
 * languages have it in CI) does with the built packages: `scm-mock-server` serves on it (a token,
 * an API call, a fault), and a program that imports `@scm-effect/core`, which needs Node 22.19,
 * stops at once with one line that says so, exit code 2. Skipped, saying so, where PATH has no
 * Node older than 22.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { execFileSync, spawn } from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"

const root = Path.resolve(import.meta.dirname, "..", "..", "..")
const mockServerDir = Path.join(root, "packages", "mock-server")

/** A `node` older than 22 on PATH, outside any node_modules (the repository brings its own 22). */
const findOldNode = (): { readonly path: string; readonly version: string } | undefined => {
  for (const dir of (process.env["PATH"] ?? "").split(Path.delimiter)) {
    if (dir === "" || dir.split(Path.sep).includes("node_modules")) continue
    const candidate = Path.join(dir, "node")
    if (!Fs.existsSync(candidate)) continue
    try {
      const version = execFileSync(candidate, ["--version"], { encoding: "utf8" }).trim().replace(/^v/, "")
      if (Number(version.split(".")[0]) < 22) return { path: candidate, version }
    } catch {
      // Not a runnable node: look further.
    }
  }
  return undefined
}

const oldNode = findOldNode()
if (oldNode === undefined) console.error("Node20.test.ts: skipped, no Node older than 22 on PATH outside node_modules")

/** The built packages, as their bins and users load them. */
const build = Effect.sync(() =>
  execFileSync(process.execPath, [Path.join(root, "node_modules", "typescript", "bin", "tsc"), "-b", Path.join(mockServerDir, "tsconfig.src.json")], {
    cwd: root,
    stdio: "inherit"
  })
)

describe.skipIf(oldNode === undefined)(`on the machine's Node ${oldNode?.version ?? "20"}`, () => {
  it.live("scm-mock-server serves: a token, an API call and a fault", () =>
    Effect.gen(function*() {
      yield* build
      const server = spawn(oldNode!.path, [Path.join(mockServerDir, "bin", "scm-mock-server.js")], {
        stdio: ["ignore", "pipe", "pipe"]
      })
      yield* Effect.addFinalizer(() => Effect.sync(() => server.exitCode === null && server.kill("SIGKILL")))
      const line = yield* Effect.callback<string, Error>((resume) => {
        let buffer = ""
        server.stdout.on("data", (chunk: Buffer) => {
          buffer += chunk.toString("utf8")
          if (buffer.includes("\n")) resume(Effect.succeed(buffer.slice(0, buffer.indexOf("\n"))))
        })
        server.on("exit", (code) => resume(Effect.fail(new Error(`scm-mock-server exited with ${code} on Node ${oldNode!.version}`))))
      }).pipe(Effect.timeout("30 seconds"))
      const info = JSON.parse(line) as {
        readonly httpUrl: string
        readonly tokenUrl: string
        readonly clientId: string
        readonly clientSecret: string
      }

      const token = yield* Effect.promise(() =>
        fetch(info.tokenUrl, {
          method: "POST",
          body: new URLSearchParams({ grant_type: "client_credentials", client_id: info.clientId, client_secret: info.clientSecret })
        }).then((response) => response.json() as Promise<{ readonly access_token: string }>)
      )
      const types = (): Promise<Response> =>
        fetch(`${info.httpUrl}/api/ssl/v1/types`, { headers: { authorization: `Bearer ${token.access_token}` } })
      const first = yield* Effect.promise(types)
      expect(first.status).toBe(200)
      expect(((yield* Effect.promise(() => first.json())) as ReadonlyArray<unknown>).length).toBeGreaterThan(0)

      const fault = yield* Effect.promise(() =>
        fetch(`${info.httpUrl}/__admin/faults`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ path: "/api/ssl/v1/types", status: 503, headers: { "Retry-After": "1" } })
        })
      )
      expect(fault.status).toBe(201)
      const faulted = yield* Effect.promise(types)
      expect([faulted.status, faulted.headers.get("retry-after")]).toEqual([503, "1"])
      expect((yield* Effect.promise(types)).status).toBe(200)

      const journal = yield* Effect.promise(() =>
        fetch(`${info.httpUrl}/__admin/requests`).then((response) => response.json() as Promise<ReadonlyArray<{ readonly status: number; readonly scheme: string }>>)
      )
      expect(journal.map((entry) => `${entry.scheme} ${entry.status}`)).toEqual(["token 200", "oauth2 200", "oauth2 503", "oauth2 200"])

      server.kill("SIGTERM")
      const exitCode = yield* Effect.callback<number | null>((resume) => {
        if (server.exitCode !== null) return resume(Effect.succeed(server.exitCode))
        server.on("exit", (code) => resume(Effect.succeed(code)))
      }).pipe(Effect.timeout("10 seconds"))
      expect(exitCode).toBe(0)
    }), 60_000)

  it.live("a program that imports @scm-effect/core says in one line which Node it needs, and exits 2", () =>
    Effect.gen(function*() {
      yield* build
      // Inside the mock's package, where `@scm-effect/core` resolves to core's build as a user's does.
      const dir = Path.join(mockServerDir, "build", "old-node")
      Fs.mkdirSync(dir, { recursive: true })
      Fs.writeFileSync(Path.join(dir, "main.mjs"), `import { OAuth2 } from "@scm-effect/core"\nconsole.log(typeof OAuth2.layer)\n`)
      const run = (node: string) =>
        Effect.callback<{ readonly code: number | null; readonly stdout: string; readonly stderr: string }>((resume) => {
          const child = spawn(node, ["main.mjs", "--flag"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] })
          let stdout = ""
          let stderr = ""
          child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")))
          child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")))
          child.on("close", (code) => resume(Effect.succeed({ code, stdout, stderr })))
        }).pipe(Effect.timeout("30 seconds"))

      const old = yield* run(oldNode!.path)
      expect(old.code).toBe(2)
      expect(old.stdout).toBe("")
      expect(old.stderr).toBe(
        `@scm-effect/core: Node.js ${oldNode!.version} is too old: @scm-effect/core needs Node.js >= 22.19. ` +
          "Run it with a newer Node, for example: npx -y -p node@22 node main.mjs --flag\n"
      )
      // The repository's own Node: the same program runs, and the check says nothing.
      expect(yield* run(process.execPath)).toEqual({ code: 0, stdout: "function\n", stderr: "" })
    }), 60_000)
})
