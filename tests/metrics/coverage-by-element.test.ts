import { describe, expect, it } from "vitest"
import { coverageByElement } from "../../src/metrics/coverage-by-element.ts"
import { OUTLINE } from "../../src/outline/elements.ts"
import { answer } from "./answer-builder.ts"
import { columnsOf } from "./table-columns.ts"

const answers = [
  // 2018: only Brazil, on III.A
  answer("BRA", 2018, "III.A"),
  // 2020: Kenya answers II.A.2.b.ii three times (counted once); its "no" on line 12 is its latest yes/no
  // answer although it comes first here, so the "yes" on line 10 does not count.
  answer("KEN", 2020, "II.A.2.b.ii", "no", { source_line: 12 }),
  answer("KEN", 2020, "II.A.2.b.ii", "yes", { source_line: 10 }),
  answer("KEN", 2020, "II.A.2.b.ii", "text", { source_line: 11 }),
  // Ghana: yes on the item, and a no_response on III.C.iv (reports, but does not answer III)
  answer("GHA", 2020, "II.A.2.b.ii", "yes"),
  answer("GHA", 2020, "III.C.iv", "no_response", { source_line: 3 }),
  // Egypt: reports with a no_response only
  answer("EGY", 2020, "II", "no_response"),
  // France (Europe): developing on the item
  answer("FRA", 2020, "II.A.2.b.ii", "developing")
]

const SHOWN = ["II", "II.A", "II.A.1", "II.A.2", "II.A.2.b", "II.A.2.b.ii", "III", "III.C", "III.C.iv"]
const rowsOf = (cycle: number, areaCode: string) =>
  coverageByElement(answers).filter(
    (row) => row.cycle === cycle && row.area_code === areaCode && SHOWN.includes(row.element_id)
  )
const COUNT_COLUMNS = [
  "element_id",
  "reporting_states",
  "states_answered",
  "answered_pct",
  "yes_no_states",
  "yes_states",
  "developing_states",
  "yes_pct",
  "developing_pct"
] as const

describe("coverageByElement", () => {
  it("has a row for every element × cycle × area, answered or not", () => {
    const rows = coverageByElement(answers)
    // 2 cycles × (world + 5 regions) × 128 elements
    expect(rows).toHaveLength(2 * 6 * 128)
    const world2018 = rows.filter((row) => row.cycle === 2018 && row.level === "world")
    expect(world2018.map((row) => row.element_id)).toEqual(OUTLINE.map((element) => element.id))
    expect(rows.slice(0, 1)).toEqual([
      {
        cycle: 2018,
        level: "world",
        area_code: "001",
        area: "World",
        element_id: "I",
        depth: 1,
        section: "I",
        title: "2018 declaration",
        reporting_states: 1,
        states_answered: 0,
        answered_pct: 0,
        yes_no_states: 0,
        yes_states: 0,
        developing_states: 0,
        yes_pct: null,
        developing_pct: null
      }
    ])
  })

  it("rolls an answer up to its headings, counts States once, and takes the latest yes/no", () => {
    // World 2020: reporting KEN GHA EGY FRA = 4; answering II.A.2.b.ii and above: KEN GHA FRA = 3 → 75.0%.
    // Yes/no on exactly II.A.2.b.ii: KEN no (line 12), GHA yes, FRA developing → 3; yes 1/3 = 33.3%.
    // II.A.1 is a sibling branch and III only got a no_response: 0 answered of 4 → 0.0, not blank.
    expect(columnsOf(rowsOf(2020, "001"), COUNT_COLUMNS)).toEqual({
      element_id: SHOWN,
      reporting_states: [4, 4, 4, 4, 4, 4, 4, 4, 4],
      states_answered: [3, 3, 0, 3, 3, 3, 0, 0, 0],
      answered_pct: [75, 75, 0, 75, 75, 75, 0, 0, 0],
      yes_no_states: [0, 0, 0, 0, 0, 3, 0, 0, 0],
      yes_states: [0, 0, 0, 0, 0, 1, 0, 0, 0],
      developing_states: [0, 0, 0, 0, 0, 1, 0, 0, 0],
      yes_pct: [null, null, null, null, null, 33.3, null, null, null],
      developing_pct: [null, null, null, null, null, 33.3, null, null, null]
    })
  })

  it("counts per region", () => {
    // Africa 2020: reporting KEN GHA EGY = 3; answering KEN GHA = 2 → 66.7%; yes GHA of KEN GHA → 50.0%.
    expect(columnsOf(rowsOf(2020, "002"), COUNT_COLUMNS)).toEqual({
      element_id: SHOWN,
      reporting_states: [3, 3, 3, 3, 3, 3, 3, 3, 3],
      states_answered: [2, 2, 0, 2, 2, 2, 0, 0, 0],
      answered_pct: [66.7, 66.7, 0, 66.7, 66.7, 66.7, 0, 0, 0],
      yes_no_states: [0, 0, 0, 0, 0, 2, 0, 0, 0],
      yes_states: [0, 0, 0, 0, 0, 1, 0, 0, 0],
      developing_states: [0, 0, 0, 0, 0, 0, 0, 0, 0],
      yes_pct: [null, null, null, null, null, 50, null, null, null],
      developing_pct: [null, null, null, null, null, 0, null, null, null]
    })
    // Europe 2020: FRA alone, developing → 1/1 answered, developing 100.0%, yes 0.0%.
    expect(
      columnsOf(rowsOf(2020, "150"), ["states_answered", "answered_pct", "yes_pct", "developing_pct"])
    ).toEqual({
      states_answered: [1, 1, 0, 1, 1, 1, 0, 0, 0],
      answered_pct: [100, 100, 0, 100, 100, 100, 0, 0, 0],
      yes_pct: [null, null, null, null, null, 0, null, null, null],
      developing_pct: [null, null, null, null, null, 100, null, null, null]
    })
  })

  it("leaves shares blank for a region where no State reported", () => {
    // Americas 2020: Brazil reported in 2018 only → 0 reporting, every share undefined.
    expect(
      columnsOf(rowsOf(2020, "019"), ["reporting_states", "states_answered", "answered_pct", "yes_pct"])
    ).toEqual({
      reporting_states: Array(9).fill(0),
      states_answered: Array(9).fill(0),
      answered_pct: Array(9).fill(null),
      yes_pct: Array(9).fill(null)
    })
    // …while in 2018 Brazil's III.A answer covers III.A and III, not III.C.
    expect(columnsOf(rowsOf(2018, "019"), ["element_id", "states_answered", "answered_pct"])).toEqual({
      element_id: SHOWN,
      states_answered: [0, 0, 0, 0, 0, 0, 1, 0, 0],
      answered_pct: [0, 0, 0, 0, 0, 0, 100, 0, 0]
    })
  })
})
