import type { AnswerRow } from "../../src/normalise/answer-row.ts"
import { stateByIso3 } from "../../src/reference/states.ts"

/**
 * One accepted answer for the metric tests: the State's names come from the reference list, the element's
 * section from its id; everything the metrics never read is a neutral default.
 */
export const answer = (
  iso3: string,
  cycle: number,
  element_id: string,
  answer_code: AnswerRow["answer_code"] = "yes",
  extra: Partial<AnswerRow> = {}
): AnswerRow => {
  const state = stateByIso3(iso3)
  if (state === undefined) throw new Error(`test fixture: ${iso3} is not one of the 195 States`)
  return {
    iso3,
    m49: state.m49,
    state_name: state.name,
    region: state.region,
    sub_region: state.subRegion,
    cycle,
    submitted_on: "",
    element_id,
    section: element_id.split(".", 1)[0] ?? "",
    instrument: "PoA",
    question: "",
    answer_raw: answer_code,
    answer_code,
    answer_number: null,
    parse_quality: "ok",
    measure: "",
    sex: "",
    weapon_class: "all",
    year: null,
    note: "",
    source_file: `${iso3.toLowerCase()}-${cycle}.csv`,
    source_line: 2,
    ...extra
  }
}

/** A numeric answer on a person measure, one sex. */
export const personFigure = (
  iso3: string,
  cycle: number,
  measure: AnswerRow["measure"],
  sex: AnswerRow["sex"],
  value: number,
  extra: Partial<AnswerRow> = {}
): AnswerRow =>
  answer(iso3, cycle, "II.B.2.vi", "number", {
    measure,
    sex,
    answer_number: value,
    answer_raw: String(value),
    ...extra
  })
