/**
 * Closed-loop load: `concurrency` workers each send a request, wait for its answer and send the
 * next one, until the time is up. Throughput and latency of the client under test.
 */
import { Effect } from "effect"
import { performance } from "node:perf_hooks"
import { GCProfiler, getHeapStatistics } from "node:v8"
import { LatencyRecorder } from "./Stats.js"

/** What one load run measured. */
export interface LoadResult {
  readonly requests: number
  readonly errors: number
  /** Completed requests per second. */
  readonly rps: number
  /** Latency percentiles in milliseconds. */
  readonly p50: number
  readonly p99: number
  /**
   * CPU time (user + system, all threads) this process spent per completed request, in µs. The
   * server runs in another process, so this is the client's own cost; unlike req/s it hardly
   * moves when other work on the machine takes the CPU away.
   */
  readonly cpuMicros: number
  /**
   * CPU time of this process's JavaScript thread alone per completed request, in µs. Every
   * request runs its JavaScript there, so once that thread is saturated req/s follow this figure,
   * while the process's (GC helper threads, the kernel's socket work) also runs on other cores.
   */
  readonly mainThreadMicros: number
  /**
   * Bytes this process allocated on the V8 heap per completed request: what the heap grew by plus
   * what every collection during the run freed (V8's `GCProfiler`). Garbage is work the collector
   * does later, on this thread or a helper, so it is a cost that CPU per request shows only in part.
   */
  readonly allocatedBytes: number
}

/** When a run started: the wall clock, this process's CPU clock and its main thread's, its heap. */
export interface Start {
  readonly wall: number
  readonly cpu: NodeJS.CpuUsage
  readonly thread: NodeJS.CpuUsage
  readonly heapUsed: number
  readonly collections: GCProfiler
}

/** Marks the start of a run; `cpuMicrosSince` or `allocatedSince` must end it. */
export const start = (): Start => {
  const collections = new GCProfiler()
  collections.start()
  return { wall: performance.now(), cpu: process.cpuUsage(), thread: process.threadCpuUsage(), heapUsed: getHeapStatistics().used_heap_size, collections }
}

/** CPU µs per request since `from`. */
export const cpuMicrosSince = (from: Start, requests: number): number => {
  const used = process.cpuUsage(from.cpu)
  return (used.user + used.system) / requests
}

/** Bytes allocated per request since `from`, which it ends. */
export const allocatedSince = (from: Start, requests: number): number => {
  const statistics = from.collections.stop()?.statistics ?? []
  const freed = statistics.reduce((sum, gc) => sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize, 0)
  return (getHeapStatistics().used_heap_size - from.heapUsed + freed) / requests
}

const result = (recorder: LatencyRecorder, errors: number, from: Start): LoadResult => {
  const seconds = (performance.now() - from.wall) / 1000
  const thread = process.threadCpuUsage(from.thread)
  return {
    requests: recorder.size,
    errors,
    rps: recorder.size / seconds,
    ...recorder.summary(),
    cpuMicros: cpuMicrosSince(from, recorder.size),
    mainThreadMicros: (thread.user + thread.system) / recorder.size,
    allocatedBytes: allocatedSince(from, recorder.size)
  }
}

/**
 * Load from plain promises, for the raw undici baseline: no Effect on this path at all, so it
 * shows what the transport alone can do.
 */
export const promiseLoad = (send: () => Promise<void>, concurrency: number, durationMs: number): Effect.Effect<LoadResult> =>
  Effect.promise(async () => {
    const recorder = new LatencyRecorder()
    let errors = 0
    const from = start()
    const deadline = from.wall + durationMs
    const worker = async () => {
      while (performance.now() < deadline) {
        const sentAt = performance.now()
        try {
          await send()
          recorder.record(performance.now() - sentAt)
        } catch {
          errors++
        }
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    return result(recorder, errors, from)
  })

/** The same loop with fibers, for the Effect clients: one fiber per worker, no runPromise per request. */
export const effectLoad = <E, R>(send: Effect.Effect<unknown, E, R>, concurrency: number, durationMs: number): Effect.Effect<LoadResult, never, R> =>
  Effect.suspend(() => {
    const recorder = new LatencyRecorder()
    let errors = 0
    const from = start()
    const deadline = from.wall + durationMs
    const worker = Effect.gen(function* () {
      while (performance.now() < deadline) {
        const sentAt = performance.now()
        const exit = yield* Effect.exit(send)
        if (exit._tag === "Success") recorder.record(performance.now() - sentAt)
        else errors++
      }
    })
    return Effect.all(Array.from({ length: concurrency }, () => worker), { concurrency: "unbounded", discard: true }).pipe(
      Effect.map(() => result(recorder, errors, from))
    )
  })

/** Sends `count` requests with at most `concurrency` in flight; for warm-ups and fixed-size runs. */
export const effectCount = <E, R>(send: Effect.Effect<unknown, E, R>, count: number, concurrency: number): Effect.Effect<number, never, R> =>
  Effect.suspend(() => {
    let remaining = count
    let errors = 0
    const worker = Effect.gen(function* () {
      while (remaining > 0) {
        remaining--
        const exit = yield* Effect.exit(send)
        if (exit._tag === "Failure") errors++
      }
    })
    return Effect.all(Array.from({ length: concurrency }, () => worker), { concurrency: "unbounded", discard: true }).pipe(
      Effect.as(errors)
    )
  })
