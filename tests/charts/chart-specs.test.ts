import { describe, expect, it } from "vitest"
import type { Chart } from "../../src/charts/chart.ts"
import { NO_DATA } from "../../src/charts/chart-style.ts"
import { metricsCharts } from "../../src/charts/metrics-charts.ts"
import { validateVegaLiteSpec } from "../../src/charts/validate-vega-lite-spec.ts"
import { emptyMetrics, sampleAnswers, sampleMetrics } from "./sample-metrics.ts"

const CHART_NAMES = [
  "reporting-rate-by-region",
  "coverage-heatmap-regions",
  "coverage-heatmap-cycles",
  "coverage-top-bottom",
  "gender-shares",
  "state-profile",
]

type Json = { readonly [key: string]: unknown }

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** Every view of a spec: the spec itself and its layers, depth first. */
const units = (spec: Json): Array<Json> => [
  spec,
  ...(Array.isArray(spec["layer"]) ? spec["layer"].filter(isObject).flatMap(units) : []),
]

const encodings = (spec: Json): Array<Json> =>
  units(spec)
    .map((unit) => unit["encoding"])
    .filter(isObject)

const runs: ReadonlyArray<readonly [string, ReadonlyArray<Chart>]> = [
  ["a small hand-built Metrics", metricsCharts(sampleMetrics, sampleAnswers)],
  ["an empty Metrics", metricsCharts(emptyMetrics, [])],
]

describe.each(runs)("metricsCharts of %s", (_, charts) => {
  it("gives the six metrics charts, named as files can be", () => {
    expect(charts.map((chart) => chart.name)).toEqual(CHART_NAMES)
  })

  it.each(charts.map((chart) => [chart.name, chart] as const))(
    "%s validates against Vega-Lite's JSON schema",
    (_, chart) => {
      expect(validateVegaLiteSpec(chart.spec)).toEqual([])
    },
  )

  it.each(charts.map((chart) => [chart.name, chart] as const))("%s is complete on its own", (_, chart) => {
    const spec = chart.spec as unknown as Json
    expect(spec["$schema"]).toBe("https://vega.github.io/schema/vega-lite/v6.json")
    expect(chart.title).not.toBe("")
    expect(chart.description).not.toBe("")
    const title = spec["title"]
    expect(isObject(title) ? title["text"] : title).toBe(chart.title)
    // data inlined, never a URL
    const data = units(spec)
      .map((unit) => unit["data"])
      .filter(isObject)
    expect(data.length).toBeGreaterThan(0)
    for (const source of data) expect(Array.isArray(source["values"])).toBe(true)
    expect(JSON.stringify(spec)).not.toMatch(/"url"\s*:/)
  })

  it.each(charts.map((chart) => [chart.name, chart] as const))(
    "%s titles its axes and has tooltips",
    (_, chart) => {
      const all = encodings(chart.spec as unknown as Json)
      const positions = all.flatMap((encoding) => [encoding["x"], encoding["y"]]).filter(isObject)
      const withField = positions.filter((channel) => typeof channel["field"] === "string")
      expect(withField.length).toBeGreaterThanOrEqual(2)
      for (const channel of withField)
        expect(channel["title"], JSON.stringify(channel)).toEqual(expect.any(String))
      expect(all.some((encoding) => Array.isArray(encoding["tooltip"]))).toBe(true)
    },
  )

  it.each(charts.map((chart) => [chart.name, chart] as const))(
    "%s colours with a scale whose lightness steps (viridis) or with fixed colours",
    (_, chart) => {
      for (const encoding of encodings(chart.spec as unknown as Json)) {
        const color = encoding["color"]
        if (!isObject(color) || color["value"] !== undefined) continue
        const scale = color["scale"]
        expect(isObject(scale) && isObject(scale["scheme"]) ? scale["scheme"]["name"] : scale).toBe("viridis")
      }
    },
  )
})

describe("charts without data", () => {
  it("say so in their subtitle", () => {
    for (const chart of metricsCharts(emptyMetrics, [])) {
      const title = (chart.spec as unknown as Json)["title"]
      expect(isObject(title) && title["subtitle"], chart.name).toBe(NO_DATA)
    }
  })

  it("do not say so when there is data", () => {
    for (const chart of metricsCharts(sampleMetrics, sampleAnswers))
      expect(JSON.stringify(chart.spec), chart.name).not.toContain(NO_DATA)
  })
})

describe("validateVegaLiteSpec", () => {
  it("names what is wrong with an invalid spec", () => {
    const errors = validateVegaLiteSpec({ mark: "no-such-mark", data: { values: [] } })
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.join("\n")).toMatch(/mark/)
  })
})
