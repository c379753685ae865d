/**
 * Progress of long work (waiting for issuance, DCV, bulk renewal) on stderr, never stdout: on a
 * terminal one line redrawn in place (a spinner, the counts, the time elapsed); elsewhere (CI logs,
 * a pipe) a plain line per step, so a log shows what happened and when.
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Stdio from "effect/Stdio"
import { writeStderr as write } from "./output.js"

/** A running report; `finish` leaves its last line. */
export interface Progress {
  /** What is happening now; `done`/`total` when counting. */
  readonly update: (status: string, counts?: Counts) => Effect.Effect<void>
  /** The closing line (kept on a terminal, printed elsewhere), with the final counts if any. */
  readonly finish: (status: string, counts?: Counts) => Effect.Effect<void>
}

/** How far counted work has gone. */
export interface Counts {
  readonly done: number
  readonly total?: number | undefined
}

const frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

/** "4s", "2m05s", "1h02m". */
export const formatElapsed = (millis: number): string => {
  const seconds = Math.floor(millis / 1000)
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, "0")}s`
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`
}


const countsText = (counts: Counts | undefined) =>
  counts === undefined ? "" : counts.total === undefined ? ` ${counts.done}` : ` ${counts.done}/${counts.total}`

/** A progress report named `label`, for as long as the scope lasts. */
export const make = Effect.fn("progress.make")(function*(
  label: string
): Effect.fn.Return<Progress, never, Stdio.Stdio | Scope.Scope> {
  const stdio = yield* Stdio.Stdio
  const writeStderr = (text: string) => write(text).pipe(Effect.provideService(Stdio.Stdio, stdio))
  const start = yield* Clock.currentTimeMillis
  const elapsed = Effect.map(Clock.currentTimeMillis, (now) => formatElapsed(now - start))
  let status = "starting"
  let counts: Counts | undefined
  const text = (time: string) => `${label}: ${status}${countsText(counts)} (${time})`

  if (!(yield* stdio.stderrIsTerminal)) {
    return {
      update: (next, nextCounts) =>
        Effect.flatMap(elapsed, (time) => {
          status = next
          counts = nextCounts
          return writeStderr(`${text(time)}\n`)
        }),
      finish: (last, lastCounts) =>
        Effect.flatMap(elapsed, (time) => {
          status = last
          counts = lastCounts
          return writeStderr(`${text(time)}\n`)
        })
    }
  }

  let frame = 0
  let finished = false
  const draw = Effect.flatMap(elapsed, (time) => {
    frame = (frame + 1) % frames.length
    return finished ? Effect.void : writeStderr(`\r\x1b[K${frames[frame]} ${text(time)}`)
  })
  yield* Effect.forkScoped(Effect.repeat(draw, Schedule.spaced(Duration.millis(100))))
  // Ctrl-C or a failure mid-way: the half-drawn line is cleared, not left for the next prompt.
  yield* Effect.addFinalizer(() => finished ? Effect.void : writeStderr("\r\x1b[K"))
  return {
    update: (next, nextCounts) =>
      Effect.sync(() => {
        status = next
        counts = nextCounts
      }),
    finish: (last, lastCounts) =>
      Effect.flatMap(elapsed, (time) => {
        finished = true
        status = last
        counts = lastCounts
        return writeStderr(`\r\x1b[K✓ ${text(time)}\n`)
      })
  }
})
