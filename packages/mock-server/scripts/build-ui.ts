/**
 * Writes the dashboard's bundle beside the compiled `assets.js` in `dist/` (`app.js`, `app.css`),
 * where the mock serves it from in the published package. Run by the package's `build` and
 * `prepack` scripts, after `tsc`.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { builtNames } from "../src/internal/admin/ui/assets.js"
import { bundleApp } from "../src/internal/admin/ui/bundle.js"

const sources = new URL("../src/internal/admin/ui/", import.meta.url)
const target = new URL("../dist/internal/admin/ui/", import.meta.url)

const files = await bundleApp(sources)
mkdirSync(target, { recursive: true })
writeFileSync(new URL(builtNames.script, target), files.script)
writeFileSync(new URL(builtNames.style, target), files.style)
console.log(`dashboard: ${fileURLToPath(new URL(builtNames.script, target))} (${Buffer.byteLength(files.script)} bytes), ${builtNames.style} (${Buffer.byteLength(files.style)} bytes)`)
