import { latestCycle } from "../charts/latest-cycle.ts"
import { outlineOrder } from "../charts/outline-levels.ts"
import type { CoverageRow, Metrics } from "../metrics/types.ts"
import type { ReportSection, ReportTable, ReportTableColumn } from "./section.ts"

/**
 * World coverage, one row per element and a column per cycle: each title (some run to 400 characters) is
 * shown once, and a change between cycles reads along the row. Region rows are in the heatmap and in
 * metrics/coverage_regions.csv.
 */
const coverageTable = (metrics: Metrics): ReportTable => {
  const world = metrics.coverage.filter((row) => row.level === "world")
  const cycles = [...new Set(world.map((row) => row.cycle))].sort((a, b) => a - b)
  const latest = latestCycle(metrics)
  const inLatest = latest === null ? "" : ` ${latest}`
  const byElement = new Map<string, Map<number, CoverageRow>>()
  for (const row of world)
    byElement.set(row.element_id, (byElement.get(row.element_id) ?? new Map()).set(row.cycle, row))
  const columns: Array<ReportTableColumn> = [
    { key: "element_id", label: "Element" },
    { key: "title", label: "Title" },
    { key: "depth", label: "Depth", numeric: true },
    ...cycles.map((cycle) => ({
      key: `answered_${cycle}`,
      label: `Answering ${cycle} (%)`,
      numeric: true,
      decimals: 1,
    })),
    { key: "states_answered", label: `States answering${inLatest}`, numeric: true },
    { key: "yes_pct", label: `Yes${inLatest} (%)`, numeric: true, decimals: 1 },
  ]
  const rows = [...byElement.entries()]
    .sort(([a], [b]) => outlineOrder(a) - outlineOrder(b) || a.localeCompare(b))
    .map(([id, byCycle]) => {
      const any = [...byCycle.values()][0]!
      const last = latest === null ? undefined : byCycle.get(latest)
      return {
        element_id: id,
        title: any.title,
        depth: any.depth,
        ...Object.fromEntries(
          cycles.map((cycle) => [`answered_${cycle}`, byCycle.get(cycle)?.answered_pct ?? null]),
        ),
        states_answered: last?.states_answered ?? null,
        yes_pct: last?.yes_pct ?? null,
      }
    })
  return { caption: "Coverage by element and cycle (world)", columns, rows }
}

/** Which parts of the Outline States answered: heatmaps, most/least answered, and the world table. */
export const coverageSection = (metrics: Metrics): ReportSection => ({
  id: "coverage",
  title: "Coverage of the Outline",
  paragraphs: [
    "A State answers an element when it gives any answer other than “no response” on it or on an element " +
      "below it. Shares are of the States reporting in the cycle (and area). “Yes” shares are of the States " +
      "answering exactly that element yes, no or developing.",
  ],
  charts: ["coverage-heatmap-regions", "coverage-heatmap-cycles", "coverage-top-bottom"],
  tables: [coverageTable(metrics)],
})
