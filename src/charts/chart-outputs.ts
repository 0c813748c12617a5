import type { OutputFile } from "../run/output-file.ts"
import type { Chart } from "./chart.ts"
import { renderChartSvg } from "./render-chart-svg.ts"

/** `charts/<name>.vl.json` and `charts/<name>.svg` for every chart (DATA-MODEL §4). */
export const chartOutputs = async (charts: ReadonlyArray<Chart>): Promise<Array<OutputFile>> => {
  const names = new Set<string>()
  for (const chart of charts) {
    // A repeated name would silently overwrite another stage's chart file.
    if (names.has(chart.name))
      throw new Error(`Two charts are named "${chart.name}"; chart names must be unique`)
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(chart.name))
      throw new Error(`Chart name "${chart.name}" is not kebab-case; it becomes a file name`)
    names.add(chart.name)
  }
  const files = await Promise.all(
    charts.map(
      async (chart): Promise<Array<OutputFile>> => [
        { file: `charts/${chart.name}.vl.json`, content: `${JSON.stringify(chart.spec, null, 2)}\n` },
        { file: `charts/${chart.name}.svg`, content: await renderChartSvg(chart) },
      ],
    ),
  )
  return files.flat()
}
