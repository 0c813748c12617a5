import type { TopLevelSpec } from "vega-lite"
import type { CoverageRow, Metrics } from "../metrics/types.ts"
import type { Chart } from "./chart.ts"
import { CATEGORY_SCHEME, chartTitle, SCHEMA_URL, TITLE_ABOVE_AXIS } from "./chart-style.ts"
import { latestCycle } from "./latest-cycle.ts"
import { elementLabel, isLeafElement, outlineOrder } from "./outline-levels.ts"

export const TOP_BOTTOM_COUNT = 10

/**
 * World coverage rows of the latest cycle for leaf elements, most answered first. Ties go to the element
 * answered by more States, then to document order, so the ranking is the same in every run.
 */
export const rankedLeafCoverage = (metrics: Metrics): Array<CoverageRow> => {
  const cycle = latestCycle(metrics)
  return metrics.coverage
    .filter(
      (row) =>
        row.cycle === cycle &&
        row.level === "world" &&
        row.answered_pct !== null &&
        isLeafElement(row.element_id),
    )
    .sort(
      (a, b) =>
        (b.answered_pct ?? 0) - (a.answered_pct ?? 0) ||
        b.states_answered - a.states_answered ||
        outlineOrder(a.element_id) - outlineOrder(b.element_id),
    )
}

/** The ten most and ten least answered leaf elements of the latest cycle (no element in both lists). */
export const coverageTopBottomChart = (metrics: Metrics): Chart => {
  const ranked = rankedLeafCoverage(metrics)
  const top = ranked.slice(0, TOP_BOTTOM_COUNT)
  const bottom = ranked.slice(Math.max(top.length, ranked.length - TOP_BOTTOM_COUNT))
  const values = [
    ...top.map((row, index) => ({ row, group: `Top ${TOP_BOTTOM_COUNT}`, rank: index })),
    ...bottom.map((row, index) => ({
      row,
      group: `Bottom ${TOP_BOTTOM_COUNT}`,
      rank: TOP_BOTTOM_COUNT + index,
    })),
  ].map(({ row, group, rank }) => ({
    element: elementLabel(row.element_id, row.title),
    element_id: row.element_id,
    title: row.title,
    group,
    rank,
    answered_pct: row.answered_pct,
    states_answered: row.states_answered,
    reporting_states: row.reporting_states,
  }))
  const cycle = latestCycle(metrics)
  const title = `Most and least answered Outline items${cycle === null ? "" : `, ${cycle}`}`
  const spec: TopLevelSpec = {
    $schema: SCHEMA_URL,
    title: chartTitle(title, values.length, "Leaf elements, share of all reporting States answering"),
    data: { values },
    width: 360,
    height: { step: 18 },
    encoding: {
      y: {
        field: "element",
        type: "nominal",
        title: "Outline element",
        sort: { field: "rank", op: "min" },
        // Title above the labels (see TITLE_ABOVE_AXIS): beside long labels it can overlap them.
        axis: { labelLimit: 380, ...TITLE_ABOVE_AXIS },
      },
      x: {
        field: "answered_pct",
        type: "quantitative",
        title: "States answering (% of reporting States)",
        scale: { domain: [0, 100] },
      },
      tooltip: [
        { field: "element_id", type: "nominal", title: "Element" },
        { field: "title", type: "nominal", title: "Title" },
        { field: "group", type: "nominal", title: "Group" },
        { field: "answered_pct", type: "quantitative", title: "States answering (%)", format: ".1f" },
        { field: "states_answered", type: "quantitative", title: "States answering" },
        { field: "reporting_states", type: "quantitative", title: "Reporting States" },
      ],
    },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          color: {
            field: "group",
            type: "nominal",
            title: "Group",
            sort: { field: "rank", op: "min" },
            // Below the plot: values near 100% print their label to the right of the bar.
            legend: { orient: "bottom" },
            scale: { scheme: { ...CATEGORY_SCHEME, extent: [0.1, 0.75] } },
          },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 3, fontSize: 10 },
        encoding: { text: { field: "answered_pct", type: "quantitative", format: ".1f" } },
      },
    ],
  }
  return {
    name: "coverage-top-bottom",
    title,
    description:
      "The ten leaf elements (items with nothing below them) answered by the largest share of reporting " +
      "States in the latest cycle, and the ten answered by the smallest share.",
    spec,
  }
}
