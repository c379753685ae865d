/**
 * What the machine's own Node 20 (the one on PATH outside node_modules, as teams in other
 * languages have it in CI) does with our sources: `scm-mock-server` serves on it (a token, an API
 * call, a fault), and a program that imports `@scm-effect/core`, which needs Node 22.19, stops at
 * once with one line that says so, exit code 2. tsx loads the sources, so no build is needed;
 * `check-packages --outside` runs the same checks on the packed tarballs. Skipped, saying so,
 * where PATH has no Node older than 22.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { exercisedAsExpected, exerciseMockServer, findOldNode, runCoreImporter, tooOldLine } from "./support/oldNode.js"

const mockServerDir = Path.resolve(import.meta.dirname, "..")
const fromSources = ["--import", "tsx", "--conditions=@scm-effect/source"]

const oldNode = findOldNode()
if (oldNode === undefined) console.error("Node20.test.ts: skipped, no Node older than 22 on PATH outside node_modules")

describe.skipIf(oldNode === undefined)(`on the machine's Node ${oldNode?.version ?? "20"}`, () => {
  it.live("scm-mock-server serves: a token, an API call and a fault", () =>
    Effect.gen(function*() {
      const exercised = yield* Effect.promise(() => exerciseMockServer(oldNode!.path, [...fromSources, "src/bin.ts"], mockServerDir))
      expect(exercised).toEqual(exercisedAsExpected(exercised.typesCount))
      expect(exercised.typesCount).toBeGreaterThan(0)
    }), 60_000)

  it.live("a program that imports @scm-effect/core says in one line which Node it needs, and exits 2", () =>
    Effect.gen(function*() {
      // Inside the mock's package, where `@scm-effect/core` resolves as it does for the mock.
      const dir = Path.join(mockServerDir, "build", "old-node")
      Fs.mkdirSync(dir, { recursive: true })
      const old = yield* Effect.promise(() => runCoreImporter(oldNode!.path, fromSources, dir))
      expect(old).toEqual({ code: 2, stdout: "", stderr: tooOldLine(oldNode!.version) })
      // The repository's own Node: the same program runs, and the check says nothing.
      expect(yield* Effect.promise(() => runCoreImporter(process.execPath, fromSources, dir))).toEqual({
        code: 0,
        stdout: "function\n",
        stderr: ""
      })
    }), 60_000)
})
