import type { AnswerRow } from "../normalise/answer-row.ts"
import { stateByIso3 } from "../reference/states.ts"
import { cyclesOf } from "./answers-frame.ts"
import { type SexFigures, sexFigures } from "./sex-figures.ts"
import type { MetricWarning } from "./types.ts"

const partText = (given: boolean, sex: string, value: number): string =>
  given ? `${sex} ${value}` : `${sex} not given`

const messageFor = (figures: SexFigures): string => {
  const stateName = stateByIso3(figures.iso3)?.name ?? figures.iso3
  const parts = figures.female + figures.male
  return (
    `${stateName} (${figures.iso3}), cycle ${figures.cycle}, ${figures.measure}: ` +
    `${partText(figures.has_female, "female", figures.female)} + ${partText(figures.has_male, "male", figures.male)} ` +
    `= ${parts} is more than the total ${figures.total} given in ${figures.total_source_file} line ` +
    `${figures.total_source_line}. Check the report and correct the figures; until then this State's ` +
    `${figures.measure} figures for ${figures.cycle} are left out of the women's share.`
  )
}

/**
 * sex_parts_exceed_total: a State gave a total for a person measure and its female and male figures add
 * up to more than it. Checked whenever a total and at least one part are given (a female figure alone can
 * already exceed the total). The warning points at the total row; the State's figures for that measure and
 * cycle are left out of genderShares.
 */
export const sexPartsWarnings = (
  answers: Iterable<AnswerRow>,
  cycles: ReadonlyArray<number> = cyclesOf(answers)
): Array<MetricWarning> =>
  sexFigures(answers)
    .filter((figures) => figures.parts_exceed_total && cycles.includes(figures.cycle))
    .map((figures) => ({
      code: "sex_parts_exceed_total",
      iso3: figures.iso3,
      cycle: figures.cycle,
      measure: figures.measure,
      source_file: figures.total_source_file,
      source_line: figures.total_source_line ?? 0,
      message: messageFor(figures)
    }))
