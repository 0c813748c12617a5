import { answersWhere } from "../normalise/answer-row.ts"
import type { ReportInput } from "./report-input.ts"
import { formatCount } from "./format-figures.ts"
import { metricWarningsTable } from "./metric-warnings-table.ts"
import type { ReportSection } from "./section.ts"
import { shortenText } from "./shorten-text.ts"

/** Rows listed in the page; the CSV outputs hold them all. Keeps report.html small on a messy run. */
export const LISTED_ROWS = 500
/** Input values are cut to this many characters in the page (a malformed row can be a whole file). */
export const SHOWN_VALUE_CHARS = 200

const shortened = (text: string): string => shortenText(text, SHOWN_VALUE_CHARS)

const listedNote = (shown: number, total: number, where: string): string =>
  total > shown ? ` The first ${formatCount(shown)} of ${formatCount(total)} are listed; ${where}.` : ""

/** What the run could not use or had to set aside, and why. */
export const dataQualitySection = (input: ReportInput): ReportSection => {
  const { manifest, rejects, answers, metrics } = input
  const firstReason = new Map<string, string>()
  for (const reject of rejects)
    if (!firstReason.has(reject.reason_code)) firstReason.set(reject.reason_code, reject.reason)
  const unparseable = answersWhere(answers, (answer) => answer.parse_quality === "unparseable")
  return {
    id: "data-quality",
    title: "Data quality",
    paragraphs: [
      `Rejected rows: ${formatCount(manifest.totals.rows_rejected)}. Every reject, with its file, line, ` +
        "column, value and reason, is in rejects.csv." +
        listedNote(Math.min(rejects.length, LISTED_ROWS), rejects.length, "the full list is in rejects.csv"),
      `Figures not published: ${formatCount(manifest.totals.figures_rejected)}. A computed figure that cannot be ` +
        "published (e.g. an SDG 16.4.2 State-year missing a part) is rejected like a row, and listed in rejects.csv.",
      `Superseded submissions: ${formatCount(manifest.superseded_submissions.length)}. A later submission by ` +
        "the same State for the same cycle replaces the earlier one as a whole.",
      `Unparseable numbers: ${formatCount(unparseable.length)}. These answers hold a figure in prose that could not ` +
        "be read as a number (parse quality “unparseable”); they are kept as text and never counted as numbers." +
        listedNote(
          Math.min(unparseable.length, LISTED_ROWS),
          unparseable.length,
          "all are in normalised/answers.csv",
        ),
    ],
    charts: [],
    tables: [
      {
        caption: "Rejects by reason",
        columns: [
          { key: "reason_code", label: "Reason code" },
          { key: "count", label: "Rows", numeric: true },
          { key: "example", label: "Example reason" },
        ],
        rows: Object.entries(manifest.totals.rejects_by_reason).map(([code, count]) => ({
          reason_code: code,
          count,
          example: shortened(firstReason.get(code) ?? ""),
        })),
      },
      {
        caption: "Figures not published, by reason",
        columns: [
          { key: "reason_code", label: "Reason code" },
          { key: "count", label: "Figures", numeric: true },
        ],
        rows: Object.entries(manifest.totals.figures_rejected_by_reason).map(([code, count]) => ({
          reason_code: code,
          count,
        })),
      },
      {
        caption: `Rejected rows${rejects.length > LISTED_ROWS ? ` (first ${LISTED_ROWS}; all in rejects.csv)` : ""}`,
        columns: [
          { key: "file", label: "File" },
          { key: "line", label: "Line", numeric: true },
          { key: "column", label: "Column" },
          { key: "value", label: "Value" },
          { key: "reason_code", label: "Reason code" },
          { key: "reason", label: "Reason" },
        ],
        rows: rejects.slice(0, LISTED_ROWS).map((reject) => ({
          file: reject.file,
          line: reject.line,
          column: reject.column,
          value: shortened(reject.value),
          reason_code: reject.reason_code,
          reason: shortened(reject.reason),
        })),
      },
      {
        caption: "Superseded submissions",
        columns: [
          { key: "iso3", label: "State" },
          { key: "cycle", label: "Cycle", numeric: true },
          { key: "submitted_on", label: "Submitted on" },
          { key: "superseded_by", label: "Replaced by the submission of" },
          { key: "rows", label: "Rows", numeric: true },
          { key: "files", label: "Files" },
        ],
        rows: manifest.superseded_submissions.map((submission) => ({
          iso3: submission.iso3,
          cycle: submission.cycle,
          submitted_on: submission.submitted_on === "" ? "(no date)" : submission.submitted_on,
          superseded_by: submission.superseded_by,
          rows: submission.rows,
          files: submission.files.join("; "),
        })),
      },
      {
        caption: `Unparseable numbers${unparseable.length > LISTED_ROWS ? ` (first ${LISTED_ROWS})` : ""}`,
        columns: [
          { key: "iso3", label: "State" },
          { key: "state_name", label: "Name" },
          { key: "cycle", label: "Cycle", numeric: true },
          { key: "element_id", label: "Element" },
          { key: "measure", label: "Measure" },
          { key: "answer_raw", label: "Answer as written" },
          { key: "source_file", label: "File" },
          { key: "source_line", label: "Line", numeric: true },
        ],
        rows: unparseable.slice(0, LISTED_ROWS).map((answer) => ({
          iso3: answer.iso3,
          state_name: answer.state_name,
          cycle: answer.cycle,
          element_id: answer.element_id,
          measure: answer.measure,
          answer_raw: shortened(answer.answer_raw),
          source_file: answer.source_file,
          source_line: answer.source_line,
        })),
      },
      metricWarningsTable("Metric warnings", metrics.warnings),
      {
        caption: "Run warnings",
        columns: [{ key: "warning", label: "Warning" }],
        rows: manifest.warnings.map((warning) => ({ warning: shortened(warning) })),
      },
    ],
  }
}
