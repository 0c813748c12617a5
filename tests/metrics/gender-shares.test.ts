import { describe, expect, it } from "vitest"
import { genderShares } from "../../src/metrics/gender-shares.ts"
import { sexPartsWarnings } from "../../src/metrics/sex-parts-warnings.ts"
import { answer, personFigure } from "./answer-builder.ts"
import { columnsOf } from "./table-columns.ts"

const answers = [
  // Kenya: two female rows for trainees (other element, other weapon class) are added: 30 + 10 = 40
  personFigure("KEN", 2020, "trainees", "female", 30, {
    element_id: "II.B.2.ii",
    weapon_class: "small_arms"
  }),
  personFigure("KEN", 2020, "trainees", "female", 10, {
    element_id: "II.A.5.iii",
    weapon_class: "light_weapons"
  }),
  personFigure("KEN", 2020, "trainees", "male", 60),
  personFigure("KEN", 2020, "victims", "female", 3),
  personFigure("KEN", 2020, "victims", "male", 1),
  // not person figures: a text answer, and an arms measure with a sex
  answer("KEN", 2020, "II.B.2.ii", "text", { measure: "trainees", sex: "female", answer_raw: "some women" }),
  personFigure("KEN", 2020, "seized", "female", 100),
  // Ghana: 20 + 30 = 50, equal to its total → fine
  personFigure("GHA", 2020, "trainees", "female", 20),
  personFigure("GHA", 2020, "trainees", "male", 30),
  personFigure("GHA", 2020, "trainees", "total", 50),
  // Egypt: women only → no sex-disaggregated pair, stays out of the sums
  personFigure("EGY", 2020, "trainees", "female", 5),
  // France: 30 + 25 = 55 > its own total 50 → warning, left out
  personFigure("FRA", 2020, "trainees", "female", 30, { source_file: "fra.csv", source_line: 5 }),
  personFigure("FRA", 2020, "trainees", "male", 25, { source_file: "fra.csv", source_line: 6 }),
  personFigure("FRA", 2020, "trainees", "total", 50, { source_file: "fra.csv", source_line: 7 }),
  // Brazil (Americas): 12 + 8
  personFigure("BRA", 2020, "trainees", "female", 12),
  personFigure("BRA", 2020, "trainees", "male", 8)
]

// World, Africa, Oceania, Americas, Asia, Europe
const AREAS = ["001", "002", "009", "019", "142", "150"]

describe("genderShares", () => {
  it("sums female and male over the States giving both, per measure, cycle and area", () => {
    const rows = genderShares(answers)
    // 4 person measures × 1 cycle × 6 areas
    expect(rows).toHaveLength(24)
    const trainees = rows.filter((row) => row.measure === "trainees")
    expect(
      columnsOf(trainees, ["cycle", "area_code", "female", "male", "women_share_pct", "states_with_sex_data"])
    ).toEqual({
      cycle: Array(6).fill(2020),
      area_code: AREAS,
      // world: KEN 40 + GHA 20 + BRA 12 = 72 women, 60 + 30 + 8 = 98 men; 72 / 170 = 42.35% → 42.4
      // Africa: KEN + GHA = 60 / 150 = 40.0%; Americas: BRA 12 / 20 = 60.0%
      // Europe: France left out (parts exceed total) → nothing to divide: blank, not 0
      female: [72, 60, 0, 12, 0, 0],
      male: [98, 90, 0, 8, 0, 0],
      women_share_pct: [42.4, 40, null, 60, null, null],
      states_with_sex_data: [3, 2, 0, 1, 0, 0]
    })
    const victims = rows.filter((row) => row.measure === "victims")
    expect(columnsOf(victims, ["female", "male", "women_share_pct", "states_with_sex_data"])).toEqual({
      // Kenya only: 3 / (3 + 1) = 75.0%
      female: [3, 3, 0, 0, 0, 0],
      male: [1, 1, 0, 0, 0, 0],
      women_share_pct: [75, 75, null, null, null, null],
      states_with_sex_data: [1, 1, 0, 0, 0, 0]
    })
    expect(rows.map((row) => row.measure).filter((m, i, all) => all.indexOf(m) === i)).toEqual([
      "coordination_body_members",
      "trainees",
      "victims",
      "delegates"
    ])
  })
})

describe("sexPartsWarnings", () => {
  it("flags female + male above the State's total, pointing at the total row", () => {
    expect(sexPartsWarnings(answers)).toEqual([
      {
        code: "sex_parts_exceed_total",
        iso3: "FRA",
        cycle: 2020,
        measure: "trainees",
        source_file: "fra.csv",
        source_line: 7,
        message:
          "France (FRA), cycle 2020, trainees: female 30 + male 25 = 55 is more than the total 50 given in " +
          "fra.csv line 7. Check the report and correct the figures; until then this State's trainees " +
          "figures for 2020 are left out of the women's share."
      }
    ])
  })

  it("also flags a single part above the total", () => {
    const warnings = sexPartsWarnings([
      personFigure("EGY", 2022, "delegates", "female", 5),
      personFigure("EGY", 2022, "delegates", "total", 4, { source_file: "egy.csv", source_line: 9 })
    ])
    expect(warnings.map((warning) => warning.message)).toEqual([
      "Egypt (EGY), cycle 2022, delegates: female 5 + male not given = 5 is more than the total 4 given in " +
        "egy.csv line 9. Check the report and correct the figures; until then this State's delegates " +
        "figures for 2022 are left out of the women's share."
    ])
  })
})
