/**
 * One client for `instructions.ts` to count under callgrind: a bare Effect client or
 * ScmHttpClient (`Clients.ts`), untraced or traced, sending GETs to the server at URL, 16 in
 * flight, over undici (`NodeHttpClient.layerUndici`).
 *
 * Usage: `instructionsClient.ts CLIENT TRACING URL WARMUP REQUESTS`. After WARMUP requests it
 * sends REQUESTS more while measuring the bytes it allocates (V8's `GCProfiler`: what the heap
 * grew by plus what every collection freed), runs a full collection, prints `warm <bytes per
 * request>`, and waits. On each `go` line on stdin (sent once callgrind counts) it sends REQUESTS
 * again (a window of the count), prints `done`, runs a full collection, prints `ready`, and waits
 * for the next, until it is killed. Requests go in batches of 1,000, the traced client's exported
 * spans dropped between batches, so the in-memory exporter does not grow with the run.
 */
import { NodeHttpClient } from "@effect/platform-node"
import { Effect } from "effect"
import { createInterface } from "node:readline"
import { clientNames, effectClient, type ClientName, type Tracing, tracings, type Warm } from "./Clients.js"
import { allocatedSince, effectCount, start } from "./Load.js"

const concurrency = 16
const batch = 1_000

const [client = "", tracing = "", url = "", warmupArg = "", requestsArg = ""] = process.argv.slice(2)
const warmup = Number(warmupArg)
const requests = Number(requestsArg)
if (!clientNames.includes(client as ClientName) || !tracings.includes(tracing as Tracing) || url === "" || !(warmup >= batch) || !(requests >= batch)) {
  process.stderr.write(`usage: instructionsClient.ts ${clientNames.join("|")} ${tracings.join("|")} URL WARMUP REQUESTS (WARMUP and REQUESTS at least ${batch})\n`)
  process.exit(2)
}

const subject = effectClient(client as ClientName, url, NodeHttpClient.layerUndici, tracing as Tracing)

/** `n` requests, failing when one of them failed. */
const send = (warm: Warm, n: number): Effect.Effect<void> =>
  Effect.promise(async () => {
    for (let sent = 0; sent < n; sent += batch) {
      const size = Math.min(batch, n - sent)
      const failures = await warm.run(effectCount(warm.send, size, concurrency))
      subject.tracer.reset()
      if (failures > 0) throw new Error(`${subject.label}: ${failures} of ${size} requests failed`)
    }
  })

/** Bytes allocated per request over `n` requests: heap growth plus what the collections freed. */
const allocatedPerRequest = (warm: Warm, n: number): Effect.Effect<number> =>
  Effect.suspend(() => {
    const from = start()
    return Effect.map(send(warm, n), () => allocatedSince(from, n))
  })

const lines = createInterface({ input: process.stdin })
const nextLine = Effect.callback<string>((resume) => {
  lines.once("line", (line) => resume(Effect.succeed(line.trim())))
})

// While it waits, the process wakes every few milliseconds, so that callgrind_control (which
// callgrind serves between basic blocks, not while a thread sleeps in epoll) is answered.
const awake = <A, E>(effect: Effect.Effect<A, E>): Effect.Effect<A, E> =>
  Effect.acquireUseRelease(
    Effect.sync(() => setInterval(() => {}, 5)),
    () => effect,
    (timer) => Effect.sync(() => clearInterval(timer))
  )

const main = Effect.gen(function* () {
  const warm = yield* subject.start
  yield* send(warm, warmup)
  const allocated = yield* allocatedPerRequest(warm, requests)
  // A full collection before every window of the count, uncounted: each window then starts in
  // the same state (a compacted heap, V8 recompiling what the collection threw away), whatever the
  // client allocates and wherever its own collections fell. Without it, two bare clients that differ
  // in one header differed by 3-11 % in their counts; with one before a single window, by 1-6 %;
  // with one before each of several windows, window i of one process came within 0.5 % of window i
  // of another process running the same bare client (in three runs of four).
  const collect = (globalThis as { gc?: () => void }).gc
  if (collect === undefined) return yield* Effect.die(new Error("run with --expose-gc"))
  collect()
  process.stdout.write(`warm ${allocated.toFixed(0)}\n`)
  // One window of REQUESTS per `go`, until killed.
  while (true) {
    const go = yield* awake(nextLine)
    if (go !== "go") return yield* Effect.die(new Error(`expected "go", got "${go}"`))
    yield* send(warm, requests)
    process.stdout.write("done\n")
    // Printed after `done`, once callgrind has stopped counting (the next `go` waits for it).
    collect()
    process.stdout.write("ready\n")
  }
})

Effect.runFork(Effect.scoped(main)).addObserver((exit) => {
  if (exit._tag === "Failure") {
    process.stderr.write(`${String(exit.cause)}\n`)
    process.exit(1)
  }
})
