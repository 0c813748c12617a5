import type { RawRecord } from "./decode-record.ts"
import { type Delimiter, delimiterName } from "./detect-delimiter.ts"
import type { TextEncoding } from "./detect-encoding.ts"
import { mapHeader } from "./header.ts"
import { readCsvFile } from "./read-csv.ts"
import type { Reject } from "./reasons.ts"
import type { RowOutcome } from "./row-outcome.ts"

/** Where a row came from: the file as shown to people, its true line, and the file's delimiter. */
export interface RowSource {
  readonly file: string
  readonly line: number
  readonly delimiter: Delimiter
}

/** A kind of input file: its columns and how one of its rows is normalised. */
export interface FileKind<A> {
  readonly name: string
  readonly columns: ReadonlyArray<string>
  readonly required: ReadonlyArray<string>
  readonly normalise: (record: RawRecord, source: RowSource) => RowOutcome<A>
}

export interface RowCounts {
  readonly read: number
  readonly accepted: number
  readonly rejected: number
}

export interface FileIngest<A> {
  readonly file: string
  readonly status: "read" | "rejected"
  readonly encoding: TextEncoding | null
  readonly delimiter: string | null
  readonly counts: RowCounts
  readonly accepted: ReadonlyArray<A>
  readonly rejects: ReadonlyArray<Reject>
  readonly warnings: ReadonlyArray<string>
}

/**
 * Reads one input file of a kind: every data row is accepted or rejected with its true line, and a file
 * that cannot be used at all (unreadable, required columns missing) is one reject for the whole file with
 * every row it holds counted as rejected, so rows read = accepted + rejected always holds.
 */
export const ingestFile = async <A>(
  path: string,
  file: string,
  kind: FileKind<A>,
  onBytes?: (bytes: number) => void
): Promise<FileIngest<A>> => {
  const acceptedRows: Array<A> = []
  const rejects: Array<Reject> = []
  const warnings: Array<string> = []
  let read = 0
  let fileProblem: Reject | undefined
  let columns: Array<readonly [string, number]> = []
  let width = 0
  let delimiter: Delimiter = ","

  const outcome = await readCsvFile(path, {
    onHeader: (header, dialect) => {
      delimiter = dialect.delimiter
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
      columns = [...map.index.entries()]
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
      const record: Record<string, string> = {}
      for (const [column, i] of columns) {
        const cell = fields[i]!.trim()
        if (cell !== "") record[column] = cell
      }
      const result = kind.normalise(record, { file, line, delimiter })
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

  if (outcome._tag === "Unreadable") {
    return wholeFileRejected(file, null, null, 0, warnings, {
      file,
      line: 0,
      column: "",
      value: "",
      reason_code: "unreadable_file",
      reason: `${file}: ${outcome.reason}`
    })
  }
  if (outcome.lines === 0 || (read === 0 && columns.length === 0 && !fileProblem)) {
    return wholeFileRejected(file, outcome.dialect.encoding, delimiterName(outcome.dialect.delimiter), 0, warnings, {
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
    return wholeFileRejected(file, dialect.encoding, delimiterName(dialect.delimiter), read, warnings, fileProblem)
  }
  return {
    file,
    status: "read",
    encoding: dialect.encoding,
    delimiter: delimiterName(dialect.delimiter),
    counts: { read, accepted: acceptedRows.length, rejected: rejects.length },
    accepted: acceptedRows,
    rejects,
    warnings
  }
}

const wholeFileRejected = <A>(
  file: string,
  encoding: TextEncoding | null,
  delimiter: string | null,
  read: number,
  warnings: ReadonlyArray<string>,
  reject: Reject
): FileIngest<A> => ({
  file,
  status: "rejected",
  encoding,
  delimiter,
  counts: { read, accepted: 0, rejected: read },
  accepted: [],
  rejects: [reject],
  warnings
})
