/**
 * Closed-loop load: `concurrency` workers each send a request, wait for its answer and send the
 * next one, until the time is up. Throughput and latency of the client under test.
 */
import { Effect } from "effect"
import { performance } from "node:perf_hooks"
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
}

/** When a run started, by the wall clock and by this process's CPU clock and its main thread's. */
interface Start {
  readonly wall: number
  readonly cpu: NodeJS.CpuUsage
  readonly thread: NodeJS.CpuUsage
}

/** Marks the start of a run. */
export const start = (): Start => ({ wall: performance.now(), cpu: process.cpuUsage(), thread: process.threadCpuUsage() })

/** CPU µs per request since `from`. */
export const cpuMicrosSince = (from: Start, requests: number): number => {
  const used = process.cpuUsage(from.cpu)
  return (used.user + used.system) / requests
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
    mainThreadMicros: (thread.user + thread.system) / recorder.size
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
