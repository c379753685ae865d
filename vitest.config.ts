import { availableParallelism } from "node:os"
import { defineConfig } from "vitest/config"

// Workspace packages resolve to their TypeScript sources through a private export condition, so
// tests need no build; a consumer of the published packages never matches it.
const sourceCondition = "@scm-effect/source"

export default defineConfig({
  resolve: { conditions: [sourceCondition, "module", "node", "development|production"] },
  ssr: { resolve: { conditions: [sourceCondition, "node", "development|production"] } },
  test: {
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
    sequence: { hooks: "list" },
    projects: [
      {
        // The library and the mock keep no state in their modules that a test changes, so their
        // files share a worker's loaded modules (effect, the sources, the spec) instead of each
        // loading them again: about half the CPU of these files.
        extends: true,
        test: {
          name: "library",
          include: ["packages/{core,mock-server,bench}/test/**/*.test.ts"],
          isolate: false,
          // The mock's bin, compiled for the tests that run it in a process: here when stale.
          globalSetup: ["packages/mock-server/test/support/compiledBin.ts"]
        }
      },
      {
        // The CLI's in-process runs and the templates' processes: each file in a fresh worker.
        extends: true,
        test: {
          name: "programs",
          include: ["packages/{cli,examples}/test/**/*.test.ts", "packages/examples/src/**/*.test.ts"],
          // The CLI's child-process tests run its bin as it ships, over bundle/; the templates'
          // tests run them compiled: each built here when stale.
          globalSetup: ["packages/cli/test/support/bundle.ts", "packages/examples/test/support/compiledTemplates.ts"]
        }
      }
    ]
  }
})
