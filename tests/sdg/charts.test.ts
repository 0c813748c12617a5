import { readFileSync } from "node:fs"
import { Ajv } from "ajv"
import { describe, expect, it } from "vitest"
import { sdg1642Charts } from "../../src/sdg/charts.ts"
import { computeIndicator1642 } from "../../src/sdg/compute-indicator-1642.ts"
import { figure, SAMPLE } from "./answer-rows.ts"

const schema = JSON.parse(
  readFileSync(new URL("../../node_modules/vega-lite/build/vega-lite-schema.json", import.meta.url), "utf8"),
)
// strict: false because the schema carries keywords ajv does not know; its three string formats are added
// by hand (ajv knows none of them without the ajv-formats plugin) so colours are really checked
const ajv = new Ajv({ allErrors: true, strict: false })
ajv.addFormat("color-hex", /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i)
ajv.addFormat("uri", (value: string) => URL.canParse(value))
ajv.addFormat("uri-reference", true)
const validate = ajv.compile(schema)

type Datum = Record<string, unknown>
const valuesOf = (spec: unknown): ReadonlyArray<Datum> =>
  (spec as { data: { values: Array<Datum> } }).data.values

describe("sdg1642Charts", () => {
  // ESP also reports 2019 (traced 1 of seized 2 = 50%): the chart shows its latest year, 2020 (90%)
  const rows = [
    ...SAMPLE,
    figure({ iso3: "ESP", measure: "seized", count: 2, year: 2019, line: 40 }),
    figure({ iso3: "ESP", measure: "traced", count: 1, year: 2019, line: 41 }),
  ]
  const charts = sdg1642Charts(computeIndicator1642(rows))
  const [byCountry, byRegion] = charts

  it("gives the two named charts", () => {
    expect(charts.map((c) => c.name)).toEqual(["sdg-16-4-2-by-country", "sdg-16-4-2-by-region"])
  })

  it("writes specs that are valid Vega-Lite v6", () => {
    for (const chart of charts) {
      const valid = validate(chart.spec)
      expect(validate.errors ?? [], chart.name).toEqual([])
      expect(valid).toBe(true)
      expect(chart.spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v6.json")
    }
  })

  it("shows one bar per State, its latest year, with rounded values", () => {
    const values = valuesOf(byCountry!.spec)
    expect(values.map((v) => v["label"])).toEqual([
      "Spain (2020)",
      "France (2020)",
      "Greece (2020)",
      "Italy (2020)",
      "Nigeria (2020)",
    ])
    expect(values.find((v) => v["iso3"] === "GRC")!["proportion_pct"]).toBe(66.67)
  })

  it("shows only published areas", () => {
    // World 27.71, Europe 25.05, Southern Europe 26.88; Africa and Western Europe are withheld
    expect(valuesOf(byRegion!.spec).map((v) => [v["area"], v["proportion_pct"]])).toEqual([
      ["World", 27.71],
      ["Europe", 25.05],
      ["Southern Europe", 26.88],
    ])
  })

  it("has axis titles, tooltips and a colour that reads in greyscale", () => {
    for (const chart of charts) {
      const encoding = (chart.spec as { encoding: Record<string, { title?: string }> }).encoding
      expect(encoding["x"]!.title).toMatch(/%/)
      expect(encoding["y"]!.title).toMatch(/\w{3}/)
      expect(Array.isArray(encoding["tooltip"])).toBe(true)
    }
    const colour = JSON.stringify(byRegion!.spec)
    expect(colour).toContain('"range":["#000000","#555555","#aaaaaa"]')
  })

  it("stays valid with no data at all", () => {
    for (const chart of sdg1642Charts(computeIndicator1642([]))) expect(validate(chart.spec)).toBe(true)
  })
})
