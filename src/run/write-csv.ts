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

/** The header line of a CSV with these columns. */
export const csvHeader = (columns: ReadonlyArray<string>): string => `${columns.map(quote).join(",")}\r\n`

/** RFC 4180 CSV, UTF-8, comma, CRLF line ends, a header line first. */
export const formatCsv = <R extends object>(columns: ReadonlyArray<keyof R & string>, rows: Iterable<R>): string =>
  [...csvPieces(columns, rows)].join("")

// Rows joined into one piece at a time: large enough to write efficiently, small enough to stay bounded.
export const ROWS_A_PIECE = 4096

/**
 * The same CSV as formatCsv, as consecutive pieces (the header, then up to ROWS_A_PIECE lines each), so
 * millions of answers can be written without ever being one string (V8 caps a string at 2^29 characters).
 */
export function* csvPieces<R extends object>(columns: ReadonlyArray<keyof R & string>, rows: Iterable<R>): Generator<string> {
  yield csvHeader(columns)
  let lines: Array<string> = []
  for (const row of rows) {
    lines.push(columns.map((c) => csvCell(row[c] as CsvCell)).join(","))
    if (lines.length === ROWS_A_PIECE) {
      yield `${lines.join("\r\n")}\r\n`
      lines = []
    }
  }
  if (lines.length > 0) yield `${lines.join("\r\n")}\r\n`
}
