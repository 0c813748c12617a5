import { describe, expect, it } from "vitest"
import { STATES } from "../../src/reference/states.ts"
import { computeIndicator1642 } from "../../src/sdg/compute-indicator-1642.ts"
import type { AggregateValue } from "../../src/sdg/result.ts"
import { roundPct } from "../../src/sdg/round.ts"
import { SAMPLE } from "./answer-rows.ts"

const area = (aggregates: ReadonlyArray<AggregateValue>, code: string) =>
  aggregates.find((a) => a.area_code === code && a.year === 2020)!

const meanOfPercentages = (percentages: ReadonlyArray<number>) =>
  percentages.reduce((sum, p) => sum + p, 0) / percentages.length

describe("computeIndicator1642: regional and world values", () => {
  const { aggregates, countries } = computeIndicator1642(SAMPLE)

  it("is a ratio of sums, not a mean of country percentages (Southern Europe)", () => {
    // ITA 100/400 = 25%, ESP 9/10 = 90%, GRC 2/3 = 66.67%
    // ratio of sums: (100 + 9 + 2) / (400 + 10 + 3) = 111 / 413 = 26.876…% → 26.88
    // mean of percentages: (25 + 90 + 66.667) / 3 = 60.555…% → 60.56 — not what SDG 16.4.2 publishes
    const southernEurope = area(aggregates, "039")
    expect(southernEurope).toMatchObject({
      level: "sub_region",
      area_name: "Southern Europe",
      countries: 3,
      numerator: 111,
      denominator: 413,
      member_iso3: ["ESP", "GRC", "ITA"],
      withheld_reason: "",
    })
    expect(roundPct(southernEurope.proportion_pct!)).toBe(26.88)
    const members = countries.filter((c) => ["ESP", "GRC", "ITA"].includes(c.iso3))
    expect(roundPct(meanOfPercentages(members.map((c) => c.proportion_pct)))).toBe(60.56)
  })

  it("sums the parts of the member countries", () => {
    // seized 300 + 10 = 310; found 60 + 3 = 63; surrendered 40; traced 80 + 9 + 2 = 91; established 20
    expect(area(aggregates, "039").parts).toEqual({
      seized: 310,
      found: 63,
      surrendered: 40,
      traced: 91,
      origin_established: 20,
    })
  })

  it("computes Europe and the World over all their countries with a value", () => {
    // Europe: + FRA 5/50 → (111 + 5) / (413 + 50) = 116 / 463 = 25.053…% → 25.05 (mean would be 47.92)
    expect(area(aggregates, "150")).toMatchObject({
      level: "region",
      countries: 4,
      numerator: 116,
      denominator: 463,
    })
    expect(roundPct(area(aggregates, "150").proportion_pct!)).toBe(25.05)
    // World: + NGA 40/100 → (116 + 40) / (463 + 100) = 156 / 563 = 27.708…% → 27.71 (mean 46.33)
    const world = area(aggregates, "001")
    expect(world).toMatchObject({ level: "world", area_name: "World", countries: 5, states_in_area: 195 })
    expect(roundPct(world.proportion_pct!)).toBe(27.71)
    expect(roundPct(meanOfPercentages([25, 90, 200 / 3, 10, 40]))).toBe(46.33)
  })

  it("withholds an area with too few countries (default minCountries 3)", () => {
    // Western Europe: FRA only; Africa and Sub-Saharan Africa: NGA only
    for (const code of ["155", "002", "202"]) {
      expect(area(aggregates, code)).toMatchObject({ countries: 1, proportion_pct: null })
      expect(area(aggregates, code).withheld_reason).toBe("1 country has a value, fewer than the 3 required")
    }
  })

  it("never counts rejected State-years in an area (GHA, BRA, MEX, DEU)", () => {
    expect(area(aggregates, "001").member_iso3).toEqual(["ESP", "FRA", "GRC", "ITA", "NGA"])
    expect(aggregates.find((a) => a.area_code === "419")).toBeUndefined()
  })

  it("applies a higher minCountries", () => {
    const { aggregates: strict } = computeIndicator1642(SAMPLE, { minCountries: 4 })
    // Southern Europe has 3 countries → withheld; Europe has 4 → 25.05
    expect(area(strict, "039").proportion_pct).toBeNull()
    expect(area(strict, "039").withheld_reason).toBe("3 countries have a value, fewer than the 4 required")
    expect(roundPct(area(strict, "150").proportion_pct!)).toBe(25.05)
  })

  it("applies minShareOfStates against the area's reporting States", () => {
    const southernEuropeStates = STATES.filter((s) => s.subRegionCode === "039").length
    const europeStates = STATES.filter((s) => s.regionCode === "150").length
    expect(southernEuropeStates).toBe(15)
    // Southern Europe 3 / 15 = 20% < 25% → withheld; Europe 4 / 44 = 9.1% < 25%; World 5 / 195 = 2.6%
    const { aggregates: strict } = computeIndicator1642(SAMPLE, { minShareOfStates: 0.25 })
    expect(area(strict, "039")).toMatchObject({ states_in_area: 15, proportion_pct: null })
    expect(area(strict, "039").withheld_reason).toBe(
      "3 of 15 States (20%) have a value, below the required 25%",
    )
    expect(area(strict, "150")).toMatchObject({ states_in_area: europeStates, proportion_pct: null })
    expect(area(strict, "001").proportion_pct).toBeNull()
    // at the boundary, 3 / 15 = 20% ≥ 20% → published; Europe 9.1% < 20% stays withheld
    const { aggregates: boundary } = computeIndicator1642(SAMPLE, { minShareOfStates: 0.2 })
    expect(roundPct(area(boundary, "039").proportion_pct!)).toBe(26.88)
    expect(area(boundary, "150").proportion_pct).toBeNull()
  })

  it("refuses nonsense thresholds", () => {
    expect(() => computeIndicator1642(SAMPLE, { minCountries: 0 })).toThrow(/minCountries/)
    expect(() => computeIndicator1642(SAMPLE, { minShareOfStates: 1.5 })).toThrow(/minShareOfStates/)
  })
})
