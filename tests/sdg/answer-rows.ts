import type { AnswerRow } from "../../src/normalise/answer-row.ts"
import type { Measure, WeaponClass } from "../../src/normalise/vocabularies.ts"
import { stateByIso3 } from "../../src/reference/states.ts"

export interface FigureSpec {
  readonly iso3: string
  readonly measure: Measure
  readonly count: number
  readonly line: number
  readonly file?: string
  readonly cycle?: number
  readonly year?: number | null
  readonly weapon_class?: WeaponClass
  readonly element_id?: string
}

/** An accepted numeric answer as the normaliser would give it (cycle 2020, no year, all arms by default). */
export const figure = (spec: FigureSpec): AnswerRow => {
  const state = stateByIso3(spec.iso3)
  if (state === undefined) throw new Error(`test data: unknown ISO3 ${spec.iso3}`)
  return {
    iso3: state.iso3,
    m49: state.m49,
    state_name: state.name,
    region: state.region,
    sub_region: state.subRegion,
    cycle: spec.cycle ?? 2020,
    submitted_on: "",
    element_id: spec.element_id ?? "III.C.iv",
    section: "III",
    instrument: "ITI",
    question: "",
    answer_raw: String(spec.count),
    answer_code: "number",
    answer_number: spec.count,
    parse_quality: "ok",
    measure: spec.measure,
    sex: "",
    weapon_class: spec.weapon_class ?? "all",
    year: spec.year ?? null,
    note: "",
    source_file: spec.file ?? "reports/2020.csv",
    source_line: spec.line,
  }
}

/** A yes/no answer: never an SDG candidate. */
export const yesAnswer = (iso3: string, line: number): AnswerRow => ({
  ...figure({ iso3, measure: "seized", count: 0, line }),
  answer_raw: "Yes",
  answer_code: "yes",
  answer_number: null,
  measure: "",
})

/**
 * The main sample, cycle 2020, no `year` column (so every figure is for 2020):
 *   ITA (Southern Europe)  seized 200 + 100 (two elements), found 60, surrendered 40 → 400; traced 80 +
 *                          origin established 20 → 100;  100/400 = 25%
 *   ESP (Southern Europe)  seized 10; traced 9                                     →   9/10  = 90%
 *   GRC (Southern Europe)  found 3; traced 2                                       →   2/3   = 66.67%
 *   FRA (Western Europe)   seized 50; traced 5                                     →   5/50  = 10%
 *   NGA (Sub-Saharan Af.)  seized 100; origin established 40                       →  40/100 = 40%
 *   GHA  seized 10; traced 12           → numerator_exceeds_denominator (line of the traced row, 21)
 *   BRA  traced 5 only                  → missing_sdg_part (denominator missing; line 22)
 *   MEX  seized 7 only                  → missing_sdg_part (numerator missing; line 23)
 *   DEU  seized 0; traced 0             → zero_denominator (line of the seized row, 24)
 *   JPN  destroyed 100 only; PRT a "Yes" → not SDG candidates: nothing at all
 */
export const SAMPLE: ReadonlyArray<AnswerRow> = [
  figure({ iso3: "ITA", measure: "seized", count: 200, line: 2, element_id: "II.B.3" }),
  figure({ iso3: "ITA", measure: "seized", count: 100, line: 3, element_id: "III.C.iv" }),
  figure({ iso3: "ITA", measure: "found", count: 60, line: 4 }),
  figure({ iso3: "ITA", measure: "surrendered", count: 40, line: 5 }),
  figure({ iso3: "ITA", measure: "traced", count: 80, line: 6 }),
  figure({ iso3: "ITA", measure: "origin_established", count: 20, line: 7 }),
  figure({ iso3: "ESP", measure: "seized", count: 10, line: 8 }),
  figure({ iso3: "ESP", measure: "traced", count: 9, line: 9 }),
  figure({ iso3: "GRC", measure: "found", count: 3, line: 10 }),
  figure({ iso3: "GRC", measure: "traced", count: 2, line: 11 }),
  figure({ iso3: "FRA", measure: "seized", count: 50, line: 12 }),
  figure({ iso3: "FRA", measure: "traced", count: 5, line: 13 }),
  figure({ iso3: "NGA", measure: "seized", count: 100, line: 14 }),
  figure({ iso3: "NGA", measure: "origin_established", count: 40, line: 15 }),
  figure({ iso3: "GHA", measure: "seized", count: 10, line: 20 }),
  figure({ iso3: "GHA", measure: "traced", count: 12, line: 21 }),
  figure({ iso3: "BRA", measure: "traced", count: 5, line: 22 }),
  figure({ iso3: "MEX", measure: "seized", count: 7, line: 23 }),
  figure({ iso3: "DEU", measure: "seized", count: 0, line: 24 }),
  figure({ iso3: "DEU", measure: "traced", count: 0, line: 25 }),
  figure({ iso3: "JPN", measure: "destroyed", count: 100, line: 26 }),
  yesAnswer("PRT", 27),
]
