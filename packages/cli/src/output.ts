/**
 * What `scm` prints on stdout: data only, in the format `--output` asks for. Tables are aligned and
 * fit the terminal, at most 100 columns (80 when stdout is not a terminal) unless `--wide`; colour
 * only where the CLI module's terminal detection allows it (a TTY, NO_COLOR unset).
 */
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FileSystem from "effect/FileSystem"
import * as Option from "effect/Option"
import * as Path from "effect/Path"
import type * as PlatformError from "effect/PlatformError"
import * as Stdio from "effect/Stdio"
import * as Stream from "effect/Stream"
import * as Terminal from "effect/Terminal"
import * as CliOutput from "effect/cli/CliOutput"
import * as Flag from "effect/cli/Flag"
import * as TerminalCapabilities from "effect/cli/TerminalCapabilities"
import { StdoutClosed, UsageError } from "./failure.js"
import { Output } from "./settings.js"

const newline = "\n"

export { StdoutClosed }

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
 * it reports is still going. A stderr that cannot be written to is not worth failing a run for.
 */
export const writeStderr = (text: string): Effect.Effect<void, never, Stdio.Stdio> =>
  Effect.flatMap(Stdio.Stdio, (stdio) => Effect.ignore(Stream.run(Stream.succeed(text), stdio.stderr())))

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
  /** Shown only with `--wide` or when `--columns` names it. */
  readonly wide?: boolean
}

/** Which columns a table shows: `--columns id,status` (by header, case ignored), `--wide`. */
export interface TableView {
  readonly columns: Option.Option<string>
  readonly wide: boolean
}

/** `--columns` and `--wide`, for every command that prints a table. */
export const tableFlags = {
  columns: Flag.String("columns").pipe(
    Flag.withMetavar("A,B,..."),
    Flag.withDescription("the table's columns, by header (id,status,expires)"),
    Flag.optional
  ),
  wide: Flag.Boolean("wide").pipe(
    Flag.withDescription("every column, nothing cut to fit the terminal"),
    Flag.withDefault(false)
  )
}

const columnKey = (header: string) => header.toLowerCase().replace(/\s+/g, "-")

/** The columns a view selects, or the usage error that names the valid ones. */
export const selectColumns = <A>(
  columns: ReadonlyArray<Column<A>>,
  view: TableView | undefined
): Effect.Effect<ReadonlyArray<Column<A>>, UsageError> => {
  if (view === undefined) return Effect.succeed(columns.filter((column) => column.wide !== true))
  if (Option.isNone(view.columns)) {
    return Effect.succeed(view.wide ? columns : columns.filter((column) => column.wide !== true))
  }
  const wanted = view.columns.value.split(",").map((name) => name.trim().toLowerCase()).filter((name) => name !== "")
  const chosen: Array<Column<A>> = []
  for (const name of wanted) {
    const found = columns.find((column) => columnKey(column.header) === name.replace(/[\s_]+/g, "-"))
    if (found === undefined) {
      return Effect.fail(
        new UsageError({
          message: `--columns: no column "${name}"; the columns are ${columns.map((column) => columnKey(column.header)).join(", ")}`
        })
      )
    }
    chosen.push(found)
  }
  return chosen.length === 0
    ? Effect.fail(new UsageError({ message: "--columns: name at least one column" }))
    : Effect.succeed(chosen)
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

/** The widest a table or a help text gets, however wide the terminal. */
export const maxWidth = 100

/** The terminal's width (at most 100), or 80 when stdout is not a terminal. */
export const outputWidth = Effect.gen(function*() {
  const stdio = yield* Stdio.Stdio
  if (!(yield* stdio.stdoutIsTerminal)) return 80
  const columns = yield* Effect.flatMap(Effect.serviceOption(Terminal.Terminal), (terminal) =>
    Option.isSome(terminal) ? terminal.value.columns : Effect.succeed(0))
  return columns > 20 ? Math.min(columns, maxWidth) : 80
})

const bold = Effect.gen(function*() {
  const capabilities = yield* TerminalCapabilities.TerminalCapabilities
  return (text: string) => capabilities.canColor ? `\x1b[1m${text}\x1b[0m` : text
})

/**
 * Prints rows as a table, or as JSON (`toJson` of each row) in one document or one a line. The
 * view is checked before the first row is asked for, so a wrong `--columns` sends nothing.
 */
export const printRows = Effect.fn("output.printRows")(function*<A, E, R>(
  rows: Stream.Stream<A, E, R>,
  columns: ReadonlyArray<Column<A>>,
  options: { readonly toJson?: (row: A) => unknown; readonly view?: TableView | undefined } = {}
) {
  const toJson = options.toJson ?? ((row: A) => row)
  const format = yield* Output
  const shown = yield* selectColumns(columns, options.view)
  if (format === "ndjson") {
    return yield* Stream.runForEach(rows, (row) => line(JSON.stringify(toJson(row))))
  }
  const all = yield* Stream.runCollect(rows)
  if (format === "json") return yield* line(JSON.stringify(all.map(toJson), null, 2))
  if (all.length === 0) return
  const total = options.view?.wide === true ? Number.POSITIVE_INFINITY : yield* outputWidth
  const lines = renderTable(all, shown, { total, bold: yield* bold })
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
 * `mode` applies from creation, so a secret is never readable by others, not even briefly. With
 * `exclusive`, an existing file is never replaced (the link fails instead of the rename).
 */
export const writeFileAtomic = Effect.fn("output.writeFileAtomic")(function*(
  file: string,
  data: string | Uint8Array,
  options?: { readonly mode?: number; readonly exclusive?: boolean }
) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const now = yield* Clock.currentTimeMillis
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${now}.part`)
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data
  const place = options?.exclusive === true
    ? fs.link(temporary, file).pipe(Effect.andThen(fs.remove(temporary)))
    : fs.rename(temporary, file)
  yield* fs.writeFile(temporary, bytes, { flag: "wx", ...(options?.mode === undefined ? {} : { mode: options.mode }) }).pipe(
    Effect.andThen(place),
    Effect.onExit((exit) => Exit.isSuccess(exit) ? Effect.void : Effect.ignore(fs.remove(temporary)))
  )
})

/** Refuses, before anything is sent, to write over a file that exists (unless `--force`). */
export const refuseToOverwrite = Effect.fn("output.refuseToOverwrite")(function*(
  flag: string,
  file: string,
  force: boolean
) {
  if (force) return
  const fs = yield* FileSystem.FileSystem
  if (yield* Effect.orElseSucceed(fs.exists(file), () => false)) {
    return yield* new UsageError({ message: `${flag} ${file}: the file exists; pass --force to replace it` })
  }
})
