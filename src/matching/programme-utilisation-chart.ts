import type { TopLevelSpec } from "vega-lite"
import type { Chart } from "../charts/chart.ts"
import { CATEGORY_SCHEME, chartTitle, SCHEMA_URL, TITLE_ABOVE_AXIS } from "../charts/chart-style.ts"
import type { MatchingResult } from "./matching-result.ts"

const PARTS = ["Committed elsewhere", "Allocated by this run", "Remaining"] as const

/** Each programme's budget split into committed elsewhere, allocated here and remaining (stated budgets only). */
export const programmeUtilisationChart = (result: MatchingResult): Chart => {
  const values = result.programmeUse
    .filter((use) => use.programme.budget_usd !== null)
    .flatMap((use) => {
      const p = use.programme
      const label = `${p.programme_id}${p.origin === "offer" ? " (offer)" : ""}`
      const amounts: ReadonlyArray<number> = [p.committed_usd, use.allocated_usd, use.remaining_usd ?? 0]
      return PARTS.map((part, i) => ({
        programme: label,
        fund: p.fund,
        status: p.status,
        part,
        part_order: i,
        usd: Math.round(amounts[i]!),
        budget_usd: Math.round(p.budget_usd!)
      }))
    })
  const title = "Programme utilisation"
  const spec: TopLevelSpec = {
    $schema: SCHEMA_URL,
    title: chartTitle(
      title,
      values.length,
      "Budget committed elsewhere, allocated to needs by this run, and remaining (USD)"
    ),
    data: { values },
    width: 420,
    height: { step: 16 },
    mark: { type: "bar" },
    encoding: {
      y: {
        field: "programme",
        type: "nominal",
        title: "Programme or offer",
        sort: { field: "budget_usd", op: "max", order: "descending" },
        axis: { labelLimit: 260, ...TITLE_ABOVE_AXIS }
      },
      x: { field: "usd", type: "quantitative", title: "US dollars", stack: "zero", axis: { format: "~s" } },
      color: {
        field: "part",
        type: "nominal",
        title: "",
        sort: [...PARTS],
        legend: { orient: "bottom" },
        scale: { scheme: { ...CATEGORY_SCHEME, extent: [0.05, 0.85] } }
      },
      order: { field: "part_order", type: "quantitative" },
      tooltip: [
        { field: "programme", type: "nominal", title: "Programme" },
        { field: "fund", type: "nominal", title: "Fund" },
        { field: "status", type: "nominal", title: "Status" },
        { field: "part", type: "nominal", title: "Part" },
        { field: "usd", type: "quantitative", title: "USD", format: ",.0f" },
        { field: "budget_usd", type: "quantitative", title: "Budget (USD)", format: ",.0f" }
      ]
    }
  }
  return {
    name: "matching-programme-utilisation",
    title,
    description:
      "Every programme and State offer with a stated budget, converted to USD: the part already committed " +
      "elsewhere, the part the optimal allocation gives to needs, and what remains. Offers with no amount are " +
      "listed in the report's table only.",
    spec
  }
}
