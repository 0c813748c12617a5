import type { RawRecord } from "./decode-record.ts"
import { type Delimiter, delimiterName } from "./detect-delimiter.ts"
import type { TextEncoding } from "./detect-encoding.ts"
import { mapHeader } from "./header.ts"
import { readCsvFile } from "./read-csv.ts"
import type { Reject } from "./reasons.ts"
import type { RowOutcome, RowProblem } from "./row-outcome.ts"

/** Where a row came from: the file as shown to people, its true line, and the file's delimiter. */
export interface RowSource {
  readonly file: string
  readonly line: number
  readonly delimiter: Delimiter
}

/**
 * Where a kind keeps one file's accepted rows when it does not want an array of row objects (national
 * reports: columns, see AnswerChunk). `take` normalises a row from its cells (as `normaliseCells`) and keeps
 * it when accepted; it returns why not otherwise.
 */
export interface RowCollector<Rows> {
  readonly take: (cells: ReadonlyArray<string | undefined>, source: RowSource) => RowProblem | undefined
  readonly accepted: () => number
  readonly finish: () => Rows
}

/** A kind of input file: its columns and how one of its rows is normalised. */
export interface FileKind<A, Rows = ReadonlyArray<A>> {
  readonly name: string
  readonly columns: ReadonlyArray<string>
  readonly required: ReadonlyArray<string>
  readonly normalise: (record: RawRecord, source: RowSource) => RowOutcome<A>
  /**
   * The same normalisation from the row's cells in `columns` order (trimmed; undefined when empty or when
   * the file lacks the column), which spares building a record per row. It reads the array and keeps none
   * of it (the reader reuses one array per file). When given, the reader uses it instead of `normalise`.
   */
  readonly normaliseCells?: (cells: ReadonlyArray<string | undefined>, source: RowSource) => RowOutcome<A>
  /** When given, accepted rows go to the file's collector (cells as for normaliseCells) and become `accepted`. */
  readonly collect?: (file: string) => RowCollector<Rows>
}

export interface RowCounts {
  readonly read: number
  readonly accepted: number
  readonly rejected: number
}

export interface FileIngest<A, Rows = ReadonlyArray<A>> {
  readonly file: string
  readonly status: "read" | "rejected"
  readonly encoding: TextEncoding | null
  readonly delimiter: string | null
  readonly counts: RowCounts
  /** the accepted rows: an array of A, or what the kind's collector keeps */
  readonly accepted: Rows
  readonly rejects: ReadonlyArray<Reject>
  readonly warnings: ReadonlyArray<string>
}

/**
 * Reads one input file of a kind: every data row is accepted or rejected with its true line, and a file
 * that cannot be used at all (unreadable, required columns missing) is one reject for the whole file with
 * every row it holds counted as rejected, so rows read = accepted + rejected always holds.
 */
export const ingestFile = async <A, Rows = ReadonlyArray<A>>(
  path: string,
  file: string,
  kind: FileKind<A, Rows>,
  onBytes?: (bytes: number) => void
): Promise<FileIngest<A, Rows>> => {
  const acceptedRows: Array<A> = []
  const collector = kind.collect?.(file)
  const rejects: Array<Reject> = []
  const warnings: Array<string> = []
  let read = 0
  let fileProblem: Reject | undefined
  // The known columns and their cell positions as parallel arrays, so each row is a plain indexed loop.
  let names: Array<string> = []
  let positions: Array<number> = []
  let width = 0
  let delimiter: Delimiter = ","
  // One source object per file, updated row by row: the normalisers read it and keep none of it.
  const source: { file: string; line: number; delimiter: Delimiter } = { file, line: 0, delimiter }
  // For kinds that take cells: each known column's cell position (-1 when the file lacks it), and the
  // one array the cells are put in, row after row.
  const normaliseCells = kind.normaliseCells
  const byCells = collector !== undefined || normaliseCells !== undefined
  let cellPositions: Array<number> = []
  const cells: Array<string | undefined> = kind.columns.map(() => undefined)

  const outcome = await readCsvFile(path, {
    onHeader: (header, dialect) => {
      delimiter = dialect.delimiter
      source.delimiter = delimiter
      width = header.length
      const map = mapHeader(header, kind.columns, kind.required)
      if (map.missing.length > 0) {
        fileProblem = {
          file,
          line: 1,
          column: map.missing.join(";"),
          value: header.join(delimiter),
          reason_code: "missing_column",
          reason: `${file}: the header has no ${map.missing.map((c) => `"${c}"`).join(", ")} column (${kind.name} files need ${kind.required.join(", ")}; found ${header.map((h) => `"${h.trim()}"`).join(", ")} with ${delimiterName(dialect.delimiter)} as delimiter); the whole file was not read`
        }
      }
      if (map.unknown.length > 0) warnings.push(`${file}: extra columns kept but not used: ${map.unknown.join(", ")}`)
      if (map.duplicated.length > 0) {
        warnings.push(`${file}: duplicated columns, the first of each is used: ${map.duplicated.join(", ")}`)
      }
      names = [...map.index.keys()]
      positions = [...map.index.values()]
      cellPositions = kind.columns.map((column) => map.index.get(column) ?? -1)
    },
    onRow: (fields, line) => {
      read++
      if (fileProblem) return
      if (fields.length !== width) {
        rejects.push({
          file,
          line,
          column: "",
          value: fields.join(delimiter),
          reason_code: "malformed_row",
          reason: `${file} line ${line}: the row has ${fields.length} fields but the header has ${width}; check for an unquoted ${delimiterName(delimiter)} or a missing field`
        })
        return
      }
      source.line = line
      if (byCells) {
        for (let c = 0; c < cellPositions.length; c++) {
          const i = cellPositions[c]!
          cells[c] = i < 0 ? undefined : trimmedCell(fields[i]!)
        }
      }
      if (collector !== undefined) {
        const problem = collector.take(cells, source)
        if (problem !== undefined) rejects.push({ file, line, ...problem, reason: `${file} line ${line}: ${problem.reason}` })
        return
      }
      let result: RowOutcome<A>
      if (normaliseCells !== undefined) result = normaliseCells(cells, source)
      else {
        const record: Record<string, string> = {}
        for (let c = 0; c < names.length; c++) {
          const cell = fields[positions[c]!]!.trim()
          if (cell !== "") record[names[c]!] = cell
        }
        result = kind.normalise(record, source)
      }
      if (result._tag === "Accepted") acceptedRows.push(result.row)
      else rejects.push({ file, line, ...result.problem, reason: `${file} line ${line}: ${result.problem.reason}` })
    },
    onMalformed: (fields, line, problem) => {
      read++
      if (fileProblem) return
      rejects.push({
        file,
        line,
        column: "",
        value: fields.join(delimiter).slice(0, 200),
        reason_code: "malformed_row",
        reason: `${file} line ${line}: the CSV cannot be split into fields (${problem}); check the quotes on this line`
      })
    }
  }, onBytes)

  // A kind's collector holds the rows it kept; an array otherwise. A file rejected whole keeps none.
  const none = (): Rows => (kind.collect ? kind.collect(file).finish() : ([] as ReadonlyArray<A> as Rows))
  if (outcome._tag === "Unreadable") {
    return wholeFileRejected(file, null, null, 0, warnings, none(), {
      file,
      line: 0,
      column: "",
      value: "",
      reason_code: "unreadable_file",
      reason: `${file}: ${outcome.reason}`
    })
  }
  if (outcome.lines === 0 || (read === 0 && names.length === 0 && !fileProblem)) {
    return wholeFileRejected(file, outcome.dialect.encoding, delimiterName(outcome.dialect.delimiter), 0, warnings, none(), {
      file,
      line: 0,
      column: "",
      value: "",
      reason_code: "unreadable_file",
      reason: `${file}: the file has no header row`
    })
  }
  const dialect = outcome.dialect
  if (fileProblem) {
    return wholeFileRejected(file, dialect.encoding, delimiterName(dialect.delimiter), read, warnings, none(), fileProblem)
  }
  return {
    file,
    status: "read",
    encoding: dialect.encoding,
    delimiter: delimiterName(dialect.delimiter),
    counts: { read, accepted: collector ? collector.accepted() : acceptedRows.length, rejected: rejects.length },
    accepted: collector ? collector.finish() : (acceptedRows as ReadonlyArray<A> as Rows),
    rejects,
    warnings
  }
}

/**
 * A cell without the white space around it (as String#trim), undefined when nothing is left. Most cells have
 * none: checking the first and last character spares a trim call on each (11 cells a row).
 */
const trimmedCell = (field: string): string | undefined => {
  const n = field.length
  if (n === 0) return undefined
  const first = field.charCodeAt(0)
  const last = field.charCodeAt(n - 1)
  // Printable ASCII is never white space; anything else (tab, no-break space, BOM…) goes through trim.
  if (first > 32 && first < 127 && last > 32 && last < 127) return field
  const cell = field.trim()
  return cell === "" ? undefined : cell
}

const wholeFileRejected = <A, Rows>(
  file: string,
  encoding: TextEncoding | null,
  delimiter: string | null,
  read: number,
  warnings: ReadonlyArray<string>,
  none: Rows,
  reject: Reject
): FileIngest<A, Rows> => ({
  file,
  status: "rejected",
  encoding,
  delimiter,
  counts: { read, accepted: 0, rejected: read },
  accepted: none,
  rejects: [reject],
  warnings
})
