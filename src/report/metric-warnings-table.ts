import type { MetricWarning } from "../metrics/types.ts"
import type { ReportTable } from "./section.ts"

/** Metric checks that did not pass, with the input line to look at. */
export const metricWarningsTable = (
  caption: string,
  warnings: ReadonlyArray<MetricWarning>,
): ReportTable => ({
  caption,
  columns: [
    { key: "code", label: "Check" },
    { key: "iso3", label: "State" },
    { key: "cycle", label: "Cycle", numeric: true },
    { key: "measure", label: "Measure" },
    { key: "source_file", label: "File" },
    { key: "source_line", label: "Line", numeric: true },
    { key: "message", label: "Message" },
  ],
  rows: warnings.map((warning) => ({ ...warning })),
})
