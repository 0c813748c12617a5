import type { TopLevelSpec } from "vega-lite"
import type { Chart } from "../charts/chart.ts"
import { chartTitle, SCHEMA_URL, SINGLE_COLOUR } from "../charts/chart-style.ts"
import type { MatchingResult } from "./matching-result.ts"
import { needsVsResourcesByRegionChart, needsVsResourcesBySectionChart } from "./needs-resources-charts.ts"
import { programmeUtilisationChart } from "./programme-utilisation-chart.ts"
import { unmetNeedsByElementChart } from "./unmet-needs-chart.ts"

/** Optimal LP against the greedy baseline: USD matched, with the priority-weighted figure in the tooltip. */
export const optimumVsGreedyChart = (result: MatchingResult): Chart => {
  const { optimum, greedy, requirements_usd } = result.summary
  const values = [
    { method: "Optimal (LP)", ...optimum },
    { method: "Greedy baseline", ...greedy }
  ].map((row) => ({
    method: row.method,
    matched_usd: Math.round(row.matched_usd),
    priority_weighted_usd: Math.round(row.priority_weighted_usd),
    coverage_pct: row.coverage_pct,
    needs_fully_met: row.needs_fully_met
  }))
  const title = "Optimal allocation against the greedy baseline"
  const spec: TopLevelSpec = {
    $schema: SCHEMA_URL,
    title: chartTitle(
      title,
      requirements_usd > 0 ? values.length : 0,
      "USD of stated needs matched by each method"
    ),
    data: { values },
    width: 380,
    height: { step: 28 },
    mark: { type: "bar", color: SINGLE_COLOUR },
    encoding: {
      y: { field: "method", type: "nominal", title: "Method", sort: null },
      x: {
        field: "matched_usd",
        type: "quantitative",
        title: "Matched (US dollars)",
        axis: { format: "~s" }
      },
      tooltip: [
        { field: "method", type: "nominal", title: "Method" },
        { field: "matched_usd", type: "quantitative", title: "Matched (USD)", format: ",.0f" },
        {
          field: "priority_weighted_usd",
          type: "quantitative",
          title: "Priority-weighted (USD × weight)",
          format: ",.0f"
        },
        { field: "coverage_pct", type: "quantitative", title: "Coverage (%)" },
        { field: "needs_fully_met", type: "quantitative", title: "Needs fully met" }
      ]
    }
  }
  return {
    name: "matching-optimum-vs-greedy",
    title,
    description:
      "The LP maximises priority-weighted USD covered (priority 1 counts 3, 2 counts 2, 3 counts 1); the greedy " +
      "baseline serves needs by priority, then smaller amount, from eligible programmes in id order.",
    spec
  }
}

/** The charts of the matching stage, in the order the report shows them. */
export const matchingCharts = (result: MatchingResult): ReadonlyArray<Chart> => [
  needsVsResourcesBySectionChart(result),
  needsVsResourcesByRegionChart(result),
  unmetNeedsByElementChart(result),
  programmeUtilisationChart(result),
  optimumVsGreedyChart(result)
]
