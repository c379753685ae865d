/**
 * Evaluated first by every public module: a program that loads `@scm-effect/core` on a Node older
 * than Effect 4 needs (22.19) stops at once, with one line naming the versions and a way to run
 * it with a newer Node, instead of crashing with a stack trace inside undici at its first request.
 *
 * It does nothing anywhere else: on Node 22.19 and later, and in runtimes that are not Node
 * (Bun and Deno report a Node version of their own; a browser has no `process`).
 */

/** Effect 4's floor, and what `engines` says. */
const required = { major: 22, minor: 19 }

const isTooOld = (version: string): boolean => {
  const [major = 0, minor = 0] = version.split(".").map(Number)
  return major < required.major || (major === required.major && minor < required.minor)
}

/** How the user started this program, to show the same with a newer Node. */
const rerun = (argv: ReadonlyArray<string>, cwd: string): string => {
  const script = argv[1]
  if (script === undefined) return "node <your program>"
  const relative = script.startsWith(`${cwd}/`) ? script.slice(cwd.length + 1) : script
  return ["node", relative, ...argv.slice(2)].map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`)).join(" ")
}

const check = (): void => {
  if (typeof process !== "object" || process === null || typeof process.versions !== "object") return
  const versions = process.versions as Record<string, string | undefined>
  const node = versions["node"]
  if (node === undefined || versions["bun"] !== undefined || versions["deno"] !== undefined) return
  if (!isTooOld(node)) return
  process.stderr.write(
    `@scm-effect/core: Node.js ${node} is too old: @scm-effect/core needs Node.js >= ${required.major}.${required.minor}. ` +
      `Run it with a newer Node, for example: npx -y -p node@22 ${rerun(process.argv, process.cwd())}\n`
  )
  process.exit(2)
}

check()
