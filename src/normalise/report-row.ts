import { Result, Schema } from "effect"
import { SchemaJITCompiler } from "effect/schema"
import { decodeRecord, type RawRecord } from "../ingest/decode-record.ts"
import type { Delimiter } from "../ingest/detect-delimiter.ts"
import type { FileKind, RowSource } from "../ingest/ingest-file.ts"
import { accepted, type RowOutcome, rejected } from "../ingest/row-outcome.ts"
import { type ElementPlace, placeOf } from "../outline/outline.ts"
import { type ElementResolution, resolveElement } from "../outline/resolve-element.ts"
import { resolveState } from "../reference/resolve-state.ts"
import { type AnswerReading, readAnswer } from "./answer-value.ts"
import type { AnswerRow } from "./answer-row.ts"
import { readIsoDate } from "./dates.ts"
import { memoizeString } from "./memoize.ts"
import { readMeasure, readSex, readWeaponClass } from "./vocabulary-aliases.ts"

// Memoised readers: the same values recur on every row (see memoize.ts).
const stateOf = memoizeString(resolveState)
const dateOf = memoizeString(readIsoDate)
const measureOf = memoizeString(readMeasure)
const sexOf = memoizeString(readSex)
const weaponClassOf = memoizeString(readWeaponClass)

// An element reference with, once resolved, its section and instrument: one look-up a row for all three.
type ElementReading = { readonly resolution: ElementResolution; readonly place: ElementPlace | undefined }
const elementOf = memoizeString((ref): ElementReading => {
  const resolution = resolveElement(ref)
  return { resolution, place: resolution._tag === "Resolved" ? placeOf(resolution.id) : undefined }
})

// Every accepted row keeps its question, answer and note. They repeat (one questionnaire, a few stock
// answers and notes), and a cell is a slice of the parser's chunk that keeps the chunk alive, so keeping
// the first copy of each value, not one per row, lowers peak memory on large inputs. Bounded like every
// memo here, so free text cannot grow it without limit; free text longer than this is not looked up.
const INTERN_LONGEST = 200
const intern = memoizeString((text: string) => text)
const interned = (text: string | undefined): string =>
  text === undefined ? "" : text.length <= INTERN_LONGEST ? intern(text) : text

// Answers are read by the file's number conventions, so the delimiter is part of the key; long free text is
// unique and is read directly rather than filling the cache. A cached reading carries the first copy of its
// text, so the answer is interned by the same look-up.
type AnswerEntry = { readonly raw: string; readonly reading: AnswerReading }
const SHORT_ANSWER = 40
const answerMemo = (delimiter: Delimiter) =>
  memoizeString((raw): AnswerEntry => ({ raw, reading: readAnswer(raw, delimiter) }))
const answerByDelimiter: Readonly<Record<Delimiter, (raw: string) => AnswerEntry>> = {
  ",": answerMemo(","),
  ";": answerMemo(";"),
  "\t": answerMemo("\t")
}
const answerOf = (raw: string, delimiter: Delimiter): AnswerEntry =>
  raw.length <= SHORT_ANSWER
    ? answerByDelimiter[delimiter](raw)
    : { raw: interned(raw), reading: readAnswer(raw, delimiter) }

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

/**
 * One national-report row, as its cells in REPORT_COLUMNS order (trimmed; undefined when empty or when the
 * file has no such column) → a normalised answer, or the first reason it cannot be accepted. The cells
 * array is only read, never kept.
 */
export const normaliseReportCells = (
  cells: ReadonlyArray<string | undefined>,
  source: RowSource
): RowOutcome<AnswerRow> => {
  const decoded = decodeReportRecord({
    state: cells[STATE],
    cycle: cells[CYCLE],
    element: cells[ELEMENT],
    year: cells[YEAR]
  })
  if (Result.isFailure(decoded)) return { _tag: "Rejected", problem: decoded.failure }
  const row = decoded.success

  const state = stateOf(row.state)
  if (state._tag !== "Resolved") return rejected("state", row.state, "unknown_state", state.reason)

  const { resolution: element, place } = elementOf(row.element)
  if (element._tag === "Ambiguous") return rejected("element", row.element, "ambiguous_element", element.reason)
  if (element._tag === "Unknown") return rejected("element", row.element, "unknown_element", element.reason)

  let submittedOn = ""
  const submittedOnRaw = cells[SUBMITTED_ON]
  if (submittedOnRaw !== undefined) {
    const date = dateOf(submittedOnRaw)
    if (date._tag === "Ambiguous") return rejected("submitted_on", submittedOnRaw, "ambiguous_date", date.reason)
    if (date._tag === "Bad") return rejected("submitted_on", submittedOnRaw, "bad_date", date.reason)
    submittedOn = date.iso
  }

  const measureRaw = cells[MEASURE]
  const measure = measureRaw === undefined ? "" : measureOf(measureRaw)
  if (measure === undefined) {
    return rejected("measure", measureRaw!, "unknown_measure", `"${measureRaw}" is not a known measure (DATA-MODEL §2.2)`)
  }
  const sexRaw = cells[SEX]
  const sex = sexRaw === undefined ? "" : sexOf(sexRaw)
  if (sex === undefined) {
    return rejected("sex", sexRaw!, "unknown_sex", `"${sexRaw}" is not a sex category; use female, male or total`)
  }
  const weaponClassRaw = cells[WEAPON_CLASS]
  const weaponClass = weaponClassRaw === undefined ? "all" : weaponClassOf(weaponClassRaw)
  if (weaponClass === undefined) {
    return rejected(
      "weapon_class",
      weaponClassRaw!,
      "unknown_weapon_class",
      `"${weaponClassRaw}" is not a weapon class; use small_arms, light_weapons or all`
    )
  }

  const { raw: answerRaw, reading: answer } = answerOf(cells[ANSWER] ?? "", source.delimiter)
  if (answer._tag === "BadNumber") return rejected("answer", answerRaw, "bad_number", answer.reason)
  if (answer._tag === "Negative") {
    return rejected("answer", answerRaw, "negative_count", `"${answerRaw}" is negative; counts cannot be below zero`)
  }

  return accepted({
    iso3: state.state.iso3,
    m49: state.state.m49,
    state_name: state.state.name,
    region: state.state.region,
    sub_region: state.state.subRegion,
    cycle: row.cycle,
    submitted_on: submittedOn,
    element_id: element.id,
    section: place!.section,
    instrument: place!.instrument,
    question: interned(cells[QUESTION]),
    answer_raw: answerRaw,
    answer_code: answer.code,
    answer_number: answer.number,
    parse_quality: answer.quality,
    measure,
    sex,
    weapon_class: weaponClass,
    year: row.year ?? null,
    note: interned(cells[NOTE]),
    source_file: source.file,
    source_line: source.line
  })
}

/** One national-report row as a record (column → trimmed, non-empty cell) → a normalised answer. */
export const normaliseReportRow = (record: RawRecord, source: RowSource): RowOutcome<AnswerRow> =>
  normaliseReportCells(
    REPORT_COLUMNS.map((name) => record[name]),
    source
  )

export const REPORT_FILE: FileKind<AnswerRow> = {
  name: "national report",
  columns: REPORT_COLUMNS,
  required: REPORT_REQUIRED_COLUMNS,
  normalise: normaliseReportRow,
  normaliseCells: normaliseReportCells
}
