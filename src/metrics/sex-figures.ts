import * as aq from "arquero"
import { op } from "arquero"
import type { ColumnTable } from "arquero"
import type { AnswerRow } from "../normalise/answer-row.ts"
import { PERSON_MEASURES } from "../normalise/vocabularies.ts"
import { answersFrame, memoByAnswers } from "./answers-frame.ts"

const PERSON_MEASURE_TABLE = aq.table({ measure: [...PERSON_MEASURES] })
const SEX_TABLE = aq.table({ sex: ["female", "male", "total"] })

/** One State's figures for one person measure in one cycle, as sexFigures returns them. */
export interface SexFigures {
  readonly iso3: string
  readonly cycle: number
  readonly measure: string
  readonly female: number
  readonly male: number
  readonly total: number
  readonly has_female: boolean
  readonly has_male: boolean
  readonly has_total: boolean
  /** where the State's total was written (its first total row), blank when it gave none */
  readonly total_source_file: string
  readonly total_source_line: number | null
  /** female + male is more than the total the State itself gave: the figures contradict each other */
  readonly parts_exceed_total: boolean
}

/**
 * iso3, cycle, measure → female, male, total (DATA-MODEL §2.2 person measures). Only numeric answers with
 * a person measure and a sex count. Several rows of one State for the same measure, sex and cycle — other
 * elements, other weapon classes — are added up: each row counts different people.
 */
export const sexFiguresTable: (answers: Iterable<AnswerRow>) => ColumnTable = memoByAnswers(
  (answers) => {
    const personRows = answersFrame(answers)
      .filter((d) => d.answer_code === "number" && d.answer_number !== null)
      .semijoin(PERSON_MEASURE_TABLE, "measure")
      .semijoin(SEX_TABLE, "sex")
    const totalSource = personRows
      .filter((d) => d.sex === "total")
      .groupby("iso3", "cycle", "measure")
      .orderby("source_file", "source_line")
      .filter(() => op.row_number() === 1)
      .ungroup()
      .unorder()
      .select("iso3", "cycle", "measure", {
        source_file: "total_source_file",
        source_line: "total_source_line"
      })
    return personRows
      .groupby("iso3", "cycle", "measure")
      .rollup({
        female: (d) => op.sum(d.sex === "female" ? d.answer_number : 0),
        male: (d) => op.sum(d.sex === "male" ? d.answer_number : 0),
        total: (d) => op.sum(d.sex === "total" ? d.answer_number : 0),
        has_female: (d) => op.max(d.sex === "female" ? 1 : 0) === 1,
        has_male: (d) => op.max(d.sex === "male" ? 1 : 0) === 1,
        has_total: (d) => op.max(d.sex === "total" ? 1 : 0) === 1
      })
      .join_left(totalSource, [["iso3", "cycle", "measure"]])
      .derive({ parts_exceed_total: (d) => d.has_total && d.female + d.male > d.total })
  }
)

/** The figures as plain rows, ordered by State, cycle and measure. */
export const sexFigures = (answers: Iterable<AnswerRow>): Array<SexFigures> =>
  sexFiguresTable(answers)
    .orderby("iso3", "cycle", "measure")
    .objects()
    .map((object) => {
      const row = object as SexFigures
      return {
        ...row,
        total_source_file: row.total_source_file ?? "",
        total_source_line: row.total_source_line ?? null
      }
    })
