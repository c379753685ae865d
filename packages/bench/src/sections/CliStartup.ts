/**
 * Section 6: how fast `scm` starts, next to `node -e 0` started the same way in the same rounds.
 * `scm --version` and `scm --help` run to their end; `scm ssl list` runs until its first request
 * reaches a local TCP listener standing in for SCM (password login, so that request is the first
 * the command sends), then it is killed. Wall time from spawn; peak RSS from a one-line preload
 * that every process, the baseline included, loads (`process.resourceUsage().maxRSS` at exit), and
 * for the command killed at its first request from /proc (VmHWM) at that moment.
 *
 * It runs the CLI as installed: `packages/cli/bin/scm.js` over `bundle/` (the bench script builds it).
 */
import { Effect, type Scope } from "effect"
import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createServer, type Server } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { fixed, ratio, type SectionReport, type TargetCheck } from "../Report.js"
import type { Settings } from "../Settings.js"
import { pairedRatios, spread } from "../Stats.js"

const scm = fileURLToPath(new URL("../../../cli/bin/scm.js", import.meta.url))

/** One start: wall milliseconds to the end (or to the first request) and peak RSS in MiB. */
interface Start {
  readonly wallMs: number
  readonly peakMiB: number
}

const mib = (kib: number) => kib / 1024

/** VmHWM of a running process, in KiB (Linux); NaN elsewhere. */
const highWaterMark = (pid: number | undefined): number => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8")
    return Number(/^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1] ?? Number.NaN)
  } catch {
    return Number.NaN
  }
}

/** Runs `node ...args` to its end; the preload reports its peak RSS on fd 3. */
const runToEnd = (preload: string, args: ReadonlyArray<string>, env: NodeJS.ProcessEnv): Promise<Start> =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, ["--import", preload, ...args], { env, stdio: ["ignore", "ignore", "ignore", "pipe"] })
    let report = ""
    child.stdio[3]?.on("data", (chunk: Buffer) => (report += chunk.toString("utf8")))
    child.on("error", reject)
    child.on("close", (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      if (code !== 0) return reject(new Error(`node ${args.join(" ")} exited ${code}`))
      resolve({ wallMs, peakMiB: mib(Number(report.trim())) })
    })
  })

/** Runs `scm args...` until its first request reaches `listener`, then kills it. */
const runToFirstRequest = (preload: string, args: ReadonlyArray<string>, env: NodeJS.ProcessEnv, listener: Listener): Promise<Start> =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, ["--import", preload, scm, ...args], { env, stdio: ["ignore", "ignore", "ignore", "pipe"] })
    child.on("error", reject)
    const timer = setTimeout(() => {
      child.kill("SIGKILL")
      reject(new Error(`scm ${args.join(" ")} sent no request within 30 s`))
    }, 30_000)
    listener.next = () => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      const peakMiB = mib(highWaterMark(child.pid))
      clearTimeout(timer)
      child.kill("SIGKILL")
      child.once("close", () => resolve({ wallMs, peakMiB }))
    }
  })

/** A TCP listener that calls `next` when the first bytes of a connection arrive, and answers nothing. */
interface Listener {
  readonly server: Server
  readonly port: number
  next: () => void
}

const listen = (): Promise<Listener> =>
  new Promise((resolve) => {
    const listener: { server?: Server; port?: number; next: () => void } = { next: () => {} }
    const server = createServer((socket) => {
      socket.once("data", () => {
        const next = listener.next
        listener.next = () => {}
        next()
        socket.destroy()
      })
      socket.on("error", () => {})
    })
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      resolve(Object.assign(listener, { server, port: typeof address === "object" && address !== null ? address.port : 0 }) as Listener)
    })
  })

const targets = { ratio: 6, versionMs: 120, commandMs: 200 } as const

export const run = (settings: Settings, log: (line: string) => void): Effect.Effect<SectionReport, unknown, Scope.Scope> =>
  Effect.gen(function* () {
    const dir = yield* Effect.acquireRelease(
      Effect.sync(() => mkdtempSync(join(tmpdir(), "scm-bench-cli-"))),
      (path) => Effect.sync(() => rmSync(path, { recursive: true, force: true }))
    )
    const preload = join(dir, "peak.mjs")
    writeFileSync(
      preload,
      'import { writeSync } from "node:fs"\nprocess.on("exit", () => { try { writeSync(3, String(process.resourceUsage().maxRSS)) } catch {} })\n'
    )
    const listener = yield* Effect.acquireRelease(Effect.promise(listen), (l) => Effect.sync(() => l.server.close()))
    // No SCM_* of the shell's, and the compile cache in a folder of this run, warmed by the first
    // round like a user's second call; NO_COLOR so that --help prints the same bytes every time.
    const env: NodeJS.ProcessEnv = {
      PATH: process.env["PATH"],
      HOME: dir,
      NODE_COMPILE_CACHE: join(dir, "compile-cache"),
      NO_COLOR: "1"
    }
    const commandEnv: NodeJS.ProcessEnv = {
      ...env,
      SCM_AUTH: "password",
      SCM_LOGIN: "bench",
      SCM_PASSWORD: "bench",
      SCM_CUSTOMER_URI: "bench",
      SCM_BASE_URL: `http://127.0.0.1:${listener.port}`
    }
    const subjects = [
      { name: "node -e 0", run: () => runToEnd(preload, ["-e", "0"], env) },
      { name: "scm --version", run: () => runToEnd(preload, [scm, "--version"], env) },
      { name: "scm --help", run: () => runToEnd(preload, [scm, "--help"], env) },
      { name: "scm ssl list, to its first request", run: () => runToFirstRequest(preload, ["ssl", "list"], commandEnv, listener) }
    ] as const
    const results = new Map<string, Array<Start>>(subjects.map((subject) => [subject.name, []]))
    // One warm-up start each (fills the compile cache), then interleaved rounds in alternating order.
    for (const subject of subjects) yield* Effect.promise(subject.run)
    const rounds = Math.max(settings.rounds, 5) * 2
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? subjects : [...subjects].reverse()
      for (const subject of order) results.get(subject.name)!.push(yield* Effect.promise(subject.run))
    }
    log(`cli start-up: ${rounds} rounds`)
    const baseline = results.get("node -e 0")!
    const rows = subjects.map(({ name }) => {
      const starts = results.get(name)!
      const wall = spread(starts.map((start) => start.wallMs))
      const peak = spread(starts.map((start) => start.peakMiB))
      return [
        name,
        `${fixed(wall.median, 0)} (${fixed(wall.min, 0)}–${fixed(wall.max, 0)})`,
        name === "node -e 0" ? "1" : ratio(pairedRatios(starts.map((s) => s.wallMs), baseline.map((s) => s.wallMs))),
        fixed(peak.median, 0),
        name === "node -e 0" ? "1" : fixed(pairedRatios(starts.map((s) => s.peakMiB), baseline.map((s) => s.peakMiB)).median, 2)
      ]
    })
    const wallOf = (name: string) => spread(results.get(name)!.map((start) => start.wallMs))
    const ratioOf = (name: string) => pairedRatios(results.get(name)!.map((s) => s.wallMs), baseline.map((s) => s.wallMs))
    const checks: Array<TargetCheck> = [
      ...["scm --version", "scm --help"].map((name) => ({
        target: `${name}: ≤ ${targets.versionMs} ms wall and ≤ ${targets.ratio} × node -e 0`,
        measured: `${fixed(wallOf(name).median, 0)} ms; ${ratio(ratioOf(name))} ×`,
        met: wallOf(name).median <= targets.versionMs && ratioOf(name).median <= targets.ratio
      })),
      {
        target: `scm ssl list until its first request: ≤ ${targets.commandMs} ms wall and ≤ ${targets.ratio} × node -e 0`,
        measured: `${fixed(wallOf(subjects[3].name).median, 0)} ms; ${ratio(ratioOf(subjects[3].name))} ×`,
        met: wallOf(subjects[3].name).median <= targets.commandMs && ratioOf(subjects[3].name).median <= targets.ratio
      }
    ]
    return {
      title: "6. CLI start-up",
      method: [
        "`scm` as installed (`packages/cli/bin/scm.js` over its bundle, `bundle/`, on this Node), each start a new process spawned by the bench, next to `node -e 0` spawned the same way:",
        `one warm-up start each (it fills Node's compile cache, which the bin enables, as a user's first call does), then ${rounds} interleaved rounds in alternating order.`,
        "`--version` and `--help` run to their end; `scm ssl list` (password login, so no token request comes first) runs until its first request reaches a local TCP listener, and is then killed.",
        "Wall time is from spawn to exit (or to that first request); peak RSS is `process.resourceUsage().maxRSS` at exit, from a one-line preload every process loads, and /proc's VmHWM at the first request for the command. Ratios are paired by round."
      ].join(" "),
      header: ["process", "wall ms (min–max)", "wall × node -e 0", "peak RSS MiB", "RSS × node -e 0"],
      rows,
      reading: [
        "`--version` and `--help` are answered by the bin before Effect is loaded (the root help is the CLI's own, generated at build time and checked by a test); a command loads only its own top-level command.",
        "The published CLI is one esbuild bundle of its code and what it runs on, split into chunks, so `scm ssl list` reads about 1 MB in some 25 files instead of some 600 modules one at a time: of core's generated schemas and operations only those it calls (the bundle splits them by declaration), and nothing of the mock server, which `scm mock` loads from a build of its own; its requests go over `node:http` (undici alone was another 1.3 MB to load).",
        "The command writes Node's compile cache once it is loaded, so the warm-up start leaves the cache although it is killed at its first request. What is left of its start is reading and compiling (from that cache) its chunks, evaluating effect's modules, running the command up to its request, and garbage collection during them."
      ],
      targets: checks,
      failures: []
    } satisfies SectionReport
  })
