import type { AnswerRow } from "../normalise/answer-row.ts"
import { cyclesOf, cyclesTable } from "./answers-frame.ts"
import { areasTable, stateAreasTable } from "./areas.ts"
import { gridOf } from "./grid.ts"
import { percentOf } from "./percent.ts"
import { reportingCountsByArea } from "./reported-cycles.ts"
import type { AreaLevel, ReportingRow } from "./types.ts"

const LEVELS: ReadonlyArray<AreaLevel> = ["world", "region", "sub_region"]

/** The grid row after the joins; a count is missing where no State of the area reported. */
interface JoinedRow {
  readonly cycle: number
  readonly level: AreaLevel
  readonly area_code: string
  readonly area: string
  readonly eligible_states: number | undefined
  readonly reporting_states: number | undefined
}

/**
 * metrics/reporting.csv: per cycle, the world, each M49 region and each sub-region with eligible States.
 * Every area appears in every cycle — one where no State reported shows 0 and a rate of 0.0 — because
 * the grid of cycles × areas is built first and the counts are joined onto it.
 */
export const reportingByCycle = (
  answers: Iterable<AnswerRow>,
  cycles: ReadonlyArray<number> = cyclesOf(answers)
): Array<ReportingRow> => {
  const eligible = stateAreasTable(LEVELS).groupby("level", "area_code").count({ as: "eligible_states" })
  return gridOf(cyclesTable(cycles), areasTable(LEVELS))
    .join_left(eligible, [["level", "area_code"]])
    .join_left(reportingCountsByArea(answers, LEVELS), [["cycle", "level", "area_code"]])
    .orderby("cycle", "level_rank", "area_code")
    .objects()
    .map((object) => {
      const row = object as JoinedRow
      const reporting = row.reporting_states ?? 0
      const eligibleStates = row.eligible_states ?? 0
      return {
        cycle: row.cycle,
        level: row.level,
        area_code: row.area_code,
        area: row.area,
        reporting_states: reporting,
        eligible_states: eligibleStates,
        reporting_rate_pct: percentOf(reporting, eligibleStates)
      }
    })
}
