/**
 * Checks the published packages as npm users get them, from their packed tarballs:
 *
 *   npx pnpm@10 check-packages             build, pack, publint, arethetypeswrong (esm-only)
 *   npx pnpm@10 check-packages --outside   also install the tarballs in a new npm project beside
 *                                          effect@latest and @effect/platform-node@latest, check
 *                                          that it holds one copy of effect, run OAuth2.layer
 *                                          against `npx scm-mock-server` on plain Node (no tsx),
 *                                          fetch its dashboard (built into the tarball),
 *                                          and `npx scm --help` (the CLI's bin) there, and the
 *                                          root README's programs and tests as a newcomer pastes
 *                                          them, against that mock, given only SCM_* variables;
 *                                          then `npx scm mock`, and `npx scm ssl list` against that one;
 *                                          and, with the machine's Node 20 when PATH has one, that
 *                                          scm-mock-server serves on it and a program importing
 *                                          @scm-effect/core stops with one line, exit code 2
 *
 * It runs on the Node that pnpm gives its scripts (the repository's own Node 22).
 */
import { execFileSync, spawn } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { firstLine } from "../packages/mock-server/test/support/firstLine.js"
import {
  exercisedAsExpected,
  exerciseMockServer,
  findOldNode,
  runCoreImporter,
  tooOldLine
} from "../packages/mock-server/test/support/oldNode.js"
import type { MockInfo } from "./readme.js"
import { blocksOf, fileNameOf, isTypeScript, kindOf, scmEnvironment, writeRequests } from "./readme.js"

const root = resolve(import.meta.dirname, "..")
const packDir = join(root, "build", "packages")
const published = ["core", "mock-server", "cli"]
const outside = process.argv.includes("--outside")

const run = (command: string, args: ReadonlyArray<string>, cwd = root, env = process.env): string => {
  console.log(`$ ${command} ${args.join(" ")}`)
  return execFileSync(command, args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
}

// Binaries of the workspace run on this process's Node, never on whatever `node` is first on PATH.
const bin = (name: string): string => join(root, "node_modules", ".bin", name)

rmSync(packDir, { recursive: true, force: true })
run(process.execPath, [
  join(root, "node_modules", "typescript", "bin", "tsc"),
  "-b",
  ...published.map((name) => `packages/${name}/tsconfig.src.json`)
])
for (const name of published) {
  run("npx", ["-y", "pnpm@10", "pack", "--pack-destination", packDir], join(root, "packages", name))
}
const tarballs = readdirSync(packDir).filter((file) => file.endsWith(".tgz")).map((file) => join(packDir, file))
if (tarballs.length !== published.length) throw new Error(`expected ${published.length} tarballs in ${packDir}`)

for (const tarball of tarballs) {
  // publint: every level, warnings are failures; attw: the ESM-only profile this project targets.
  process.stdout.write(run(bin("publint"), ["run", tarball, "--strict", "--level", "suggestion"]))
  // The CLI is an application: its one export is package.json, so there are no types to check.
  if (tarball.includes("scm-effect-cli-")) continue
  process.stdout.write(run(bin("attw"), [tarball, "--profile", "esm-only", "--no-emoji", "--no-color"]))
}

const outsideProgram = `
import { NodeHttpClient } from "@effect/platform-node"
import { OAuth2, ScmApi, ScmHttpClient } from "@scm-effect/core"
import { Effect, Layer, Redacted } from "effect"

const mock = JSON.parse(process.env.SCM_MOCK_JSON)
const ScmLive = OAuth2.layer({
  clientId: mock.clientId,
  clientSecret: Redacted.make(mock.clientSecret),
  baseUrl: mock.httpUrl,
  tokenUrl: mock.tokenUrl
}).pipe(Layer.provide(NodeHttpClient.layerUndici))

const program = Effect.gen(function*() {
  const scm = yield* ScmHttpClient.ScmHttpClient
  const response = yield* scm.get("/api/ssl/v1/types")
  const profiles = yield* response.json
  if (!Array.isArray(profiles) || profiles.length === 0) throw new Error("no SSL profiles")
  // An operation only the mock's spec fallback answers: the tarball carries the spec it reads.
  const api = yield* ScmApi.make()
  const admins = yield* api.listAdminUsers({ params: { size: 5 } })
  if (!Array.isArray(admins)) throw new Error("listAdminUsers answered no list")
  return "outside project: OAuth2.layer listed " + profiles.length + " SSL profiles and, through ScmApi, " +
    admins.length + " admins, on Node " + process.version
})

console.log(await Effect.runPromise(program.pipe(Effect.provide(ScmLive))))
`

if (outside) {
  const project = mkdtempSync(join(tmpdir(), "scm-effect-outside-"))
  try {
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "outside", private: true, type: "module" }))
    // vitest and @effect/vitest: what the README's contract test needs, as the root's own ranges.
    const rootDevDependencies = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      readonly devDependencies: Record<string, string>
    }).devDependencies
    const testTools = ["vitest", "@effect/vitest"].map((name) => `${name}@${rootDevDependencies[name]}`)
    run("npm", ["install", "--no-audit", "--no-fund", "effect@latest", "@effect/platform-node@latest", ...testTools, ...tarballs], project)
    const copies = run("npm", ["ls", "effect", "--all", "--parseable"], project)
      .split("\n")
      .filter((line) => line.endsWith("/node_modules/effect"))
    const distinct = [...new Set(copies)]
    if (distinct.length !== 1) throw new Error(`expected one copy of effect, found ${distinct.length}:\n${distinct.join("\n")}`)
    console.log(`one copy of effect: ${distinct[0]}`)
    writeFileSync(join(project, "main.mjs"), outsideProgram)
    await runOutside(project)
    runCliOutside(project)
    await cliCommandsOutside(project)
    declarationsOutside(project)
    await oldNodeOutside(project)
  } finally {
    rmSync(project, { recursive: true, force: true })
  }
}

console.log("packages: ok")

/** The `node` that npx runs a bin with, first on PATH: this process's Node. */
function withThisNode(): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${resolve(process.execPath, "..")}:${process.env.PATH ?? ""}` }
}

/**
 * Inferred types that name each module's models and errors, compiled with declarations from the
 * installed tarballs: a type reachable only through dist/internal/ (not exported) fails here with
 * TS2742, as it would in a user's library that re-exports an Effect of ours.
 */

function declarationsOutside(project: string): void {
  const consumer = `import {
  AcmeAccounts, Admins, Domains, DomainValidation, OAuth2, Organizations, Persons, Renewals, Reports, ScmApi, ScmAuth,
  SmimeCertificates, SslCertificates
} from "@scm-effect/core"
import { MockPki, MockScmServer } from "@scm-effect/mock-server"
import * as MockScmClient from "@scm-effect/mock-server/MockScmClient"

export const awaitCertificate = SslCertificates.awaitIssued(SslCertificates.SslId.make(1))
export const expiring = SslCertificates.expiring({ within: "30 days" })
export const awaitValidation = DomainValidation.awaitValidated("example.com")
export const awaitSmime = SmimeCertificates.awaitIssued
export const renewals = Renewals.renewExpiring({ within: "30 days" })
export const sslReport = Reports.sslCertificates
export const acmeAccounts = AcmeAccounts.list()
export const createAcmeAccount = AcmeAccounts.create
export const admins = Admins.list()
export const persons = Persons.findOrCreate
export const domains = Domains.list()
export const organizations = Organizations.list()
export const api = ScmApi.layer()
export const auth = ScmAuth.layerConfig()
export const oauth2 = OAuth2.layerConfig()
export const mock = MockScmServer.layer()
export const environment = MockScmServer.environment
export const pki = MockPki.generate({ clientCommonName: "admin" })
export const mockClient = MockScmClient.layer({ strategy: "password" })
export const passWait = MockScmClient.passWaitAfter({ path: "/api/ssl/v1/types", status: 429 }, "2 seconds")
`
  writeFileSync(join(project, "consumer.ts"), consumer)
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        declaration: true,
        emitDeclarationOnly: true,
        outDir: "types",
        skipLibCheck: true,
        types: []
      },
      files: ["consumer.ts"]
    })
  )
  run(bin("tsc"), ["-p", join(project, "tsconfig.json")], project)
  console.log("outside project: declarations of inferred types naming every module's models and errors compile")
}

/** The installed tarballs on the machine's own Node 20, as teams in other languages run the mock. */
async function oldNodeOutside(project: string): Promise<void> {
  const oldNode = findOldNode()
  if (oldNode === undefined) {
    console.log("outside project: no Node older than 22 on PATH, so the Node 20 checks are skipped")
    return
  }
  const mockBin = join(project, "node_modules", "@scm-effect", "mock-server", "bin", "scm-mock-server.js")
  const exercised = await exerciseMockServer(oldNode.path, [mockBin], project)
  const expected = exercisedAsExpected(exercised.typesCount)
  if (JSON.stringify(exercised) !== JSON.stringify(expected) || exercised.typesCount === 0) {
    throw new Error(`scm-mock-server on Node ${oldNode.version}: ${JSON.stringify(exercised)}, expected ${JSON.stringify(expected)}`)
  }
  // A folder of its own, so that the project's main.mjs stays as it is.
  const dir = join(project, "old-node")
  mkdirSync(dir)
  const ran = await runCoreImporter(oldNode.path, [], dir)
  if (ran.code !== 2 || ran.stdout !== "" || ran.stderr !== tooOldLine(oldNode.version)) {
    throw new Error(`@scm-effect/core on Node ${oldNode.version}: ${JSON.stringify(ran)}`)
  }
  console.log(`outside project: on Node ${oldNode.version}, scm-mock-server serves and @scm-effect/core says in one line what it needs`)
}

/** `npx scm --help` and `npx scm --version` from the installed tarball, on plain Node. */
function runCliOutside(project: string): void {
  const help = run("npx", ["--no-install", "scm", "--help"], project, withThisNode())
  for (const expected of ["USAGE", "ssl", "renew", "auth", "EXAMPLES"]) {
    if (!help.includes(expected)) throw new Error(`npx scm --help printed no "${expected}":\n${help}`)
  }
  const version = run("npx", ["--no-install", "scm", "--version"], project, withThisNode()).trim()
  const expected = (JSON.parse(readFileSync(join(root, "packages", "cli", "package.json"), "utf8")) as { readonly version: string }).version
  if (!version.includes(expected)) throw new Error(`npx scm --version printed "${version}", not ${expected}`)
  console.log(`outside project: npx scm --help lists the commands; ${version}`)
}

/**
 * The dashboard of the installed mock: its page, script and style sheet come from the tarball's
 * build, since the outside project has no esbuild to bundle them.
 */
async function dashboardOutside(project: string, httpUrl: string): Promise<void> {
  if (existsSync(join(project, "node_modules", "esbuild"))) throw new Error("the outside project has esbuild: the dashboard check would prove nothing")
  for (const [path, type, expected] of [
    ["/__admin/ui", "text/html", "<script type=\"module\" src=\"/__admin/ui/app.js\">"],
    ["/__admin/ui/app.js", "text/javascript", "/__admin/requests"],
    ["/__admin/ui/app.css", "text/css", "prefers-color-scheme"]
  ] as const) {
    const response = await fetch(`${httpUrl}${path}`)
    const body = await response.text()
    if (response.status !== 200 || !(response.headers.get("content-type") ?? "").startsWith(type) || !body.includes(expected)) {
      throw new Error(`GET ${path} of the installed mock answered ${response.status} ${response.headers.get("content-type")}: ${body.slice(0, 200)}`)
    }
    if (!(response.headers.get("content-security-policy") ?? "").includes("frame-ancestors 'none'")) throw new Error(`GET ${path} has no Content-Security-Policy`)
  }
  console.log("outside project: the dashboard (page, script, style sheet) is served from the tarball's build")
}

/**
 * Starts `npx command...` in the project, a mock that prints its JSON line first (scm-mock-server,
 * or scm mock), hands `use` that line and stops the mock when `use` ends.
 */
async function withMock(project: string, command: ReadonlyArray<string>, use: (line: string) => Promise<void>): Promise<void> {
  const name = command.join(" ")
  const mock = spawn("npx", ["--no-install", ...command], {
    cwd: project,
    stdio: ["ignore", "pipe", "inherit"],
    // Its own process group, so that stopping npx and the server it started reaches both.
    detached: true,
    // npx runs the bin with the `node` first on PATH: make that this process's Node.
    env: withThisNode()
  })
  try {
    const line = await firstLine(mock, 30_000, name)
    await use(line)
  } finally {
    if (mock.pid !== undefined && mock.exitCode === null) process.kill(-mock.pid, "SIGTERM")
  }
}

/** Starts `npx scm-mock-server`, runs main.mjs and the README's programs against it on plain Node. */
async function runOutside(project: string): Promise<void> {
  await withMock(project, ["scm-mock-server"], async (line) => {
    // The mock's line holds its (random) secrets: hand it over in the environment, not in argv.
    console.log(run(process.execPath, ["main.mjs"], project, { ...process.env, SCM_MOCK_JSON: line }).trim())
    await readmeOutside(project, JSON.parse(line) as MockInfo)
    await dashboardOutside(project, (JSON.parse(line) as MockInfo).httpUrl)
  })
}

/**
 * The CLI's bundle from the installed tarball, beyond --help: `npx scm mock` starts the mock it
 * carries (which reads the spec/ the tarball holds) and serves its dashboard, and `npx scm ssl
 * list` loads a command and its requests' code, given only the SCM_* variables of that mock.
 */
async function cliCommandsOutside(project: string): Promise<void> {
  await withMock(project, ["scm", "mock"], async (line) => {
    const env = { ...withThisNode(), ...scmEnvironment(JSON.parse(line) as MockInfo) }
    const listed = JSON.parse(run("npx", ["--no-install", "scm", "ssl", "list", "-o", "json"], project, env)) as unknown
    if (!Array.isArray(listed) || listed.length === 0) throw new Error(`npx scm ssl list -o json listed no certificates: ${JSON.stringify(listed)}`)
    console.log(`outside project: npx scm mock started; npx scm ssl list read ${listed.length} certificates from it`)
    await dashboardOutside(project, (JSON.parse(line) as MockInfo).httpUrl)
  })
}

/**
 * The root README's TypeScript programs and tests, pasted as they are into the outside project:
 * each program runs on plain Node (which strips the types) given only the SCM_* variables of the
 * running `npx scm-mock-server`, each test with vitest. Fragments (```ts partial) are left out.
 */
async function readmeOutside(project: string, mock: MockInfo): Promise<void> {
  await writeRequests(root, project)
  const blocks = blocksOf(root, "README.md").filter((block) => isTypeScript(block) && kindOf(block) !== "partial")
  for (const block of blocks) writeFileSync(join(project, fileNameOf(block)), `${block.code}\n`)
  for (const block of blocks.filter((block) => kindOf(block) === "program")) {
    // Only the SCM_* variables, as a user exports them.
    const output = run(process.execPath, ["--disable-warning=ExperimentalWarning", fileNameOf(block)], project, scmEnvironment(mock))
    console.log(`outside project: README.md:${block.line} ran, printing ${output.trim().split("\n").length} lines`)
  }
  const tests = blocks.filter((block) => kindOf(block) === "test").map(fileNameOf)
  run("npx", ["--no-install", "vitest", "run", ...tests], project, { ...withThisNode(), ...scmEnvironment(mock) })
  console.log(`outside project: the README's ${tests.length} test${tests.length === 1 ? "" : "s"} passed with vitest`)
}
