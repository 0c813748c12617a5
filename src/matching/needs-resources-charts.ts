import type { TopLevelSpec } from "vega-lite"
import type { Chart } from "../charts/chart.ts"
import { CATEGORY_SCHEME, chartTitle, SCHEMA_URL, TITLE_ABOVE_AXIS } from "../charts/chart-style.ts"
import type { MatchingResult } from "./matching-result.ts"
import { needsVsResources, type NeedsLevel, type NeedsVsResourcesRow } from "./needs-vs-resources.ts"

const SERIES = ["Requirements", "Matched", "Unallocated resources"] as const

interface Bar {
  readonly group: string
  readonly order: number
  readonly series: (typeof SERIES)[number]
  readonly series_order: number
  readonly usd: number
  readonly coverage_pct: number | null
  readonly needs_with_amount: number
  readonly needs_not_specified: number
}

/** Three bars per group (requirements, matched, unallocated resources), "Shared" last. */
const barsOf = (
  rows: ReadonlyArray<NeedsVsResourcesRow>,
  level: NeedsLevel,
  withResources: boolean
): Array<Bar> =>
  rows
    .filter((row) => row.level === level && row.key !== "not_specified")
    .flatMap((row, order) => {
      const group =
        row.key === "shared" ? "Shared (several)" : level === "section" ? row.label.split(":")[0]! : row.label
      const values: Array<[(typeof SERIES)[number], number | null]> = [
        ["Requirements", row.requirements_usd],
        ["Matched", row.matched_usd],
        ["Unallocated resources", withResources ? row.unallocated_resources_usd : null]
      ]
      return values
        .filter(([, usd]) => usd !== null)
        .map(([series, usd]) => ({
          group,
          order,
          series,
          series_order: SERIES.indexOf(series),
          usd: usd!,
          coverage_pct: row.coverage_pct,
          needs_with_amount: row.needs_with_amount,
          needs_not_specified: row.needs_not_specified
        }))
    })

const groupedBars = (
  values: ReadonlyArray<Bar>,
  title: string,
  subtitle: string,
  axisTitle: string
): TopLevelSpec => ({
  $schema: SCHEMA_URL,
  title: chartTitle(title, values.length, subtitle),
  data: { values: [...values] },
  width: 420,
  height: { step: 14 },
  mark: { type: "bar" },
  encoding: {
    y: {
      field: "group",
      type: "nominal",
      title: axisTitle,
      sort: { field: "order", op: "min" },
      axis: { labelLimit: 260, ...TITLE_ABOVE_AXIS }
    },
    yOffset: { field: "series", type: "nominal", sort: [...SERIES] },
    x: { field: "usd", type: "quantitative", title: "US dollars", axis: { format: "~s" } },
    color: {
      field: "series",
      type: "nominal",
      title: "",
      sort: [...SERIES],
      legend: { orient: "bottom" },
      // Dark, middle and light: the three bars stay apart in greyscale.
      scale: { scheme: { ...CATEGORY_SCHEME, extent: [0.05, 0.85] } }
    },
    tooltip: [
      { field: "group", type: "nominal", title: axisTitle },
      { field: "series", type: "nominal", title: "Figure" },
      { field: "usd", type: "quantitative", title: "USD", format: ",.0f" },
      { field: "coverage_pct", type: "quantitative", title: "Coverage (%)" },
      { field: "needs_with_amount", type: "quantitative", title: "Needs with an amount" },
      { field: "needs_not_specified", type: "quantitative", title: "Needs with no amount" }
    ]
  }
})

export const needsVsResourcesBySectionChart = (result: MatchingResult): Chart => {
  const values = barsOf(needsVsResources(result), "section", true)
  const title = "Needs and resources by section of the Outline"
  return {
    name: "matching-needs-vs-resources-by-section",
    title,
    description:
      "For each section (II Programme of Action, III International Tracing Instrument): the USD States asked " +
      "for, what the optimal allocation matched to it, and programme money still unallocated that serves only " +
      "that section; money of programmes spanning sections is under Shared. Needs with no amount are not priced.",
    spec: groupedBars(
      values,
      title,
      "Requirements vs matched (optimal allocation) vs unallocated, USD",
      "Section"
    )
  }
}

export const needsVsResourcesByRegionChart = (result: MatchingResult): Chart => {
  const values = barsOf(needsVsResources(result), "region", true)
  const title = "Needs and resources by region"
  return {
    name: "matching-needs-vs-resources-by-region",
    title,
    description:
      "For each M49 region: the USD its States asked for, what the optimal allocation matched, and programme " +
      "money still unallocated that serves only that region. Programmes open to several regions or the world " +
      "cannot be attributed to one and are shown as Shared, as OCHA FTS does.",
    spec: groupedBars(
      values,
      title,
      "Requirements vs matched (optimal allocation) vs unallocated, USD",
      "Region"
    )
  }
}
