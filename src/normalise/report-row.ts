import { Result, Schema } from "effect"
import { decodeRecord, type RawRecord } from "../ingest/decode-record.ts"
import type { FileKind, RowSource } from "../ingest/ingest-file.ts"
import { accepted, type RowOutcome, rejected } from "../ingest/row-outcome.ts"
import { elementById, sectionOf } from "../outline/outline.ts"
import { resolveElement } from "../outline/resolve-element.ts"
import { resolveState } from "../reference/resolve-state.ts"
import type { AnswerRow } from "./answer-row.ts"
import type { Delimiter } from "../ingest/detect-delimiter.ts"
import { readAnswer } from "./answer-value.ts"
import { readIsoDate } from "./dates.ts"
import { memoizeString } from "./memoize.ts"
import { readMeasure, readSex, readWeaponClass } from "./vocabulary-aliases.ts"

// Memoised readers: the same values recur on every row (see memoize.ts).
const stateOf = memoizeString(resolveState)
const dateOf = memoizeString(readIsoDate)
const measureOf = memoizeString(readMeasure)
const sexOf = memoizeString(readSex)
const weaponClassOf = memoizeString(readWeaponClass)
// Answers are read by the file's number conventions, so the delimiter is part of the key; long free text is
// unique and is read directly rather than filling the cache.
const answerByDelimiter = new Map([",", ";", "\t"].map((d) => [d, memoizeString((raw) => readAnswer(raw, d as Delimiter))]))
const answerOf = (raw: string, delimiter: Delimiter) =>
  raw.length <= 40 ? answerByDelimiter.get(delimiter)!(raw) : readAnswer(raw, delimiter)

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

const decodeReportRecord = decodeRecord(ReportRecord, {
  cycle: { code: "bad_cycle", expected: "the cycle is the year the report was due, a whole number from 2002 to 2100" },
  year: { code: "bad_year", expected: "the year a figure refers to is a whole number from 1945 to 2100, e.g. 2019" }
})

/** One national-report row → a normalised answer, or the first reason it cannot be accepted. */
export const normaliseReportRow = (record: RawRecord, source: RowSource): RowOutcome<AnswerRow> => {
  const decoded = decodeReportRecord(record)
  if (Result.isFailure(decoded)) return { _tag: "Rejected", problem: decoded.failure }
  const row = decoded.success

  const state = stateOf(row.state)
  if (state._tag !== "Resolved") return rejected("state", row.state, "unknown_state", state.reason)

  const element = resolveElement(row.element)
  if (element._tag === "Ambiguous") return rejected("element", row.element, "ambiguous_element", element.reason)
  if (element._tag === "Unknown") return rejected("element", row.element, "unknown_element", element.reason)

  let submittedOn = ""
  if (row.submitted_on !== undefined) {
    const date = dateOf(row.submitted_on)
    if (date._tag === "Ambiguous") return rejected("submitted_on", row.submitted_on, "ambiguous_date", date.reason)
    if (date._tag === "Bad") return rejected("submitted_on", row.submitted_on, "bad_date", date.reason)
    submittedOn = date.iso
  }

  const measure = row.measure === undefined ? "" : measureOf(row.measure)
  if (measure === undefined) {
    return rejected("measure", row.measure!, "unknown_measure", `"${row.measure}" is not a known measure (DATA-MODEL §2.2)`)
  }
  const sex = row.sex === undefined ? "" : sexOf(row.sex)
  if (sex === undefined) {
    return rejected("sex", row.sex!, "unknown_sex", `"${row.sex}" is not a sex category; use female, male or total`)
  }
  const weaponClass = row.weapon_class === undefined ? "all" : weaponClassOf(row.weapon_class)
  if (weaponClass === undefined) {
    return rejected(
      "weapon_class",
      row.weapon_class!,
      "unknown_weapon_class",
      `"${row.weapon_class}" is not a weapon class; use small_arms, light_weapons or all`
    )
  }

  const answerRaw = row.answer ?? ""
  const answer = answerOf(answerRaw, source.delimiter)
  if (answer._tag === "BadNumber") return rejected("answer", answerRaw, "bad_number", answer.reason)
  if (answer._tag === "Negative") {
    return rejected("answer", answerRaw, "negative_count", `"${answerRaw}" is negative; counts cannot be below zero`)
  }

  const id = element.id
  return accepted({
    iso3: state.state.iso3,
    m49: state.state.m49,
    state_name: state.state.name,
    region: state.state.region,
    sub_region: state.state.subRegion,
    cycle: row.cycle,
    submitted_on: submittedOn,
    element_id: id,
    section: sectionOf(id),
    instrument: elementById(id)!.instrument,
    question: row.question ?? "",
    answer_raw: answerRaw,
    answer_code: answer.code,
    answer_number: answer.number,
    parse_quality: answer.quality,
    measure,
    sex,
    weapon_class: weaponClass,
    year: row.year ?? null,
    note: row.note ?? "",
    source_file: source.file,
    source_line: source.line
  })
}

export const REPORT_FILE: FileKind<AnswerRow> = {
  name: "national report",
  columns: REPORT_COLUMNS,
  required: REPORT_REQUIRED_COLUMNS,
  normalise: normaliseReportRow
}
