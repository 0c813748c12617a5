import { join } from "node:path"
import { STATES, type State } from "../../src/reference/states.ts"
import { type CsvSink, openCsvSink } from "./csv-sink.ts"
import { COMMA_UTF8, DIALECTS, type Dialect, type FileEncoding } from "./dialects.ts"
import { shuffled, streamFor } from "./prng.ts"
import { CANONICAL_COLUMNS, renderReport, styleFor } from "./render-report.ts"
import { BAD_KINDS, type BadKind, buildReport } from "./report-rows.ts"

export interface ReportFileSummary {
  /** relative to the output folder, as the pipeline names it (`reports/2018/…`) */
  readonly file: string
  readonly dialect: string
  readonly encoding: FileEncoding
  readonly delimiter: "comma" | "semicolon" | "tab"
  readonly rows: number
  readonly badRows: number
  readonly bytes: number
  readonly states: number
}

export interface ReportsSummary {
  readonly files: ReadonlyArray<ReportFileSummary>
  readonly rows: number
  readonly badRows: Readonly<Record<BadKind, number>>
  readonly bytes: number
  readonly canonicalBytes: number
}

export interface ReportsOptions {
  /** null: render and count bytes only (size calibration) */
  readonly out: string | null
  readonly seed: number
  readonly states: ReadonlyArray<State>
  readonly cycles: ReadonlyArray<number>
  readonly answers: number
  readonly badShare: number
  readonly maxFileBytes: number
  readonly oneFile: boolean
  readonly canonical: boolean
  /** which States to render (calibration renders a sample); all by default */
  readonly include?: (state: State) => boolean
}

/** Biennial cycles from 2018, as PoA reports are due: 2018, 2020, 2022, … */
export const cyclesFor = (count: number): Array<number> => Array.from({ length: count }, (_, i) => 2018 + 2 * i)

/** `count` reporting States drawn by the seed, in ISO3 order. */
export const statesFor = (seed: number, count: number): Array<State> =>
  shuffled(streamFor(seed, "states"), STATES)
    .slice(0, count)
    .sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1))

const REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"]

interface ReportGroup {
  readonly name: string
  readonly cycles: ReadonlyArray<number>
  readonly states: ReadonlyArray<State>
  readonly dialect: Dialect
}

/**
 * One file per cycle × M49 region (the way the fixtures are cut), the dialects taken in turn so that any
 * run with four or more files holds all four. --one-file puts everything in one comma UTF-8 file.
 */
const reportGroups = (options: ReportsOptions): Array<ReportGroup> => {
  if (options.oneFile) return [{ name: "reports/all-reports-comma-utf8", cycles: options.cycles, states: options.states, dialect: COMMA_UTF8 }]
  const groups: Array<ReportGroup> = []
  for (const cycle of options.cycles) {
    for (const region of REGIONS) {
      const states = options.states.filter((s) => s.region === region)
      if (states.length === 0) continue
      const dialect = DIALECTS[groups.length % DIALECTS.length]!
      groups.push({ name: `reports/${cycle}/${cycle}-${region.toLowerCase()}-${dialect.name}`, cycles: [cycle], states, dialect })
    }
  }
  return groups
}

const delimiterName = (dialect: Dialect): ReportFileSummary["delimiter"] =>
  dialect.delimiter === "," ? "comma" : dialect.delimiter === ";" ? "semicolon" : "tab"

interface OpenFile {
  readonly file: string
  readonly sink: CsvSink
  readonly copy: CsvSink | null
  readonly states: Set<string>
  bad: number
}

/**
 * Writes every national report file (and, with `canonical`, a UTF-8 comma copy of the same rows under
 * canonical/ with ISO3 codes, canonical ids and English words, for DuckDB). A file that passes
 * maxFileBytes is continued in `…-part2.csv` etc.; a report is never split across files.
 */
export const writeReports = (options: ReportsOptions): ReportsSummary => {
  const files: Array<ReportFileSummary> = []
  const badRows = Object.fromEntries(BAD_KINDS.map((k) => [k, 0])) as Record<BadKind, number>
  let canonicalBytes = 0
  for (const group of reportGroups(options)) {
    const style = styleFor(group.dialect)
    const openPart = (part: number): OpenFile => {
      const file = `${group.name}${part === 1 ? "" : `-part${part}`}.csv`
      const path = (root: string) => (options.out === null ? null : join(options.out, root, file))
      return {
        file,
        sink: openCsvSink(path(""), group.dialect, style.header),
        copy: options.canonical ? openCsvSink(path("canonical"), COMMA_UTF8, CANONICAL_COLUMNS) : null,
        states: new Set(),
        bad: 0
      }
    }
    const closePart = (open: OpenFile) => {
      open.sink.close()
      open.copy?.close()
      canonicalBytes += open.copy?.bytes() ?? 0
      files.push({
        file: open.file,
        dialect: group.dialect.name,
        encoding: group.dialect.encoding,
        delimiter: delimiterName(group.dialect),
        rows: open.sink.rows(),
        badRows: open.bad,
        bytes: open.sink.bytes(),
        states: open.states.size
      })
    }
    let part = 0
    let current: OpenFile | null = null
    for (const cycle of group.cycles) {
      for (const state of group.states) {
        if (options.include && !options.include(state)) continue
        if (current !== null && current.sink.rows() > 0 && current.sink.bytes() >= options.maxFileBytes) {
          closePart(current)
          current = null
        }
        current ??= openPart(++part)
        const open: OpenFile = current
        const report = buildReport(options.seed, state, cycle, options.answers, options.badShare)
        const rendered = renderReport(report, style, streamFor(options.seed, state.iso3, cycle, "render"))
        open.states.add(state.iso3)
        rendered.forEach((row, i) => {
          const line = open.sink.write(row.cells)
          open.copy?.write([...row.canonical, open.file, String(line)])
          const bad = report.rows[i]!.bad
          if (bad !== null) {
            open.bad++
            badRows[bad]++
          }
        })
      }
    }
    if (current !== null) closePart(current)
  }
  const sum = (pick: (f: ReportFileSummary) => number) => files.reduce((t, f) => t + pick(f), 0)
  return { files, rows: sum((f) => f.rows), badRows, bytes: sum((f) => f.bytes), canonicalBytes }
}
