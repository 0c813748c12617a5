import { formatCount, formatPercent, plural } from "./format-figures.ts"
import type { HeadlineFigures } from "./headline-figures.ts"
import type { ReportInput } from "./report-input.ts"
import type { ReportSection } from "./section.ts"

/** The opening of the report: who reported, how much input was kept, what was answered most. */
export const headlineSection = (input: ReportInput, figures: HeadlineFigures): ReportSection => {
  const totals = input.manifest.totals
  const world = figures.latestWorld
  const top = figures.mostAnswered
  const paragraphs = [
    world === undefined
      ? "No State reported in this run."
      : `In ${world.cycle}, ${formatCount(world.reporting_states)} of ${formatCount(world.eligible_states)} States ` +
        `reported: a world reporting rate of ${formatPercent(world.reporting_rate_pct)}.`,
    `Input: ${plural(totals.files, "file")}, ${plural(totals.rows_read, "row")} read — ` +
      `${formatCount(totals.rows_accepted)} accepted, ${formatCount(totals.rows_rejected)} rejected, ` +
      `${formatCount(totals.rows_superseded)} superseded by a later submission.`,
    top === undefined
      ? "No element was answered in the latest cycle."
      : `Most answered Outline item in ${top.cycle}: ${top.element_id} “${top.title}”, answered by ` +
        `${formatPercent(top.answered_pct)} of reporting States (${formatCount(top.states_answered)} of ` +
        `${formatCount(top.reporting_states)}).`,
    `Data quality: ${plural(totals.rows_rejected, "rejected row")}, ${plural(figures.supersededSubmissions, "superseded submission")}, ` +
      `${plural(figures.unparseableNumbers, "unparseable number")}, ${plural(figures.metricWarnings, "metric warning")} ` +
      `(see Data quality).`,
  ]
  return {
    id: "headline",
    title: "Headline",
    paragraphs,
    charts: [],
    tables: [
      {
        caption: "Reporting States per cycle (world)",
        columns: [
          { key: "cycle", label: "Cycle", numeric: true },
          { key: "reporting_states", label: "Reporting States", numeric: true },
          { key: "eligible_states", label: "Eligible States", numeric: true },
          { key: "reporting_rate_pct", label: "Reporting rate (%)", numeric: true, decimals: 1 },
        ],
        rows: figures.worldReporting.map((row) => ({
          cycle: row.cycle,
          reporting_states: row.reporting_states,
          eligible_states: row.eligible_states,
          reporting_rate_pct: row.reporting_rate_pct,
        })),
      },
    ],
  }
}
