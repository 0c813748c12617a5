import type { Instrument } from "../outline/elements.ts"
import type { AnswerCode, Measure, ParseQuality, Sex, WeaponClass } from "./vocabularies.ts"

/** One accepted answer, as written to `normalised/answers.csv` (DATA-MODEL §4). */
export interface AnswerRow {
  readonly iso3: string
  readonly m49: string
  readonly state_name: string
  readonly region: string
  readonly sub_region: string
  readonly cycle: number
  readonly submitted_on: string
  readonly element_id: string
  readonly section: string
  readonly instrument: Instrument
  readonly question: string
  readonly answer_raw: string
  readonly answer_code: AnswerCode
  readonly answer_number: number | null
  readonly parse_quality: ParseQuality
  readonly measure: Measure | ""
  readonly sex: Sex | ""
  readonly weapon_class: WeaponClass
  readonly year: number | null
  readonly note: string
  readonly source_file: string
  readonly source_line: number
}

/** Column order of `normalised/answers.csv`. */
export const ANSWER_COLUMNS: ReadonlyArray<keyof AnswerRow> = [
  "iso3",
  "m49",
  "state_name",
  "region",
  "sub_region",
  "cycle",
  "submitted_on",
  "element_id",
  "section",
  "instrument",
  "question",
  "answer_raw",
  "answer_code",
  "answer_number",
  "parse_quality",
  "measure",
  "sex",
  "weapon_class",
  "year",
  "note",
  "source_file",
  "source_line"
]

/** The answers that pass `keep`, in order; the others are never held (answers may be an Answers store). */
export const answersWhere = (answers: Iterable<AnswerRow>, keep: (answer: AnswerRow) => boolean): Array<AnswerRow> => {
  const kept: Array<AnswerRow> = []
  for (const answer of answers) if (keep(answer)) kept.push(answer)
  return kept
}

/** How many answers pass `test`. */
export const countAnswers = (answers: Iterable<AnswerRow>, test: (answer: AnswerRow) => boolean): number => {
  let n = 0
  for (const answer of answers) if (test(answer)) n++
  return n
}
