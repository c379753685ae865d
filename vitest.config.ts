import { availableParallelism } from "node:os"
import { defineConfig } from "vitest/config"

// Workspace packages resolve to their TypeScript sources through a private export condition, so
// tests need no build; a consumer of the published packages never matches it.
const sourceCondition = "@scm-effect/source"

export default defineConfig({
  resolve: { conditions: [sourceCondition, "module", "node", "development|production"] },
  ssr: { resolve: { conditions: [sourceCondition, "node", "development|production"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts", "packages/examples/src/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    teardownTimeout: 10_000,
    pool: "forks",
    // vitest's default leaves a core to its main process (one worker on 2 cores); our files spend
    // much of their time waiting on sockets and child processes, so one worker per core.
    maxWorkers: Math.max(2, availableParallelism()),
    // CI also keeps a machine-readable report, from which .ci/run prints its closing count.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "build/vitest-report.json" },
    sequence: { hooks: "list" }
  }
})
