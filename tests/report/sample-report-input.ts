import type { Chart } from "../../src/charts/chart.ts"
import { metricsCharts } from "../../src/charts/metrics-charts.ts"
import type { Reject } from "../../src/ingest/reasons.ts"
import type { ReportInput } from "../../src/report/report-input.ts"
import type { ReportSection } from "../../src/report/section.ts"
import type { Manifest } from "../../src/run/manifest.ts"
import { answer, emptyMetrics, HOSTILE_NAME, sampleAnswers, sampleMetrics } from "../charts/sample-metrics.ts"

/**
 * A report input with hostile text everywhere input text can reach the page: State names, answers, reject
 * values, a stage's section and table, file names. The second payload sets a flag instead of a dialog, so
 * the browser test can tell whether anything ran.
 */

export const HOSTILE_SCRIPT = "</script><script>alert(1)</script>"
export const HOSTILE_FLAG = "<img src=x onerror=window.__xss=1>"
/** A note on a yes answer: shown in the per-State answers, as text. */
export const HOSTILE_NOTE = `Annex </script><!-- & <img src=x onerror=window.__xss=2>`

const rejects: ReadonlyArray<Reject> = [
  {
    file: "reports/2020-bad.csv",
    line: 7,
    column: "state",
    value: HOSTILE_SCRIPT,
    reason_code: "unknown_state",
    reason: `Unknown State "${HOSTILE_SCRIPT}"`,
  },
  {
    file: "reports/2020-bad.csv",
    line: 9,
    column: "answer",
    value: HOSTILE_FLAG,
    reason_code: "bad_number",
    reason: "Not a number",
  },
  {
    file: "reports/2020-bad.csv",
    line: 11,
    column: "cycle",
    value: "20x0",
    reason_code: "bad_cycle",
    reason: "Bad cycle",
  },
]

export const sampleManifest = (overrides: Partial<Manifest> = {}): Manifest => ({
  run_id: "2026-01-02T03-04-05Z-abcd",
  status: "ok",
  started_at: "2026-01-02T03:04:05.000Z",
  finished_at: "2026-01-02T03:04:09.000Z",
  code_version: { package: "0.1.0", source_sha256: "0123456789abcdef".repeat(4) },
  settings_sha256: "ef".repeat(32),
  input_dir: "fixtures",
  cached_inputs: 0,
  inputs: [
    {
      file: "reports/2020-gha.csv",
      kind: "reports",
      sha256: "ab".repeat(32),
      bytes: 1000,
      status: "read",
      encoding: "utf8",
      delimiter: ",",
      rows: { read: 10, accepted: 7, rejected: 3, superseded: 0 },
    },
    {
      file: `reports/${HOSTILE_FLAG}.csv`,
      kind: "reports",
      sha256: "cd".repeat(32),
      bytes: 10,
      status: "rejected",
      encoding: null,
      delimiter: null,
      rows: { read: 0, accepted: 0, rejected: 0, superseded: 0 },
    },
  ],
  totals: {
    files: 2,
    files_rejected: 1,
    rows_read: 14,
    rows_accepted: 7,
    rows_rejected: 3,
    rows_superseded: 4,
    rejects_by_reason: { unknown_state: 1, bad_number: 1, bad_cycle: 1 },
    figures_rejected: 2,
    figures_rejected_by_reason: { missing_sdg_part: 2 },
  },
  superseded_submissions: [
    {
      iso3: "GHA",
      cycle: 2020,
      submitted_on: "2020-03-01",
      files: ["reports/2020-gha-draft.csv"],
      rows: 4,
      superseded_by: "2020-05-01",
    },
  ],
  outputs: [],
  durations_ms: { ingest: 12 },
  warnings: [`Input file name ${HOSTILE_SCRIPT} looks odd`],
  ...overrides,
})

const stageChart: Chart = {
  name: "sdg-16-4-2-by-year",
  title: `SDG 16.4.2 ${HOSTILE_NAME}`,
  description: `A chart handed over by another stage, with hostile text ${HOSTILE_SCRIPT}`,
  spec: {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: "Proportion traced",
    data: { values: [{ year: 2020, pct: 40, state: HOSTILE_NAME }] },
    mark: "bar",
    encoding: {
      x: { field: "year", type: "ordinal", title: "Year" },
      y: { field: "pct", type: "quantitative", title: "Traced (%)" },
      tooltip: [{ field: "state", type: "nominal", title: "State" }],
    },
  },
}

const stageSection: ReportSection = {
  id: "sdg-16-4-2",
  title: `SDG 16.4.2 ${HOSTILE_SCRIPT}`,
  paragraphs: [`Paragraph with ${HOSTILE_NAME} and ${HOSTILE_FLAG}.`],
  charts: ["sdg-16-4-2-by-year", "not-produced"],
  tables: [
    {
      caption: `Table ${HOSTILE_NAME}`,
      columns: [
        { key: "state", label: `State ${HOSTILE_SCRIPT}` },
        { key: "value", label: "Value", numeric: true, decimals: 1 },
      ],
      rows: [
        { state: HOSTILE_NAME, value: 3 },
        { state: "Zambia", value: 1.25 },
        { state: "Argentina", value: null },
        { state: "Brazil", value: 12 },
      ],
    },
  ],
}

const hostileAnswers = [
  ...sampleAnswers,
  answer({
    element_id: "III.F.i",
    measure: "seized",
    answer_raw: HOSTILE_NAME,
    answer_code: "text",
    parse_quality: "unparseable",
    source_line: 20,
  }),
  answer({
    element_id: "III.F.i",
    measure: "seized",
    answer_raw: `about 2,000 ${HOSTILE_FLAG}`,
    answer_code: "text",
    parse_quality: "unparseable",
    source_line: 21,
  }),
  answer({ answer_raw: HOSTILE_SCRIPT, answer_code: "text", parse_quality: "unparseable", source_line: 22 }),
  answer({ element_id: "II.A.2.a.i", note: HOSTILE_NOTE, source_line: 23 }),
]

export const sampleReportInput = (): ReportInput => ({
  manifest: sampleManifest(),
  rejects,
  answers: hostileAnswers,
  metrics: sampleMetrics,
  charts: [...metricsCharts(sampleMetrics, hostileAnswers), stageChart],
  sections: [stageSection],
  generatedAt: new Date("2026-01-02T03:04:09.000Z"),
})

export const emptyReportInput = (): ReportInput => ({
  manifest: sampleManifest({
    inputs: [],
    totals: {
      files: 0,
      files_rejected: 0,
      rows_read: 0,
      rows_accepted: 0,
      rows_rejected: 0,
      rows_superseded: 0,
      rejects_by_reason: {},
      figures_rejected: 0,
      figures_rejected_by_reason: {},
    },
    superseded_submissions: [],
    warnings: [],
  }),
  rejects: [],
  answers: [],
  metrics: emptyMetrics,
  charts: metricsCharts(emptyMetrics, []),
  sections: [],
  generatedAt: new Date("2026-01-02T03:04:09.000Z"),
})
