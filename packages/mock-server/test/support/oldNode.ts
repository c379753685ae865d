/**
 * What a Node older than 22 (the machine's own, as teams in other languages have it in CI) does
 * with our code: the test runs it on the sources (Node20.test.ts), the package check on the
 * installed tarballs (scripts/check-packages.ts --outside). Plain promises, so both can call them;
 * each caller asserts on what they return.
 */
import { execFileSync, spawn } from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { firstLine } from "./firstLine.js"

export interface OldNode {
  readonly path: string
  readonly version: string
}

/** A `node` older than 22 on PATH, outside any node_modules (the repository brings its own 22). */
export const findOldNode = (): OldNode | undefined => {
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

export interface Exercised {
  readonly typesStatus: number
  readonly typesCount: number
  readonly faultStatus: number
  readonly faulted: readonly [number, string | null]
  readonly afterFault: number
  readonly journal: ReadonlyArray<string>
  readonly exitCode: number | null
}

const withDeadline = <A>(promise: Promise<A>, ms: number, what: string): Promise<A> => {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms)
    })
  ]).finally(() => clearTimeout(timer))
}

/**
 * Starts `scm-mock-server` with the given node and arguments, then a token, an API call, a fault
 * (503 with Retry-After), the call again twice, the journal, and SIGTERM: what it answered to each.
 */
export const exerciseMockServer = async (
  node: string,
  args: ReadonlyArray<string>,
  cwd: string
): Promise<Exercised> => {
  const server = spawn(node, args, { cwd, stdio: ["ignore", "pipe", "pipe"] })
  let stderr = ""
  server.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")))
  const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)))
  try {
    const line = await firstLine(server, 30_000, "scm-mock-server").catch((error: Error) => {
      throw new Error(`${error.message}\n${stderr}`)
    })
    const info = JSON.parse(line) as {
      readonly httpUrl: string
      readonly tokenUrl: string
      readonly clientId: string
      readonly clientSecret: string
    }
    const token = (await (await fetch(info.tokenUrl, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: info.clientId, client_secret: info.clientSecret })
    })).json()) as { readonly access_token: string }
    const types = (): Promise<Response> =>
      fetch(`${info.httpUrl}/api/ssl/v1/types`, { headers: { authorization: `Bearer ${token.access_token}` } })
    const first = await types()
    const typesCount = ((await first.json()) as ReadonlyArray<unknown>).length
    const fault = await fetch(`${info.httpUrl}/__admin/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ path: "/api/ssl/v1/types", status: 503, headers: { "Retry-After": "1" } })
    })
    const faulted = await types()
    const afterFault = await types()
    const journal = (await (await fetch(`${info.httpUrl}/__admin/requests`)).json()) as ReadonlyArray<
      { readonly status: number; readonly scheme: string }
    >
    server.kill("SIGTERM")
    const exitCode = await withDeadline(exited, 10_000, "scm-mock-server's exit after SIGTERM")
    return {
      typesStatus: first.status,
      typesCount,
      faultStatus: fault.status,
      faulted: [faulted.status, faulted.headers.get("retry-after")],
      afterFault: afterFault.status,
      journal: journal.map((entry) => `${entry.scheme} ${entry.status}`),
      exitCode
    }
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL")
  }
}

/** What `exerciseMockServer` returns from a mock that works. */
export const exercisedAsExpected = (typesCount: number): Exercised => ({
  typesStatus: 200,
  typesCount,
  faultStatus: 201,
  faulted: [503, "1"],
  afterFault: 200,
  journal: ["token 200", "oauth2 200", "oauth2 503", "oauth2 200"],
  exitCode: 0
})

export interface Ran {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs `node ...args main.mjs --flag` in `cwd`, where main.mjs imports `@scm-effect/core`. */
export const runCoreImporter = (node: string, args: ReadonlyArray<string>, cwd: string): Promise<Ran> => {
  Fs.writeFileSync(Path.join(cwd, "main.mjs"), `import { OAuth2 } from "@scm-effect/core"\nconsole.log(typeof OAuth2.layer)\n`)
  return withDeadline(
    new Promise<Ran>((resolve) => {
      const child = spawn(node, [...args, "main.mjs", "--flag"], { cwd, stdio: ["ignore", "pipe", "pipe"] })
      let stdout = ""
      let stderr = ""
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")))
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")))
      child.on("close", (code) => resolve({ code, stdout, stderr }))
    }),
    30_000,
    "the program that imports @scm-effect/core"
  )
}

/** The one line `@scm-effect/core` prints on an old Node, for `runCoreImporter`'s program. */
export const tooOldLine = (version: string): string =>
  `@scm-effect/core: Node.js ${version} is too old: @scm-effect/core needs Node.js >= 22.19. ` +
  "Run it with a newer Node, for example: npx -y -p node@22 node main.mjs --flag\n"
