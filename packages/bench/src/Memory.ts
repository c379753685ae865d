/**
 * Memory readings taken after a full garbage collection, so growth means retained objects, not
 * garbage that a later collection would have freed anyway.
 */
import { Schema } from "effect"
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"

/** What `process.memoryUsage()` says after a forced collection, in bytes. */
export const MemorySnapshot = Schema.Struct({
  rss: Schema.Number,
  heapUsed: Schema.Number,
  heapTotal: Schema.Number,
  external: Schema.Number
})
export type MemorySnapshot = typeof MemorySnapshot.Type

let gc: (() => void) | undefined

/**
 * Runs V8's collector. `--expose-gc` can be switched on after start; a fresh context then holds
 * `gc`, which is how the bench gets it without asking every caller for a node flag.
 */
const collect = (): void => {
  if (gc === undefined) {
    setFlagsFromString("--expose-gc")
    gc = runInNewContext("gc") as () => void
  }
  // Twice: the first pass finalises objects whose memory the second one frees.
  gc()
  gc()
}

/** Collects garbage, then reads this process's memory. */
export const snapshot = (): MemorySnapshot => {
  collect()
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage()
  return { rss, heapUsed, heapTotal, external }
}

/** Bytes in MB with one decimal, for the report. */
export const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10
