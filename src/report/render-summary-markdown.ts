import { PERSON_MEASURE_LABELS } from "../charts/gender-shares-chart.ts"
import { escapeMarkdown } from "./escape-markdown.ts"
import { formatCount, formatPercent, plural } from "./format-figures.ts"
import { headlineFigures } from "./headline-figures.ts"
import type { ReportInput } from "./report-input.ts"

/** summary.md: the headline figures in a few lines, for a chat message or a commit of the run. */
export const renderSummaryMarkdown = (input: ReportInput): string => {
  const { manifest, metrics } = input
  const figures = headlineFigures(input)
  const totals = manifest.totals
  const cycle = figures.latestCycle
  const element = (row: NonNullable<typeof figures.mostAnswered>) =>
    `${escapeMarkdown(row.element_id)} ${escapeMarkdown(row.title)} (${formatPercent(row.answered_pct)} of reporting States)`
  const womenShares = metrics.gender
    .filter((row) => row.cycle === cycle && row.level === "world")
    .map(
      (row) =>
        `${PERSON_MEASURE_LABELS[row.measure] ?? escapeMarkdown(row.measure)} ${formatPercent(row.women_share_pct)}`,
    )
  const reasons = Object.entries(totals.rejects_by_reason)
    .slice(0, 5)
    // Reason codes are the pipeline's own vocabulary (no backticks), so a code span shows them as written.
    .map(([code, count]) => `\`${code}\` ${formatCount(count)}`)

  const lines = [
    `# PoA national reports — run ${escapeMarkdown(manifest.run_id)}`,
    "",
    `- Generated ${input.generatedAt.toISOString()}${manifest.status === "ok" ? "" : ` (run ${escapeMarkdown(manifest.status)})`}.`,
    `- Input: ${plural(totals.files, "file")}, ${plural(totals.rows_read, "row")} read: ${formatCount(totals.rows_accepted)} accepted, ` +
      `${formatCount(totals.rows_rejected)} rejected, ${formatCount(totals.rows_superseded)} superseded.`,
    figures.worldReporting.length === 0
      ? "- Reporting: no State reported."
      : `- Reporting States: ${figures.worldReporting
          .map(
            (row) =>
              `${row.cycle}: ${formatCount(row.reporting_states)} of ${formatCount(row.eligible_states)} (${formatPercent(row.reporting_rate_pct)})`,
          )
          .join("; ")}.`,
    ...(figures.mostAnswered === undefined
      ? []
      : [`- Most answered item in ${cycle}: ${element(figures.mostAnswered)}.`]),
    ...(figures.leastAnswered === undefined
      ? []
      : [`- Least answered item in ${cycle}: ${element(figures.leastAnswered)}.`]),
    ...(womenShares.length === 0 ? [] : [`- Women's share in ${cycle} (world): ${womenShares.join("; ")}.`]),
    `- Data quality: ${plural(totals.rows_rejected, "reject")}${reasons.length === 0 ? "" : ` (${reasons.join(", ")})`}; ` +
      `${plural(figures.supersededSubmissions, "superseded submission")}; ${plural(figures.unparseableNumbers, "unparseable number")}; ` +
      `${plural(figures.metricWarnings, "metric warning")}.`,
    "",
    "Details: report.html (charts, tables, per-State view, data quality); every reject is in rejects.csv.",
    "",
  ]
  return lines.join("\n")
}
