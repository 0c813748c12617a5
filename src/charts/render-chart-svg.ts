import { parse, View } from "vega"
import { compile } from "vega-lite"
import type { Chart } from "./chart.ts"

/**
 * The chart as a static SVG, rendered headless (no DOM, no canvas): Vega-Lite → Vega → a scenegraph
 * rendered by Vega's string SVG renderer. Bound inputs (the State dropdown) show their initial value.
 */
export const renderChartSvg = async (chart: Chart): Promise<string> => {
  // Vega tags the inline data rows it ingests (a symbol property on each); a copy keeps the chart as given.
  const vegaSpec = compile(structuredClone(chart.spec)).spec
  const view = new View(parse(vegaSpec), { renderer: "none" })
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}
