import { op } from "arquero"
import type { AnswerRow } from "../normalise/answer-row.ts"
import { cyclesOf, cyclesTable } from "./answers-frame.ts"
import { statesTable } from "./areas.ts"
import { longestStreak } from "./cycle-streaks.ts"
import { reportedCycles } from "./reported-cycles.ts"
import type { StateReportingRow } from "./types.ts"

/** A State after the join; the arrays are missing for a State that never reported. */
interface JoinedRow {
  readonly iso3: string
  readonly state_name: string
  readonly region: string
  readonly sub_region: string
  readonly cycles: ReadonlyArray<number> | undefined
  readonly cycle_indexes: ReadonlyArray<number> | undefined
}

/**
 * metrics/reporting_states.csv: one row per eligible State (all 195, also those that never reported),
 * with the cycles it reported in, whether it ever reported in two adjacent cycles of the run, and its
 * longest run of adjacent cycles.
 */
export const reportingStates = (
  answers: Iterable<AnswerRow>,
  cycles: ReadonlyArray<number> = cyclesOf(answers)
): Array<StateReportingRow> => {
  const cyclesByState = reportedCycles(answers)
    .join(cyclesTable(cycles), "cycle")
    .groupby("iso3")
    .rollup({ cycles: op.array_agg("cycle"), cycle_indexes: op.array_agg("cycle_index") })
  return statesTable()
    .join_left(cyclesByState, "iso3")
    .orderby("iso3")
    .objects()
    .map((object) => {
      const row = object as JoinedRow
      const reported = [...(row.cycles ?? [])].sort((a, b) => a - b)
      const streak = longestStreak(row.cycle_indexes ?? [])
      return {
        iso3: row.iso3,
        state_name: row.state_name,
        region: row.region,
        sub_region: row.sub_region,
        cycles_reported: reported.join(";"),
        cycles_count: reported.length,
        ever_reported: reported.length > 0,
        consecutive: streak >= 2,
        longest_streak: streak
      }
    })
}
