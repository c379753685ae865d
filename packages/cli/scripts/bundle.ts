/**
 * Bundles `scm` into bundle/: the CLI's sources (src/bin.ts, TypeScript) with everything they
 * load, effect,
 * @effect/platform-node, undici, @scm-effect/core and @scm-effect/mock-server included, as ES
 * modules with shared chunks (esbuild, code splitting). A command then reads a few files instead
 * of some 600 modules one at a time, and what only some commands need (the mock server of
 * `scm mock`, @peculiar/x509 for a CSR, the generated operations of `scm api`) stays in chunks that
 * only those commands load. `scm` is an application with its own process: the one copy of effect
 * it runs is the bundled one, so the rule that libraries take effect as a peer does not apply here.
 *
 *   npx pnpm@10 --filter @scm-effect/cli bundle
 *
 * The workspace's packages are read from their sources (the `@scm-effect/source` condition, as the
 * tests do), so it needs no tsc build first and takes a second or two: the test suite runs it in
 * its global setup, so that the child-process tests run the bin as it ships. It writes into a new
 * folder and then swaps it in, so a process running the old bundle meanwhile keeps its files.
 *
 * It also writes bundle/THIRD-PARTY-LICENSES.md: the licence of every package the bundle includes.
 */
import * as esbuild from "esbuild"
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, relative, sep } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import ts from "typescript"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const bundleDir = join(packageDir, "bundle")
// A folder of this run beside bundle/ (same file system, so the swap below is two renames).
const outdir = join(packageDir, `bundle.new-${process.pid}`)
const requireHere = createRequire(join(packageDir, "package.json"))

/** The package a file belongs to: the nearest folder above it with a package.json that has a name. */
const packageOf = (file: string): { readonly dir: string; readonly name: string; readonly version: string; readonly license?: string } => {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json")
    if (!existsSync(manifest)) continue
    const json = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string; license?: string }
    if (json.name !== undefined) return { dir, name: json.name, version: json.version ?? "", ...(json.license === undefined ? {} : { license: json.license }) }
  }
  throw new Error(`no package.json with a name above ${file}`)
}

const posix = (path: string) => path.split(sep).join("/")

/**
 * The files that read `import.meta.url`, each checked by hand: in the bundle, `import.meta.url`
 * is the chunk's, so the plugin below gives each of them the URL it would have inside its own
 * package, with this package's folder standing in for that package's root. A new use fails the
 * build until someone checks what it reads and makes that available here.
 */
const importMetaUrlUses: Record<string, string> = {
  "@scm-effect/cli/src/version.ts": "reads ../package.json: the CLI's own",
  "@scm-effect/mock-server/src/internal/spec/specDocument.ts":
    "reads spec/, which prepack copies into this package too (in the repository, the root's spec/)",
  "@effect/platform-node/dist/internal/http.js": "createRequire for node:http and node:https, built-ins: any URL does",
  "@scm-effect/mock-server/src/internal/admin/ui/assets.ts":
    "reads the dashboard's built app.js and app.css beside it: given bundle/mock-dashboard/, where this script writes them"
}

/** Modules given a URL inside bundle/ instead, where this script puts what they read. */
const importMetaUrlInBundle: Record<string, string> = {
  "@scm-effect/mock-server/src/internal/admin/ui/assets.ts": "mock-dashboard/assets.js"
}

const importMetaUrlAsInstalled: esbuild.Plugin = {
  name: "import-meta-url-as-installed",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      const text = readFileSync(args.path, "utf8")
      if (!text.includes("import.meta.url")) return undefined
      const owner = packageOf(args.path)
      const inPackage = posix(relative(owner.dir, args.path))
      const key = `${owner.name}/${inPackage}`
      if (importMetaUrlUses[key] === undefined) {
        throw new Error(`${key} reads import.meta.url: check what it does with it, then list it in importMetaUrlUses`)
      }
      // The chunks sit one level below this package's folder (bundle/), hence "../".
      const inBundle = importMetaUrlInBundle[key]
      const url = `new URL(${JSON.stringify(inBundle === undefined ? `../${inPackage}` : `./${inBundle}`)}, import.meta.url).href`
      return { contents: text.replaceAll("import.meta.url", url), loader: args.path.endsWith("ts") ? "ts" : "js" }
    })
  }
}

/**
 * The generated schemas of @scm-effect/core are some 900 top-level `Schema.Struct(...)...`
 * constants, built when the module loads; a command needs a few of them (those its operations
 * read). Their initializers only build schemas, so they are marked pure (each wrapped in an arrow
 * called at once, annotated `@__PURE__`), and esbuild leaves out the ones nothing uses.
 */
const generatedSchemas = join(dirname(requireHere.resolve("@scm-effect/core/package.json")), "src", "generated", "Schemas.ts")

const pureInitializers = (path: string, text: string): string => {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const initializers: Array<readonly [number, number]> = []
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) continue
    if (!ts.isVariableStatement(statement)) {
      throw new Error(`${path}: a top-level statement that is not a declaration; the schemas are no longer only declarations`)
    }
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.initializer !== undefined) initializers.push([declaration.initializer.getStart(source), declaration.initializer.end])
    }
  }
  let out = text
  for (const [start, end] of initializers.reverse()) {
    out = `${out.slice(0, start)}/* @__PURE__ */ (() => ${out.slice(start, end)})()${out.slice(end)}`
  }
  return out
}

const generatedSchemasArePure: esbuild.Plugin = {
  name: "generated-schemas-are-pure",
  setup(build) {
    build.onLoad({ filter: /[\\/]generated[\\/]Schemas\.ts$/ }, (args) => {
      if (args.path !== generatedSchemas) return undefined
      return { contents: pureInitializers(args.path, readFileSync(args.path, "utf8")), loader: "ts" }
    })
  }
}

/**
 * @effect/platform-node loads undici through `Undici.js`, which is `export * from "undici"`.
 * undici is CommonJS, so esbuild cannot list its names in the chunk's exports, and the module
 * that `import("./Undici.js")` gives back would hold `default` alone (`_.Agent is not a
 * constructor`). The names are read from the installed undici here and exported one by one.
 */
const undiciNamedExports: esbuild.Plugin = {
  name: "undici-named-exports",
  setup(build) {
    build.onLoad({ filter: /[\\/]@effect[\\/]platform-node[\\/]dist[\\/]Undici\.js$/ }, (args) => {
      const text = readFileSync(args.path, "utf8")
      if (!/^export \* from "undici";?$/m.test(text)) {
        throw new Error(`${args.path} no longer re-exports undici as this plugin expects: check it`)
      }
      const names = Object.keys(createRequire(args.path)("undici") as Record<string, unknown>)
        .filter((name) => name !== "default" && /^[A-Za-z_$][\w$]*$/.test(name))
      return {
        contents: `import Undici from "undici"\nexport default Undici\nexport const { ${names.join(", ")} } = Undici\n`,
        loader: "js",
        resolveDir: dirname(args.path)
      }
    })
  }
}

/**
 * effect/cli builds an `Intl.Segmenter` when CliOutput loads (for the display width of help and
 * tables); setting up ICU's default locale for it costs about a tenth of a command's start, before
 * anything is printed. Here it is built on its first use instead; the text is checked, so a new
 * effect that changes it fails the build rather than going unpatched.
 */
const segmenterOnFirstUse: esbuild.Plugin = {
  name: "segmenter-on-first-use",
  setup(build) {
    build.onLoad({ filter: /[\\/]effect[\\/]dist[\\/]cli[\\/]CliOutput\.js$/ }, (args) => {
      const text = readFileSync(args.path, "utf8")
      const declaration = 'const graphemeSegmenter = /*#__PURE__*/new Intl.Segmenter(undefined, {\n  granularity: "grapheme"\n});'
      const uses = text.split("graphemeSegmenter").length - 1
      if (!text.includes(declaration) || uses !== text.split("graphemeSegmenter.segment(").length) {
        throw new Error(`${args.path}: its Intl.Segmenter is no longer declared and used as this plugin expects: check it`)
      }
      const onFirstUse = "let graphemeSegmenterOnFirstUse;\n" +
        "const graphemeSegmenter = { segment: (text) => (graphemeSegmenterOnFirstUse ??= " +
        'new Intl.Segmenter(undefined, { granularity: "grapheme" })).segment(text) };'
      return { contents: text.replace(declaration, onFirstUse), loader: "js" }
    })
  }
}

rmSync(outdir, { recursive: true, force: true })
const result = await esbuild.build({
  absWorkingDir: packageDir,
  entryPoints: { scm: "src/bin.ts" },
  // The workspace's packages from their sources, as the tests load them.
  conditions: ["@scm-effect/source"],
  outdir,
  entryNames: "[name]",
  chunkNames: "[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node22",
  // ES builds first, where a package has one (@peculiar/x509): a CommonJS module that is imported
  // with import() gives back its `default` alone (see the check below).
  mainFields: ["module", "main"],
  // Shorter files to read and hash; the names stay, so a stack still says where it was.
  minifySyntax: true,
  // CommonJS dependencies (undici, ajv, ws, @peculiar/x509) require Node's built-ins.
  banner: { js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
  metafile: true,
  logLevel: "warning",
  // Each transforms its own files; the last one sees every file the others leave alone.
  plugins: [generatedSchemasArePure, undiciNamedExports, segmenterOnFirstUse, importMetaUrlAsInstalled]
})
if (result.warnings.length > 0) throw new Error(`esbuild warned ${result.warnings.length} times; see above`)

/**
 * CommonJS modules that code imports with `import()`, which a chunk can only hand back as
 * `default`, so that `(await import("x")).name` would be undefined: none but these.
 */
const dynamicCommonJs: Record<string, string> = {
  "reflect-metadata/Reflect.js": "imported for what it does (the Reflect.metadata global), not for its exports"
}
const inputs = result.metafile.inputs
for (const [file, input] of Object.entries(inputs)) {
  for (const imported of input.imports) {
    if (imported.kind !== "dynamic-import" || inputs[imported.path]?.format !== "cjs") continue
    const target = packageOf(join(packageDir, imported.path))
    const key = `${target.name}/${posix(relative(target.dir, join(packageDir, imported.path)))}`
    if (dynamicCommonJs[key] === undefined) {
      throw new Error(`${file} imports the CommonJS module ${key} with import(): its names would be lost in the bundle`)
    }
  }
}

const outputs = result.metafile.outputs
const entry = join(relative(packageDir, outdir), "scm.js")

// `scm --version` and `scm --help` are answered before a command is loaded: the entry's static
// imports must not bring Effect in.
const staticallyLoaded = new Set<string>()
const visit = (output: string) => {
  if (staticallyLoaded.has(output)) return
  staticallyLoaded.add(output)
  for (const imported of outputs[output]?.imports ?? []) if (imported.kind === "import-statement" && !imported.external) visit(imported.path)
}
visit(posix(entry))
const eager = [...staticallyLoaded].flatMap((output) => Object.keys(outputs[output]?.inputs ?? {}))
if (eager.some((input) => input.includes("node_modules"))) {
  throw new Error(`bundle/scm.js loads dependencies before a command is chosen:\n${eager.join("\n")}`)
}

// The licences of what the bundle includes: MIT and its kin ask that the notice travel with the code.
const packages = new Map<string, ReturnType<typeof packageOf>>()
for (const input of Object.keys(result.metafile.inputs)) {
  const owner = packageOf(join(packageDir, input))
  packages.set(`${owner.name}@${owner.version}`, owner)
}
const notices = [...packages.values()]
  .filter((owner) => owner.name !== "@scm-effect/cli")
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((owner) => {
    const files = readdirSync(owner.dir).filter((file) => /^(licen[cs]e|copying|notice)/i.test(file)).sort()
    if (files.length === 0 && !owner.name.startsWith("@scm-effect/")) {
      throw new Error(`${owner.name}@${owner.version} (${owner.license ?? "no license field"}) has no licence file to carry`)
    }
    const texts = files.map((file) => readFileSync(join(owner.dir, file), "utf8").trim())
    return [`## ${owner.name} ${owner.version}`, "", `License: ${owner.license ?? "see below"}`, ...texts.map((text) => `\n\`\`\`\n${text}\n\`\`\``)].join("\n")
  })
writeFileSync(
  join(outdir, "THIRD-PARTY-LICENSES.md"),
  `# Packages bundled into scm\n\nbundle/ holds code of these packages (scripts/bundle.ts writes this file).\n\n${notices.join("\n\n")}\n`
)

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`
const total = Object.values(outputs).reduce((sum, output) => sum + output.bytes, 0)
const first = [...staticallyLoaded].reduce((sum, output) => sum + (outputs[output]?.bytes ?? 0), 0)
// The mock's dashboard (`scm mock`, /__admin/ui), built as the mock server's own build does, since
// the published CLI has no esbuild to build it when it is first asked for.
const mockServerDir = dirname(requireHere.resolve("@scm-effect/mock-server/package.json"))
const dashboard = (await import(pathToFileURL(join(mockServerDir, "src", "internal", "admin", "ui", "bundle.ts")).href)) as {
  readonly bundleApp: (dir: URL) => Promise<{ readonly script: string; readonly style: string }>
}
const dashboardFiles = await dashboard.bundleApp(pathToFileURL(join(mockServerDir, "src", "internal", "admin", "ui") + sep))
mkdirSync(join(outdir, "mock-dashboard"))
writeFileSync(join(outdir, "mock-dashboard", "app.js"), dashboardFiles.script)
writeFileSync(join(outdir, "mock-dashboard", "app.css"), dashboardFiles.style)

mkdirSync(join(packageDir, "build"), { recursive: true })
writeFileSync(join(packageDir, "build", "bundle-meta.json"), JSON.stringify(result.metafile))

// The swap: bundle/ is missing only between the two renames, never half written.
const previous = join(packageDir, `bundle.old-${process.pid}`)
if (existsSync(bundleDir)) renameSync(bundleDir, previous)
renameSync(outdir, bundleDir)
rmSync(previous, { recursive: true, force: true })
process.stdout.write(
  `bundle/: ${Object.keys(outputs).length} files, ${kib(total)}, ${packages.size - 1} packages; ` +
    `${kib(first)} load before a command is chosen\n`
)
