import type { AnswerRow } from "../normalise/answer-row.ts"
import { cyclesOf } from "./answers-frame.ts"
import { coverageByElement } from "./coverage-by-element.ts"
import { genderElements } from "./gender-elements.ts"
import { genderShares } from "./gender-shares.ts"
import { reportingByCycle } from "./reporting-by-cycle.ts"
import { reportingStates } from "./reporting-states.ts"
import { sexPartsWarnings } from "./sex-parts-warnings.ts"
import { stateCoverage } from "./state-coverage.ts"
import type { Metrics } from "./types.ts"

/**
 * All figures of issue 3 from the current answers (revisions already applied). The intermediate tables
 * (answers frame, reported cycles, covered elements, sex figures) are built once and shared through
 * memoByAnswers, since the same array is passed to every metric.
 */
export const computeMetrics = (answers: Iterable<AnswerRow>): Metrics => {
  const cycles = cyclesOf(answers)
  const coverage = coverageByElement(answers, cycles)
  return {
    cycles,
    reporting: reportingByCycle(answers, cycles),
    reportingStates: reportingStates(answers, cycles),
    coverage,
    stateCoverage: stateCoverage(answers, cycles),
    gender: genderShares(answers, cycles),
    genderElements: genderElements(coverage),
    warnings: sexPartsWarnings(answers, cycles)
  }
}
