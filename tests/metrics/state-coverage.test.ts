import { describe, expect, it } from "vitest"
import { stateCoverage } from "../../src/metrics/state-coverage.ts"
import { answer } from "./answer-builder.ts"
import { columnsOf } from "./table-columns.ts"

const answers = [
  // Kenya 2016: two rows on II.A.2.b.ii (one element) and one on II.A.2.b.i → II.A.2.b.ii, II.A.2.b.i,
  // II.A.2.b, II.A.2, II.A, II = 6 elements; 6/128 = 4.69% → 4.7
  answer("KEN", 2016, "II.A.2.b.ii"),
  answer("KEN", 2016, "II.A.2.b.ii", "no", { source_line: 3 }),
  answer("KEN", 2016, "II.A.2.b.i", "text", { source_line: 4 }),
  // Kenya skips 2018. 2020: III.C.iv and II → III.C.iv, III.C, III, II = 4; 4/128 = 3.13% → 3.1
  answer("KEN", 2020, "III.C.iv"),
  answer("KEN", 2020, "II", "yes", { source_line: 3 }),
  // Ghana 2018: a no_response only → reported, 0 covered
  answer("GHA", 2018, "II", "no_response"),
  // Ghana 2020: I → 1 element; 1/128 = 0.78% → 0.8
  answer("GHA", 2020, "I", "text")
]

describe("stateCoverage", () => {
  it("counts distinct elements per State and reported cycle, with the change since its previous report", () => {
    const rows = stateCoverage(answers)
    expect(
      columnsOf(rows, [
        "iso3",
        "state_name",
        "region",
        "cycle",
        "elements_covered",
        "elements_total",
        "covered_pct",
        "previous_cycle",
        "change_pct_points"
      ])
    ).toEqual({
      iso3: ["GHA", "GHA", "KEN", "KEN"],
      state_name: ["Ghana", "Ghana", "Kenya", "Kenya"],
      region: ["Africa", "Africa", "Africa", "Africa"],
      cycle: [2018, 2020, 2016, 2020],
      elements_covered: [0, 1, 6, 4],
      elements_total: [128, 128, 128, 128],
      covered_pct: [0, 0.8, 4.7, 3.1],
      // Kenya's previous report is 2016 (it skipped 2018): 3.1 − 4.7 = −1.6; Ghana: 0.8 − 0.0 = 0.8
      previous_cycle: [null, 2018, null, 2016],
      change_pct_points: [null, 0.8, null, -1.6]
    })
  })

  it("has no rows for cycles a State did not report in", () => {
    expect(stateCoverage(answers).filter((row) => row.iso3 === "KEN" && row.cycle === 2018)).toEqual([])
    expect(stateCoverage([])).toEqual([])
  })
})
