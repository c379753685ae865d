/**
 * The suite's global setup: the child-process tests run `bin/scm.js` as it ships, over bundle/,
 * so bundle/ must hold the sources as they are now. It is rebuilt (scripts/bundle.ts, a second or
 * two) when it is missing or older than any file it was built from, the bundling script or the
 * lockfile; otherwise this costs a few hundred file stats.
 */
import { execFileSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

const packageDir = fileURLToPath(new URL("../..", import.meta.url))
const entry = Path.join(packageDir, "bundle", "scm.js")
const metafile = Path.join(packageDir, "build", "bundle-meta.json")
const script = Path.join(packageDir, "scripts", "bundle.ts")

/** When `file` was last written; a missing file counts as newer than anything. */
const modifiedAt = (file: string): number => {
  try {
    return Fs.statSync(file).mtimeMs
  } catch {
    return Number.POSITIVE_INFINITY
  }
}

/** Why bundle/ must be built again, or undefined when it is up to date. */
const staleness = (): string | undefined => {
  if (!Fs.existsSync(entry) || !Fs.existsSync(metafile)) return "bundle/ is not built (or its record in build/ is missing)"
  const builtAt = Math.min(modifiedAt(entry), modifiedAt(metafile))
  // A new source file only comes in through an edit of one that imports it, which shows here.
  const inputs = Object.keys((JSON.parse(Fs.readFileSync(metafile, "utf8")) as { inputs: Record<string, unknown> }).inputs)
  // The mock's dashboard is built by its own esbuild call (see scripts/bundle.ts), from these.
  const dashboard = Path.join(packageDir, "..", "mock-server", "src", "internal", "admin", "ui")
  const dashboardSources = Fs.readdirSync(dashboard, { recursive: true, encoding: "utf8" }).map((file) => Path.join(dashboard, file))
  const sources = [script, Path.join(packageDir, "package.json"), Path.join(packageDir, "..", "..", "pnpm-lock.yaml"), ...dashboardSources]
  const newer = [...sources, ...inputs.map((input) => Path.resolve(packageDir, input))].find((file) => modifiedAt(file) > builtAt)
  return newer === undefined ? undefined : `${Path.relative(packageDir, newer)} changed since bundle/ was built`
}

export default function setup(): void {
  const reason = staleness()
  if (reason === undefined) return
  process.stdout.write(`scm's bin: ${reason}; bundling it for the tests that run it\n`)
  execFileSync(process.execPath, ["--import", "tsx", script], { cwd: packageDir, stdio: ["ignore", "inherit", "inherit"] })
}
