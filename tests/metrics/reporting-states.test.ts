import { describe, expect, it } from "vitest"
import { longestStreak } from "../../src/metrics/cycle-streaks.ts"
import { reportingStates } from "../../src/metrics/reporting-states.ts"
import { answer } from "./answer-builder.ts"
import { columnsOf } from "./table-columns.ts"

// The run's cycles: 2014, 2016, 2018, 2020, 2022 (positions 0–4).
const answers = [
  // Kenya: 2014, 2016 | 2020, 2022 → two streaks of 2
  answer("KEN", 2014, "II"),
  answer("KEN", 2016, "II"),
  answer("KEN", 2020, "II"),
  answer("KEN", 2022, "II"),
  // Ghana: 2014, 2018, 2022 → never two adjacent cycles
  answer("GHA", 2014, "II"),
  answer("GHA", 2018, "II"),
  answer("GHA", 2022, "II"),
  // France: 2016, 2018, 2020 → one streak of 3
  answer("FRA", 2016, "III"),
  answer("FRA", 2018, "III"),
  answer("FRA", 2020, "III"),
  // Brazil: a report holding only a no_response still counts as reporting
  answer("BRA", 2018, "II", "no_response")
]

describe("reportingStates", () => {
  it("lists every State, with its cycles, adjacency and longest streak", () => {
    const rows = reportingStates(answers)
    expect(rows).toHaveLength(195)
    const shown = rows.filter((row) => ["AFG", "BRA", "FRA", "GHA", "KEN"].includes(row.iso3))
    expect(
      columnsOf(shown, [
        "iso3",
        "state_name",
        "region",
        "sub_region",
        "cycles_reported",
        "cycles_count",
        "ever_reported",
        "consecutive",
        "longest_streak"
      ])
    ).toEqual({
      iso3: ["AFG", "BRA", "FRA", "GHA", "KEN"],
      state_name: ["Afghanistan", "Brazil", "France", "Ghana", "Kenya"],
      region: ["Asia", "Americas", "Europe", "Africa", "Africa"],
      sub_region: [
        "Southern Asia",
        "Latin America and the Caribbean",
        "Western Europe",
        "Sub-Saharan Africa",
        "Sub-Saharan Africa"
      ],
      cycles_reported: ["", "2018", "2016;2018;2020", "2014;2018;2022", "2014;2016;2020;2022"],
      cycles_count: [0, 1, 3, 3, 4],
      ever_reported: [false, true, true, true, true],
      consecutive: [false, false, true, false, true],
      longest_streak: [0, 1, 3, 1, 2]
    })
    expect(rows.filter((row) => row.ever_reported)).toHaveLength(4) // BRA FRA GHA KEN
  })

  it("calls cycles adjacent by their place in the run's list, not by the years between them", () => {
    // The run has 2012 and 2016 but no 2014: reporting in 2012 and 2016 is reporting in adjacent cycles.
    const rows = reportingStates([
      answer("KEN", 2012, "II"),
      answer("KEN", 2016, "II"),
      answer("GHA", 2018, "II")
    ])
    const kenya = rows.find((row) => row.iso3 === "KEN")
    expect(kenya).toMatchObject({ cycles_reported: "2012;2016", consecutive: true, longest_streak: 2 })
  })
})

describe("longestStreak", () => {
  it("finds the longest run of adjacent positions", () => {
    expect(longestStreak([])).toBe(0)
    expect(longestStreak([3])).toBe(1)
    expect(longestStreak([4, 0, 1, 3])).toBe(2) // 0-1 and 3-4
    expect(longestStreak([1, 2, 2, 3, 7])).toBe(3) // a repeated position does not break or extend the run
  })
})
