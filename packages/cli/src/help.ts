/**
 * How `scm` formats its help: the CLI module's layout (description, usage, arguments, flags,
 * subcommands, examples), wrapped to 100 columns so that it reads on any terminal, with the
 * colours the terminal allows. Errors and the version are the CLI module's own.
 */
import * as Option from "effect/Option"
import * as CliOutput from "effect/cli/CliOutput"
import type * as HelpDoc from "effect/cli/HelpDoc"

/** The widest a help line gets. */
export const helpWidth = 100

/** The widest a flag's or an argument's name column gets before its text moves to the next line. */
const nameColumn = 26

interface Colors {
  readonly bold: (text: string) => string
  readonly dim: (text: string) => string
  readonly cyan: (text: string) => string
  readonly green: (text: string) => string
}

const paint = (code: number) => (text: string) => `\x1b[${code}m${text}\x1b[0m`

const palette = (enabled: boolean): Colors =>
  enabled
    ? { bold: paint(1), dim: paint(2), cyan: paint(36), green: paint(32) }
    : { bold: (text) => text, dim: (text) => text, cyan: (text) => text, green: (text) => text }

const width = (text: string) => CliOutput.displayWidth(text)

/** Words of `text` in lines of at most `max` columns (a longer word keeps its own line). */
export const wrap = (text: string, max: number): Array<string> => {
  const lines: Array<string> = []
  for (const paragraph of text.split("\n")) {
    let current = ""
    for (const word of paragraph.split(/\s+/).filter((part) => part !== "")) {
      if (current === "") current = word
      else if (width(current) + 1 + width(word) <= max) current += ` ${word}`
      else {
        lines.push(current)
        current = word
      }
    }
    lines.push(current)
  }
  return lines
}

interface Row {
  readonly left: string
  readonly plainLeft: string
  readonly right: string
}

/** Two columns: names, then their text wrapped beside them (or below a name too long to share a line). */
const table = (rows: ReadonlyArray<Row>, cap = nameColumn): Array<string> => {
  const column = Math.min(cap, Math.max(...rows.map((row) => width(row.plainLeft)))) + 2
  const textWidth = helpWidth - 2 - column
  return rows.flatMap(({ left, plainLeft, right }) => {
    const text = right === "" ? [] : wrap(right, textWidth)
    const indent = " ".repeat(2 + column)
    if (width(plainLeft) > column - 2) {
      return [`  ${left}`, ...text.map((line) => `${indent}${line}`)]
    }
    const [first = "", ...rest] = text
    return [`  ${left}${" ".repeat(column - width(plainLeft))}${first}`.trimEnd(), ...rest.map((line) => `${indent}${line}`)]
  })
}

const flagRows = (flags: ReadonlyArray<HelpDoc.FlagDoc>, colors: Colors): Array<Row> =>
  flags.map((flag) => {
    const names = [`--${flag.name}`, ...flag.aliases]
    const type = flag.type !== "boolean" ? ` ${flag.type}` : ""
    return {
      left: names.map(colors.green).join(", ") + (type === "" ? "" : colors.dim(type)),
      plainLeft: names.join(", ") + type,
      // A type that lists the choices (`table|json|ndjson`) says what "(choices: ...)" would repeat.
      right: Option.getOrElse(flag.description, () => "").replace(type.includes("|") ? / \(choices: [^)]*\)$/ : /$^/, "")
    }
  })

/** The help text of one command, at most 100 columns wide. */
export const formatHelpDoc = (doc: HelpDoc.HelpDoc, colors: Colors): string => {
  const out: Array<string> = []
  const section = (title: string, lines: ReadonlyArray<string>) => {
    out.push(colors.bold(title), ...lines, "")
  }
  if (doc.description) section("DESCRIPTION", wrap(doc.description, helpWidth - 2).map((line) => `  ${line}`))
  section("USAGE", wrap(doc.usage, helpWidth - 4).map((line, i) => `  ${i === 0 ? "" : "  "}${colors.cyan(line)}`))
  if (doc.args !== undefined && doc.args.length > 0) {
    section(
      "ARGUMENTS",
      table(doc.args.map((arg) => {
        const name = `${arg.name}${arg.variadic ? "..." : ""}`
        return {
          left: `${colors.green(name)} ${colors.dim(arg.type)}`,
          plainLeft: `${name} ${arg.type}`,
          right: Option.getOrElse(arg.description, () => "") + (arg.required ? "" : " (optional)")
        }
      }))
    )
  }
  if (doc.flags.length > 0) section("FLAGS", table(flagRows(doc.flags, colors)))
  const path = doc.commandPath ?? []
  // The global flags in full on `scm --help`; below it, one line pointing there.
  if (doc.globalFlags !== undefined && doc.globalFlags.length > 0) {
    if (path.length <= 1) section("GLOBAL FLAGS", table(flagRows(doc.globalFlags, colors)))
    else out.push(`Run '${path[0]} --help' for global flags`, "")
  }
  for (const group of doc.subcommands ?? []) {
    section(
      group.group === undefined ? "SUBCOMMANDS" : `${group.group.toUpperCase()}:`,
      table(group.commands.map((command) => ({
        left: colors.cyan(command.name),
        plainLeft: command.name,
        right: command.shortDescription ?? command.description
      })), 12)
    )
  }
  if (doc.examples !== undefined && doc.examples.length > 0) {
    const lines: Array<string> = []
    doc.examples.forEach((example, i) => {
      if (i > 0) lines.push("")
      if (example.description) lines.push(...wrap(`# ${example.description}`, helpWidth - 2).map((line) => `  ${colors.dim(line)}`))
      lines.push(`  ${colors.cyan(example.command)}`)
    })
    section("EXAMPLES", lines)
  }
  while (out.at(-1) === "") out.pop()
  return out.join("\n")
}

/** The CLI module's formatter, with `scm`'s help layout. */
export const formatter = (options: { readonly colors: boolean }): CliOutput.Formatter => {
  const base = CliOutput.defaultFormatter({ colors: options.colors })
  const colors = palette(options.colors)
  return { ...base, formatHelpDoc: (doc) => formatHelpDoc(doc, colors) }
}
