import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources of the workspace packages, no build needed.
    alias: {
      "@scm-effect/core": source("./packages/core/src/index.ts"),
      "@scm-effect/mock-server": source("./packages/mock-server/src/index.ts")
    }
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "packages/examples/src/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    teardownTimeout: 10_000,
    pool: "forks",
    // CI also keeps a machine-readable report, from which .ci/run prints its closing count.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "build/vitest-report.json" },
    sequence: { hooks: "list" }
  }
})
