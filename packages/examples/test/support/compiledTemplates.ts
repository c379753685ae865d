/**
 * The programs project's global setup for the templates: each template that the package's scripts
 * run (`"NAME": "tsx ... src/NAME.ts"`) is compiled into build/test-entries/ when its sources
 * changed (see scripts/test-entries.ts), so a test's process does not pay tsx's loader for every
 * module it loads. One test still runs a template with tsx exactly as the README does.
 */
import * as Fs from "node:fs"
import { fileURLToPath } from "node:url"
import { compileEntries } from "../../../../scripts/test-entries.js"

const packageDir = fileURLToPath(new URL("../..", import.meta.url))

/** The templates, by the package's scripts: name to source file. */
const templates = (): Record<string, string> => {
  const { scripts } = JSON.parse(Fs.readFileSync(`${packageDir}/package.json`, "utf8")) as { scripts: Record<string, string> }
  return Object.fromEntries(
    Object.values(scripts).flatMap((command) => {
      const source = / (src\/([\w-]+)\.ts)$/.exec(command)
      return source === null ? [] : [[source[2]!, source[1]!]]
    })
  )
}

export default async function setup(): Promise<void> {
  const built = await compileEntries(packageDir, templates())
  if (built !== undefined) process.stdout.write(`templates: ${built}; compiled them for the tests that run them\n`)
}
