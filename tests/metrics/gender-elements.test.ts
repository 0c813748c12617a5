import { describe, expect, it } from "vitest"
import { coverageByElement } from "../../src/metrics/coverage-by-element.ts"
import { genderElements } from "../../src/metrics/gender-elements.ts"
import { answer } from "./answer-builder.ts"
import { columnsOf } from "./table-columns.ts"

describe("genderElements", () => {
  it("reports II.A.5.iii and II.B.2 with everything below it, at world level", () => {
    const answers = [
      answer("KEN", 2020, "II.B.2.ii", "yes"),
      answer("GHA", 2020, "II.A.5.iii", "no"),
      answer("FRA", 2020, "II.B.1.i", "yes")
    ]
    const rows = genderElements(coverageByElement(answers))
    expect(
      columnsOf(rows, [
        "cycle",
        "element_id",
        "reporting_states",
        "states_answered",
        "yes_no_states",
        "yes_states",
        "yes_pct"
      ])
    ).toEqual({
      cycle: Array(8).fill(2020),
      element_id: [
        "II.A.5.iii",
        "II.B.2",
        "II.B.2.i",
        "II.B.2.ii",
        "II.B.2.iii",
        "II.B.2.iv",
        "II.B.2.v",
        "II.B.2.vi"
      ],
      // KEN GHA FRA reported; GHA answered II.A.5.iii (no → 0/1 yes); KEN's II.B.2.ii rolls up to II.B.2
      reporting_states: Array(8).fill(3),
      states_answered: [1, 1, 0, 1, 0, 0, 0, 0],
      yes_no_states: [1, 0, 0, 1, 0, 0, 0, 0],
      yes_states: [0, 0, 0, 1, 0, 0, 0, 0],
      yes_pct: [0, null, null, 100, null, null, null, null]
    })
    expect(rows[1]?.title).toMatch(/^Gender, including Security Council resolution 1325/)
  })
})
