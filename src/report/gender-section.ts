import { PERSON_MEASURE_LABELS } from "../charts/gender-shares-chart.ts"
import type { Metrics } from "../metrics/types.ts"
import type { ReportSection } from "./section.ts"
import { metricWarningsTable } from "./metric-warnings-table.ts"

/** Women's share by person measure, States answering the gender elements, and failed sex-figure checks. */
export const genderSection = (metrics: Metrics): ReportSection => ({
  id: "gender",
  title: "Gender",
  paragraphs: [
    "Women's share is the sum of women counted over the sum of women and men counted, over the States " +
      "giving both figures for a measure; a blank share means no State gave both.",
    metrics.warnings.length === 0
      ? "No sex-disaggregated figure failed its checks."
      : `${metrics.warnings.length} sex-disaggregated figure(s) failed a check (listed below); they are kept in the shares.`,
  ],
  charts: ["gender-shares"],
  tables: [
    {
      caption: "Women's share by measure, cycle and area",
      columns: [
        { key: "measure", label: "Measure" },
        { key: "cycle", label: "Cycle", numeric: true },
        { key: "area", label: "Area" },
        { key: "female", label: "Women", numeric: true },
        { key: "male", label: "Men", numeric: true },
        { key: "women_share_pct", label: "Women's share (%)", numeric: true, decimals: 1 },
        { key: "states_with_sex_data", label: "States with sex data", numeric: true },
      ],
      rows: metrics.gender.map((row) => ({
        measure: PERSON_MEASURE_LABELS[row.measure] ?? row.measure,
        cycle: row.cycle,
        area: row.area,
        female: row.female,
        male: row.male,
        women_share_pct: row.women_share_pct,
        states_with_sex_data: row.states_with_sex_data,
      })),
    },
    {
      caption: "States answering the gender elements (II.B.2 and below, II.A.5.iii)",
      columns: [
        { key: "cycle", label: "Cycle", numeric: true },
        { key: "element_id", label: "Element" },
        { key: "title", label: "Title" },
        { key: "states_answered", label: "States answering", numeric: true },
        { key: "reporting_states", label: "Reporting States", numeric: true },
        { key: "yes_states", label: "Yes", numeric: true },
        { key: "yes_no_states", label: "Yes/no/developing", numeric: true },
        { key: "yes_pct", label: "Yes (%)", numeric: true, decimals: 1 },
      ],
      rows: metrics.genderElements.map((row) => ({ ...row })),
    },
    metricWarningsTable(
      "Sex-disaggregated figures that failed a check",
      metrics.warnings.filter((warning) => warning.code === "sex_parts_exceed_total"),
    ),
  ],
})
