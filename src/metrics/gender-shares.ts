import * as aq from "arquero"
import { op } from "arquero"
import type { AnswerRow } from "../normalise/answer-row.ts"
import { PERSON_MEASURES, type PersonMeasure } from "../normalise/vocabularies.ts"
import { cyclesOf, cyclesTable } from "./answers-frame.ts"
import { areasTable, stateAreasTable } from "./areas.ts"
import { gridOf } from "./grid.ts"
import { percentOf } from "./percent.ts"
import { sexFiguresTable } from "./sex-figures.ts"
import type { AreaLevel, GenderShareRow } from "./types.ts"

const LEVELS: ReadonlyArray<AreaLevel> = ["world", "region"]
const KEYS = ["measure", "cycle", "level", "area_code"]

const MEASURES_TABLE = aq.table({
  measure: [...PERSON_MEASURES],
  measure_order: PERSON_MEASURES.map((_, index) => index)
})

/** The grid row after the join; the sums are missing where no State gave both figures. */
interface JoinedRow {
  readonly measure: PersonMeasure
  readonly cycle: number
  readonly level: AreaLevel
  readonly area_code: string
  readonly area: string
  readonly female: number | undefined
  readonly male: number | undefined
  readonly states_with_sex_data: number | undefined
}

/**
 * metrics/gender.csv: women's share of the persons counted, per person measure × cycle × world and region.
 * Only States giving both a female and a male figure for the measure in the cycle enter the sums: a State
 * giving women alone would otherwise push the share up (and men alone, down) without saying anything about
 * the balance. A State whose parts exceed its own total (see sexPartsWarnings) is left out entirely. The
 * share is a ratio of sums (Σ female / Σ (female + male)), not a mean of State shares, so every person
 * weighs the same.
 */
export const genderShares = (
  answers: Iterable<AnswerRow>,
  cycles: ReadonlyArray<number> = cyclesOf(answers)
): Array<GenderShareRow> => {
  const sums = sexFiguresTable(answers)
    .filter((d) => d.has_female && d.has_male && !d.parts_exceed_total)
    .join(stateAreasTable(LEVELS), "iso3")
    .groupby(KEYS)
    .rollup({ female: op.sum("female"), male: op.sum("male"), states_with_sex_data: op.count() })
  return gridOf(MEASURES_TABLE, cyclesTable(cycles), areasTable(LEVELS))
    .join_left(sums, [KEYS])
    .orderby("measure_order", "cycle", "level_rank", "area_code")
    .objects()
    .map((object) => {
      const row = object as JoinedRow
      const female = row.female ?? 0
      const male = row.male ?? 0
      return {
        measure: row.measure,
        cycle: row.cycle,
        level: row.level,
        area_code: row.area_code,
        area: row.area,
        female,
        male,
        women_share_pct: percentOf(female, female + male),
        states_with_sex_data: row.states_with_sex_data ?? 0
      }
    })
}
