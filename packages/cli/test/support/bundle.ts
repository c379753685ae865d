/**
 * The suite's global setup: the child-process tests run `bin/scm.js` as it ships, over bundle/,
 * so bundle/ must hold the sources as they are now. It is rebuilt (scripts/bundle.ts, about 7 s on
 * 2 cores, before any test starts) when it is missing or older than any file it was built from, the
 * bundling script or the lockfile; otherwise this costs a few hundred file stats.
 */
import { execFileSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { staleness } from "../../../../scripts/test-entries.js"

const packageDir = fileURLToPath(new URL("../..", import.meta.url))
const script = Path.join(packageDir, "scripts", "bundle.ts")

/** Why bundle/ must be built again, or undefined when it is up to date. */
const bundleStaleness = (): string | undefined => {
  // The mock's dashboard is built by its own esbuild call (see scripts/bundle.ts), from these.
  const dashboard = Path.join(packageDir, "..", "mock-server", "src", "internal", "admin", "ui")
  const dashboardSources = Fs.readdirSync(dashboard, { recursive: true, encoding: "utf8" }).map((file) => Path.join(dashboard, file))
  const sources = [script, Path.join(packageDir, "package.json"), Path.join(packageDir, "..", "..", "pnpm-lock.yaml"), ...dashboardSources]
  return staleness([Path.join(packageDir, "bundle", "scm.js")], Path.join(packageDir, "build", "bundle-meta.json"), packageDir, sources)
}

export default function setup(): void {
  const reason = bundleStaleness()
  if (reason === undefined) return
  process.stdout.write(`scm's bin: ${reason}; bundling it for the tests that run it\n`)
  execFileSync(process.execPath, ["--import", "tsx", script], { cwd: packageDir, stdio: ["ignore", "inherit", "inherit"] })
}
