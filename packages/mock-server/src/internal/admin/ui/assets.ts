/**
 * The dashboard's files as the mock serves them: the ones the package's build put beside this
 * module (`dist/`), or, when the mock runs from its sources or from a `dist/` built by `tsc`
 * alone, bundled once per process from `src/` by esbuild (`bundle.ts`).
 */
import { readFile } from "node:fs/promises"
import { type AppFiles, bundleApp } from "./bundle.js"

/** The built files' names, beside the compiled `assets.js`. */
export const builtNames = { script: "app.js", style: "app.css" } as const

/** The `ui/` folder of the package's sources, from this module in `src/` or in `dist/`. */
const sourceDir = (): URL =>
  import.meta.url.endsWith(".ts") ? new URL(".", import.meta.url) : new URL("../../../../src/internal/admin/ui/", import.meta.url)

const readBuilt = async (): Promise<AppFiles | undefined> => {
  if (import.meta.url.endsWith(".ts")) return undefined
  try {
    const [script, style] = await Promise.all([
      readFile(new URL(builtNames.script, import.meta.url), "utf8"),
      readFile(new URL(builtNames.style, import.meta.url), "utf8")
    ])
    return { script, style }
  } catch {
    return undefined
  }
}

let files: Promise<AppFiles> | undefined

/** The dashboard's script and style sheet, read or bundled on first use and kept for the process. */
export const appFiles = (): Promise<AppFiles> => {
  files ??= readBuilt().then((built) => built ?? bundleApp(sourceDir()))
  // A failure is not kept: the next request tries again (esbuild installed meanwhile, say).
  files.catch(() => {
    files = undefined
  })
  return files
}
