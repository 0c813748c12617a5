import { describe, expect, it } from "vitest"
import { reportingByCycle } from "../../src/metrics/reporting-by-cycle.ts"
import { answer } from "./answer-builder.ts"
import { columnsOf } from "./table-columns.ts"

// Eligible States per area, from the M49 list shipped in src/reference/data/states.csv (195 in all).
const AREA_CODES = [
  "001", // World 195
  "002",
  "009",
  "019",
  "142",
  "150", // Africa 54, Oceania 14, Americas 35, Asia 48, Europe 44
  "015",
  "021",
  "030",
  "034",
  "035",
  "039",
  "053",
  "054",
  "057", // sub-regions, by M49 code
  "061",
  "143",
  "145",
  "151",
  "154",
  "155",
  "202",
  "419"
]
const LEVELS = ["world", ...Array(5).fill("region"), ...Array(17).fill("sub_region")]
const ELIGIBLE = [195, 54, 14, 35, 48, 44, 6, 2, 5, 9, 11, 15, 2, 4, 5, 3, 5, 18, 10, 10, 9, 48, 33]

const answers = [
  // 2018: Kenya twice (counts once), Ghana with only a no_response (still reporting), France.
  answer("KEN", 2018, "II.A"),
  answer("KEN", 2018, "II.A.1", "no"),
  answer("GHA", 2018, "II", "no_response"),
  answer("FRA", 2018, "III", "text"),
  // 2020: Kenya and Brazil (two rows).
  answer("KEN", 2020, "II"),
  answer("BRA", 2020, "II.A.1"),
  answer("BRA", 2020, "II.A.1", "yes", { source_line: 3 })
]

describe("reportingByCycle", () => {
  it("counts reporting States per cycle for the world, every region and every sub-region", () => {
    const rows = reportingByCycle(answers)
    expect(rows).toHaveLength(2 * 23)
    expect(
      columnsOf(rows.slice(0, 23), [
        "cycle",
        "level",
        "area_code",
        "eligible_states",
        "reporting_states",
        "reporting_rate_pct"
      ])
    ).toEqual({
      cycle: Array(23).fill(2018),
      level: LEVELS,
      area_code: AREA_CODES,
      eligible_states: ELIGIBLE,
      // world KEN GHA FRA; Africa KEN GHA; Europe FRA; Western Europe (155) FRA; Sub-Saharan Africa (202) KEN GHA
      reporting_states: [3, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0],
      // 3/195 = 1.5; 2/54 = 3.7; 1/44 = 2.3; 1/9 = 11.1; 2/48 = 4.2; a region nobody reported from: 0.0, not blank
      reporting_rate_pct: [1.5, 3.7, 0, 0, 0, 2.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11.1, 4.2, 0]
    })
    expect(
      columnsOf(rows.slice(23), ["cycle", "area_code", "reporting_states", "reporting_rate_pct"])
    ).toEqual({
      cycle: Array(23).fill(2020),
      area_code: AREA_CODES,
      // world KEN BRA; Africa KEN; Americas BRA; 202 KEN; 419 BRA
      reporting_states: [2, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1],
      // 2/195 = 1.03 → 1.0; 1/54 = 1.85 → 1.9; 1/35 = 2.86 → 2.9; 1/48 = 2.08 → 2.1; 1/33 = 3.03 → 3.0
      reporting_rate_pct: [1, 1.9, 0, 2.9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2.1, 3]
    })
  })

  it("names the areas after M49", () => {
    const names = reportingByCycle(answers)
      .slice(0, 6)
      .map((row) => row.area)
    expect(names).toEqual(["World", "Africa", "Oceania", "Americas", "Asia", "Europe"])
  })

  it("gives every area of a cycle nobody reported in 0 and a rate of 0.0", () => {
    const rows = reportingByCycle([], [2030])
    expect(columnsOf(rows, ["eligible_states", "reporting_states", "reporting_rate_pct"])).toEqual({
      eligible_states: ELIGIBLE,
      reporting_states: Array(23).fill(0),
      reporting_rate_pct: Array(23).fill(0)
    })
  })

  it("has no rows when there are no cycles", () => {
    expect(reportingByCycle([])).toEqual([])
  })
})
