import type { TopLevelSpec } from "vega-lite"
import type { Metrics } from "../metrics/types.ts"
import type { Chart } from "./chart.ts"
import { CATEGORY_SCHEME, chartTitle, DASHES, SCHEMA_URL } from "./chart-style.ts"

interface ReportingPoint {
  readonly cycle: number
  readonly area: string
  readonly area_order: number
  readonly reporting_rate_pct: number | null
  readonly reporting_states: number
  readonly eligible_states: number
}

// The world first, then the regions by name, so the legend and the colours are the same in every run.
const reportingPoints = (metrics: Metrics): Array<ReportingPoint> => {
  const rows = metrics.reporting.filter((row) => row.level === "world" || row.level === "region")
  const areas = [...new Set(rows.filter((row) => row.level === "region").map((row) => row.area))].sort()
  return rows.map((row) => ({
    cycle: row.cycle,
    area: row.area,
    area_order: row.level === "world" ? -1 : areas.indexOf(row.area),
    reporting_rate_pct: row.reporting_rate_pct,
    reporting_states: row.reporting_states,
    eligible_states: row.eligible_states,
  }))
}

/** Reporting rate per cycle for the world and each M49 region: one line per area. */
export const reportingRateChart = (metrics: Metrics): Chart => {
  const values = reportingPoints(metrics)
  const title = "Reporting rate by cycle and region"
  const areaChannel = {
    field: "area",
    type: "nominal",
    title: "Area",
    sort: { field: "area_order", op: "min" },
  } as const
  const spec: TopLevelSpec = {
    $schema: SCHEMA_URL,
    title: chartTitle(title, values.length, "Share of eligible States that submitted a national report"),
    width: 480,
    height: 280,
    data: { values },
    encoding: {
      x: { field: "cycle", type: "ordinal", title: "Reporting cycle", axis: { labelAngle: 0 } },
      y: {
        field: "reporting_rate_pct",
        type: "quantitative",
        title: "Reporting rate (% of eligible States)",
        scale: { domain: [0, 100] },
      },
      color: {
        ...areaChannel,
        scale: { scheme: CATEGORY_SCHEME },
        legend: { symbolType: "stroke", symbolStrokeWidth: 2.5, symbolSize: 400, labelLimit: 200 },
      },
      strokeDash: { ...areaChannel, scale: { range: DASHES } },
      tooltip: [
        { field: "area", type: "nominal", title: "Area" },
        { field: "cycle", type: "ordinal", title: "Cycle" },
        { field: "reporting_rate_pct", type: "quantitative", title: "Reporting rate (%)", format: ".1f" },
        { field: "reporting_states", type: "quantitative", title: "Reporting States" },
        { field: "eligible_states", type: "quantitative", title: "Eligible States" },
      ],
    },
    // Colour and dash both follow the area, so the lines stay apart in greyscale where colours alone might
    // not; the legend draws each area as a dashed stroke so it can be read without colour too.
    mark: { type: "line", strokeWidth: 2, point: { filled: true, size: 60 } },
  }
  return {
    name: "reporting-rate-by-region",
    title,
    description:
      "For each reporting cycle, the share of eligible States (195 for the world) that submitted a report, " +
      "for the world and each M49 region. Each area has its own colour and line dash.",
    spec,
  }
}
