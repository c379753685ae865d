/** A plain-text table for a terminal: padded columns, a rule under the header. */

export interface Column {
  readonly title: string
  readonly align?: "left" | "right"
}

export const renderTable = (columns: ReadonlyArray<Column>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = columns.map((column, i) => Math.max(column.title.length, ...rows.map((row) => (row[i] ?? "").length)))
  const line = (cells: ReadonlyArray<string>) =>
    columns
      .map((column, i) => {
        const cell = cells[i] ?? ""
        const width = widths[i] ?? 0
        return column.align === "right" ? cell.padStart(width) : cell.padEnd(width)
      })
      .join("   ")
      .trimEnd()
  return [
    line(columns.map((column) => column.title)),
    widths.map((width) => "-".repeat(width)).join("   "),
    ...rows.map(line)
  ].map((text) => `  ${text}`).join("\n")
}
