import { availableParallelism } from "node:os"
import { defineConfig } from "vitest/config"
import { BaseSequencer, type TestSpecification } from "vitest/node"

// Workspace packages resolve to their TypeScript sources through a private export condition, so
// tests need no build; a consumer of the published packages never matches it.
const sourceCondition = "@scm-effect/source"

const programs = "programs"

/**
 * vitest queues a project's files after those of the projects named before it, each project's
 * largest first when it has no timings (a fresh clone). The programs' files are small, but most
 * spend seconds waiting, on the processes they start or on real time: last in the queue, one of
 * them (11 s) ran alone at the end. They go first, and the library's many short files fill the
 * workers after them.
 */
class ProgramsFirst extends BaseSequencer {
  override async sort(files: Array<TestSpecification>): Promise<Array<TestSpecification>> {
    const sorted = await super.sort(files)
    const isProgram = (file: TestSpecification) => file.project.name === programs
    return [...sorted.filter(isProgram), ...sorted.filter((file) => !isProgram(file))]
  }
}

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
    sequence: { hooks: "list", sequencer: ProgramsFirst },
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
          name: programs,
          include: ["packages/{cli,examples}/test/**/*.test.ts", "packages/examples/src/**/*.test.ts"],
          // The CLI's child-process tests run its bin as it ships, over bundle/; the templates'
          // tests run them compiled: each built here when stale.
          globalSetup: ["packages/cli/test/support/bundle.ts", "packages/examples/test/support/compiledTemplates.ts"]
        }
      }
    ]
  }
})
