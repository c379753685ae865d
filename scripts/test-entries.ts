/**
 * Compiles the workspace's programs that tests run in a child process (the templates, the mock's
 * bin) into one JavaScript file per program, under the package's `build/test-entries/`.
 *
 * Why: under tsx every module a process loads, effect's included, goes through tsx's loader hooks,
 * which doubles the cost of loading them; a template's process spent about 2.3 s of CPU, most of it
 * there. Compiled here, a program loads its workspace sources from one file and every package from
 * node_modules with Node's own loader.
 *
 * What stays as it is, so the process runs the same code as under tsx: the sources are compiled by
 * esbuild (as tsx compiles them) with the `@scm-effect/source` condition; each package the sources
 * import is loaded from the exact file Node resolves for the importing source file (its own
 * node_modules, not the output folder's); each source file keeps its own `import.meta.url`, so what
 * it reads beside itself is found where it is. Dynamic imports of the sources stay lazy (chunks).
 * What changes: the process's entry path, and module evaluation order across chunks only as ES
 * modules allow.
 */
import * as esbuild from "esbuild"
import * as Fs from "node:fs"
import { builtinModules } from "node:module"
import * as Path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const builtins = new Set(builtinModules)
const workspaceScope = "@scm-effect/"
const outdirName = Path.join("build", "test-entries")

/** When `file` was last written; a missing file counts as newer than anything. */
const modifiedAt = (file: string): number => {
  try {
    return Fs.statSync(file).mtimeMs
  } catch {
    return Number.POSITIVE_INFINITY
  }
}

/**
 * Why `outputs` must be built again, or undefined when they are newer than every input that
 * esbuild's `metafile` lists (paths relative to `baseDir`) and every file of `alsoFrom`. A new
 * source file only comes in through an edit of one that imports it, which shows here.
 */
export const staleness = (
  outputs: ReadonlyArray<string>,
  metafile: string,
  baseDir: string,
  alsoFrom: ReadonlyArray<string>
): string | undefined => {
  const missing = [...outputs, metafile].find((file) => !Fs.existsSync(file))
  if (missing !== undefined) return `${Path.relative(baseDir, missing)} is not built`
  const builtAt = Math.min(...[...outputs, metafile].map(modifiedAt))
  const inputs = Object.keys((JSON.parse(Fs.readFileSync(metafile, "utf8")) as { inputs: Record<string, unknown> }).inputs)
  const newer = [...alsoFrom, ...inputs.map((input) => Path.resolve(baseDir, input))].find((file) => modifiedAt(file) > builtAt)
  return newer === undefined ? undefined : `${Path.relative(baseDir, newer)} changed since it was built`
}

/** The compiled file of `name` (a key of the entries given to {@link compileEntries}). */
export const compiledEntry = (packageDir: string, name: string): string => Path.join(packageDir, outdirName, `${name}.js`)

/** Where the processes of a package's compiled entries keep Node's compile cache (`NODE_COMPILE_CACHE`), for the next one. */
export const compileCacheOf = (packageDir: string): string => Path.join(packageDir, "build", "compile-cache")

const isBare = (specifier: string) => !specifier.startsWith(".") && !Path.isAbsolute(specifier)

/** Packages are loaded by Node, from the file Node resolves for the source that imports them. */
const packagesAsResolved: esbuild.Plugin = {
  name: "packages-as-resolved",
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (!isBare(args.path) || args.path.startsWith(workspaceScope) || args.pluginData === "inner") return undefined
      if (args.path.startsWith("node:") || builtins.has(args.path)) return { path: args.path, external: true }
      // A name in a variable (`import(name)`) never reaches here: esbuild leaves it to Node.
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "inner" })
      if (resolved.errors.length > 0) return { errors: resolved.errors }
      return { path: pathToFileURL(resolved.path).href, external: true }
    })
    // Each source file keeps its own URL: it reads files beside itself (the spec, the dashboard).
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = Fs.readFileSync(args.path, "utf8")
      if (!text.includes("import.meta.url")) return undefined
      return { contents: text.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader: "ts" }
    })
  }
}

/**
 * Compiles `entries` (output name to source path, relative to `packageDir`) into
 * `packageDir/build/test-entries/`, unless they are newer than everything they were built from.
 * Returns why it built, or undefined when it had nothing to do.
 */
export const compileEntries = async (packageDir: string, entries: Readonly<Record<string, string>>): Promise<string | undefined> => {
  const outdir = Path.join(packageDir, outdirName)
  const metafile = Path.join(packageDir, "build", "test-entries-meta.json")
  const outputs = Object.keys(entries).map((name) => compiledEntry(packageDir, name))
  const lockfile = Path.resolve(packageDir, "..", "..", "pnpm-lock.yaml")
  const reason = staleness(outputs, metafile, packageDir, [lockfile, fileURLToPath(import.meta.url)])
  if (reason === undefined) return undefined
  // A folder of this run, swapped in whole: a process of an earlier run keeps its files.
  const fresh = `${outdir}.new-${process.pid}`
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, source]) => [name, Path.join(packageDir, source)])),
    outdir: fresh,
    absWorkingDir: packageDir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node22",
    conditions: ["@scm-effect/source"],
    mainFields: ["main"],
    metafile: true,
    logLevel: "warning",
    plugins: [packagesAsResolved]
  })
  const stale = `${outdir}.old-${process.pid}`
  if (Fs.existsSync(outdir)) Fs.renameSync(outdir, stale)
  Fs.renameSync(fresh, outdir)
  Fs.rmSync(stale, { recursive: true, force: true })
  Fs.writeFileSync(metafile, JSON.stringify(result.metafile))
  return reason
}
