import type { Metrics } from "../metrics/types.ts"
import type { ReportSection } from "./section.ts"

const LEVEL_LABELS = { world: "World", region: "Region", sub_region: "Sub-region" } as const

/** Reporting rate per cycle and area (world, M49 regions and sub-regions). */
export const reportingSection = (metrics: Metrics): ReportSection => ({
  id: "reporting",
  title: "Reporting",
  paragraphs: [
    "A State reports in a cycle when it submitted a national report for it (its latest submission counts). " +
      "The reporting rate is reporting States over eligible States: all 195 for the world, the members of " +
      "each M49 region or sub-region otherwise. Areas with no eligible State show a blank rate.",
  ],
  charts: ["reporting-rate-by-region"],
  tables: [
    {
      caption: "Reporting rate by cycle and area",
      columns: [
        { key: "cycle", label: "Cycle", numeric: true },
        { key: "level", label: "Level" },
        { key: "area_code", label: "M49" },
        { key: "area", label: "Area" },
        { key: "reporting_states", label: "Reporting States", numeric: true },
        { key: "eligible_states", label: "Eligible States", numeric: true },
        { key: "reporting_rate_pct", label: "Reporting rate (%)", numeric: true, decimals: 1 },
      ],
      rows: metrics.reporting.map((row) => ({
        cycle: row.cycle,
        level: LEVEL_LABELS[row.level] ?? row.level,
        area_code: row.area_code,
        area: row.area,
        reporting_states: row.reporting_states,
        eligible_states: row.eligible_states,
        reporting_rate_pct: row.reporting_rate_pct,
      })),
    },
  ],
})
