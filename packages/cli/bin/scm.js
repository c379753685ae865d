#!/usr/bin/env node
// scm runs on Node 22.19 or later (Effect 4's floor). This file is plain JavaScript that any Node
// parses, and it imports nothing until the version is known to be new enough: ES modules evaluate
// their static imports first, so the check has to come before a dynamic import.
const [major, minor] = process.versions.node.split(".").map(Number)
if (major < 22 || (major === 22 && minor < 19)) {
  process.stderr.write(
    `scm: Node.js ${process.versions.node} is too old: scm needs Node.js >= 22.19. ` +
      "Run it with a newer Node, for example: npx -y -p node@22 -p @scm-effect/cli scm ...\n"
  )
  process.exit(2)
}
// Compiled modules are cached between runs (in the OS's temporary folder, or NODE_COMPILE_CACHE),
// which shortens every start after the first; a failure to set it up only costs that.
const { enableCompileCache } = await import("node:module")
try {
  enableCompileCache?.()
} catch {
  // no cache, then
}
// The CLI and what it loads, bundled at build time (scripts/bundle.ts): a few files to read
// instead of hundreds of modules.
await import("../bundle/scm.js")
