import Papa from "papaparse"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { computeIndicator1642 } from "../../src/sdg/compute-indicator-1642.ts"
import { formatOpenSdgCsv } from "../../src/sdg/open-sdg-csv.ts"
import { formatOpenSdgMetadata } from "../../src/sdg/open-sdg-metadata.ts"
import { figure, SAMPLE } from "./answer-rows.ts"

describe("formatOpenSdgCsv", () => {
  const rows = [
    ...SAMPLE,
    figure({ iso3: "ESP", measure: "seized", count: 4, weapon_class: "small_arms", line: 30 }),
    figure({ iso3: "ESP", measure: "traced", count: 1, weapon_class: "small_arms", line: 31 }),
  ]
  const parsed = Papa.parse<Record<string, string>>(formatOpenSdgCsv(computeIndicator1642(rows)).trimEnd(), {
    header: true,
  })
  const data = parsed.data

  it("puts Year first, GeoCode second last and Value last", () => {
    const fields = parsed.meta.fields!
    expect(fields[0]).toBe("Year")
    expect(fields.at(-2)).toBe("GeoCode")
    expect(fields.at(-1)).toBe("Value")
    expect(fields).toEqual([
      "Year",
      "Units",
      "Reference area",
      "Weapon class",
      "Component",
      "GeoCode",
      "Value",
    ])
  })

  it("has the World total as the headline: blank disaggregations", () => {
    const headline = data.filter(
      (r) =>
        r["Reference area"] === "" &&
        r["Weapon class"] === "" &&
        r["Component"] === "" &&
        r["Units"] === "Percent",
    )
    // World 2020: 156 / 563 = 27.71%
    expect(headline).toEqual([
      {
        Year: "2020",
        Units: "Percent",
        "Reference area": "",
        "Weapon class": "",
        Component: "",
        GeoCode: "1",
        Value: "27.71",
      },
    ])
  })

  it("writes countries, weapon classes and parts as disaggregations", () => {
    const spain = data.filter((r) => r["Reference area"] === "Spain")
    // ESP gives `all` rows (seized 10, traced 9), so they are its total: 9 / 10 = 90%;
    // its small-arms rows give the class value: traced 1 / seized 4 = 25%
    expect(spain.filter((r) => r["Units"] === "Percent").map((r) => [r["Weapon class"], r["Value"]])).toEqual(
      [
        ["", "90"],
        ["Small arms", "25"],
      ],
    )
    expect(spain.filter((r) => r["Units"] === "Number of arms" && r["Weapon class"] === "")).toEqual([
      expect.objectContaining({ Component: "Seized", Value: "10", GeoCode: "724" }),
      expect.objectContaining({ Component: "Traced", Value: "9", GeoCode: "724" }),
    ])
    // withheld areas (Africa, Western Europe) are not written
    expect(data.some((r) => r["Reference area"] === "Africa")).toBe(false)
    expect(data.some((r) => r["Reference area"] === "Southern Europe" && r["Value"] === "26.88")).toBe(true)
  })
})

describe("formatOpenSdgMetadata", () => {
  const meta = parse(
    formatOpenSdgMetadata(computeIndicator1642(SAMPLE), { lastUpdate: "2026-03-14" }),
  ) as Record<string, unknown>

  it("parses and has the SDG metadata concept keys", () => {
    for (const key of [
      "SDG_GOAL",
      "SDG_TARGET",
      "SDG_INDICATOR",
      "SDG_SERIES_DESCR",
      "STAT_CONC_DEF",
      "UNIT_MEASURE",
      "DATA_COMP",
      "REC_USE_LIM",
      "DATA_SOURCE",
      "COLL_METHOD",
      "COMPARABILITY",
      "IMPUTATION",
      "REG_AGG",
    ]) {
      expect(typeof meta[key], key).toBe("string")
      expect((meta[key] as string).length, key).toBeGreaterThan(10)
    }
  })

  it("carries the goal, target, indicator, series and the pipeline's own note", () => {
    expect(meta["SDG_GOAL"]).toMatch(/^Goal 16: Promote peaceful and inclusive societies/)
    expect(meta["SDG_TARGET"]).toMatch(
      /^Target 16\.4: By 2030, significantly reduce illicit financial and arms flows/,
    )
    expect(meta["SDG_INDICATOR"]).toMatch(
      /^Indicator 16\.4\.2: Proportion of seized, found or surrendered arms/,
    )
    expect(meta["SDG_SERIES_DESCR"]).toContain("VC_ARM_SZTRACE")
    expect(meta["indicator_number"]).toBe("16.4.2")
    expect(meta["source_last_updated_1"]).toBe("2026-03-14")
    expect(meta["pipeline_note"]).toContain("at least 3 countries")
    expect(meta["pipeline_note"]).toContain("5 country values from 5 States")
  })
})
