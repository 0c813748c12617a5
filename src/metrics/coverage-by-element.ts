import { op } from "arquero"
import type { AnswerRow } from "../normalise/answer-row.ts"
import { cyclesOf, cyclesTable } from "./answers-frame.ts"
import { areasTable, stateAreasTable } from "./areas.ts"
import { coveredElements, elementsTable } from "./covered-elements.ts"
import { latestYesNo } from "./latest-yes-no.ts"
import { gridOf } from "./grid.ts"
import { percentOf } from "./percent.ts"
import { reportingCountsByArea } from "./reported-cycles.ts"
import type { AreaLevel, CoverageRow } from "./types.ts"

const LEVELS: ReadonlyArray<AreaLevel> = ["world", "region"]
const KEYS = ["cycle", "level", "area_code", "element_id"]

/** The grid row after the joins; a count is missing where nothing matched. */
interface JoinedRow {
  readonly cycle: number
  readonly level: AreaLevel
  readonly area_code: string
  readonly area: string
  readonly element_id: string
  readonly depth: number
  readonly section: string
  readonly title: string
  readonly reporting_states: number | undefined
  readonly states_answered: number | undefined
  readonly yes_no_states: number | undefined
  readonly yes_states: number | undefined
  readonly developing_states: number | undefined
}

/**
 * metrics/coverage_elements.csv and coverage_regions.csv: every element of the Outline × every cycle ×
 * the world and each M49 region — also elements nobody answered (0) and regions where nobody reported
 * (answered_pct blank: there is no one to take a share of).
 */
export const coverageByElement = (
  answers: Iterable<AnswerRow>,
  cycles: ReadonlyArray<number> = cyclesOf(answers)
): Array<CoverageRow> => {
  const stateAreas = stateAreasTable(LEVELS)
  const answered = coveredElements(answers)
    .join(stateAreas, "iso3")
    .groupby(KEYS)
    .count({ as: "states_answered" })
  const yesNo = latestYesNo(answers)
    .join(stateAreas, "iso3")
    .groupby(KEYS)
    .rollup({
      yes_no_states: op.count(),
      yes_states: (d) => op.sum(d.answer_code === "yes" ? 1 : 0),
      developing_states: (d) => op.sum(d.answer_code === "developing" ? 1 : 0)
    })
  return gridOf(cyclesTable(cycles), areasTable(LEVELS), elementsTable())
    .join_left(reportingCountsByArea(answers, LEVELS), [["cycle", "level", "area_code"]])
    .join_left(answered, [KEYS])
    .join_left(yesNo, [KEYS])
    .orderby("cycle", "level_rank", "area_code", "element_order")
    .objects()
    .map((object) => {
      const row = object as JoinedRow
      const reporting = row.reporting_states ?? 0
      const statesAnswered = row.states_answered ?? 0
      const yesNoStates = row.yes_no_states ?? 0
      const yesStates = row.yes_states ?? 0
      const developingStates = row.developing_states ?? 0
      return {
        cycle: row.cycle,
        level: row.level,
        area_code: row.area_code,
        area: row.area,
        element_id: row.element_id,
        depth: row.depth,
        section: row.section,
        title: row.title,
        reporting_states: reporting,
        states_answered: statesAnswered,
        answered_pct: percentOf(statesAnswered, reporting),
        yes_no_states: yesNoStates,
        yes_states: yesStates,
        developing_states: developingStates,
        yes_pct: percentOf(yesStates, yesNoStates),
        developing_pct: percentOf(developingStates, yesNoStates)
      }
    })
}
