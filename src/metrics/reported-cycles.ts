import type { ColumnTable } from "arquero"
import type { AnswerRow } from "../normalise/answer-row.ts"
import type { AreaLevel } from "./types.ts"
import { answersFrame, memoByAnswers } from "./answers-frame.ts"
import { stateAreasTable } from "./areas.ts"
import { distinctRows } from "./distinct-rows.ts"

/**
 * iso3, cycle: the States that reported in each cycle. Any accepted row counts, a no_response answer
 * too — the State sent a report, even if it left that question open (issue 3: "reported in a cycle").
 */
export const reportedCycles: (answers: Iterable<AnswerRow>) => ColumnTable = memoByAnswers((answers) =>
  distinctRows(answersFrame(answers), ["iso3", "cycle"])
)

/** cycle, level, area_code, reporting_states: how many States reported, per cycle and area. */
export const reportingCountsByArea = (answers: Iterable<AnswerRow>, levels: ReadonlyArray<AreaLevel>) =>
  reportedCycles(answers)
    .join(stateAreasTable(levels), "iso3")
    .groupby("cycle", "level", "area_code")
    .count({ as: "reporting_states" })
