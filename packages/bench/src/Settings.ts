/**
 * Command-line settings: `bench [--quick] [--no-soak] [--sections=1,3] [--out=FILE] [--profile[=DIR]] [--mock-before=DIR]`.
 */
import { existsSync } from "node:fs"
import { isAbsolute, resolve } from "node:path"
import { fileURLToPath } from "node:url"

/** How much to measure, and where to write it. */
export interface Settings {
  readonly quick: boolean
  /** Interleaved rounds per comparison; the report shows their median, min and max. */
  readonly rounds: number
  readonly sections: ReadonlySet<number>
  /** The command line that reproduces this run, for the report. */
  readonly command: string
  /** Where the report goes; the full run writes BENCHMARKS.md, `--quick` only prints. */
  readonly out: string | undefined
  /** With `--profile`, server processes write a CPU profile here when they exit. */
  readonly profileDir: string | undefined
  /** Client overhead: length of one measured run, and the concurrencies. */
  readonly clientRunMs: number
  readonly concurrencies: ReadonlyArray<number>
  /** Token traffic: requests per scenario. */
  readonly coldRequests: number
  readonly expiryRequests: number
  readonly revokedRequests: number
  /** Mock throughput: length of one autocannon run, and its connections. */
  readonly cannonSeconds: number
  readonly cannonConnections: number
  /** Memory: requests between the two readings. */
  readonly memoryRequests: number
  /**
   * With `--mock-before`, an earlier build of mock-server (its `dist/` copied inside
   * `packages/mock-server/`, so that it resolves the same `effect`) that section 3 serves next to
   * the current one, for a side-by-side measure of a change; WireMock and Prism are left out.
   */
  readonly mockBefore: string | undefined
}

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))

/** The report's path, at the repository root. */
export const defaultOut = `${repoRoot}BENCHMARKS.md`

/** The value of `--name=value` among the arguments. */
export const valueOf = (args: ReadonlyArray<string>, name: string): string | undefined => {
  const prefix = `--${name}=`
  return args.find((arg) => arg.startsWith(prefix))?.slice(prefix.length)
}

const mockServerDir = `${repoRoot}packages/mock-server/`

/** The `--mock-before` folder, relative to the repository root unless absolute; it must hold a built mock-server inside `packages/mock-server/`. */
export const mockBeforeOf = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined
  const dir = isAbsolute(value) ? value : resolve(repoRoot, value)
  if (!dir.startsWith(mockServerDir) || dir === resolve(mockServerDir, "dist")) {
    throw new Error(`--mock-before=${value}: give a copy of mock-server's dist/ inside packages/mock-server/ (e.g. packages/mock-server/dist-before), so that it loads the same effect`)
  }
  if (!existsSync(resolve(dir, "index.js"))) throw new Error(`--mock-before=${value}: ${dir} holds no index.js (copy packages/mock-server/dist there before the change)`)
  return dir
}

/** Reads the flags (pnpm forwards them after the script name; a lone `--` is ignored). */
export const parse = (args: ReadonlyArray<string>): Settings => {
  const known = ["--quick", "--no-soak", "--sections=", "--out=", "--profile", "--mock-before=", "--"]
  const unknown = args.filter((arg) => !known.some((flag) => (flag.endsWith("=") ? arg.startsWith(flag) : arg === flag || arg.startsWith(`${flag}=`))))
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown.join(" ")}; usage: bench [--quick] [--no-soak] [--sections=1,2,3,4,5,6] [--out=FILE] [--profile[=DIR]] [--mock-before=DIR]`)
  const quick = args.includes("--quick")
  const noSoak = args.includes("--no-soak")
  const sectionList = valueOf(args, "sections")
  const sections = new Set(sectionList === undefined ? [1, 2, 3, 4, 5, 6] : sectionList.split(",").map(Number))
  // The soak is half of a full run's time; a run without it is not the full report, so, like a
  // run of some sections, it only prints unless given --out.
  if (noSoak) sections.delete(5)
  const mockBeforeArg = valueOf(args, "mock-before")
  const mockBefore = mockBeforeOf(mockBeforeArg)
  // A comparison of two builds is not the report either.
  const partial = quick || noSoak || sectionList !== undefined || mockBefore !== undefined
  const profile = args.includes("--profile") ? `${repoRoot}packages/bench/profiles` : valueOf(args, "profile")
  return {
    quick,
    // Runs of 9 rounds at different hours moved one median ratio (same code) between 0.51 and
    // 0.56 on this shared 2-core VM; 15 paired rounds narrow that at about 4 more minutes.
    rounds: quick ? 3 : 15,
    sections,
    command: [
      "npx pnpm@10 bench",
      ...(quick ? ["--quick"] : []),
      ...(noSoak ? ["--no-soak"] : []),
      ...(sectionList === undefined ? [] : [`--sections=${sectionList}`]),
      ...(mockBeforeArg === undefined ? [] : [`--mock-before=${mockBeforeArg}`])
    ].join(" "),
    out: valueOf(args, "out") ?? (partial ? undefined : defaultOut),
    profileDir: profile,
    clientRunMs: quick ? 200 : 1000,
    concurrencies: [1, 16, 64],
    coldRequests: 10_000,
    expiryRequests: 10_000,
    revokedRequests: 1_000,
    cannonSeconds: quick ? 0.4 : 2,
    cannonConnections: 16,
    memoryRequests: quick ? 6_000 : 200_000,
    mockBefore
  }
}
