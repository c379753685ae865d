/**
 * The dashboard's browser code (`app/`, TypeScript) made into one ES module by esbuild: at the
 * package's build (its `build` and `prepack` scripts write `app.js` and `app.css` beside the
 * compiled `assets.js` in `dist/`), and on demand when the mock runs from its sources (tests,
 * `pnpm mock-server`), where no build has run. esbuild is a development dependency: a user of the
 * published package gets the built files and never loads it.
 */
import { readFile } from "node:fs/promises"
import { fileURLToPath } from "node:url"

/** The part of esbuild's API used here (so that no type of a development dependency leaks into the package's declarations). */
interface Esbuild {
  readonly build: (options: Readonly<Record<string, unknown>>) => Promise<{ readonly outputFiles: ReadonlyArray<{ readonly text: string }> }>
}

/** The browsers the bundle is written for: current Chromium and Firefox, and Safari. */
const targets = ["chrome120", "firefox121", "safari17"]

/** The app's sources: `app/main.ts` (the entry) and `app/style.css`, in `dir` (a `ui/` folder of the package's `src/`). */
export const appSources = (dir: URL) => ({
  entry: fileURLToPath(new URL("app/main.ts", dir)),
  style: fileURLToPath(new URL("app/style.css", dir))
})

/** The script and the style sheet of the dashboard. */
export interface AppFiles {
  readonly script: string
  readonly style: string
}

/**
 * Bundles the app from the sources in `dir`; fails with a message that says what to do when
 * esbuild is not installed (the published package, whose build already holds the files).
 */
export const bundleApp = async (dir: URL): Promise<AppFiles> => {
  const sources = appSources(dir)
  // A name in a variable: nothing that reads the package's imports goes looking for esbuild.
  const name = "esbuild"
  let esbuild: Esbuild
  try {
    esbuild = (await import(name)) as Esbuild
  } catch {
    throw new Error("The dashboard is not built and esbuild is not installed to build it: build the package (its `build` script), or install esbuild")
  }
  const result = await esbuild.build({
    entryPoints: [sources.entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: targets,
    minify: true,
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent"
  })
  const script = result.outputFiles[0]?.text
  if (script === undefined) throw new Error("esbuild wrote no bundle for the dashboard")
  return { script, style: await readFile(sources.style, "utf8") }
}
