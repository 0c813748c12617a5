import { closeSync, mkdirSync, openSync, writeSync } from "node:fs"
import { dirname } from "node:path"
import { bomOf, csvRecord, type Dialect, encodeText } from "./dialects.ts"

/**
 * A CSV file being written row by row. Text is buffered up to FLUSH_CHARS and then encoded and written,
 * so memory stays flat however large the file gets (the 1 GB runs). A sink without a path only counts
 * bytes: the size calibration of --target-mb renders rows without writing them.
 */
export interface CsvSink {
  /** writes one record and returns the true 1-based file line it starts on */
  readonly write: (cells: ReadonlyArray<string>) => number
  /** encoded bytes so far, the pending buffer included */
  readonly bytes: () => number
  readonly rows: () => number
  readonly close: () => void
}

const FLUSH_CHARS = 1 << 18

const lineBreaks = (record: string): number => {
  let n = 0
  for (let i = record.indexOf("\n"); i !== -1; i = record.indexOf("\n", i + 1)) n++
  return n
}

export const openCsvSink = (path: string | null, dialect: Dialect, header: ReadonlyArray<string>): CsvSink => {
  let fd: number | null = null
  if (path !== null) {
    mkdirSync(dirname(path), { recursive: true })
    fd = openSync(path, "w")
  }
  let pending = ""
  let written = 0
  let line = 1
  let rows = 0
  const emit = (buffer: Buffer) => {
    written += buffer.length
    if (fd !== null) writeSync(fd, buffer)
  }
  const flush = () => {
    if (pending === "") return
    emit(encodeText(pending, dialect.encoding))
    pending = ""
  }
  // Byte size of the pending text without encoding it twice: exact for UTF-16 and Windows-1252, and close
  // enough for UTF-8 (only used to decide when a file is full).
  const pendingBytes = () => (dialect.encoding === "utf16le-bom" ? pending.length * 2 : pending.length)
  emit(bomOf(dialect.encoding))
  const append = (cells: ReadonlyArray<string>): number => {
    const record = csvRecord(cells, dialect)
    const start = line
    line += 1 + (record.includes("\n") ? lineBreaks(record) : 0)
    pending += record + dialect.eol
    if (pending.length >= FLUSH_CHARS) flush()
    return start
  }
  append(header)
  return {
    write: (cells) => {
      rows++
      return append(cells)
    },
    bytes: () => written + pendingBytes(),
    rows: () => rows,
    close: () => {
      flush()
      if (fd !== null) closeSync(fd)
      fd = null
    }
  }
}
