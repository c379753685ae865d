/**
 * Temporary folders for tests, removed when the scope closes.
 */
import { Effect } from "effect"
import * as Fs from "node:fs/promises"
import * as Os from "node:os"
import * as Path from "node:path"

/** A new empty folder under the system's temporary folder, removed with everything in it when the scope closes. */
export const tempDir = (prefix = "scm-mock-test-") =>
  Effect.acquireRelease(
    Effect.promise(() => Fs.mkdtemp(Path.join(Os.tmpdir(), prefix))),
    (dir) => Effect.promise(() => Fs.rm(dir, { recursive: true, force: true }))
  )
