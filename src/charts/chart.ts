import type { TopLevelSpec } from "vega-lite"

/**
 * One chart of the run: written as `charts/<name>.vl.json` (the Vega-Lite spec, data inlined) and
 * `charts/<name>.svg` (rendered headless), and shown interactively in report.html.
 * Names are kebab-case and unique in a run, e.g. "reporting-rate-by-region".
 */
export interface Chart {
  readonly name: string
  readonly title: string
  /** One or two sentences for analysts: what the chart shows and how it was computed. */
  readonly description: string
  readonly spec: TopLevelSpec
}
