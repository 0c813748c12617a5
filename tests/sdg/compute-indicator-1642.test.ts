import { describe, expect, it } from "vitest"
import { computeIndicator1642 } from "../../src/sdg/compute-indicator-1642.ts"
import type { CountryValue } from "../../src/sdg/result.ts"
import { roundPct } from "../../src/sdg/round.ts"
import { figure, SAMPLE } from "./answer-rows.ts"

const countryValueAt = (
  values: ReadonlyArray<CountryValue>,
  iso3: string,
  year: number,
  weaponClass = "all",
) => values.find((v) => v.iso3 === iso3 && v.year === year && v.weapon_class === weaponClass)

describe("computeIndicator1642: country values", () => {
  const result = computeIndicator1642(SAMPLE)

  it("publishes a value for each State-year with both parts, and only for those", () => {
    expect(result.countries.map((v) => `${v.iso3} ${v.year} ${v.weapon_class}`)).toEqual([
      "ESP 2020 all",
      "FRA 2020 all",
      "GRC 2020 all",
      "ITA 2020 all",
      "NGA 2020 all",
    ])
  })

  it("sums the parts and rows of one State-year (SDG metadata 16.4.2: seized + found + surrendered)", () => {
    const ita = countryValueAt(result.countries, "ITA", 2020)!
    // seized 200 + 100 (two elements, summed) = 300; found 60; surrendered 40 → 300 + 60 + 40 = 400
    // traced 80 + origin established 20 = 100 → 100 / 400 = 25%
    expect(ita.parts).toEqual({ seized: 300, found: 60, surrendered: 40, traced: 80, origin_established: 20 })
    expect(ita.denominator).toBe(400)
    expect(ita.numerator).toBe(100)
    expect(ita.proportion_pct).toBe(25)
    expect(ita.sources.map((s) => `${s.file}:${s.line}`).join(";")).toBe(
      "reports/2020.csv:2;reports/2020.csv:3;reports/2020.csv:4;reports/2020.csv:5;reports/2020.csv:6;reports/2020.csv:7",
    )
    expect(ita.region_code).toBe("150")
    expect(ita.sub_region_code).toBe("039")
  })

  it("leaves parts a State did not report as null (not reported), not 0", () => {
    const esp = countryValueAt(result.countries, "ESP", 2020)!
    // seized 10, traced 9 → 9 / 10 = 90%; found, surrendered, origin_established not reported
    expect(esp.parts).toEqual({
      seized: 10,
      found: null,
      surrendered: null,
      traced: 9,
      origin_established: null,
    })
    expect(esp.proportion_pct).toBe(90)
    // NGA: origin established 40 of seized 100 → 40%
    expect(countryValueAt(result.countries, "NGA", 2020)!.proportion_pct).toBe(40)
  })

  it("rounds to 2 decimals only when written: 2/3 → 66.67", () => {
    const grc = countryValueAt(result.countries, "GRC", 2020)!
    // found 3, traced 2 → 2 / 3 × 100 = 66.666… → 66.67
    expect(grc.proportion_pct).toBeCloseTo(66.6667, 4)
    expect(roundPct(grc.proportion_pct)).toBe(66.67)
    expect(roundPct(100 / 3)).toBe(33.33)
    // half up despite binary noise: 1.005 × 100 = 100.49999999999999 in floating point
    expect(roundPct(1.005)).toBe(1.01)
  })
})

describe("computeIndicator1642: rejects", () => {
  const { rejects } = computeIndicator1642(SAMPLE)
  const byState = (iso3: string) => rejects.filter((r) => r.reason.includes(`(${iso3})`))

  it("rejects a numerator above the denominator, pointing at the numerator row", () => {
    // GHA: traced 12 > seized 10
    expect(byState("GHA")).toEqual([
      expect.objectContaining({
        file: "reports/2020.csv",
        line: 21,
        column: "answer",
        value: "12",
        reason_code: "numerator_exceeds_denominator",
      }),
    ])
    const reason = byState("GHA")[0]!.reason
    expect(reason).toContain("Ghana (GHA), 2020")
    expect(reason).toContain("12")
    expect(reason).toContain("10")
  })

  it("rejects a State-year with only a numerator part", () => {
    // BRA: traced 5, nothing seized, found or surrendered reported
    expect(byState("BRA")).toEqual([
      expect.objectContaining({ line: 22, value: "5", reason_code: "missing_sdg_part" }),
    ])
    expect(byState("BRA")[0]!.reason).toContain("denominator is missing")
    expect(byState("BRA")[0]!.reason).toContain("Brazil (BRA), 2020")
  })

  it("rejects a State-year with only a denominator part", () => {
    // MEX: seized 7, nothing traced or established reported
    expect(byState("MEX")).toEqual([
      expect.objectContaining({ line: 23, value: "7", reason_code: "missing_sdg_part" }),
    ])
    expect(byState("MEX")[0]!.reason).toContain("numerator is missing")
  })

  it("rejects 0 of 0: the proportion is undefined", () => {
    expect(byState("DEU")).toEqual([
      expect.objectContaining({ line: 24, value: "0", reason_code: "zero_denominator" }),
    ])
  })

  it("says nothing about State-years with only unrelated measures or no numbers", () => {
    expect(rejects).toHaveLength(4)
    expect(byState("JPN")).toEqual([])
    expect(byState("PRT")).toEqual([])
  })
})

describe("computeIndicator1642: the year rule", () => {
  const rows = [
    // cycle 2020 report: figures for 2018 (year column) and for the cycle year 2020 (no year column)
    figure({ iso3: "ALB", measure: "seized", count: 10, year: 2018, line: 2 }),
    figure({ iso3: "ALB", measure: "traced", count: 5, year: 2018, line: 3 }),
    figure({ iso3: "ALB", measure: "seized", count: 20, line: 4 }),
    figure({ iso3: "ALB", measure: "traced", count: 4, line: 5 }),
    // ESP: cycle 2020 reports 2019; the cycle 2022 report restates 2019 → the later report is used, not summed
    figure({ iso3: "ESP", measure: "seized", count: 10, year: 2019, line: 6 }),
    figure({ iso3: "ESP", measure: "traced", count: 5, year: 2019, line: 7 }),
    figure({
      iso3: "ESP",
      measure: "seized",
      count: 12,
      year: 2019,
      cycle: 2022,
      file: "reports/2022.csv",
      line: 2,
    }),
    figure({
      iso3: "ESP",
      measure: "traced",
      count: 3,
      year: 2019,
      cycle: 2022,
      file: "reports/2022.csv",
      line: 3,
    }),
    // ITA: a year column on one part only → the traced row (no year) falls in the cycle year 2020
    figure({ iso3: "ITA", measure: "seized", count: 8, year: 2020, line: 8 }),
    figure({ iso3: "ITA", measure: "traced", count: 2, line: 9 }),
  ]
  const { countries, rejects } = computeIndicator1642(rows)

  it("uses the year column when given, else the cycle", () => {
    // ALB 2018: 5 / 10 = 50%; ALB 2020: 4 / 20 = 20%
    expect(countryValueAt(countries, "ALB", 2018)).toMatchObject({
      proportion_pct: 50,
      year_from: "year",
      cycle: 2020,
    })
    expect(countryValueAt(countries, "ALB", 2020)).toMatchObject({
      proportion_pct: 20,
      year_from: "cycle",
      cycle: 2020,
    })
    // ITA 2020: 2 / 8 = 25%, one row dated by its year column, one by the cycle
    expect(countryValueAt(countries, "ITA", 2020)).toMatchObject({
      proportion_pct: 25,
      year_from: "year;cycle",
    })
  })

  it("takes a State-year from the latest report covering it, as a whole", () => {
    // cycle 2022: 3 / 12 = 25% (not (5 + 3) / (10 + 12) = 36.36%, not the 2020 report's 50%)
    const esp = countryValueAt(countries, "ESP", 2019)!
    expect(esp).toMatchObject({
      cycle: 2022,
      numerator: 3,
      denominator: 12,
      proportion_pct: 25,
      set_aside_rows: 2,
    })
    expect(esp.sources.map((s) => `${s.file}:${s.line}`)).toEqual([
      "reports/2022.csv:2",
      "reports/2022.csv:3",
    ])
    expect(rejects).toEqual([])
  })
})

describe("computeIndicator1642: weapon classes", () => {
  const rows = [
    // ESP gives class-split rows only: the total is their sum
    figure({ iso3: "ESP", measure: "seized", count: 8, weapon_class: "small_arms", line: 2 }),
    figure({ iso3: "ESP", measure: "seized", count: 2, weapon_class: "light_weapons", line: 3 }),
    figure({ iso3: "ESP", measure: "traced", count: 4, weapon_class: "small_arms", line: 4 }),
    figure({ iso3: "ESP", measure: "traced", count: 2, weapon_class: "light_weapons", line: 5 }),
    // ITA gives `all` and small-arms rows: `all` is the total
    figure({ iso3: "ITA", measure: "seized", count: 100, line: 6 }),
    figure({ iso3: "ITA", measure: "traced", count: 30, line: 7 }),
    figure({ iso3: "ITA", measure: "seized", count: 70, weapon_class: "small_arms", line: 8 }),
    figure({ iso3: "ITA", measure: "traced", count: 20, weapon_class: "small_arms", line: 9 }),
    // GRC: one part per class → a total, but no class value and no reject
    figure({ iso3: "GRC", measure: "seized", count: 10, weapon_class: "small_arms", line: 10 }),
    figure({ iso3: "GRC", measure: "traced", count: 3, weapon_class: "light_weapons", line: 11 }),
    // FRA: the total is fine, the small-arms split is not
    figure({ iso3: "FRA", measure: "seized", count: 20, line: 12 }),
    figure({ iso3: "FRA", measure: "traced", count: 6, line: 13 }),
    figure({ iso3: "FRA", measure: "seized", count: 5, weapon_class: "small_arms", line: 14 }),
    figure({ iso3: "FRA", measure: "traced", count: 6, weapon_class: "small_arms", line: 15 }),
  ]
  const { countries, rejects } = computeIndicator1642(rows)

  it("sums class-split rows into the total when the State gives no `all` rows", () => {
    // total: (4 + 2) / (8 + 2) = 6 / 10 = 60%; small arms 4 / 8 = 50%; light weapons 2 / 2 = 100%
    expect(countryValueAt(countries, "ESP", 2020)).toMatchObject({
      numerator: 6,
      denominator: 10,
      proportion_pct: 60,
    })
    expect(countryValueAt(countries, "ESP", 2020, "small_arms")).toMatchObject({ proportion_pct: 50 })
    expect(countryValueAt(countries, "ESP", 2020, "light_weapons")).toMatchObject({ proportion_pct: 100 })
  })

  it("lets `all` rows win for the total when a State gives both", () => {
    // total: 30 / 100 = 30% (not (30 + 20) / (100 + 70)); small arms: 20 / 70 = 28.571… → 28.57
    const total = countryValueAt(countries, "ITA", 2020)!
    expect(total).toMatchObject({ numerator: 30, denominator: 100, proportion_pct: 30 })
    expect(total.sources.map((s) => s.line)).toEqual([6, 7])
    expect(roundPct(countryValueAt(countries, "ITA", 2020, "small_arms")!.proportion_pct)).toBe(28.57)
    expect(countryValueAt(countries, "ITA", 2020, "light_weapons")).toBeUndefined()
  })

  it("gives no class value where a class has one part only", () => {
    // GRC total: traced 3 (light weapons) / seized 10 (small arms) = 30%
    expect(countryValueAt(countries, "GRC", 2020)).toMatchObject({ proportion_pct: 30 })
    expect(countries.filter((v) => v.iso3 === "GRC")).toHaveLength(1)
  })

  it("rejects a class whose numerator exceeds its denominator, keeping the total", () => {
    // FRA total 6 / 20 = 30%; small arms 6 traced > 5 seized
    expect(countryValueAt(countries, "FRA", 2020)).toMatchObject({ proportion_pct: 30 })
    expect(rejects).toEqual([
      expect.objectContaining({ line: 15, value: "6", reason_code: "numerator_exceeds_denominator" }),
    ])
    expect(rejects[0]!.reason).toContain("France (FRA), 2020, small arms")
  })
})
