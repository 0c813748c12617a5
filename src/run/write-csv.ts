/** A cell of an output CSV: text is quoted and neutralised, numbers are written as they are. */
export type CsvCell = string | number | boolean | null | undefined

// DATA-MODEL §4 (and OWASP "CSV injection"): a text cell that a spreadsheet would read as a formula.
const FORMULA_START = /^[=+\-@\t\r]/

/** Prefixes formula-like text with an apostrophe so a spreadsheet shows it instead of running it. */
export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text)

const quote = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)

export const csvCell = (cell: CsvCell): string => {
  if (cell === null || cell === undefined) return ""
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : ""
  if (typeof cell === "boolean") return cell ? "true" : "false"
  return quote(neutraliseFormula(cell))
}

/** RFC 4180 CSV, UTF-8, comma, CRLF line ends, a header line first. */
export const formatCsv = <R extends object>(columns: ReadonlyArray<keyof R & string>, rows: Iterable<R>): string => {
  const lines = [columns.map(quote).join(",")]
  for (const row of rows) {
    lines.push(columns.map((c) => csvCell(row[c] as CsvCell)).join(","))
  }
  return lines.join("\r\n") + "\r\n"
}
