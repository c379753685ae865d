/**
 * Instructions per request of each server, counted by callgrind (valgrind) in the server process
 * while autocannon loads it: bare node, the one-route Effect app, the mock, and optionally an
 * earlier mock build (`--mock-before=DIR`). A count is the same for the same build whatever else
 * the machine does, so a change of 1 % shows, which wall-clock rounds (± 3 % between identical
 * builds) cannot. It counts instructions, not cache misses: a change that touches less memory
 * for the same instructions shows in the timed bench only.
 *
 * Each server runs under valgrind, is warmed up uncounted, then counted over `--requests`. The
 * instructions of V8's optimising compilers are reported apart: after a warm-up that valgrind can
 * afford (its 30-50× slowdown), they still compile, and that work would be noise in the count.
 *
 * Usage: `npx pnpm@10 instructions [--requests=N] [--warmup=N] [--mock-before=DIR]` at the
 * repository root (DIR as for the bench). Needs valgrind (`callgrind_control`, `callgrind_annotate`).
 */
import autocannon from "autocannon"
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { benchLogin, typesPath } from "./Fixtures.js"
import { mockBeforeOf, valueOf } from "./Settings.js"

const here = dirname(fileURLToPath(import.meta.url))
const mockDist = resolve(here, "../../mock-server/dist")

const args = process.argv.slice(2).filter((arg) => arg !== "--")
const unknown = args.filter((arg) => !["--requests=", "--warmup=", "--mock-before="].some((prefix) => arg.startsWith(prefix)))
if (unknown.length > 0) throw new Error(`unknown argument ${unknown.join(" ")}; usage: instructions [--requests=N] [--warmup=N] [--mock-before=DIR]`)

const count = (name: string, fallback: number): number => {
  const given = valueOf(args, name)
  const value = given === undefined ? fallback : Number(given)
  if (!Number.isInteger(value) || value < 100) throw new Error(`--${name} must be an integer of at least 100, not ${given}`)
  return value
}

for (const tool of ["valgrind", "callgrind_control", "callgrind_annotate"]) {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" })
  } catch {
    throw new Error(`${tool} is not on PATH: install valgrind (Debian: apt-get install valgrind)`)
  }
}

const requests = count("requests", 4_000)
const warmup = count("warmup", 30_000)
const before = mockBeforeOf(valueOf(args, "mock-before"))

interface Subject {
  readonly name: string
  readonly kind: "node" | "effect" | "mock"
  readonly dist: string
}

const subjects: ReadonlyArray<Subject> = [
  { name: "bare node server", kind: "node", dist: mockDist },
  { name: "one-route Effect 4 app", kind: "effect", dist: mockDist },
  { name: "mock server (password login, journal on)", kind: "mock", dist: mockDist },
  ...(before === undefined ? [] : [{ name: "mock server, the build in --mock-before", kind: "mock" as const, dist: before }])
]

/** The first line the server prints: its URL. */
const firstLine = (child: ChildProcess): Promise<string> =>
  new Promise((resolveLine, reject) => {
    const lines = createInterface({ input: child.stdout! })
    const fail = (error: Error) => {
      clearTimeout(timer)
      reject(error)
    }
    const timer = setTimeout(() => fail(new Error("the server under valgrind printed no URL within 5 minutes")), 300_000)
    lines.once("line", (line) => {
      clearTimeout(timer)
      resolveLine(line.trim())
    })
    child.once("error", fail)
    child.once("exit", (code) => fail(new Error(`the server under valgrind exited (${code}) before it listened`)))
  })

const load = async (url: string, amount: number): Promise<void> => {
  const result = await autocannon({ url: `${url}${typesPath}`, connections: 16, amount, headers: { ...benchLogin } })
  const failed = result.non2xx + result.errors + result.timeouts
  if (failed > 0) throw new Error(`${failed} of ${amount} requests to ${url} failed`)
}

/** Instructions of the V8 compilers (TurboFan, Turboshaft, Maglev) in a callgrind dump, and the total. */
const instructionsOf = (dump: string): { readonly total: number; readonly compiling: number } => {
  const report = execFileSync("callgrind_annotate", ["--threshold=100", dump], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
  let total = 0
  let compiling = 0
  for (const line of report.split("\n")) {
    const match = /^\s*([\d,]+) \([^)]*\)\s+\*?\s*(.*)$/.exec(line)
    if (match === null || match[2]!.startsWith("PROGRAM TOTALS")) continue
    const instructions = Number(match[1]!.replaceAll(",", ""))
    total += instructions
    if (/compiler::|[Tt]urboshaft|[Mm]aglev/.test(match[2]!)) compiling += instructions
  }
  return { total, compiling }
}

const measure = async (subject: Subject, directory: string): Promise<{ readonly total: number; readonly compiling: number }> => {
  const dump = join(directory, `callgrind.${subject.kind}.${subjects.indexOf(subject)}`)
  const child = spawn(
    "valgrind",
    [
      "--tool=callgrind",
      "--quiet",
      "--instr-atstart=no",
      "--smc-check=all",
      `--callgrind-out-file=${dump}`,
      process.execPath,
      "--import",
      "tsx",
      join(here, "instructionsServer.ts"),
      subject.kind,
      subject.dist
    ],
    { stdio: ["ignore", "pipe", "inherit"] }
  )
  try {
    const url = await firstLine(child)
    await load(url, warmup)
    execFileSync("callgrind_control", ["--instr=on", String(child.pid)], { stdio: "ignore" })
    await load(url, requests)
    execFileSync("callgrind_control", ["--instr=off", String(child.pid)], { stdio: "ignore" })
    execFileSync("callgrind_control", ["--dump", String(child.pid)], { stdio: "ignore" })
    const counted = instructionsOf(`${dump}.1`)
    return { total: counted.total / requests, compiling: counted.compiling / requests }
  } finally {
    child.kill("SIGKILL")
  }
}

const directory = mkdtempSync(join(tmpdir(), "scm-bench-callgrind-"))
try {
  const rows: Array<{ readonly subject: Subject; readonly total: number; readonly compiling: number }> = []
  for (const subject of subjects) {
    process.stdout.write(`counting ${subject.name} (${warmup} requests to warm up, ${requests} counted) ...\n`)
    rows.push({ subject, ...(await measure(subject, directory)) })
  }
  const running = (row: (typeof rows)[number]) => row.total - row.compiling
  const node = running(rows[0]!)
  const effect = running(rows[1]!)
  const fixed = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 0 })
  process.stdout.write(
    [
      "",
      `Instructions per request (callgrind, GET ${typesPath}, 16 connections, ${requests} requests after ${warmup}):`,
      "",
      "| server | without the JIT compilers | × bare node | × Effect app | JIT compilers | all |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...rows.map((row) =>
        `| ${row.subject.name} | ${fixed(running(row))} | ${(running(row) / node).toFixed(2)} | ${(running(row) / effect).toFixed(2)} | ${fixed(row.compiling)} | ${fixed(row.total)} |`
      ),
      ""
    ].join("\n")
  )
  if (rows.length === 4) {
    process.stdout.write(`The current mock runs ${(running(rows[2]!) / running(rows[3]!)).toFixed(3)} × the instructions of the build in --mock-before.\n`)
  }
} finally {
  rmSync(directory, { recursive: true, force: true })
}
