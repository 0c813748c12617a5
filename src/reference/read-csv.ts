import { readFileSync } from "node:fs"
import Papa from "papaparse"

export type CsvRow = Readonly<Record<string, string>>

/**
 * Reads a small header-first CSV into string records. Used for our own reference data (and by the builder for
 * the M49 source), so a parse error is a programming error and throws rather than being reported as data.
 */
export const readCsv = (file: string | URL): ReadonlyArray<CsvRow> => {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), {
    header: true,
    skipEmptyLines: true,
  })
  const first = parsed.errors[0]
  if (first !== undefined)
    throw new Error(`Cannot parse ${String(file)}: ${first.message} (row ${first.row})`)
  return parsed.data
}

/** A column that must be present: a missing one means the data file and this code disagree. */
export const field = (row: CsvRow, column: string): string => {
  const value = row[column]
  if (value === undefined) throw new Error(`Missing column "${column}" in reference data`)
  return value
}
