import { countAnswers } from "../normalise/answer-row.ts"
import { rankedLeafCoverage } from "../charts/coverage-top-bottom-chart.ts"
import { latestCycle } from "../charts/latest-cycle.ts"
import type { CoverageRow, ReportingRow } from "../metrics/types.ts"
import type { ReportInput } from "./report-input.ts"

/** The few figures both report.html's headline and summary.md open with, computed once. */
export interface HeadlineFigures {
  readonly latestCycle: number | null
  /** world rows, one per cycle, oldest first */
  readonly worldReporting: ReadonlyArray<ReportingRow>
  readonly latestWorld: ReportingRow | undefined
  readonly mostAnswered: CoverageRow | undefined
  readonly leastAnswered: CoverageRow | undefined
  readonly unparseableNumbers: number
  readonly supersededSubmissions: number
  readonly metricWarnings: number
}

export const headlineFigures = (input: ReportInput): HeadlineFigures => {
  const cycle = latestCycle(input.metrics)
  const worldReporting = input.metrics.reporting
    .filter((row) => row.level === "world")
    .sort((a, b) => a.cycle - b.cycle)
  const ranked = rankedLeafCoverage(input.metrics)
  return {
    latestCycle: cycle,
    worldReporting,
    latestWorld: worldReporting.find((row) => row.cycle === cycle),
    mostAnswered: ranked[0],
    leastAnswered: ranked.length > 1 ? ranked[ranked.length - 1] : undefined,
    unparseableNumbers: countAnswers(input.answers, (answer) => answer.parse_quality === "unparseable"),
    supersededSubmissions: input.manifest.superseded_submissions.length,
    metricWarnings: input.metrics.warnings.length,
  }
}
