import Papa from "papaparse"
import { describe, expect, it } from "vitest"
import { formatIndicator1642Csv } from "../../src/sdg/analyst-csv.ts"
import { computeIndicator1642 } from "../../src/sdg/compute-indicator-1642.ts"
import { sdgOutputs } from "../../src/sdg/outputs.ts"
import { sdgReportSection } from "../../src/sdg/report-section.ts"
import { figure, SAMPLE } from "./answer-rows.ts"

describe("formatIndicator1642Csv (sdg/16-4-2.csv)", () => {
  const rows = [
    ...SAMPLE,
    // a cycle 2022 report restating Italy's 2020: the earlier report's 6 rows are set aside
    figure({
      iso3: "ITA",
      measure: "seized",
      count: 50,
      year: 2020,
      cycle: 2022,
      file: "reports/2022.csv",
      line: 2,
    }),
    figure({
      iso3: "ITA",
      measure: "traced",
      count: 10,
      year: 2020,
      cycle: 2022,
      file: "reports/2022.csv",
      line: 3,
    }),
  ]
  const data = Papa.parse<Record<string, string>>(
    formatIndicator1642Csv(computeIndicator1642(rows)).trimEnd(),
    {
      header: true,
    },
  ).data

  it("writes country rows with parts, blanks for unreported parts, and source rows", () => {
    expect(data.find((r) => r["iso3"] === "GRC")).toMatchObject({
      level: "country",
      m49: "300",
      state_name: "Greece",
      year: "2020",
      weapon_class: "all",
      seized: "",
      found: "3",
      surrendered: "",
      traced: "2",
      origin_established: "",
      numerator: "2",
      denominator: "3",
      proportion_pct: "66.67",
      source_rows: "reports/2020.csv:10;reports/2020.csv:11",
    })
  })

  it("says when a later report replaced an earlier one", () => {
    // ITA 2020 from the cycle 2022 report: 10 / 50 = 20%
    expect(data.find((r) => r["iso3"] === "ITA")).toMatchObject({
      cycle: "2022",
      year_from: "year",
      proportion_pct: "20",
      source_rows: "reports/2022.csv:2;reports/2022.csv:3",
    })
    expect(data.find((r) => r["iso3"] === "ITA")!["note"]).toContain("6 row(s)")
  })

  it("marks area rows with level, and withholds sums where coverage is too low", () => {
    // World: ESP 9/10, FRA 5/50, GRC 2/3, ITA 10/50, NGA 40/100 → 66 / 213 = 30.985…% → 30.99
    expect(data.find((r) => r["level"] === "world")).toMatchObject({
      area_code: "001",
      area_name: "World",
      countries: "5",
      states_in_area: "195",
      numerator: "66",
      denominator: "213",
      proportion_pct: "30.99",
    })
    const africa = data.find((r) => r["level"] === "region" && r["area_code"] === "002")!
    expect(africa).toMatchObject({
      countries: "1",
      numerator: "",
      denominator: "",
      proportion_pct: "",
      seized: "",
    })
    expect(africa["note"]).toBe("withheld: 1 country has a value, fewer than the 3 required (NGA)")
  })
})

describe("sdgReportSection", () => {
  const section = sdgReportSection(computeIndicator1642(SAMPLE))

  it("states the headline, the world value and the threshold rule", () => {
    expect(section.id).toBe("sdg-16-4-2")
    expect(section.paragraphs[0]).toBe(
      "5 States have an SDG 16.4.2 value for at least one year (5 State-years, 2020–2020), computed from their national reports.",
    )
    // World 2020: 156 / 563 = 27.71%
    expect(section.paragraphs[1]).toContain("World, 2020: 27.71% — 156 of the 563 arms")
    expect(section.paragraphs[2]).toContain("ratios of sums")
    expect(section.paragraphs[2]).toContain("only where there are at least 3 countries with a value.")
    expect(section.paragraphs[3]).toContain("4 State-years")
    expect(section.charts).toEqual(["sdg-16-4-2-by-country", "sdg-16-4-2-by-region"])
  })

  it("names the share threshold when one is set", () => {
    const strict = sdgReportSection(computeIndicator1642(SAMPLE, { minShareOfStates: 0.2 }))
    expect(strict.paragraphs[2]).toContain(
      "at least 3 countries with a value, making up at least 20% of the area's reporting States",
    )
    // World 5 / 195 < 20% → withheld in every year
    expect(strict.paragraphs[1]).toBe(
      "No world value is published: no year has enough countries with a value.",
    )
  })

  it("tabulates country values, blank where a part was not reported", () => {
    const table = section.tables[0]!
    expect(table.rows).toHaveLength(5)
    expect(table.rows.find((r) => r["state"] === "Greece (GRC)")).toMatchObject({
      seized: null,
      found: 3,
      proportion_pct: 66.67,
    })
  })
})

describe("sdgOutputs", () => {
  it("gives the four files at their paths", () => {
    const files = sdgOutputs(computeIndicator1642(SAMPLE), { lastUpdate: "2026-03-14" })
    expect(files.map((f) => f.file)).toEqual([
      "sdg/16-4-2.csv",
      "sdg/16-4-2.sdmx.csv",
      "sdg/indicator_16-4-2.csv",
      "sdg/meta/16-4-2.yml",
    ])
    for (const file of files) expect(typeof file.content === "string" && file.content.length > 100).toBe(true)
    expect(String(files[1]!.content)).toContain("IAEG-SDGs:DF_SDG_GLH(1.4),A,N,VC_ARM_SZTRACE,1,")
  })

  it("writes header-only files when nothing can be computed", () => {
    const files = sdgOutputs(computeIndicator1642([]), { lastUpdate: "2026-03-14" })
    expect(String(files[1]!.content).split("\r\n").filter(Boolean)).toHaveLength(1)
    expect(sdgReportSection(computeIndicator1642([])).paragraphs[0]).toContain("No State reported both parts")
  })
})
