/**
 * The library project's global setup for the mock's bin: src/bin.ts is compiled into
 * build/test-entries/ when its sources changed (see scripts/test-entries.ts), so each of the CLI
 * tests' processes does not pay tsx's loader for every module it loads. check-packages runs the
 * published bin from the packed tarball.
 */
import { fileURLToPath } from "node:url"
import { compileEntries } from "../../../../scripts/test-entries.js"

const packageDir = fileURLToPath(new URL("../..", import.meta.url))

export default async function setup(): Promise<void> {
  const built = await compileEntries(packageDir, { bin: "src/bin.ts" })
  if (built !== undefined) process.stdout.write(`scm-mock-server: ${built}; compiled its bin for the tests that run it\n`)
}
