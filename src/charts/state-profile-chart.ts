import type { TopLevelSpec } from "vega-lite"
import type { Metrics } from "../metrics/types.ts"
import type { AnswerRow } from "../normalise/answer-row.ts"
import type { Chart } from "./chart.ts"
import { chartTitle, REFERENCE_COLOUR, SCHEMA_URL, SINGLE_COLOUR } from "./chart-style.ts"

/** The Vega-Lite param (and Vega signal) holding the chosen State's ISO3 code; the report sets it too. */
export const STATE_PARAM = "state"

const answerCounts = (answers: Iterable<AnswerRow>): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const answer of answers) {
    const key = `${answer.iso3}|${answer.cycle}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/**
 * One State at a time (chosen in a dropdown): the share of the Outline it covered in each cycle it
 * reported, against the mean of all States reporting in that cycle. The SVG shows the first State by name.
 */
export const stateProfileChart = (metrics: Metrics, answers: Iterable<AnswerRow>): Chart => {
  const counts = answerCounts(answers)
  const values = metrics.stateCoverage.map((row) => ({
    iso3: row.iso3,
    state_name: row.state_name,
    region: row.region,
    cycle: row.cycle,
    covered_pct: row.covered_pct,
    elements_covered: row.elements_covered,
    elements_total: row.elements_total,
    change_pct_points: row.change_pct_points,
    answers: counts.get(`${row.iso3}|${row.cycle}`) ?? 0,
  }))
  const states = [...new Map(values.map((row) => [row.iso3, row.state_name])).entries()].sort(
    (a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]),
  )
  // A select needs at least one option; with no State the chart still renders, empty, under its "no data" title.
  const options = states.length === 0 ? [""] : states.map(([iso3]) => iso3)
  const labels =
    states.length === 0 ? ["(no State reported)"] : states.map(([iso3, name]) => `${name} (${iso3})`)
  const title = "State profile: share of the Outline covered per cycle"
  const spec: TopLevelSpec = {
    $schema: SCHEMA_URL,
    title: chartTitle(
      title,
      values.length,
      "Bars: the chosen State. Dashed line: mean of the States reporting",
    ),
    params: [
      { name: STATE_PARAM, value: options[0], bind: { input: "select", options, labels, name: "State " } },
    ],
    data: { values },
    width: 420,
    height: 260,
    encoding: {
      x: { field: "cycle", type: "ordinal", title: "Reporting cycle", axis: { labelAngle: 0 } },
      y: {
        field: "covered_pct",
        type: "quantitative",
        title: "Share of the Outline covered (%)",
        scale: { domain: [0, 100] },
      },
    },
    layer: [
      {
        transform: [{ filter: `datum.iso3 === ${STATE_PARAM}` }],
        mark: { type: "bar", color: SINGLE_COLOUR, width: { band: 0.6 } },
        encoding: {
          tooltip: [
            { field: "state_name", type: "nominal", title: "State" },
            { field: "cycle", type: "ordinal", title: "Cycle" },
            { field: "covered_pct", type: "quantitative", title: "Outline covered (%)", format: ".1f" },
            { field: "elements_covered", type: "quantitative", title: "Elements covered" },
            { field: "elements_total", type: "quantitative", title: "Elements in the Outline" },
            { field: "change_pct_points", type: "quantitative", title: "Change (points)", format: "+.1f" },
            { field: "answers", type: "quantitative", title: "Answers" },
          ],
        },
      },
      {
        transform: [
          {
            aggregate: [
              { op: "mean", field: "covered_pct", as: "covered_pct" },
              { op: "count", as: "states" },
            ],
            groupby: ["cycle"],
          },
        ],
        mark: {
          type: "line",
          color: REFERENCE_COLOUR,
          strokeDash: [5, 3],
          point: { color: REFERENCE_COLOUR, shape: "diamond" },
        },
        encoding: {
          tooltip: [
            { field: "cycle", type: "ordinal", title: "Cycle" },
            {
              field: "covered_pct",
              type: "quantitative",
              title: "Mean of reporting States (%)",
              format: ".1f",
            },
            { field: "states", type: "quantitative", title: "Reporting States" },
          ],
        },
      },
    ],
  }
  return {
    name: "state-profile",
    title,
    description:
      "Pick a State: its bars show the share of the Outline's elements it covered in each cycle it " +
      "reported (headings count when anything below them is answered); the dashed line is the mean over all " +
      "States reporting in that cycle.",
    spec,
  }
}
