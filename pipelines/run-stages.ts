// The stages of a run after its inputs are found: loaded by nightly.ts only once it knows there is work to
// do (Vega, arquero, HiGHS and the report take about a second to load; an unchanged run needs none of them).
export { chartOutputs } from "../src/charts/chart-outputs.ts"
export { metricsCharts } from "../src/charts/metrics-charts.ts"
export { computeMetrics } from "../src/metrics/compute-metrics.ts"
export { metricsOutputs } from "../src/metrics/metrics-outputs.ts"
export { answersArrow, answersCsvPieces } from "../src/normalise/answers-table.ts"
export { reportOutputs } from "../src/report/report-outputs.ts"
export { sdg1642Charts } from "../src/sdg/charts.ts"
export { computeIndicator1642 } from "../src/sdg/compute-indicator-1642.ts"
export { sdgOutputs } from "../src/sdg/outputs.ts"
export { sdgReportSection } from "../src/sdg/report-section.ts"
export { runMatchingStage } from "./needs-vs-resources.ts"
export { readReports } from "./read-reports.ts"
