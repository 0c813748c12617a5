import { describe, expect, it } from "vitest"
import type { Chart } from "../../src/charts/chart.ts"
import { chartOutputs } from "../../src/charts/chart-outputs.ts"
import { NO_DATA } from "../../src/charts/chart-style.ts"
import { metricsCharts } from "../../src/charts/metrics-charts.ts"
import { renderChartSvg } from "../../src/charts/render-chart-svg.ts"
import { emptyMetrics, HOSTILE_NAME, sampleAnswers, sampleMetrics } from "./sample-metrics.ts"

/** Mark items drawn in a Vega SVG: rect/symbol/line paths, rules, text. */
const markItems = (svg: string, mark: string): number =>
  [...svg.matchAll(new RegExp(`<g class="mark-${mark}[^"]*"[^>]*>(.*?)</g>`, "gs"))].reduce(
    (sum, match) => sum + (match[1]!.match(/<(path|line|text)\b/g) ?? []).length,
    0,
  )

const sample = metricsCharts(sampleMetrics, sampleAnswers)
const empty = metricsCharts(emptyMetrics, [])

// The mark each chart draws its data with.
const DATA_MARK: Readonly<Record<string, string>> = {
  "reporting-rate-by-region": "line",
  "coverage-heatmap-regions": "rect",
  "coverage-heatmap-cycles": "rect",
  "coverage-top-bottom": "rect",
  "gender-shares": "rect",
  "state-profile": "rect",
}

describe("renderChartSvg", () => {
  it.each(sample.map((chart) => [chart.name, chart] as const))(
    "%s renders its marks, title and axis titles",
    async (_, chart) => {
      const svg = await renderChartSvg(chart)
      expect(svg.startsWith("<svg")).toBe(true)
      expect(markItems(svg, DATA_MARK[chart.name]!)).toBeGreaterThan(0)
      expect(svg).toMatch(/class="[^"]*\brole-title-text"/)
      expect((svg.match(/class="[^"]*\brole-axis-title"/g) ?? []).length).toBeGreaterThanOrEqual(2)
    },
  )

  it.each(empty.map((chart) => [chart.name, chart] as const))(
    "%s without data still renders, saying so",
    async (_, chart) => {
      const svg = await renderChartSvg(chart)
      expect(svg).toContain("<svg")
      expect(svg).toMatch(/class="mark-/)
      expect(svg).toContain(NO_DATA)
    },
  )

  it("keeps hostile text as escaped SVG text", async () => {
    const svg = await renderChartSvg(sample.find((chart) => chart.name === "state-profile")!)
    expect(svg).not.toContain(HOSTILE_NAME)
    const all = (await Promise.all(sample.map(renderChartSvg))).join("\n")
    expect(all).not.toContain("<img")
  })
})

describe("chartOutputs", () => {
  it("writes a spec and an SVG per chart under charts/", async () => {
    const files = await chartOutputs(sample.slice(0, 2))
    expect(files.map((file) => file.file)).toEqual([
      "charts/reporting-rate-by-region.vl.json",
      "charts/reporting-rate-by-region.svg",
      "charts/coverage-heatmap-regions.vl.json",
      "charts/coverage-heatmap-regions.svg",
    ])
    expect(JSON.parse(String(files[0]!.content))).toEqual(sample[0]!.spec)
    expect(String(files[1]!.content)).toMatch(/^<svg/)
  })

  it("refuses two charts with one name, and names that are not file-safe", async () => {
    const chart = sample[0]!
    await expect(chartOutputs([chart, chart])).rejects.toThrow(/unique/)
    const bad: Chart = { ...chart, name: "../escape" }
    await expect(chartOutputs([bad])).rejects.toThrow(/kebab-case/)
  })
})
