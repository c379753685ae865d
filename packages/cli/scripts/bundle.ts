/**
 * Bundles `scm` into bundle/: the CLI's sources (src/bin.ts, TypeScript) with everything they
 * load, effect, @effect/platform-node, undici and @scm-effect/core included, as ES modules with
 * shared chunks (esbuild, code splitting). A command then reads a few files instead of some 600
 * modules one at a time, and what only some commands need (@peculiar/x509 for a CSR, the
 * generated operations of `scm api`) stays in chunks that only those commands load. The mock
 * server of `scm mock` (@scm-effect/mock-server) is a second build, into bundle/mock/ (see
 * `mockServerApart`). `scm` is an application with its own process: the one copy of effect it
 * runs is the bundled one, so the rule that libraries take effect as a peer does not apply here.
 *
 *   npx pnpm@10 --filter @scm-effect/cli bundle
 *
 * The workspace's packages are read from their sources (the `@scm-effect/source` condition, as the
 * tests do), so it needs no tsc build first and takes 4 to 7 s on 2 cores, most of it esbuild and
 * TypeScript's parse of the generated files below: the test suite runs it in its global setup, so
 * that the child-process tests run the bin as it ships. It writes into a new folder and then swaps
 * it in, so a process running the old bundle meanwhile keeps its files.
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

/** The plugin for chunks `depth` folders below this package's folder (bundle/ is 1, bundle/mock/ 2). */
const importMetaUrlAsInstalled = (depth: number): esbuild.Plugin => ({
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
      const inBundle = importMetaUrlInBundle[key]
      const toPackage = "../".repeat(depth)
      const toBundle = depth === 1 ? "./" : "../".repeat(depth - 1)
      const url = `new URL(${JSON.stringify(inBundle === undefined ? `${toPackage}${inPackage}` : `${toBundle}${inBundle}`)}, import.meta.url).href`
      return { contents: text.replaceAll("import.meta.url", url), loader: args.path.endsWith("ts") ? "ts" : "js" }
    })
  }
})

/**
 * The generated files of @scm-effect/core are large: Schemas.ts holds some 900 schemas, built when
 * the module loads, and Client.ts a function per operation (and `make`, naming them all). A command
 * needs a few of them. esbuild puts a file into every chunk's reach that any import of the command
 * names, so here each of the two files becomes one small module per declaration (per group of
 * declarations that refer to each other, in the file's order), importing the declarations it
 * uses; core's own modules that name a few (`Spec.GetOrgList200`, `Generated.getOrgList`) import
 * those alone, and a module that takes the whole namespace (`ScmApi.Schemas`) gets the file as
 * re-exports of all of them. A command then loads and builds only the schemas and operations it
 * reaches: `scm ssl list` those of the SSL listing, `scm api` all of them. Types are left out:
 * esbuild drops them anyway.
 */
const coreDir = dirname(requireHere.resolve("@scm-effect/core/package.json"))
const coreGenerated = join(coreDir, "src", "generated")
const splitFiles = ["Schemas.ts", "Client.ts"].map((name) => join(coreGenerated, name))
const partNamespace = "scm-generated-part"
const pickNamespace = "scm-generated-pick"

/** The values `node` names among `names`, outside types, property names and keys. */
const valueReferences = (node: ts.Node, names: ReadonlySet<string>): Set<string> => {
  const found = new Set<string>()
  const visit = (child: ts.Node): void => {
    if (ts.isTypeNode(child)) return
    if (ts.isIdentifier(child) && names.has(child.text)) {
      const parent = child.parent
      const isName = (ts.isPropertyAccessExpression(parent) && parent.name === child) ||
        (ts.isPropertyAssignment(parent) && parent.name === child)
      if (!isName) found.add(child.text)
    }
    ts.forEachChild(child, visit)
  }
  visit(node)
  return found
}

/** Groups of names that refer to each other (Tarjan's strongly connected components), in `order`. */
const stronglyConnected = (order: ReadonlyArray<string>, edges: ReadonlyMap<string, ReadonlySet<string>>) => {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: Array<string> = []
  const groups: Array<Array<string>> = []
  const connect = (name: string): void => {
    index.set(name, index.size)
    low.set(name, index.get(name)!)
    stack.push(name)
    for (const target of edges.get(name) ?? []) {
      if (!index.has(target)) connect(target)
      if (stack.includes(target)) low.set(name, Math.min(low.get(name)!, low.get(target)!))
    }
    if (low.get(name) !== index.get(name)) return
    const group = stack.splice(stack.indexOf(name))
    const position = new Map(order.map((member, at) => [member, at]))
    groups.push(group.sort((a, b) => position.get(a)! - position.get(b)!))
  }
  for (const name of order) if (!index.has(name)) connect(name)
  return groups
}

interface Declaration {
  readonly file: string
  readonly statement: ts.VariableStatement
  /** Its text, exported (a part exports what other parts import). */
  readonly text: string
  /** The file's import statements it uses (other than Client.ts's of Schemas.ts). */
  readonly imports: ReadonlyArray<string>
}

/**
 * Both files' declarations (their names do not collide: Client.ts imports Schemas.ts's by name)
 * as parts: the module text of each part, and a module that exports some names from their parts.
 */
const splitGenerated = () => {
  const declarations = new Map<string, Declaration>()
  const exportsOf = new Map<string, Array<string>>()
  for (const file of splitFiles) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
    const imports: Array<{ readonly text: string; readonly name: string }> = []
    const exported: Array<string> = []
    const fileDeclarations: Array<[string, ts.VariableStatement]> = []
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause
        if (clause === undefined || clause.isTypeOnly || (statement.moduleSpecifier as ts.StringLiteral).text === "./Schemas.js") continue
        const bindings = clause.namedBindings
        if (bindings === undefined || !ts.isNamespaceImport(bindings)) throw new Error(`${file}: an import that is not \`* as Name\``)
        imports.push({ text: statement.getText(source), name: bindings.name.text })
      } else if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) {
        continue
      } else if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
        const declaration = statement.declarationList.declarations[0]!
        if (!ts.isIdentifier(declaration.name) || declaration.initializer === undefined) {
          throw new Error(`${file}: a declaration that is not \`const name = ...\`; check the split in scripts/bundle.ts`)
        }
        fileDeclarations.push([declaration.name.text, statement])
        if (statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) === true) exported.push(declaration.name.text)
      } else {
        throw new Error(`${file}: a top-level statement that is not an import or a declaration; check the split in scripts/bundle.ts`)
      }
    }
    const importNames = new Set(imports.map((entry) => entry.name))
    for (const [name, statement] of fileDeclarations) {
      if (declarations.has(name)) throw new Error(`${name} is declared in both generated files`)
      const used = valueReferences(statement.declarationList, importNames)
      const text = statement.getText(source)
      declarations.set(name, {
        file,
        statement,
        text: exported.includes(name) ? text : `export ${text}`,
        imports: imports.filter((entry) => used.has(entry.name)).map((entry) => entry.text)
      })
    }
    exportsOf.set(file, exported)
  }
  const names = new Set(declarations.keys())
  const edges = new Map([...declarations].map(([name, declaration]) => {
    const uses = valueReferences(declaration.statement.declarationList, names)
    uses.delete(name)
    return [name, uses]
  }))
  const partOf = new Map<string, string>()
  const parts = new Map<string, string>()
  // Groups come out with what they use before them, so each part's imports have parts already.
  stronglyConnected([...declarations.keys()], edges).forEach((group, at) => {
    const part = `${relative(coreGenerated, declarations.get(group[0]!)!.file)}#${at}`
    for (const name of group) partOf.set(name, part)
    const uses = new Map<string, Set<string>>()
    for (const name of group) {
      for (const used of edges.get(name)!) {
        const from = partOf.get(used)!
        if (from !== part) uses.set(from, (uses.get(from) ?? new Set()).add(used))
      }
    }
    parts.set(part, [
      ...new Set(group.flatMap((name) => declarations.get(name)!.imports)),
      ...[...uses].map(([from, used]) => `import { ${[...used].join(", ")} } from ${JSON.stringify(`${partNamespace}:${from}`)}`),
      ...group.map((name) => declarations.get(name)!.text)
    ].join("\n"))
  })
  /** A module exporting `names` (those that are values: types have no part) from their parts. */
  const pick = (picked: Iterable<string>) => {
    const byPart = new Map<string, Array<string>>()
    for (const name of picked) {
      const part = partOf.get(name)
      if (part !== undefined) byPart.set(part, [...(byPart.get(part) ?? []), name])
    }
    return [...byPart].map(([part, exported]) => `export { ${exported.join(", ")} } from ${JSON.stringify(`${partNamespace}:${part}`)}`).join("\n")
  }
  return { parts, pick, exportsOf }
}

/**
 * A module of core's that imports a generated file as `* as Name` and uses only `Name.member`
 * (in values), with the import pointed at a pick of those members; undefined when there is none.
 */
const pickImports = (path: string, text: string): string | undefined => {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const edits: Array<{ readonly start: number; readonly end: number; readonly text: string }> = []
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly === true) continue
    const target = join(dirname(path), (statement.moduleSpecifier as ts.StringLiteral).text.replace(/\.js$/, ".ts"))
    if (!splitFiles.includes(target)) continue
    const bindings = statement.importClause?.namedBindings
    if (bindings === undefined || !ts.isNamespaceImport(bindings)) throw new Error(`${path}: import the generated files as \`* as Name\``)
    const namespace = bindings.name.text
    const members = new Set<string>()
    let whole = false
    const visit = (node: ts.Node): void => {
      if (ts.isTypeNode(node) || node === statement) return
      if (ts.isIdentifier(node) && node.text === namespace) {
        const parent = node.parent
        if (ts.isPropertyAccessExpression(parent) && parent.expression === node) members.add(parent.name.text)
        else if (!(ts.isPropertyAccessExpression(parent) && parent.name === node)) whole = true
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
    if (whole) continue
    const specifier = statement.moduleSpecifier
    edits.push({
      start: specifier.getStart(source),
      end: specifier.end,
      text: JSON.stringify(`${pickNamespace}:${[...members].sort().join(",")}`)
    })
  }
  if (edits.length === 0) return undefined
  let out = text
  for (const edit of edits.reverse()) out = `${out.slice(0, edit.start)}${edit.text}${out.slice(edit.end)}`
  return out
}

const generatedByDeclaration: esbuild.Plugin = {
  name: "generated-by-declaration",
  setup(build) {
    const split = splitGenerated()
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (splitFiles.includes(args.path)) {
        return { contents: split.pick(split.exportsOf.get(args.path) ?? []), loader: "ts", resolveDir: coreGenerated }
      }
      if (!args.path.startsWith(join(coreDir, "src") + sep)) return undefined
      const text = readFileSync(args.path, "utf8")
      const picked = pickImports(args.path, text)
      return picked === undefined ? undefined : { contents: picked, loader: "ts" }
    })
    build.onResolve({ filter: new RegExp(`^(?:${partNamespace}|${pickNamespace}):`) }, (args) => {
      const at = args.path.indexOf(":")
      // Declarations only: a part nothing uses is left out.
      return { path: args.path.slice(at + 1), namespace: args.path.slice(0, at), sideEffects: false }
    })
    build.onLoad({ filter: /.*/, namespace: partNamespace }, (args) => {
      const part = split.parts.get(args.path)
      if (part === undefined) throw new Error(`${args.path}: no such part of a generated file`)
      return { contents: part, loader: "ts", resolveDir: coreGenerated }
    })
    build.onLoad({ filter: /.*/, namespace: pickNamespace }, (args) => ({
      contents: split.pick(args.path === "" ? [] : args.path.split(",")),
      loader: "ts",
      resolveDir: coreGenerated
    }))
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

/**
 * `scm mock` runs the mock server from src/mockServer.ts, which is bundled by a build of its own
 * into bundle/mock/: were it in the same build, what only the mock server uses of effect and the
 * rest (most of effect's Schema module, its HTTP server, the codecs of the whole spec) would sit in
 * the chunks every command shares, since esbuild splits them by file. Apart, a command other than
 * `scm mock` loads about a third less, and the mock server its own copy of what it runs on. The
 * main build leaves the import of ../mockServer.js to run time, pointed at that copy.
 */
const mockServerApart: esbuild.Plugin = {
  name: "mock-server-apart",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/mockServer\.js$/ }, (args) => {
      if (args.importer !== join(packageDir, "src", "commands", "mock.ts")) {
        throw new Error(`${args.importer} imports the mock server: only src/commands/mock.ts may (it is bundled apart)`)
      }
      return { path: "./mock/mockServer.js", external: true }
    })
  }
}

const buildOptions = (options: { readonly entry: string; readonly outdir: string; readonly depth: number; readonly plugins: ReadonlyArray<esbuild.Plugin> }) =>
  ({
    absWorkingDir: packageDir,
    entryPoints: { [options.entry]: `src/${options.entry === "scm" ? "bin" : options.entry}.ts` },
    // The workspace's packages from their sources, as the tests load them.
    conditions: ["@scm-effect/source"],
    outdir: options.outdir,
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
    plugins: [...options.plugins, generatedByDeclaration, undiciNamedExports, segmenterOnFirstUse, importMetaUrlAsInstalled(options.depth)]
  }) satisfies esbuild.BuildOptions

rmSync(outdir, { recursive: true, force: true })
const builds = [
  await esbuild.build(buildOptions({ entry: "scm", outdir, depth: 1, plugins: [mockServerApart] })),
  await esbuild.build(buildOptions({ entry: "mockServer", outdir: join(outdir, "mock"), depth: 2, plugins: [] }))
]
// One record of both builds.
const result = {
  warnings: builds.flatMap((build) => build.warnings),
  metafile: {
    inputs: Object.assign({}, ...builds.map((build) => build.metafile.inputs)) as esbuild.Metafile["inputs"],
    outputs: Object.assign({}, ...builds.map((build) => build.metafile.outputs)) as esbuild.Metafile["outputs"]
  }
}
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

/**
 * Files the mock server's build wrote as the main build did, byte for byte (undici, @peculiar/x509:
 * a chunk's name carries the hash of its content), are kept once: bundle/mock/ imports the main
 * build's copy. Only files whose imports are all such files too, so that both copies would load
 * the same code.
 */
const dedupeMockServer = () => {
  const mockDir = join(outdir, "mock")
  const importsOf = (text: string) => [...text.matchAll(/(?:from |import\(|import )"\.\/([^"]+)"/g)].map((match) => match[1]!)
  const same = new Set(
    readdirSync(mockDir).filter((file) =>
      file.endsWith(".js") && existsSync(join(outdir, file)) && readFileSync(join(mockDir, file)).equals(readFileSync(join(outdir, file)))
    )
  )
  for (let changed = true; changed;) {
    changed = false
    for (const file of same) {
      if (importsOf(readFileSync(join(mockDir, file), "utf8")).some((imported) => !same.has(imported))) {
        same.delete(file)
        changed = true
      }
    }
  }
  for (const file of same) rmSync(join(mockDir, file))
  for (const file of readdirSync(mockDir).filter((name) => name.endsWith(".js"))) {
    const text = readFileSync(join(mockDir, file), "utf8")
    const rewritten = text.replace(/((?:from |import\(|import )")\.\/([^"]+)"/g, (whole, head: string, imported: string) => (same.has(imported) ? `${head}../${imported}"` : whole))
    if (rewritten !== text) writeFileSync(join(mockDir, file), rewritten)
  }
  const prefix = posix(relative(packageDir, mockDir))
  for (const file of same) delete result.metafile.outputs[`${prefix}/${file}`]
}
dedupeMockServer()

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
// The test suite's setup reads its inputs to tell whether bundle/ is stale: the parts of core's
// generated files (`scm-generated-part:...`, in a plugin's namespace) are no files, and their
// files are inputs themselves.
const fileInputs = Object.fromEntries(Object.entries(result.metafile.inputs).filter(([input]) => !/^[\w-]+:/.test(input)))
writeFileSync(join(packageDir, "build", "bundle-meta.json"), JSON.stringify({ ...result.metafile, inputs: fileInputs }))

// The swap: bundle/ is missing only between the two renames, never half written.
const previous = join(packageDir, `bundle.old-${process.pid}`)
if (existsSync(bundleDir)) renameSync(bundleDir, previous)
renameSync(outdir, bundleDir)
rmSync(previous, { recursive: true, force: true })
process.stdout.write(
  `bundle/: ${Object.keys(outputs).length} files, ${kib(total)}, ${packages.size - 1} packages; ` +
    `${kib(first)} load before a command is chosen\n`
)
