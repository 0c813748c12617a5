/**
 * Shared look of every chart. Colours are chosen so a chart still reads when printed in greyscale:
 * viridis rises steadily in lightness, so sampling it gives colours that differ in lightness too (the top
 * 15% is cut off because its yellow vanishes on white). Lines also differ by dash.
 */

export const SCHEMA_URL = "https://vega.github.io/schema/vega-lite/v6.json"

/** Categories (regions, measures): dark to mid-light, each a distinct lightness. */
export const CATEGORY_SCHEME: { name: "viridis"; extent: Array<number> } = {
  name: "viridis",
  extent: [0, 0.85],
}

/** Percentages on heatmaps: 0% light, 100% dark, so "more" is "darker" in greyscale too. */
export const PERCENT_SCHEME: { name: "viridis"; extent: Array<number> } = {
  name: "viridis",
  extent: [0.95, 0],
}

/** Marks drawn in one colour (a single State, a single series). */
export const SINGLE_COLOUR = "#3b528b"
export const REFERENCE_COLOUR = "#555555"

export const DASHES: Array<Array<number>> = [
  [1, 0],
  [6, 3],
  [2, 2],
  [8, 3, 2, 3],
  [4, 4],
  [1, 3],
  [10, 2],
]

/**
 * For a left axis with long labels (Outline element titles): the title horizontal, above the labels and
 * ending at the axis line. Beside the labels, Vega places it from their measured width, which comes out
 * short for long labels (always so in the headless SVG, which can only estimate text) and overlaps them.
 */
export const TITLE_ABOVE_AXIS = {
  titleAngle: 0,
  titleAlign: "right",
  titleBaseline: "bottom",
  titleX: 0,
  titleY: -6,
} as const

export const NO_DATA = "No data in this run"

/** The chart title; a chart with no rows still renders, and says so in its subtitle. */
export const chartTitle = (
  text: string,
  rowCount: number,
  subtitle?: string,
): { text: string; subtitle?: string; anchor: "start" } => {
  const shown = rowCount === 0 ? NO_DATA : subtitle
  return shown === undefined ? { text, anchor: "start" } : { text, subtitle: shown, anchor: "start" }
}
