import type { OutputFile } from "../run/output-file.ts"
import { formatCsv } from "../run/write-csv.ts"
import {
  COVERAGE_COLUMNS,
  GENDER_ELEMENT_COLUMNS,
  GENDER_SHARE_COLUMNS,
  REPORTING_COLUMNS,
  STATE_COVERAGE_COLUMNS,
  STATE_REPORTING_COLUMNS,
  WARNING_COLUMNS
} from "./metric-columns.ts"
import type { Metrics } from "./types.ts"

/**
 * The metrics/ files of a run (DATA-MODEL §4). Coverage is split by level: the world rows in
 * coverage_elements.csv, the region rows in coverage_regions.csv. A null (a share with nothing to divide
 * by) is a blank cell, never 0.
 */
export const metricsOutputs = (metrics: Metrics): Array<OutputFile> => [
  { file: "metrics/reporting.csv", content: formatCsv(REPORTING_COLUMNS, metrics.reporting) },
  {
    file: "metrics/reporting_states.csv",
    content: formatCsv(STATE_REPORTING_COLUMNS, metrics.reportingStates)
  },
  {
    file: "metrics/coverage_elements.csv",
    content: formatCsv(
      COVERAGE_COLUMNS,
      metrics.coverage.filter((row) => row.level === "world")
    )
  },
  {
    file: "metrics/coverage_regions.csv",
    content: formatCsv(
      COVERAGE_COLUMNS,
      metrics.coverage.filter((row) => row.level === "region")
    )
  },
  { file: "metrics/coverage_states.csv", content: formatCsv(STATE_COVERAGE_COLUMNS, metrics.stateCoverage) },
  { file: "metrics/gender.csv", content: formatCsv(GENDER_SHARE_COLUMNS, metrics.gender) },
  { file: "metrics/gender_elements.csv", content: formatCsv(GENDER_ELEMENT_COLUMNS, metrics.genderElements) },
  { file: "metrics/warnings.csv", content: formatCsv(WARNING_COLUMNS, metrics.warnings) }
]
