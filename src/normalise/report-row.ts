import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaJITCompiler from "effect/schema/SchemaJITCompiler"
import { decodeRecord, type RawRecord } from "../ingest/decode-record.ts"
import type { Delimiter } from "../ingest/detect-delimiter.ts"
import type { FileKind, RowSource } from "../ingest/ingest-file.ts"
import type { ReasonCode } from "../ingest/reasons.ts"
import { accepted, type RowOutcome, type RowProblem } from "../ingest/row-outcome.ts"
import { type ElementResolution, resolveElement } from "../outline/resolve-element.ts"
import { resolveState } from "../reference/resolve-state.ts"
import {
  ANSWER_CODE_POSITION,
  type AnswerChunk,
  AnswerChunkBuilder,
  answerAt,
  ELEMENT_POSITION,
  MEASURE_POSITION,
  PARSE_QUALITY_POSITION,
  type PendingAnswer,
  SEX_POSITION,
  STATE_POSITION,
  WEAPON_CLASS_POSITION
} from "./answer-columns.ts"
import { type AnswerReading, readAnswer } from "./answer-value.ts"
import type { AnswerRow } from "./answer-row.ts"
import { readIsoDate } from "./dates.ts"
import { memoizeString } from "./memoize.ts"
import { readMeasure, readSex, readWeaponClass } from "./vocabulary-aliases.ts"

// Memoised readers: the same values recur on every row (see memoize.ts). Each gives the position the
// answer columns store (answer-columns.ts) along with what it read, so a row costs no further look-up.
type StateReading =
  | { readonly _tag: "Resolved"; readonly position: number }
  | { readonly _tag: "Unresolved"; readonly reason: string }
const stateOf = memoizeString((raw): StateReading => {
  const resolution = resolveState(raw)
  return resolution._tag === "Resolved"
    ? { _tag: "Resolved", position: STATE_POSITION.get(resolution.state.iso3)! }
    : { _tag: "Unresolved", reason: resolution.reason }
})
const dateOf = memoizeString(readIsoDate)
const positionIn =
  <A>(read: (raw: string) => A | undefined, positions: ReadonlyMap<A, number>) =>
  (raw: string): number => {
    const value = read(raw)
    return value === undefined ? -1 : positions.get(value)!
  }
const measureOf = memoizeString(positionIn(readMeasure, MEASURE_POSITION))
const sexOf = memoizeString(positionIn(readSex, SEX_POSITION))
const weaponClassOf = memoizeString(positionIn(readWeaponClass, WEAPON_CLASS_POSITION))
const ALL_WEAPONS = WEAPON_CLASS_POSITION.get("all")!

// An element reference resolved once: its position in the Outline, or why it cannot be used.
const elementOf = memoizeString((ref): ElementResolution & { readonly position: number } => {
  const resolution = resolveElement(ref)
  return { ...resolution, position: resolution._tag === "Resolved" ? ELEMENT_POSITION.get(resolution.id)! : -1 }
})

// Answers are read by the file's number conventions, so the delimiter is part of the key; long free text is
// unique and is read directly rather than filling the cache.
type AnswerEntry =
  | { readonly _tag: "Read"; readonly code: number; readonly number: number; readonly quality: number }
  | Exclude<AnswerReading, { readonly _tag: "Read" }>
const SHORT_ANSWER = 40
const answerEntry = (raw: string, delimiter: Delimiter): AnswerEntry => {
  const reading = readAnswer(raw, delimiter)
  if (reading._tag !== "Read") return reading
  return {
    _tag: "Read",
    code: ANSWER_CODE_POSITION.get(reading.code)!,
    number: reading.number ?? Number.NaN,
    quality: PARSE_QUALITY_POSITION.get(reading.quality)!
  }
}
const answerMemo = (delimiter: Delimiter) => memoizeString((raw) => answerEntry(raw, delimiter))
const answerByDelimiter: Readonly<Record<Delimiter, (raw: string) => AnswerEntry>> = {
  ",": answerMemo(","),
  ";": answerMemo(";"),
  "\t": answerMemo("\t")
}
const answerOf = (raw: string, delimiter: Delimiter): AnswerEntry =>
  raw.length <= SHORT_ANSWER ? answerByDelimiter[delimiter](raw) : answerEntry(raw, delimiter)

const IntFromString = Schema.FiniteFromString.pipe(Schema.check(Schema.isInt()))

/** DATA-MODEL §2.1: the columns of a national report file; cells arrive trimmed, empty cells absent. */
export const ReportRecord = Schema.Struct({
  state: Schema.NonEmptyString,
  cycle: IntFromString.pipe(Schema.check(Schema.isBetween({ minimum: 2002, maximum: 2100 }))),
  submitted_on: Schema.optional(Schema.String),
  element: Schema.NonEmptyString,
  question: Schema.optional(Schema.String),
  answer: Schema.optional(Schema.String),
  measure: Schema.optional(Schema.String),
  sex: Schema.optional(Schema.String),
  weapon_class: Schema.optional(Schema.String),
  year: Schema.optional(IntFromString.pipe(Schema.check(Schema.isBetween({ minimum: 1945, maximum: 2100 })))),
  note: Schema.optional(Schema.String)
})
export type ReportRecord = typeof ReportRecord.Type

export const REPORT_COLUMNS = Object.keys(ReportRecord.fields)
export const REPORT_REQUIRED_COLUMNS = ["state", "cycle", "element", "answer"]

// Every row is decoded with Effect Schema, on the columns that can fail: the optional text columns are
// strings by construction (cells of a CSV row), so decoding them can never fail and only costs time
// (≈920 → ≈500 ns a row measured with Schema.decodeUnknownResult, on 1 M rows ≈0.4 s). The fields are
// ReportRecord's own, in its order, so the first issue, and with it every reject code and message, is the
// same. An empty cell reaches the decoder as undefined rather than as a missing key: either way the issue
// is on that column with an empty value, which decodeRecord reports as missing_value, and an empty year
// decodes to undefined.
const ReportRecordChecked = Schema.Struct({
  state: ReportRecord.fields.state,
  cycle: ReportRecord.fields.cycle,
  element: ReportRecord.fields.element,
  year: ReportRecord.fields.year
})
// Effect's JIT compiler turns this decoder into plain code (≈380 → ≈230 ns a row measured); the schema,
// its issues and messages are the same, and where code generation is not allowed Effect keeps the
// interpreted decoder. Enabled before the decoder below is made, as Effect requires.
SchemaJITCompiler.enable(ReportRecordChecked.ast)

const decodeReportRecord = decodeRecord(ReportRecordChecked, {
  cycle: { code: "bad_cycle", expected: "the cycle is the year the report was due, a whole number from 2002 to 2100" },
  year: { code: "bad_year", expected: "the year a figure refers to is a whole number from 1945 to 2100, e.g. 2019" }
})

const column = (name: string): number => REPORT_COLUMNS.indexOf(name)
const STATE = column("state")
const CYCLE = column("cycle")
const SUBMITTED_ON = column("submitted_on")
const ELEMENT = column("element")
const QUESTION = column("question")
const ANSWER = column("answer")
const MEASURE = column("measure")
const SEX = column("sex")
const WEAPON_CLASS = column("weapon_class")
const YEAR = column("year")
const NOTE = column("note")

const problem = (column: string, value: string, reason_code: ReasonCode, reason: string): RowProblem => ({
  column,
  value,
  reason_code,
  reason
})

/**
 * One national-report row, as its cells in REPORT_COLUMNS order (trimmed; undefined when empty or when the
 * file has no such column) → the first reason it cannot be accepted, or undefined with the normalised
 * answer written into `row` (codes as the answer columns store them). The cells array is only read.
 */
export const fillReportAnswer = (
  cells: ReadonlyArray<string | undefined>,
  source: RowSource,
  row: PendingAnswer
): RowProblem | undefined => {
  const decoded = decodeReportRecord({
    state: cells[STATE],
    cycle: cells[CYCLE],
    element: cells[ELEMENT],
    year: cells[YEAR]
  })
  if (Result.isFailure(decoded)) return decoded.failure
  const record = decoded.success

  const state = stateOf(record.state)
  if (state._tag !== "Resolved") return problem("state", record.state, "unknown_state", state.reason)

  const element = elementOf(record.element)
  if (element._tag === "Ambiguous") return problem("element", record.element, "ambiguous_element", element.reason)
  if (element._tag === "Unknown") return problem("element", record.element, "unknown_element", element.reason)

  let submittedOn = ""
  const submittedOnRaw = cells[SUBMITTED_ON]
  if (submittedOnRaw !== undefined) {
    const date = dateOf(submittedOnRaw)
    if (date._tag === "Ambiguous") return problem("submitted_on", submittedOnRaw, "ambiguous_date", date.reason)
    if (date._tag === "Bad") return problem("submitted_on", submittedOnRaw, "bad_date", date.reason)
    submittedOn = date.iso
  }

  const measureRaw = cells[MEASURE]
  const measure = measureRaw === undefined ? 0 : measureOf(measureRaw)
  if (measure < 0) {
    return problem("measure", measureRaw!, "unknown_measure", `"${measureRaw}" is not a known measure (DATA-MODEL §2.2)`)
  }
  const sexRaw = cells[SEX]
  const sex = sexRaw === undefined ? 0 : sexOf(sexRaw)
  if (sex < 0) {
    return problem("sex", sexRaw!, "unknown_sex", `"${sexRaw}" is not a sex category; use female, male or total`)
  }
  const weaponClassRaw = cells[WEAPON_CLASS]
  const weaponClass = weaponClassRaw === undefined ? ALL_WEAPONS : weaponClassOf(weaponClassRaw)
  if (weaponClass < 0) {
    return problem(
      "weapon_class",
      weaponClassRaw!,
      "unknown_weapon_class",
      `"${weaponClassRaw}" is not a weapon class; use small_arms, light_weapons or all`
    )
  }

  const answerRaw = cells[ANSWER] ?? ""
  const answer = answerOf(answerRaw, source.delimiter)
  if (answer._tag === "BadNumber") return problem("answer", answerRaw, "bad_number", answer.reason)
  if (answer._tag === "Negative") {
    return problem("answer", answerRaw, "negative_count", `"${answerRaw}" is negative; counts cannot be below zero`)
  }

  row.state = state.position
  row.cycle = record.cycle
  row.submittedOn = submittedOn
  row.element = element.position
  row.question = cells[QUESTION] ?? ""
  row.answerRaw = answerRaw
  row.answerCode = answer.code
  row.answerNumber = answer.number
  row.parseQuality = answer.quality
  row.measure = measure
  row.sex = sex
  row.weaponClass = weaponClass
  row.year = record.year ?? 0
  row.note = cells[NOTE] ?? ""
  row.line = source.line
  return undefined
}

/** One national-report row's cells → a normalised answer (one row at a time; files go through REPORT_FILE). */
export const normaliseReportCells = (
  cells: ReadonlyArray<string | undefined>,
  source: RowSource
): RowOutcome<AnswerRow> => {
  const builder = new AnswerChunkBuilder(source.file, 1)
  const failure = fillReportAnswer(cells, source, builder.row)
  if (failure !== undefined) return { _tag: "Rejected", problem: failure }
  builder.commit()
  return accepted(answerAt(builder.finish(), 0))
}

/** One national-report row as a record (column → trimmed, non-empty cell) → a normalised answer. */
export const normaliseReportRow = (record: RawRecord, source: RowSource): RowOutcome<AnswerRow> =>
  normaliseReportCells(
    REPORT_COLUMNS.map((name) => record[name]),
    source
  )

/** National report files: accepted answers are kept as one AnswerChunk a file (columns, not row objects). */
export const REPORT_FILE: FileKind<AnswerRow, AnswerChunk> = {
  name: "national report",
  columns: REPORT_COLUMNS,
  required: REPORT_REQUIRED_COLUMNS,
  normalise: normaliseReportRow,
  collect: (file) => {
    const builder = new AnswerChunkBuilder(file)
    return {
      take: (cells, source) => {
        const failure = fillReportAnswer(cells, source, builder.row)
        if (failure === undefined) builder.commit()
        return failure
      },
      accepted: () => builder.length,
      finish: () => builder.finish()
    }
  }
}
