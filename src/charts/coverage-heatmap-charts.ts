import type { TopLevelSpec } from "vega-lite"
import type { CoverageRow, Metrics } from "../metrics/types.ts"
import type { Chart } from "./chart.ts"
import { chartTitle, PERCENT_SCHEME, SCHEMA_URL, TITLE_ABOVE_AXIS } from "./chart-style.ts"
import { latestCycle } from "./latest-cycle.ts"
import { elementLabel, isHeatmapElement, outlineOrder } from "./outline-levels.ts"

interface HeatmapCell {
  readonly element_id: string
  readonly column: string
  readonly column_order: number
  readonly answered_pct: number | null
  readonly states_answered: number
  readonly reporting_states: number
  readonly yes_pct: number | null
}

interface HeatmapElement {
  readonly element_id: string
  readonly element: string
  readonly element_order: number
  readonly title: string
}

const cell = (row: CoverageRow, column: string, columnOrder: number): HeatmapCell => ({
  element_id: row.element_id,
  column,
  column_order: columnOrder,
  answered_pct: row.answered_pct,
  states_answered: row.states_answered,
  reporting_states: row.reporting_states,
  yes_pct: row.yes_pct,
})

// Titles are long (up to ~400 characters): each is sent once and joined to the cells in the chart, rather
// than repeated in every cell of every column.
const heatmapElements = (rows: ReadonlyArray<CoverageRow>): Array<HeatmapElement> =>
  [...new Map(rows.map((row) => [row.element_id, row.title])).entries()].map(([id, title]) => ({
    element_id: id,
    element: elementLabel(id, title),
    element_order: outlineOrder(id),
    title,
  }))

interface HeatmapOptions {
  readonly name: string
  readonly title: string
  readonly subtitle: string
  readonly description: string
  readonly columnTitle: string
  readonly rows: ReadonlyArray<CoverageRow>
  readonly values: ReadonlyArray<HeatmapCell>
}

const heatmap = (options: HeatmapOptions): Chart => {
  const spec: TopLevelSpec = {
    $schema: SCHEMA_URL,
    title: chartTitle(options.title, options.values.length, options.subtitle),
    data: { values: [...options.values] },
    transform: [
      // A region without reporting States has no share (null): its cell is left empty rather than painted as 0%.
      { filter: "isValid(datum.answered_pct)" },
      {
        lookup: "element_id",
        from: {
          data: { values: heatmapElements(options.rows) },
          key: "element_id",
          fields: ["element", "element_order", "title"],
        },
      },
    ],
    width: { step: 64 },
    height: { step: 15 },
    mark: { type: "rect", stroke: "#ffffff", strokeWidth: 1 },
    encoding: {
      x: {
        field: "column",
        type: "ordinal",
        title: options.columnTitle,
        sort: { field: "column_order", op: "min" },
        axis: { orient: "top", labelAngle: -30, labelLimit: 120 },
      },
      y: {
        field: "element",
        type: "ordinal",
        title: "Outline element (depth 3)",
        sort: { field: "element_order", op: "min" },
        // Title above the labels (see TITLE_ABOVE_AXIS): beside long labels it can overlap them.
        axis: { labelLimit: 320, ...TITLE_ABOVE_AXIS },
      },
      color: {
        field: "answered_pct",
        type: "quantitative",
        title: "States answering (%)",
        scale: { scheme: PERCENT_SCHEME, domain: [0, 100] },
      },
      tooltip: [
        { field: "element_id", type: "nominal", title: "Element" },
        { field: "title", type: "nominal", title: "Title" },
        { field: "column", type: "ordinal", title: options.columnTitle },
        { field: "answered_pct", type: "quantitative", title: "States answering (%)", format: ".1f" },
        { field: "states_answered", type: "quantitative", title: "States answering" },
        { field: "reporting_states", type: "quantitative", title: "Reporting States" },
        { field: "yes_pct", type: "quantitative", title: "Answering yes (%)", format: ".1f" },
      ],
    },
  }
  return { name: options.name, title: options.title, description: options.description, spec }
}

const DEPTH_NOTE =
  "Rows are the Outline cut at depth 3 (plus shallower elements with nothing below them), so every topic " +
  "has one row; an answer anywhere below a row counts for it."

/** Latest cycle: Outline elements × the world and each region, shaded by the share of reporting States answering. */
export const coverageHeatmapRegions = (metrics: Metrics): Chart => {
  const cycle = latestCycle(metrics)
  const rows = metrics.coverage.filter(
    (row) =>
      row.cycle === cycle &&
      (row.level === "world" || row.level === "region") &&
      isHeatmapElement(row.element_id),
  )
  const regions = [...new Set(rows.filter((row) => row.level === "region").map((row) => row.area))].sort()
  const values = rows.map((row) =>
    cell(row, row.area, row.level === "world" ? -1 : regions.indexOf(row.area)),
  )
  return heatmap({
    name: "coverage-heatmap-regions",
    title: `Coverage of the Outline by region${cycle === null ? "" : `, ${cycle}`}`,
    subtitle: "Share of reporting States answering each element",
    columnTitle: "Area",
    description:
      "For the latest cycle, the share of reporting States in each region that answered each element " +
      "(anything but no response, on the element or below it). " +
      DEPTH_NOTE,
    rows,
    values,
  })
}

/** World level: Outline elements × cycles, shaded by the share of reporting States answering. */
export const coverageHeatmapCycles = (metrics: Metrics): Chart => {
  const rows = metrics.coverage.filter((row) => row.level === "world" && isHeatmapElement(row.element_id))
  const values = rows.map((row) => cell(row, String(row.cycle), row.cycle))
  return heatmap({
    name: "coverage-heatmap-cycles",
    title: "Coverage of the Outline by cycle",
    subtitle: "Share of all reporting States answering each element",
    columnTitle: "Reporting cycle",
    description:
      "For each cycle, the share of all reporting States that answered each element. " + DEPTH_NOTE,
    rows,
    values,
  })
}
