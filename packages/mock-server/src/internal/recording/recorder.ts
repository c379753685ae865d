/**
 * Writing exchanges to the recording folder: one file each, numbered after the highest number
 * already there (a folder can be recorded into again), written to a temporary name and renamed,
 * so that a crash never leaves half a file for the replay to refuse.
 */
import { Data, Effect, Logger } from "effect"
import { randomBytes } from "node:crypto"
import * as Fs from "node:fs/promises"
import * as Path from "node:path"
import { encodeExchange, type Exchange, fileName, sequenceOf } from "./exchange.js"
import { makeRedactor } from "./redaction.js"

/** A recording or replay folder that cannot be used; the message names the folder or file and the problem. */
export class RecordingError extends Data.TaggedError("RecordingError")<{ readonly message: string }> {}

/** Writes exchanges, secrets out. */
export interface Recorder {
  /** Writes one exchange; a failure to write is logged (the caller still gets the answer SCM gave). */
  readonly write: (exchange: Exchange) => Effect.Effect<void>
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Checks that `dir` can be written (making it if it is missing) and finds the number to go on from. */
export const makeRecorder = (dir: string): Effect.Effect<Recorder, RecordingError> =>
  Effect.gen(function*() {
    const folder = Path.resolve(dir)
    const names = yield* Effect.tryPromise({
      try: async () => {
        await Fs.mkdir(folder, { recursive: true })
        // Writing is the only sure test of writability (access() says yes to root on a read-only mount).
        const probe = Path.join(folder, `.scm-mock-probe-${randomBytes(6).toString("hex")}`)
        await Fs.writeFile(probe, "")
        await Fs.rm(probe)
        return Fs.readdir(folder)
      },
      catch: (error) => new RecordingError({ message: `cannot record into ${folder}: ${reason(error)}` })
    })
    let last = Math.max(0, ...names.map((name) => sequenceOf(name) ?? 0))
    const redact = makeRedactor()
    return {
      write: (exchange) =>
        Effect.suspend(() => {
          // Numbered when written, so files sort in the order their answers came.
          const name = fileName(++last, exchange.request.method, exchange.request.path)
          const text = encodeExchange(redact(exchange))
          const target = Path.join(folder, name)
          const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`
          return Effect.flatMap(
            Effect.promise(async () => {
              try {
                await Fs.writeFile(temporary, text, { flag: "wx" })
                await Fs.rename(temporary, target)
                return undefined
              } catch (error) {
                await Fs.rm(temporary, { force: true }).catch(() => undefined)
                return reason(error)
              }
            }),
            (failure) =>
              failure === undefined
                ? Effect.void
                : Effect.logWarning(`scm-mock: could not record ${name} in ${folder}: ${failure}`).pipe(
                  Effect.provideService(Logger.LogToStderr, true)
                )
          )
        })
    }
  })
