/**
 * Every README says what works: its code blocks are checked and run as a user would.
 *
 *   npx pnpm@10 check-docs          check, print how many blocks were checked and run, exit 1 on a failure
 *   npx pnpm@10 check-docs --fix    also rewrite the READMEs' count of ScmApi's functions
 *
 * - The size of the API: every "N functions" or "N operations" in a README's prose must be
 *   `ScmApi.operations.length` of the built client (`--fix` rewrites them).
 * - TypeScript blocks (```ts) of README.md and packages/<name>/README.md are type-checked strictly
 *   against the BUILT packages, as a user's project sees them (dist/*.d.ts and dist/*.js, never the
 *   workspace's source condition). A block that imports `@effect/vitest` is a test: it is run with
 *   vitest. Any other block is a program: compiled, and run with node against a mock SCM started
 *   here, given only the `SCM_*` variables of its OAuth2 client (as a user exports them). A block
 *   marked ```ts partial is a fragment: it is type-checked inside a prelude of the packages'
 *   imports (those it does not import itself), and not run.
 * - Shell blocks (```sh) that invoke `scm`, `scm-mock-server` or the repository's `mock-server`
 *   script are run with bash against the same mock, in a scratch project where the three packages
 *   are installed (`npx scm-mock-server` finds them there) and with the same `SCM_*` variables;
 *   `npx pnpm@10 ...` lines run in the repository. A line that starts a mock server in the
 *   foreground runs until it prints its JSON line, then is stopped. A line that needs what a test
 *   cannot have (a real SCM, a password store) ends with a comment `# needs: <what>` and is not run.
 * - The `scm` CLI's examples: `scm --help` of every command and subcommand is read, and each line
 *   of its EXAMPLES that starts with `scm` is run the same way (ports of a server it starts are
 *   made 0: a test never takes a fixed port).
 *
 * The mock is reset before every program, block and example, whose variables include the `scm`
 * defaults a user sets once (SCM_ORG_ID, SCM_SSL_PROFILE, SCM_SMIME_PROFILE: from `GET
 * /__admin/seed`). The scratch project holds `www.csr` and `ann.csr` (fresh ECDSA requests for
 * www.example.com and ann@example.com).
 */
import { execFile, execFileSync, spawn, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, relative, resolve } from "node:path"
import { firstLine } from "../packages/mock-server/test/support/firstLine.js"
import type { Block, MockInfo } from "./readme.js"
import { blocksOf, fileNameOf, isTypeScript, kindOf, readmes, scmEnvironment, writeRequests } from "./readme.js"

const root = resolve(import.meta.dirname, "..")
const fix = process.argv.includes("--fix")
/** The generated files live inside the examples package, whose node_modules has what a user installs. */
const docsDir = join(root, "packages", "examples", "build", "docs")
const nodeBinDir = dirname(process.execPath)

// ---------------------------------------------------------------------------------------------
// Reading the READMEs

const where = (block: Block, offset = 0) => `${block.file}:${block.line + 1 + offset}`

// ---------------------------------------------------------------------------------------------
// Results

const failures: Array<string> = []
const fail = (at: string, message: string) => {
  failures.push(`${at}: ${message}`)
  console.error(`FAIL ${at}: ${message}`)
}
const counts = {
  typeChecked: 0,
  partial: 0,
  programsRun: 0,
  testsRun: 0,
  shellBlocksRun: 0,
  shellLinesMarked: 0,
  cliExamplesRun: 0,
  skipped: [] as Array<string>
}

const tail = (text: string, lines = 25) => text.trimEnd().split("\n").slice(-lines).join("\n")

// ---------------------------------------------------------------------------------------------
// Building the packages, as the user gets them

const run = (command: string, args: ReadonlyArray<string>, cwd = root) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })

const tsc = join(root, "node_modules", "typescript", "bin", "tsc")
console.log("docs: building the published packages")
run(process.execPath, [tsc, "-b", ...["core", "mock-server", "cli"].map((name) => `packages/${name}/tsconfig.src.json`)])
// `scm` runs from its bundle, as it ships.
run(process.execPath, ["--import", "tsx", "packages/cli/scripts/bundle.ts"])

// ---------------------------------------------------------------------------------------------
// The size of the API

const sizePattern = /\b(\d[\d,]*) (functions|operations)\b/g

/** Where the fenced blocks of a Markdown text start and end: what a program prints there is not a claim about the API. */
const fencedRanges = (text: string): ReadonlyArray<readonly [number, number]> => {
  const ranges: Array<readonly [number, number]> = []
  let start: number | undefined
  for (const fence of text.matchAll(/^```.*$/gm)) {
    if (start === undefined) start = fence.index
    else {
      ranges.push([start, fence.index + fence[0].length])
      start = undefined
    }
  }
  return ranges
}

const checkApiSize = async (files: ReadonlyArray<string>) => {
  const scmApi = (await import(join(root, "packages", "core", "dist", "ScmApi.js"))) as {
    readonly operations: ReadonlyArray<unknown>
  }
  const size = scmApi.operations.length
  let stated = 0
  for (const file of files) {
    const text = readFileSync(join(root, file), "utf8")
    let fixed = text
    const fenced = fencedRanges(text)
    for (const match of text.matchAll(sizePattern)) {
      if (fenced.some(([start, end]) => match.index >= start && match.index < end)) continue
      stated++
      const value = Number(match[1]!.replaceAll(",", ""))
      if (value === size) continue
      const line = text.slice(0, match.index).split("\n").length
      if (fix) {
        fixed = fixed.replace(match[0], `${size} ${match[2]}`)
        console.log(`docs: ${file}:${line}: ${match[0]} is now ${size} ${match[2]}`)
      } else {
        fail(`${file}:${line}`, `says "${match[0]}", but ScmApi.operations has ${size} (npx pnpm@10 check-docs --fix)`)
      }
    }
    if (fixed !== text) writeFileSync(join(root, file), fixed)
  }
  if (stated === 0) fail("README.md", `no README states the API's size (${size} functions)`)
  console.log(`docs: the API's size, ${size} functions, is stated ${stated} times`)
}

/** The README says the install checks engines against the repository's Node: that must stay true. */
const checkNodeVersionSetting = () => {
  const setting = /^nodeVersion:\s*(\S+)\s*$/m.exec(readFileSync(join(root, "pnpm-workspace.yaml"), "utf8"))?.[1]
  const installed = (JSON.parse(readFileSync(join(root, "node_modules", "node", "package.json"), "utf8")) as { readonly version: string }).version
  if (setting !== installed) {
    fail("pnpm-workspace.yaml", `nodeVersion is ${setting ?? "not set"}, but the \`node\` devDependency installed ${installed}`)
  }
}

// ---------------------------------------------------------------------------------------------
// TypeScript blocks

/** What a partial block may use without importing it: the packages' modules and Effect's. */
const prelude: ReadonlyArray<readonly [string, string]> = [
  ...["Config", "Console", "Duration", "Effect", "Fiber", "Layer", "Option", "Redacted", "Schedule", "Schema", "Stream"]
    .map((name) => [name, "effect"] as const),
  ["TestClock", "effect/testing"],
  ["NodeHttpClient", "@effect/platform-node"],
  ["NodeRuntime", "@effect/platform-node"],
  ...["describe", "expect", "it", "layer"].map((name) => [name, "@effect/vitest"] as const),
  ...[
    "AcmeAccounts", "Admins", "CertificateAuth", "DomainValidation", "Domains", "OAuth2", "Organizations", "PasswordAuth",
    "Persons", "Renewals", "Reports", "ScmApi", "ScmAuth", "ScmError", "ScmHttpClient", "ScmRetry", "SmimeCertificates",
    "SslCertificates"
  ].map((name) => [name, "@scm-effect/core"] as const),
  ["MockPki", "@scm-effect/mock-server"],
  ["MockScmServer", "@scm-effect/mock-server"]
]

/** The names a block imports itself. */
const importedNames = (code: string): ReadonlySet<string> => {
  const names = new Set<string>()
  for (const match of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from/g)) {
    for (const part of match[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.replace(/^type\s+/, "").trim()
      if (name) names.add(name)
    }
  }
  for (const match of code.matchAll(/import\s+(?:type\s+)?(?:\*\s+as\s+)?(\w+)\s+from/g)) names.add(match[1]!)
  return names
}

interface TsSource {
  readonly block: Block
  readonly kind: "program" | "test" | "partial"
  readonly fileName: string
  /** Lines put before the block's own. */
  readonly offset: number
}

const writeTypeScript = (blocks: ReadonlyArray<Block>): ReadonlyArray<TsSource> => {
  rmSync(docsDir, { recursive: true, force: true })
  mkdirSync(docsDir, { recursive: true })
  const sources = blocks.map((block): TsSource => {
    const kind = kindOf(block)
    const partial = kind === "partial"
    const fileName = fileNameOf(block)
    let text = block.code
    let offset = 0
    if (partial) {
      const own = importedNames(block.code)
      const imports = prelude.filter(([name]) => !own.has(name)).map(([name, from]) => `import { ${name} } from "${from}"`)
      // A fragment is a module of its own; `export {}` keeps it one even without imports.
      const head = [...imports, "export {}"]
      offset = head.length
      text = `${head.join("\n")}\n${block.code}`
    }
    writeFileSync(join(docsDir, fileName), `${text}\n`)
    return { block, kind, fileName, offset }
  })
  writeFileSync(
    join(docsDir, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2022"],
          module: "NodeNext",
          moduleResolution: "NodeNext",
          types: ["node"],
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          noImplicitOverride: true,
          verbatimModuleSyntax: true,
          isolatedModules: true,
          skipLibCheck: true,
          rootDir: ".",
          outDir: "out"
        },
        files: sources.map((source) => source.fileName)
      },
      null,
      2
    )
  )
  // An ES module project, as `"type": "module"` makes a user's.
  writeFileSync(join(docsDir, "package.json"), JSON.stringify({ name: "readme-blocks", private: true, type: "module" }))
  return sources
}

const typeCheck = (sources: ReadonlyArray<TsSource>) => {
  const result = spawnSync(process.execPath, [tsc, "-p", join(docsDir, "tsconfig.json")], { cwd: docsDir, encoding: "utf8" })
  const byFile = new Map(sources.map((source) => [source.fileName, source]))
  const failed = new Set<string>()
  for (const line of `${result.stdout}${result.stderr}`.split("\n")) {
    const diagnostic = /^([^(]+)\((\d+),(\d+)\): (error .*)$/.exec(line)
    if (diagnostic === null) {
      if (line.trim() !== "" && !line.startsWith(" ")) console.error(line)
      continue
    }
    const source = byFile.get(diagnostic[1]!)
    if (source === undefined) {
      fail(diagnostic[1]!, diagnostic[4]!)
      continue
    }
    failed.add(source.fileName)
    const lineInBlock = Number(diagnostic[2]) - 1 - source.offset
    fail(where(source.block, lineInBlock), `${diagnostic[4]} (as ${relative(root, join(docsDir, source.fileName))})`)
  }
  if (result.status !== 0 && failed.size === 0) fail("docs", `tsc exited with ${result.status}`)
  counts.typeChecked = sources.length
  counts.partial = sources.filter((source) => source.kind === "partial").length
  return failed
}

// ---------------------------------------------------------------------------------------------
// The mock SCM, as `scm-mock-server` runs it

interface RunningMock {
  readonly child: ReturnType<typeof spawn>
  readonly info: MockInfo
  readonly stderr: () => string
}

const startMock = async (): Promise<RunningMock> => {
  const child = spawn(process.execPath, [join(root, "packages", "mock-server", "bin", "scm-mock-server.js")], {
    stdio: ["ignore", "pipe", "pipe"]
  })
  let stderr = ""
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")))
  const line = await firstLine(child, 30_000)
  return { child, info: JSON.parse(line) as MockInfo, stderr: () => stderr }
}

let running: RunningMock | undefined

/** The mock, started again (and the stop reported) should it have stopped: the rest is still checked. */
const currentMock = async (): Promise<RunningMock> => {
  if (running !== undefined && running.child.exitCode === null && running.child.signalCode === null) return running
  if (running !== undefined) {
    const how = running.child.signalCode ?? `exit code ${running.child.exitCode}`
    fail("the mock SCM", `it stopped (${how}) during the check; another was started\n${tail(running.stderr())}`)
  }
  running = await startMock()
  return running
}

interface SeedSummary {
  readonly organizations: ReadonlyArray<{ readonly id: number }>
  readonly sslProfiles: ReadonlyArray<{ readonly name: string; readonly organizationIds?: ReadonlyArray<number> }>
  readonly smimeProfiles: ReadonlyArray<{ readonly name: string; readonly organizationIds?: ReadonlyArray<number> }>
}

/**
 * The defaults a user of `scm` sets once, from what the mock says it has (`GET /__admin/seed`):
 * `SCM_ORG_ID` its first organization, `SCM_SSL_PROFILE` and `SCM_SMIME_PROFILE` the first
 * profiles offered to that organization.
 */
const cliDefaults = (seed: SeedSummary): Record<string, string> => {
  const organization = seed.organizations[0]
  if (organization === undefined) return {}
  const offered = (profile: { readonly organizationIds?: ReadonlyArray<number> }) =>
    profile.organizationIds === undefined || profile.organizationIds.includes(organization.id)
  const ssl = seed.sslProfiles.find(offered)
  const smime = seed.smimeProfiles.find(offered)
  return {
    SCM_ORG_ID: String(organization.id),
    ...(ssl === undefined ? {} : { SCM_SSL_PROFILE: ssl.name }),
    ...(smime === undefined ? {} : { SCM_SMIME_PROFILE: smime.name })
  }
}

/** Resets the mock (every program, block and example starts from its seed); its variables, and `cliDefaults`. */
const resetMock = async (): Promise<Record<string, string>> => {
  for (let attempt = 1; ; attempt++) {
    const { info } = await currentMock()
    try {
      const response = await fetch(`${info.httpUrl}/__admin/reset`, { method: "POST", headers: { "content-type": "application/json" } })
      if (!response.ok) throw new Error(`resetting the mock answered ${response.status}`)
      const seed = (await (await fetch(`${info.httpUrl}/__admin/seed`)).json()) as SeedSummary
      return { ...scmEnvironment(info), ...cliDefaults(seed) }
    } catch (error) {
      // A kept-alive connection the mock closed as idle: another one.
      if (attempt === 3) throw error
    }
  }
}

// ---------------------------------------------------------------------------------------------
// A scratch project with the three packages installed, as a user's

const makeScratch = async () => {
  const dir = mkdtempSync(join(tmpdir(), "scm-docs-"))
  const modules = join(dir, "node_modules")
  mkdirSync(join(modules, "@scm-effect"), { recursive: true })
  mkdirSync(join(modules, ".bin"))
  for (const name of ["core", "mock-server", "cli"]) symlinkSync(join(root, "packages", name), join(modules, "@scm-effect", name))
  symlinkSync(join(root, "packages", "cli", "bin", "scm.js"), join(modules, ".bin", "scm"))
  symlinkSync(join(root, "packages", "mock-server", "bin", "scm-mock-server.js"), join(modules, ".bin", "scm-mock-server"))
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "scratch",
      private: true,
      type: "module",
      dependencies: { "@scm-effect/cli": "*", "@scm-effect/core": "*", "@scm-effect/mock-server": "*" }
    })
  )
  mkdirSync(join(dir, "config"))
  await writeRequests(root, dir)
  return dir
}

// ---------------------------------------------------------------------------------------------
// Running things

interface Outcome {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly timedOut: boolean
}

/** Runs a process in a group of its own, and stops whatever it left running. */
const runProcess = (
  command: string,
  args: ReadonlyArray<string>,
  options: { readonly cwd: string; readonly env: Record<string, string>; readonly timeoutMs: number; readonly input?: string }
) =>
  new Promise<Outcome>((resolveOutcome) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ["pipe", "pipe", "pipe"] })
    let stdout = ""
    let stderr = ""
    let timedOut = false
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")))
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")))
    child.stdin.end(options.input ?? "")
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child.pid)
    }, options.timeoutMs)
    child.on("close", (code) => {
      clearTimeout(timer)
      killGroup(child.pid)
      resolveOutcome({ code, stdout, stderr, timedOut })
    })
  })

const killGroup = (pid: number | undefined) => {
  if (pid === undefined) return
  try {
    process.kill(-pid, "SIGTERM")
  } catch {
    // The group is gone already.
  }
}

/** Starts a mock server line, waits for its JSON line, stops it: it must exit 0. */
const runServerLine = (line: string, options: { readonly cwd: string; readonly env: Record<string, string> }) =>
  new Promise<string | undefined>((resolveResult) => {
    const child = spawn("bash", ["-c", line], { cwd: options.cwd, env: options.env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
    let stderr = ""
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")))
    firstLine(child, 60_000).then(
      (json) => {
        let problem: string | undefined
        try {
          const info = JSON.parse(json) as Partial<MockInfo>
          if (typeof info.httpUrl !== "string") problem = `its first line has no httpUrl: ${json}`
        } catch {
          problem = `its first line is not JSON: ${json}`
        }
        child.once("exit", (code, signal) => {
          resolveResult(problem ?? (code === 0 || signal === "SIGTERM" ? undefined : `stopped with exit code ${code}\n${tail(stderr)}`))
        })
        killGroup(child.pid)
      },
      (error: Error) => {
        killGroup(child.pid)
        resolveResult(`${error.message}\n${tail(stderr)}`)
      }
    )
  })

/** The command, without a trailing comment. */
const commandOf = (line: string) => line.replace(/(^|\s)#.*$/gm, "").trim()

/** The repository's own script that starts the mock. */
const mockScript = /\bpnpm@10\s+(--silent\s+)?mock-server\b/

const startsServer = (line: string) => {
  const command = commandOf(line)
  return !command.endsWith("&") && !/--help\b/.test(command) &&
    (/(^|[\s|;&(])scm-mock-server(\s|$)/.test(command) || /(^|[\s|;&(])scm\s+mock(\s|$)/.test(command) ||
      /@scm-effect\/cli\s+mock(\s|$)/.test(command) || mockScript.test(command))
}

const invokesScm = (line: string) => {
  const command = commandOf(line)
  return /(^|[\s|;&(])(scm|scm-mock-server)(\s|$)/.test(command) || /\bnpx\s+(-y\s+)?@scm-effect\/cli\b/.test(command) ||
    mockScript.test(command)
}

const needsMarker = /#.*\bneeds:\s*(.+)$/

const hasJq = spawnSync("bash", ["-c", "command -v jq"]).status === 0

/** What a shell of the user's has besides SCM_*: npm's own settings (its registry, its CA) come with HOME. */
const passedThrough = ["HOME", "LANG", "TMPDIR", "NODE_EXTRA_CA_CERTS", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"]

const shellEnv = (scratch: string, scm: Record<string, string>): Record<string, string> => ({
  ...Object.fromEntries(passedThrough.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]!]]))),
  PATH: `${join(scratch, "node_modules", ".bin")}:${nodeBinDir}:${process.env["PATH"] ?? "/usr/bin:/bin"}`,
  // `scm --profile` reads its config file from here: the user's own is not the test's.
  XDG_CONFIG_HOME: join(scratch, "config"),
  npm_config_yes: "true",
  npm_config_update_notifier: "false",
  ...scm
})

/** Joins lines continued with a backslash. */
const logicalLines = (code: string): ReadonlyArray<{ readonly text: string; readonly offset: number }> => {
  const lines: Array<{ text: string; offset: number }> = []
  let current: { text: string; offset: number } | undefined
  code.split("\n").forEach((line, offset) => {
    if (current === undefined) current = { text: line, offset }
    else current.text += `\n${line}`
    if (!line.endsWith("\\")) {
      lines.push(current)
      current = undefined
    }
  })
  if (current !== undefined) lines.push(current)
  return lines
}

const runShellBlock = async (block: Block, scratch: string) => {
  const lines = logicalLines(block.code)
  const kept: Array<{ readonly text: string; readonly offset: number }> = []
  for (const line of lines) {
    if (needsMarker.test(line.text)) counts.shellLinesMarked++
    else kept.push(line)
  }
  if (!kept.some((line) => invokesScm(line.text))) return
  if (!hasJq && kept.some((line) => /\bjq\b/.test(line.text))) {
    counts.skipped.push(`${where(block)}: needs jq, which is not installed`)
    return
  }
  const inRepository = kept.some((line) => /\bpnpm@10\b/.test(line.text))
  const cwd = inRepository ? root : scratch
  counts.shellBlocksRun++
  const servers = kept.filter((line) => startsServer(line.text))
  if (servers.length > 0) {
    // Each line on its own: a server in the foreground is started and stopped.
    for (const line of kept) {
      const env = shellEnv(scratch, await resetMock())
      cleanScratch(scratch)
      const lineCwd = /\bpnpm@10\b/.test(line.text) ? root : scratch
      if (startsServer(line.text)) {
        const problem = await runServerLine(line.text, { cwd: lineCwd, env })
        if (problem !== undefined) fail(where(block, line.offset), `${line.text.trim()}: ${problem}`)
      } else {
        await runScript(block, line.offset, line.text, lineCwd, env)
      }
    }
    return
  }
  const env = shellEnv(scratch, await resetMock())
  cleanScratch(scratch)
  await runScript(block, 0, kept.map((line) => line.text).join("\n"), cwd, env)
}

/** The scratch project as it was made: what an earlier block left there is removed. */
const fixtures = new Set(["node_modules", "package.json", "config", "www.csr", "ann.csr"])
const cleanScratch = (scratch: string) => {
  for (const entry of readdirSync(scratch)) if (!fixtures.has(entry)) rmSync(join(scratch, entry), { recursive: true, force: true })
}

const runScript = async (block: Block, offset: number, script: string, cwd: string, env: Record<string, string>) => {
  const outcome = await runProcess("bash", ["-e", "-o", "pipefail", "-c", script], { cwd, env, timeoutMs: 120_000 })
  if (outcome.code !== 0) {
    fail(
      where(block, offset),
      `${outcome.timedOut ? "timed out" : `exit code ${outcome.code}`}\n${script}\n--- stdout\n${tail(outcome.stdout)}\n--- stderr\n${tail(outcome.stderr)}`
    )
  }
}

// ---------------------------------------------------------------------------------------------
// The CLI's own examples

const scmBin = join(root, "packages", "cli", "bin", "scm.js")

const helpOf = (path: ReadonlyArray<string>) =>
  new Promise<string>((resolveHelp, reject) =>
    execFile(process.execPath, [scmBin, ...path, "--help"], { encoding: "utf8" }, (error, stdout) =>
      error === null ? resolveHelp(stdout) : reject(error)))

/** Every command's and subcommand's help is read (a level at a time, concurrently), then its examples. */
const cliExamples = async (): Promise<ReadonlyArray<{ readonly command: string; readonly example: string }>> => {
  const examples: Array<{ command: string; example: string }> = []
  let level: ReadonlyArray<ReadonlyArray<string>> = [[]]
  while (level.length > 0) {
    const helps = await Promise.all(level.map(helpOf))
    const next: Array<ReadonlyArray<string>> = []
    level.forEach((path, index) => {
      const help = helps[index]!
      const exampleSection = /^EXAMPLES\n([\s\S]*?)(?=^[A-Z][A-Z ]+$|(?![\s\S]))/m.exec(help)?.[1] ?? ""
      for (const line of exampleSection.split("\n")) {
        if (/^\s+scm(\s|$)/.test(line)) examples.push({ command: ["scm", ...path].join(" "), example: line.trim() })
      }
      const subcommands = /^SUBCOMMANDS\n([\s\S]*?)(?=^[A-Z][A-Z ]+$|^\s*$|(?![\s\S]))/m.exec(help)?.[1] ?? ""
      for (const line of subcommands.split("\n")) {
        const name = /^\s{2}([a-z][\w-]*)\s/.exec(line)?.[1]
        if (name !== undefined) next.push([...path, name])
      }
    })
    level = next
  }
  return examples
}

const runCliExample = async (command: string, example: string, scratch: string) => {
  const at = `${command} --help: ${example}`
  if (!hasJq && /\bjq\b/.test(example)) {
    counts.skipped.push(`${at}: needs jq, which is not installed`)
    return
  }
  const env = shellEnv(scratch, await resetMock())
  cleanScratch(scratch)
  counts.cliExamplesRun++
  // A test never takes a fixed port.
  const line = example.replace(/--(http|https)-port\s+\d+/g, "--$1-port 0")
  if (startsServer(line)) {
    const problem = await runServerLine(line, { cwd: scratch, env })
    if (problem !== undefined) fail(at, problem)
    return
  }
  const outcome = await runProcess("bash", ["-e", "-o", "pipefail", "-c", line], { cwd: scratch, env, timeoutMs: 120_000 })
  if (outcome.code !== 0) {
    fail(at, `${outcome.timedOut ? "timed out" : `exit code ${outcome.code}`}\n--- stdout\n${tail(outcome.stdout)}\n--- stderr\n${tail(outcome.stderr)}`)
  }
}

// ---------------------------------------------------------------------------------------------

const main = async () => {
  const started = Date.now()
  const files = readmes(root)
  await checkApiSize(files)
  checkNodeVersionSetting()
  const blocks = files.flatMap((file) => blocksOf(root, file))
  const typeScript = blocks.filter(isTypeScript)
  const shell = blocks.filter((block) => block.lang === "sh" || block.lang === "bash" || block.lang === "shell")

  const sources = writeTypeScript(typeScript)
  console.log(`docs: type-checking ${sources.length} TypeScript blocks against the built packages`)
  const notCompiled = typeCheck(sources)

  const scratch = await makeScratch()
  try {
    // Blocks run only once every one compiles: a syntax error hides the other files' type errors.
    for (const source of notCompiled.size > 0 ? [] : sources) {
      if (source.kind === "partial") continue
      const scm = await resetMock()
      if (source.kind === "program") {
        const compiled = join(docsDir, "out", source.fileName.replace(/\.ts$/, ".js"))
        // Only the SCM_* variables, as a user sets them.
        const outcome = await runProcess(process.execPath, [compiled], { cwd: scratch, env: scm, timeoutMs: 120_000 })
        counts.programsRun++
        if (outcome.code !== 0) {
          fail(where(source.block), `the program ${outcome.timedOut ? "timed out" : `exited with ${outcome.code}`}\n${tail(outcome.stderr)}`)
        }
      } else {
        const vitest = join(root, "node_modules", "vitest", "vitest.mjs")
        writeFileSync(join(docsDir, "vitest.config.mjs"), "export default { test: { testTimeout: 30000, hookTimeout: 30000 } }\n")
        const outcome = await runProcess(
          process.execPath,
          [vitest, "run", "--root", docsDir, "--config", join(docsDir, "vitest.config.mjs"), source.fileName],
          { cwd: docsDir, env: { ...scm, PATH: `${nodeBinDir}:${process.env["PATH"] ?? ""}` }, timeoutMs: 120_000 }
        )
        counts.testsRun++
        if (outcome.code !== 0) {
          fail(where(source.block), `the test ${outcome.timedOut ? "timed out" : "failed"}\n${tail(outcome.stdout, 40)}\n${tail(outcome.stderr)}`)
        }
      }
    }

    for (const block of shell) await runShellBlock(block, scratch)
    for (const { command, example } of await cliExamples()) await runCliExample(command, example, scratch)
  } finally {
    running?.child.kill("SIGTERM")
    rmSync(scratch, { recursive: true, force: true })
  }

  for (const skipped of counts.skipped) console.log(`docs: skipped ${skipped}`)
  console.log(
    `docs: ${counts.typeChecked} TypeScript blocks type-checked (${counts.partial} partial), ` +
      `${counts.programsRun} programs and ${counts.testsRun} tests run; ` +
      `${counts.shellBlocksRun} shell blocks run (${counts.shellLinesMarked} lines marked "needs:" not run); ` +
      `${counts.cliExamplesRun} CLI help examples run; ${failures.length} failed (${Math.round((Date.now() - started) / 1000)} s)`
  )
  if (failures.length > 0) process.exitCode = 1
}

await main()
