/**
 * Instructions per request, counted by callgrind (valgrind), of the servers and of the clients.
 * A count is the same for the same build whatever else the machine does, so a change of 1 % shows,
 * which wall-clock rounds (± 3 % between identical builds) cannot. It counts instructions, not
 * cache misses: a change that touches less memory for the same instructions shows in the timed
 * bench only.
 *
 * - Servers: bare node, the one-route Effect app, the mock, and optionally an earlier mock build
 *   (`--mock-before=DIR`), each in a process under valgrind while autocannon loads it.
 * - Clients: the bare Effect 4 client and ScmHttpClient (OAuth2 with the Bearer header, password
 *   login with the login headers, each next to the bare client that sends the same bytes), untraced
 *   and under an installed OpenTelemetry tracer, each in a process under valgrind
 *   (`instructionsClient.ts`) sending GETs, 16 in flight, to a bare node server in this process.
 *   When every client was counted, the figures go to `client-instructions.json`, which the bench's
 *   report reads.
 *
 * Each process is warmed up uncounted (`--warmup`; 30,000 requests for a server, 20,000 for a
 * client), then counted over `--requests` (4,000 for a server; for a client, each of `--windows`
 * windows, 5 of 2,000 by default). The instructions of V8's optimising compilers are reported
 * apart: after a warm-up that valgrind can afford (its 30-50× slowdown), they still compile, and
 * that work would be noise in the count. For the clients, so are the garbage collector's: each
 * window starts after a full collection (see instructionsClient.ts), and a client's allocated bytes
 * say what it makes the collector do. A client's figure is its median window; its ratio to the
 * bare client is the median of the ratios of their windows taken in pairs (`ratioOf`).
 *
 * Usage: `npx pnpm@10 instructions [--servers | --clients[=effect,oauth2,...]] [--tracing=untraced|traced]
 * [--jobs=N] [--requests=N] [--warmup=N] [--windows=N] [--mock-before=DIR]` at the repository root (DIR as for the
 * bench; `--jobs` counts that many clients at once).
 * Needs valgrind (`callgrind_control`, `callgrind_annotate`).
 */
import autocannon from "autocannon"
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { dirname, join, relative, resolve } from "node:path"
import { createInterface, type Interface } from "node:readline"
import { fileURLToPath } from "node:url"
import { scmLikeListener } from "./BareServers.js"
import * as InstructionRecord from "./InstructionRecord.js"
import { baselineOf, clientLabels, type ClientName, clientNames, type Tracing, tracings } from "./Clients.js"
import { benchLogin, loopback, typesPath } from "./Fixtures.js"
import { mockBeforeOf, valueOf } from "./Settings.js"
import { spread } from "./Stats.js"

const here = dirname(fileURLToPath(import.meta.url))
const mockDist = resolve(here, "../../mock-server/dist")

const args = process.argv.slice(2).filter((arg) => arg !== "--")
const usage = "usage: instructions [--servers | --clients[=effect,effect-login,oauth2,password]] [--tracing=untraced|traced] [--jobs=N] [--requests=N] [--warmup=N] [--windows=N] [--mock-before=DIR]"
const unknown = args.filter((arg) => !["--requests=", "--warmup=", "--mock-before=", "--servers", "--clients", "--tracing=", "--jobs=", "--windows="].some((prefix) => arg.startsWith(prefix)))
if (unknown.length > 0) throw new Error(`unknown argument ${unknown.join(" ")}; ${usage}`)

const count = (name: string, fallback: number): number => {
  const given = valueOf(args, name)
  const value = given === undefined ? fallback : Number(given)
  if (!Number.isInteger(value) || value < 1000) throw new Error(`--${name} must be an integer of at least 1000, not ${given}`)
  return value
}

/** The names of a comma-separated flag value, each one of `known`; all of them when absent. */
const listOf = <A extends string>(name: string, known: ReadonlyArray<A>): ReadonlyArray<A> => {
  const given = valueOf(args, name)
  if (given === undefined) return known
  const isKnown = (value: string): value is A => (known as ReadonlyArray<string>).includes(value)
  const names = given.split(",")
  const wrong = names.filter((value) => !isKnown(value))
  if (wrong.length > 0) throw new Error(`--${name}: unknown ${wrong.join(", ")}; one or more of ${known.join(", ")}`)
  return names.filter(isKnown)
}

for (const tool of ["valgrind", "callgrind_control", "callgrind_annotate"]) {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" })
  } catch {
    throw new Error(`${tool} is not on PATH: install valgrind (Debian: apt-get install valgrind)`)
  }
}

const onlyServers = args.includes("--servers")
const onlyClients = args.some((arg) => arg === "--clients" || arg.startsWith("--clients="))
if (onlyServers && onlyClients) throw new Error(`--servers and --clients exclude each other (neither: both); ${usage}`)
// The clients are counted over several windows, so each window is shorter, and their warm-up too
// (a collection before each window makes V8 recompile in it anyway).
const serverRequests = count("requests", 4_000)
const serverWarmup = count("warmup", 30_000)
const clientRequests = count("requests", 2_000)
const clientWarmup = count("warmup", 20_000)
const before = mockBeforeOf(valueOf(args, "mock-before"))
const chosenClients = listOf<ClientName>("clients", clientNames)
const chosenTracings = listOf<Tracing>("tracing", tracings)
const windows = Number(valueOf(args, "windows") ?? 5)
if (onlyServers && valueOf(args, "windows") !== undefined) throw new Error(`--windows is for the clients; ${usage}`)
if (!Number.isInteger(windows) || windows < 1) throw new Error(`--windows must be a positive integer, not ${valueOf(args, "windows")}`)
const jobs = Number(valueOf(args, "jobs") ?? 1)
if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a positive integer, not ${valueOf(args, "jobs")}`)

/** V8's optimising compilers (TurboFan, Turboshaft, Maglev), by the functions callgrind names. */
const compilerFunction = /compiler::|[Tt]urboshaft|[Mm]aglev/
/** V8's garbage collector: its collectors, marking (the write barrier included), sweeping, evacuation. */
const collectorFunction = /Heap::|Scaveng|MarkCompact|MinorMarkSweep|Marking|Sweep|Evacuat|GCTracer|RememberedSet|SlotSet|heap::base::|cppgc::/

interface Instructions {
  readonly total: number
  readonly compiling: number
  readonly collecting: number
}

/** The instructions in a callgrind dump: all of them, and the compilers' and collector's shares. */
const instructionsOf = (dump: string): Instructions => {
  const report = execFileSync("callgrind_annotate", ["--threshold=100", dump], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
  let total = 0
  let compiling = 0
  let collecting = 0
  for (const line of report.split("\n")) {
    const match = /^\s*([\d,]+) \([^)]*\)\s+\*?\s*(.*)$/.exec(line)
    if (match === null || match[2]!.startsWith("PROGRAM TOTALS")) continue
    const instructions = Number(match[1]!.replaceAll(",", ""))
    total += instructions
    if (compilerFunction.test(match[2]!)) compiling += instructions
    else if (collectorFunction.test(match[2]!)) collecting += instructions
  }
  return { total, compiling, collecting }
}

/**
 * The lines a child prints, one at a time; fails if the child exits first, or prints nothing for
 * an hour (a warm-up under valgrind on a busy 2-core machine takes 5-20 minutes).
 */
const lineReader = (child: ChildProcess): ((what: string) => Promise<string>) => {
  const lines: Interface = createInterface({ input: child.stdout! })
  const queued: Array<string> = []
  lines.on("line", (line) => queued.push(line.trim()))
  return (what) =>
    new Promise((resolveLine, reject) => {
      const poll = setInterval(() => {
        const line = queued.shift()
        if (line !== undefined) finish(() => resolveLine(line))
        else if (child.exitCode !== null || child.signalCode !== null) finish(() => reject(new Error(`the process under valgrind exited (${child.exitCode ?? child.signalCode}) before it printed ${what}`)))
      }, 20)
      const timer = setTimeout(() => finish(() => reject(new Error(`the process under valgrind printed no ${what} within an hour`))), 3_600_000)
      const finish = (then: () => void) => {
        clearInterval(poll)
        clearTimeout(timer)
        then()
      }
    })
}

/**
 * Runs `argv` (a node script and its arguments) under callgrind with counting off; `steps` warms
 * it up and calls `counted` around each part to count (a window of `requests`), which returns
 * that part's instructions per request.
 */
const underCallgrind = async <A>(
  requests: number,
  dump: string,
  nodeFlags: ReadonlyArray<string>,
  argv: ReadonlyArray<string>,
  steps: (child: ChildProcess, nextLine: (what: string) => Promise<string>, counted: (run: () => Promise<void>) => Promise<Instructions>) => Promise<A>
): Promise<A> => {
  const child = spawn(
    "valgrind",
    ["--tool=callgrind", "--quiet", "--instr-atstart=no", "--smc-check=all", `--callgrind-out-file=${dump}`, process.execPath, ...nodeFlags, "--import", "tsx", ...argv],
    { stdio: ["pipe", "pipe", "inherit"] }
  )
  const control = (option: string) => execFileSync("callgrind_control", [option, String(child.pid)], { stdio: "ignore" })
  let dumps = 0
  try {
    return await steps(child, lineReader(child), async (run) => {
      control("--instr=on")
      await run()
      control("--instr=off")
      // Each dump holds what was counted since the one before, and is numbered from 1.
      control("--dump")
      dumps += 1
      const counted = instructionsOf(`${dump}.${dumps}`)
      rmSync(`${dump}.${dumps}`)
      return { total: counted.total / requests, compiling: counted.compiling / requests, collecting: counted.collecting / requests }
    })
  } finally {
    child.kill("SIGKILL")
  }
}

const fixed = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 0 })

// ---------------------------------------------------------------------------------------------
// Servers

interface Server {
  readonly name: string
  readonly kind: "node" | "effect" | "mock"
  readonly dist: string
}

const servers: ReadonlyArray<Server> = [
  { name: "bare node server", kind: "node", dist: mockDist },
  { name: "one-route Effect 4 app", kind: "effect", dist: mockDist },
  { name: "mock server (password login, journal on)", kind: "mock", dist: mockDist },
  ...(before === undefined ? [] : [{ name: "mock server, the build in --mock-before", kind: "mock" as const, dist: before }])
]

const loadServer = async (url: string, amount: number): Promise<void> => {
  const result = await autocannon({ url: `${url}${typesPath}`, connections: 16, amount, headers: { ...benchLogin } })
  const failed = result.non2xx + result.errors + result.timeouts
  if (failed > 0) throw new Error(`${failed} of ${amount} requests to ${url} failed`)
}

const countServer = (server: Server, directory: string) =>
  underCallgrind(serverRequests, join(directory, `callgrind.${server.kind}.${servers.indexOf(server)}`), [], [join(here, "instructionsServer.ts"), server.kind, server.dist], async (_child, nextLine, counted) => {
    const url = await nextLine("its URL")
    await loadServer(url, serverWarmup)
    return counted(() => loadServer(url, serverRequests))
  })

const reportServers = async (directory: string): Promise<void> => {
  const rows: Array<{ readonly server: Server; readonly total: number; readonly compiling: number }> = []
  for (const server of servers) {
    process.stdout.write(`counting ${server.name} (${serverWarmup} requests to warm up, ${serverRequests} counted) ...\n`)
    rows.push({ server, ...(await countServer(server, directory)) })
  }
  const running = (row: (typeof rows)[number]) => row.total - row.compiling
  const node = running(rows[0]!)
  const effect = running(rows[1]!)
  process.stdout.write(
    [
      "",
      `Instructions per request of the servers (callgrind, GET ${typesPath}, 16 connections, ${serverRequests} requests after ${serverWarmup}):`,
      "",
      "| server | without the JIT compilers | × bare node | × Effect app | JIT compilers | all |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...rows.map((row) =>
        `| ${row.server.name} | ${fixed(running(row))} | ${(running(row) / node).toFixed(2)} | ${(running(row) / effect).toFixed(2)} | ${fixed(row.compiling)} | ${fixed(row.total)} |`
      ),
      ""
    ].join("\n")
  )
  if (rows.length === 4) {
    process.stdout.write(`The current mock runs ${(running(rows[2]!) / running(rows[3]!)).toFixed(3)} × the instructions of the build in --mock-before.\n`)
  }
}

// ---------------------------------------------------------------------------------------------
// Clients

const withServer = async <A>(use: (url: string) => Promise<A>): Promise<A> => {
  const server = Http.createServer(scmLikeListener())
  // A client under valgrind on a busy machine can leave a socket idle past node's 5 s: the server
  // would close it as a request goes out on it, and the client would count a reconnect (and, for
  // ScmHttpClient, a retry) that the other clients do not. Idle sockets are the client's to close.
  server.keepAliveTimeout = 600_000
  await new Promise<void>((listening) => server.listen(0, loopback, listening))
  try {
    return await use(`http://${loopback}:${(server.address() as AddressInfo).port}`)
  } finally {
    server.closeAllConnections()
    server.close()
  }
}

/**
 * A client spends its time in V8, and V8 decides by the clock when to compile in the background,
 * how large to make the young generation, how far to let the old one grow and when to shrink the
 * heap: under valgrind, on a busy machine, counts of one build differed by a third. These flags
 * take the clock out of it: background tasks run on the main thread, the young generation is
 * fixed at its default maximum (16 MB semi-spaces), the old generation grows by a fixed factor
 * after each full collection, and the memory reducer (a timer) is off. Collections then happen
 * where allocation puts them, as often as without the flags at full speed. (V8's
 * `--predictable-gc-schedule` also fixes the schedule, but with a small young generation: three
 * times the scavenges and a third more instructions per request.)
 *
 * Allocation-site pretenuring is off too. V8 allocates an object straight in the old generation
 * when most of the sampled objects of its allocation site survived a scavenge, and what survives
 * a scavenge is what is in flight when it happens, which the machine's timing decides. With it on,
 * a ScmHttpClient process took one of two courses: per scavenge the old generation grew by 1.7 MB
 * in one and by 4.5 MB in the other, and the counts differed by 4 % (394,566 and 409,198
 * instructions per request, the collector's 38,783 and 77,403). With it off, two processes
 * counted 388,762 and 389,465, the collector's about 10,000, the old generation growing by about
 * 0.3 MB per scavenge.
 */
const clientFlags = [
  "--expose-gc",
  "--single-threaded",
  "--no-memory-reducer",
  "--min-semi-space-size=16",
  "--max-semi-space-size=16",
  "--heap-growing-percent=100",
  "--no-allocation-site-pretenuring"
]

const countClient = (client: ClientName, tracing: Tracing, url: string, directory: string): Promise<InstructionRecord.Counted> =>
  underCallgrind(
    clientRequests,
    join(directory, `callgrind.client.${client}.${tracing}`),
    clientFlags,
    [join(here, "instructionsClient.ts"), client, tracing, url, String(clientWarmup), String(clientRequests)],
    async (child, nextLine, counted) => {
      const warm = await nextLine("warm")
      const match = /^warm (\d+)$/.exec(warm)
      if (match === null) throw new Error(`the client printed "${warm}" where "warm <bytes>" was expected`)
      const counts: Array<Instructions> = []
      for (let window = 0; window < windows; window++) {
        if (window > 0) {
          const ready = await nextLine("ready")
          if (ready !== "ready") throw new Error(`the client printed "${ready}" where "ready" was expected`)
        }
        counts.push(
          await counted(async () => {
            child.stdin!.write("go\n")
            const done = await nextLine("done")
            if (done !== "done") throw new Error(`the client printed "${done}" where "done" was expected`)
          })
        )
      }
      const running = counts.map(({ collecting, compiling, total }) => total - compiling - collecting)
      const mean = (values: ReadonlyArray<number>) => values.reduce((sum, value) => sum + value, 0) / values.length
      return {
        client,
        tracing,
        instructions: spread(running).median,
        windows: running,
        compiling: mean(counts.map(({ compiling }) => compiling)),
        collecting: mean(counts.map(({ collecting }) => collecting)),
        allocatedBytes: Number(match[1])
      }
    }
  )

const reportClients = (directory: string): Promise<void> =>
  withServer(async (url) => {
    const build = InstructionRecord.buildOf()
    const pending = chosenTracings.flatMap((tracing) => chosenClients.map((client) => ({ client, tracing })))
    const order = [...pending]
    const counted: Array<InstructionRecord.Counted> = []
    // A count does not depend on what else runs, so `--jobs` clients are counted at once.
    const worker = async (): Promise<void> => {
      for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
        const { client, tracing } = next
        process.stdout.write(`counting ${clientLabels[client]}, ${tracing} (${clientWarmup} requests to warm up, ${windows} × ${clientRequests} counted) ...\n`)
        const row = await countClient(client, tracing, url, directory)
        process.stdout.write(`${clientLabels[client]}, ${tracing}: ${fixed(row.instructions)} instructions (windows: ${row.windows!.map(fixed).join(", ")}), ${fixed(row.collecting ?? 0)} collecting, ${fixed(row.compiling)} compiling, ${fixed(row.allocatedBytes)} bytes allocated per request\n`)
        counted.push(row)
      }
    }
    await Promise.all(Array.from({ length: jobs }, worker))
    const rows = order.map(({ client, tracing }) => counted.find((row) => row.client === client && row.tracing === tracing)!)
    const ratio = (row: InstructionRecord.Counted) => {
      const baseline = baselineOf[row.client]
      const of = baseline === undefined ? undefined : rows.find((other) => other.client === baseline && other.tracing === row.tracing)
      return of === undefined ? "" : InstructionRecord.ratioOf(row, of).toFixed(3)
    }
    process.stdout.write(
      [
        "",
        `Instructions per request of the clients (callgrind, GET ${typesPath} to a bare node server, 16 in flight, ${windows} windows of ${clientRequests} requests after ${clientWarmup}, each after a full collection; the median window, and the median of the ratios of windows taken in pairs):`,
        "",
        "| tracer | client | without the JIT compilers and the collector | × the bare client sending the same bytes | JIT compilers | garbage collector | bytes allocated |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
        ...rows.map((row) => `| ${row.tracing} | ${clientLabels[row.client]} | ${fixed(row.instructions)} | ${ratio(row)} | ${fixed(row.compiling)} | ${fixed(row.collecting ?? Number.NaN)} | ${fixed(row.allocatedBytes)} |`),
        ""
      ].join("\n")
    )
    if (chosenClients.length === clientNames.length && chosenTracings.length === tracings.length) {
      InstructionRecord.write({ counted: new Date().toISOString(), build, warmup: clientWarmup, requests: clientRequests, windows, concurrency: 16, clients: rows })
      process.stdout.write(`written to ${relative(process.cwd(), InstructionRecord.recordPath)} (the bench's report reads it)\n`)
    } else {
      process.stdout.write(`not recorded: the bench's report reads a count of every client under both tracer settings\n`)
    }
  })

const directory = mkdtempSync(join(tmpdir(), "scm-bench-callgrind-"))
try {
  if (!onlyClients) await reportServers(directory)
  if (!onlyServers) await reportClients(directory)
} finally {
  rmSync(directory, { recursive: true, force: true })
}
