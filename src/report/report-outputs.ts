import type { OutputFile } from "../run/output-file.ts"
import { renderReportHtml } from "./render-report-html.ts"
import type { ReportInput } from "./report-input.ts"
import { renderSummaryMarkdown } from "./render-summary-markdown.ts"

/** `report.html` and `summary.md` (DATA-MODEL §4). */
export const reportOutputs = async (input: ReportInput): Promise<Array<OutputFile>> => [
  { file: "report.html", content: renderReportHtml(input) },
  { file: "summary.md", content: renderSummaryMarkdown(input) },
]
