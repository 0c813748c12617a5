import { op } from "arquero"
import type { AnswerRow } from "../normalise/answer-row.ts"
import { OUTLINE } from "../outline/elements.ts"
import { cyclesOf, cyclesTable } from "./answers-frame.ts"
import { statesTable } from "./areas.ts"
import { coveredElements } from "./covered-elements.ts"
import { percentOf, percentPointsBetween } from "./percent.ts"
import { reportedCycles } from "./reported-cycles.ts"
import type { StateCoverageRow } from "./types.ts"

/** A State × reported cycle after the joins and the window over the State's cycles. */
interface JoinedRow {
  readonly iso3: string
  readonly state_name: string
  readonly region: string
  readonly cycle: number
  readonly elements_covered: number | undefined
  readonly previous_cycle: number | undefined
  readonly previous_covered: number | undefined
}

const covered = (count: number): number => percentOf(count, OUTLINE.length) ?? 0

/**
 * metrics/coverage_states.csv: for each State and each cycle it reported in, the distinct elements it
 * covered (headings its answers roll up to included) out of the whole Outline. A State whose report holds
 * only no_response answers has a row with 0. The change is taken between the one-decimal percentages the
 * file shows, so the columns add up for a reader; the previous cycle is the State's own previous report,
 * which need not be the run's previous cycle.
 */
export const stateCoverage = (
  answers: Iterable<AnswerRow>,
  cycles: ReadonlyArray<number> = cyclesOf(answers)
): Array<StateCoverageRow> => {
  const coveredCounts = coveredElements(answers).groupby("iso3", "cycle").count({ as: "elements_covered" })
  return reportedCycles(answers)
    .semijoin(cyclesTable(cycles), "cycle")
    .join_left(coveredCounts, [["iso3", "cycle"]])
    .groupby("iso3")
    .orderby("cycle")
    .derive({
      previous_cycle: (d) => op.lag(d.cycle),
      previous_covered: (d) => op.lag(d.elements_covered)
    })
    .ungroup()
    .join(statesTable(), "iso3")
    .orderby("iso3", "cycle")
    .objects()
    .map((object) => {
      const row = object as JoinedRow
      const coveredPct = covered(row.elements_covered ?? 0)
      const previousCycle = row.previous_cycle ?? null
      return {
        iso3: row.iso3,
        state_name: row.state_name,
        region: row.region,
        cycle: row.cycle,
        elements_covered: row.elements_covered ?? 0,
        elements_total: OUTLINE.length,
        covered_pct: coveredPct,
        previous_cycle: previousCycle,
        change_pct_points:
          previousCycle === null ? null : percentPointsBetween(coveredPct, covered(row.previous_covered ?? 0))
      }
    })
}
