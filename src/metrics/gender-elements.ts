import { OUTLINE } from "../outline/elements.ts"
import { isWithin } from "../outline/outline.ts"
import type { CoverageRow, GenderElementRow } from "./types.ts"

/** DATA-MODEL §4 gender.csv: the gender elements are II.B.2 with everything below it, and II.A.5.iii. */
const GENDER_ELEMENTS: ReadonlySet<string> = new Set(
  OUTLINE.map((element) => element.id).filter((id) => isWithin(id, "II.B.2") || id === "II.A.5.iii")
)

/**
 * metrics/gender_elements.csv: the world coverage rows of the gender elements, per cycle. Read from
 * coverageByElement's rows rather than the answers so the two files can never disagree.
 */
export const genderElements = (coverage: ReadonlyArray<CoverageRow>): Array<GenderElementRow> =>
  coverage
    .filter((row) => row.level === "world" && GENDER_ELEMENTS.has(row.element_id))
    .map((row) => ({
      cycle: row.cycle,
      element_id: row.element_id,
      title: row.title,
      reporting_states: row.reporting_states,
      states_answered: row.states_answered,
      yes_no_states: row.yes_no_states,
      yes_states: row.yes_states,
      yes_pct: row.yes_pct
    }))
