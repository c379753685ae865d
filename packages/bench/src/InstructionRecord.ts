/**
 * The client side of `instructions`, as a record the bench's report reads: instructions and
 * allocated bytes per request of each client under each tracer setting, and the build they were
 * counted on. Counting takes valgrind and many minutes, so the bench does not count; it shows the
 * last record and says whether it is of the build it measures.
 */
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import type { ClientName, Tracing } from "./Clients.js"
import { pairedRatios, type Spread } from "./Stats.js"

/** Where the record lives, committed with the package. */
export const recordPath = fileURLToPath(new URL("../client-instructions.json", import.meta.url))

/** One client under one tracer setting. */
export interface Counted {
  readonly client: ClientName
  readonly tracing: Tracing
  /**
   * Per request, user space, V8's optimising compilers and its garbage collector left out: the
   * median of the windows (a single count in records made before windows were).
   */
  readonly instructions: number
  /** The same figure for each window of the count, in the order counted (absent in older records). */
  readonly windows?: ReadonlyArray<number>
  /** Per request, the V8 compilers' share over all the windows, reported apart. */
  readonly compiling: number
  /** Per request, the garbage collector's share over all the windows, reported apart (absent in counts made before it was). */
  readonly collecting?: number
  /** Bytes allocated on the V8 heap per request (measured uncounted, just before the count). */
  readonly allocatedBytes: number
}

export interface CountRecord {
  /** ISO date and time of the count. */
  readonly counted: string
  /** What was counted on: see `buildOf`. */
  readonly build: Build
  readonly warmup: number
  /** Requests per window. */
  readonly requests: number
  /** Windows counted per client, each after a full collection (absent in older records: one). */
  readonly windows?: number
  readonly concurrency: number
  readonly clients: ReadonlyArray<Counted>
}

/** The code a count depends on: core as compiled, and the versions of what runs it. */
export interface Build {
  /** sha256 over the JavaScript of `@scm-effect/core`'s `dist/`. */
  readonly core: string
  readonly effect: string
  readonly platformNode: string
  readonly node: string
}

const require = createRequire(import.meta.url)

const versionOf = (name: string): string => (require(`${name}/package.json`) as { readonly version: string }).version

const coreDist = fileURLToPath(new URL("../../core/dist/", import.meta.url))

const javaScriptUnder = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()

/** The build this process runs: core's compiled JavaScript (as the bench loads it), effect, node. */
export const buildOf = (): Build => {
  const hash = createHash("sha256")
  for (const file of javaScriptUnder(coreDist)) {
    hash.update(relative(coreDist, file))
    hash.update("\0")
    hash.update(readFileSync(file))
    hash.update("\0")
  }
  return { core: hash.digest("hex"), effect: versionOf("effect"), platformNode: versionOf("@effect/platform-node"), node: process.version }
}

/** What differs between the build counted and `current`; empty when they are the same. */
export const differences = (counted: Build, current: Build): ReadonlyArray<string> => [
  ...(counted.core === current.core ? [] : ["core's compiled code"]),
  ...(counted.effect === current.effect ? [] : [`effect ${counted.effect} (now ${current.effect})`]),
  ...(counted.platformNode === current.platformNode ? [] : [`@effect/platform-node ${counted.platformNode} (now ${current.platformNode})`]),
  ...(counted.node === current.node ? [] : [`Node ${counted.node} (now ${current.node})`])
]

export const read = (path: string = recordPath): CountRecord | undefined =>
  existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as CountRecord) : undefined

export const write = (record: CountRecord, path: string = recordPath): void => writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`)

/** The count of `client` under `tracing`, if the record has it. */
export const find = (record: CountRecord | undefined, client: ClientName, tracing: Tracing): Counted | undefined =>
  record?.clients.find((counted) => counted.client === client && counted.tracing === tracing)

/**
 * The ratios of `counted`'s windows to `baseline`'s, taken in pairs (window i over window i), as
 * each window starts in the same state in both processes; undefined when either count has no
 * windows (a record made before them) or they have not as many.
 */
export const pairedWindows = (counted: Counted, baseline: Counted): Spread | undefined =>
  counted.windows === undefined || baseline.windows === undefined || counted.windows.length !== baseline.windows.length
    ? undefined
    : pairedRatios(counted.windows, baseline.windows)

/**
 * `counted`'s instructions per request over `baseline`'s: the median of their paired windows; in a
 * record without windows, the ratio of the two counts.
 */
export const ratioOf = (counted: Counted, baseline: Counted): number =>
  pairedWindows(counted, baseline)?.median ?? counted.instructions / baseline.instructions
