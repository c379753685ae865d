/**
 * The code blocks of the READMEs, and what they need to run against a mock SCM: shared by
 * check-docs.ts (every block, in the repository) and check-packages.ts (the root README's
 * programs and tests, in an outside npm project).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

/** A fenced code block: ```lang attributes... */
export interface Block {
  readonly file: string
  /** The line of the opening fence, 1-based. */
  readonly line: number
  readonly lang: string
  readonly attributes: ReadonlyArray<string>
  readonly code: string
}

/** The root README, then each package's. */
export const readmes = (root: string): ReadonlyArray<string> => [
  "README.md",
  ...readdirSync(join(root, "packages"))
    .map((name) => join("packages", name, "README.md"))
    .filter((file) => existsSync(join(root, file)))
    .sort()
]

export const blocksOf = (root: string, file: string): ReadonlyArray<Block> => {
  const lines = readFileSync(join(root, file), "utf8").split("\n")
  const blocks: Array<Block> = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S+)?\s*(.*)$/.exec(lines[i]!)
    if (open === null) continue
    const start = i
    const body: Array<string> = []
    for (i++; i < lines.length && !lines[i]!.startsWith("```"); i++) body.push(lines[i]!)
    blocks.push({
      file,
      line: start + 1,
      lang: open[1] ?? "",
      attributes: (open[2] ?? "").split(/\s+/).filter((word) => word !== ""),
      code: body.join("\n")
    })
  }
  return blocks
}

export const isTypeScript = (block: Block): boolean => block.lang === "ts" || block.lang === "typescript"

/** A fragment (```ts partial), a test (it imports @effect/vitest) or a program. */
export const kindOf = (block: Block): "program" | "test" | "partial" =>
  block.attributes.includes("partial") ? "partial" : /from\s+"@effect\/vitest"/.test(block.code) ? "test" : "program"

/** The block's file name: its README and line, `.test.ts` for a test. */
export const fileNameOf = (block: Block): string =>
  `${block.file.replace(/\/README\.md$/, "").replace(/^packages\//, "").replace("README.md", "root")}-line-${block.line}${
    kindOf(block) === "test" ? ".test" : ""
  }.ts`

/** What `scm-mock-server` prints on its first line (the fields a client of it needs). */
export interface MockInfo {
  readonly httpUrl: string
  readonly tokenUrl: string
  readonly clientId: string
  readonly clientSecret: string
}

/**
 * The variables a user exports to point the README's programs at the mock: the OAuth2 strategy
 * (what `MockScmServer.environment` gives), and `SCM_CSR_FILE`, the request the curated snippet
 * enrolls (`writeRequests` puts it in the working directory).
 */
export const scmEnvironment = (mock: MockInfo): Record<string, string> => ({
  SCM_AUTH: "oauth2",
  SCM_BASE_URL: mock.httpUrl,
  SCM_TOKEN_URL: mock.tokenUrl,
  SCM_CLIENT_ID: mock.clientId,
  SCM_CLIENT_SECRET: mock.clientSecret,
  SCM_CSR_FILE: "www.csr"
})

/** `www.csr` and `ann.csr` in `dir`: fresh ECDSA requests, made by the examples' CSR maker (node:crypto alone). */
export const writeRequests = async (root: string, dir: string): Promise<void> => {
  const { makeCsr } = (await import(join(root, "packages", "examples", "src", "internal", "csr.ts"))) as {
    readonly makeCsr: (commonName: string, dnsNames: ReadonlyArray<string>) => { readonly csrPem: string }
  }
  writeFileSync(join(dir, "www.csr"), makeCsr("www.example.com", ["www.example.com"]).csrPem)
  writeFileSync(join(dir, "ann.csr"), makeCsr("ann@example.com", []).csrPem)
}
