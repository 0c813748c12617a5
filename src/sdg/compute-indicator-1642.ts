import type { AnswerRow } from "../normalise/answer-row.ts"
import { aggregatesOf } from "./aggregates.ts"
import { countryValuesOf } from "./country-values.ts"
import { type ThresholdOptions, thresholdOptions } from "./options.ts"
import type { Indicator1642Result } from "./result.ts"
import { stateYearCandidates } from "./state-year-candidates.ts"

/**
 * SDG indicator 16.4.2 from accepted national-report answers (revisions already applied): country values per
 * State-year (and weapon class where split), World / region / sub-region ratios of sums where coverage
 * allows, and a reject for every State-year whose figures cannot give a value. Pure: no I/O, no clock.
 */
export const computeIndicator1642 = (
  answers: Iterable<AnswerRow>,
  options: Partial<ThresholdOptions> = {},
): Indicator1642Result => {
  const thresholds = thresholdOptions(options)
  const { values, rejects } = countryValuesOf(stateYearCandidates(answers))
  return {
    countries: values,
    aggregates: aggregatesOf(values, thresholds),
    rejects,
    thresholds,
  }
}
