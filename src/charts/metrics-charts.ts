import type { Metrics } from "../metrics/types.ts"
import type { AnswerRow } from "../normalise/answer-row.ts"
import type { Chart } from "./chart.ts"
import { coverageHeatmapCycles, coverageHeatmapRegions } from "./coverage-heatmap-charts.ts"
import { coverageTopBottomChart } from "./coverage-top-bottom-chart.ts"
import { genderSharesChart } from "./gender-shares-chart.ts"
import { reportingRateChart } from "./reporting-rate-chart.ts"
import { stateProfileChart } from "./state-profile-chart.ts"

/** The charts of the metrics stage, in the order the report shows them. */
export const metricsCharts = (metrics: Metrics, answers: Iterable<AnswerRow>): Array<Chart> => [
  reportingRateChart(metrics),
  coverageHeatmapRegions(metrics),
  coverageHeatmapCycles(metrics),
  coverageTopBottomChart(metrics),
  genderSharesChart(metrics),
  stateProfileChart(metrics, answers),
]
