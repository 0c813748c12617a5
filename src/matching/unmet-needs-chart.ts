import type { TopLevelSpec } from "vega-lite"
import type { Chart } from "../charts/chart.ts"
import { CATEGORY_SCHEME, chartTitle, SCHEMA_URL, TITLE_ABOVE_AXIS } from "../charts/chart-style.ts"
import { elementById } from "../outline/outline.ts"
import type { MatchingResult, NeedOutcome } from "./matching-result.ts"

const REASONS = {
  no_eligible_programme: "No eligible programme",
  budgets_exhausted: "Eligible budgets used up"
} as const

/** Unmet USD per element, split by why; needs with no amount are not priced and so not shown. */
export const unmetNeedsByElementChart = (result: MatchingResult): Chart => {
  const sums = new Map<string, { element_id: string; reason: string; unmet: number; needs: number }>()
  for (const outcome of result.outcomes as ReadonlyArray<NeedOutcome>) {
    if (outcome.status !== "no_eligible_programme" && outcome.status !== "budgets_exhausted") continue
    const reason = REASONS[outcome.status]
    const key = `${outcome.need.element_id} ${reason}`
    const sum = sums.get(key) ?? { element_id: outcome.need.element_id, reason, unmet: 0, needs: 0 }
    sum.unmet += outcome.unmet_usd ?? 0
    sum.needs++
    sums.set(key, sum)
  }
  const totals = new Map<string, number>()
  for (const s of sums.values()) totals.set(s.element_id, (totals.get(s.element_id) ?? 0) + s.unmet)
  const values = [...sums.values()].map((s) => ({
    element: `${s.element_id} ${(elementById(s.element_id)?.title ?? "").slice(0, 60)}`,
    element_id: s.element_id,
    title: elementById(s.element_id)?.title ?? "",
    reason: s.reason,
    unmet_usd: Math.round(s.unmet),
    needs: s.needs,
    element_total: Math.round(totals.get(s.element_id)!)
  }))
  const title = "Unmet needs by Outline element"
  const spec: TopLevelSpec = {
    $schema: SCHEMA_URL,
    title: chartTitle(title, values.length, "USD asked and not matched by the optimal allocation, by reason"),
    data: { values },
    width: 380,
    height: { step: 18 },
    mark: { type: "bar" },
    encoding: {
      y: {
        field: "element",
        type: "nominal",
        title: "Outline element",
        sort: { field: "element_total", op: "max", order: "descending" },
        axis: { labelLimit: 380, ...TITLE_ABOVE_AXIS }
      },
      x: {
        field: "unmet_usd",
        type: "quantitative",
        title: "Unmet (US dollars)",
        stack: "zero",
        axis: { format: "~s" }
      },
      color: {
        field: "reason",
        type: "nominal",
        title: "Why unmet",
        legend: { orient: "bottom" },
        scale: { scheme: { ...CATEGORY_SCHEME, extent: [0.1, 0.7] } }
      },
      tooltip: [
        { field: "element_id", type: "nominal", title: "Element" },
        { field: "title", type: "nominal", title: "Title" },
        { field: "reason", type: "nominal", title: "Why unmet" },
        { field: "unmet_usd", type: "quantitative", title: "Unmet (USD)", format: ",.0f" },
        { field: "needs", type: "quantitative", title: "Needs" }
      ]
    }
  }
  return {
    name: "matching-unmet-needs-by-element",
    title,
    description:
      "USD of stated needs left unmet by the optimal allocation, per Outline element: either no programme may " +
      "fund them (see matching/unmet_needs.csv for the constraints that failed) or the eligible programmes' " +
      "budgets are used up.",
    spec
  }
}
