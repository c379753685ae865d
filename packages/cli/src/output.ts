/**
 * What `scm` prints on stdout: data only, in the format `--output` asks for. Tables are aligned and
 * fit the terminal (80 columns when stdout is not one); colour only where the CLI module's
 * terminal detection allows it (a TTY, NO_COLOR unset).
 */
import { Clock, Effect, Exit, FileSystem, Path, Schema, Stdio, Stream } from "effect"
import type { PlatformError } from "effect"
import { CliOutput, TerminalCapabilities } from "effect/cli"
import { Output } from "./settings.js"

const newline = "\n"

/**
 * stdout was closed by its reader (`scm ssl list | head`): the run ends quietly, as other Unix
 * tools do, rather than fetching pages nobody reads.
 */
export class StdoutClosed extends Schema.TaggedError<StdoutClosed>("@scm-effect/cli/StdoutClosed")("StdoutClosed", {}) {}

const isBrokenPipe = (error: PlatformError.PlatformError): boolean => {
  const cause: unknown = error.cause
  return typeof cause === "object" && cause !== null && "code" in cause && cause.code === "EPIPE"
}

/** Writes text or bytes to stdout, as they are. */
export const writeStdout = (data: string | Uint8Array): Effect.Effect<void, StdoutClosed, Stdio.Stdio> =>
  Effect.flatMap(Stdio.Stdio, (stdio) =>
    Stream.run(Stream.succeed(data), stdio.stdout()).pipe(
      Effect.catch((error) => isBrokenPipe(error) ? Effect.fail(new StdoutClosed()) : Effect.die(error))
    ))

/**
 * Writes to stderr (progress, notes, failures), at once: a progress line must show while the work
 * it reports is still going.
 */
export const writeStderr = (text: string): Effect.Effect<void> => Effect.sync(() => void process.stderr.write(text))

/** Writes one line to stdout. */
export const line = (text: string) => writeStdout(text + newline)

/** A column of a table: its header and how a row shows in it. */
export interface Column<A> {
  readonly header: string
  readonly get: (row: A) => string | number | boolean | undefined | null
  /** Numbers read best right-aligned. */
  readonly align?: "left" | "right"
  /** Gives way first when the table is too wide (free text: summaries, name lists). */
  readonly flex?: boolean
}

const cell = (value: string | number | boolean | undefined | null): string =>
  value === undefined || value === null ? "" : String(value).replace(/[\r\n\t]+/g, " ")

const width = (text: string): number => CliOutput.displayWidth(text)

const truncate = (text: string, max: number): string => {
  if (width(text) <= max) return text
  let out = ""
  for (const char of text) {
    if (width(out + char) > max - 1) break
    out += char
  }
  return `${out}…`
}

const pad = (text: string, size: number, align: "left" | "right" | undefined) =>
  align === "right" ? " ".repeat(Math.max(0, size - width(text))) + text : text + " ".repeat(Math.max(0, size - width(text)))

const gap = 2

/**
 * Column widths that fit `total`: each column as wide as its widest cell; while too wide, the
 * widest flexible column gives way, then the widest other one (none narrower than its minimum).
 */
export const fitWidths = (
  natural: ReadonlyArray<number>,
  minimum: ReadonlyArray<number>,
  flexible: ReadonlyArray<boolean>,
  total: number
): Array<number> => {
  const widths = [...natural]
  const sum = () => widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1)
  const widestOf = (eligible: (i: number) => boolean) => {
    let widest = -1
    for (let i = 0; i < widths.length; i++) {
      if (eligible(i) && widths[i]! > minimum[i]! && (widest === -1 || widths[i]! > widths[widest]!)) widest = i
    }
    return widest
  }
  while (sum() > total) {
    const flex = widestOf((i) => flexible[i] === true)
    const widest = flex === -1 ? widestOf(() => true) : flex
    if (widest === -1) break
    widths[widest] = Math.max(minimum[widest]!, widths[widest]! - (sum() - total))
  }
  return widths
}

/** The lines of an aligned table, header first, fitting `total` columns. */
export const renderTable = <A>(
  rows: ReadonlyArray<A>,
  columns: ReadonlyArray<Column<A>>,
  options: { readonly total: number; readonly bold: (text: string) => string }
): Array<string> => {
  const cells = rows.map((row) => columns.map((column) => cell(column.get(row))))
  const natural = columns.map((column, i) => Math.max(width(column.header), ...cells.map((r) => width(r[i]!))))
  const minimum = columns.map((column, i) => Math.min(natural[i]!, Math.max(8, width(column.header))))
  const widths = fitWidths(natural, minimum, columns.map((column) => column.flex === true), options.total)
  const render = (values: ReadonlyArray<string>) =>
    values.map((value, i) => pad(truncate(value, widths[i]!), widths[i]!, columns[i]!.align)).join(" ".repeat(gap))
      .trimEnd()
  return [options.bold(render(columns.map((column) => column.header))), ...cells.map(render)]
}

const terminalColumns = Effect.gen(function*() {
  const stdio = yield* Stdio.Stdio
  const columns = (yield* stdio.stdoutIsTerminal) ? process.stdout.columns : undefined
  return typeof columns === "number" && columns > 20 ? columns : 80
})

const bold = Effect.gen(function*() {
  const capabilities = yield* TerminalCapabilities.TerminalCapabilities
  return (text: string) => capabilities.canColor ? `\x1b[1m${text}\x1b[0m` : text
})

/** Prints rows as a table, or as JSON (`toJson` of each row) in one document or one a line. */
export const printRows = Effect.fn("output.printRows")(function*<A, E, R>(
  rows: Stream.Stream<A, E, R>,
  columns: ReadonlyArray<Column<A>>,
  toJson: (row: A) => unknown = (row) => row
) {
  const format = yield* Output
  if (format === "ndjson") {
    return yield* Stream.runForEach(rows, (row) => line(JSON.stringify(toJson(row))))
  }
  const all = yield* Stream.runCollect(rows)
  if (format === "json") return yield* line(JSON.stringify(all.map(toJson), null, 2))
  if (all.length === 0) return
  const lines = renderTable(all, columns, { total: yield* terminalColumns, bold: yield* bold })
  yield* writeStdout(lines.join(newline) + newline)
})

/** Prints one record: `label  value` lines for people, the JSON value for programs. */
export const printRecord = Effect.fn("output.printRecord")(function*(
  fields: ReadonlyArray<readonly [string, string | number | boolean | undefined | null]>,
  json: unknown
) {
  const format = yield* Output
  if (format === "json") return yield* line(JSON.stringify(json, null, 2))
  if (format === "ndjson") return yield* line(JSON.stringify(json))
  const shown = fields.filter(([, value]) => value !== undefined && value !== null && value !== "")
  const labelWidth = Math.max(0, ...shown.map(([label]) => width(label)))
  const emphasis = yield* bold
  // Values are never cut: a DNS record or a URL is copied from here.
  const lines = shown.map(([label, value]) => `${emphasis(pad(label, labelWidth, "left"))}  ${cell(value)}`)
  yield* writeStdout(lines.join(newline) + newline)
})

/** Prints any JSON value: pretty for people and `--output json`, one line for ndjson (an array: one a line). */
export const printJson = Effect.fn("output.printJson")(function*(value: unknown) {
  const format = yield* Output
  if (format !== "ndjson") return yield* line(JSON.stringify(value, null, 2))
  if (Array.isArray(value)) {
    for (const item of value) yield* line(JSON.stringify(item))
    return
  }
  yield* line(JSON.stringify(value))
})

/**
 * Writes a file whole or not at all: into a temporary file beside it, renamed over it once
 * complete. A failure or Ctrl-C removes the temporary file, and leaves any older file as it was.
 * `mode` applies from creation, so a secret is never readable by others, not even briefly.
 */
export const writeFileAtomic = Effect.fn("output.writeFileAtomic")(function*(
  file: string,
  data: string | Uint8Array,
  options?: { readonly mode?: number }
) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const now = yield* Clock.currentTimeMillis
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${now}.part`)
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data
  yield* fs.writeFile(temporary, bytes, { flag: "wx", ...(options?.mode === undefined ? {} : { mode: options.mode }) }).pipe(
    Effect.andThen(fs.rename(temporary, file)),
    Effect.onExit((exit) => Exit.isSuccess(exit) ? Effect.void : Effect.ignore(fs.remove(temporary)))
  )
})
