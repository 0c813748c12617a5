import { describe, expect, it } from "vitest"
import { Answers } from "../../src/normalise/answer-columns.ts"
import type { AnswerRow } from "../../src/normalise/answer-row.ts"
import { applyRevisions as applyRevisionsToAnswers } from "../../src/normalise/revisions.ts"
import { placeOf } from "../../src/outline/outline.ts"
import { stateByIso3 } from "../../src/reference/states.ts"

const applyRevisions = (rows: ReadonlyArray<AnswerRow>) => {
  const result = applyRevisionsToAnswers(Answers.fromRows(rows))
  return { current: [...result.current], superseded: [...result.superseded], submissions: result.submissions }
}

const row = (iso3: string, cycle: number, submitted_on: string, source_file: string, element_id = "II"): AnswerRow => ({
  iso3,
  m49: stateByIso3(iso3)!.m49,
  state_name: stateByIso3(iso3)!.name,
  region: stateByIso3(iso3)!.region,
  sub_region: stateByIso3(iso3)!.subRegion,
  cycle,
  submitted_on,
  element_id,
  ...placeOf(element_id),
  question: "",
  answer_raw: "yes",
  answer_code: "yes",
  answer_number: null,
  parse_quality: "ok",
  measure: "",
  sex: "",
  weapon_class: "all",
  year: null,
  note: "",
  source_file,
  source_line: 2
})

describe("applyRevisions", () => {
  it("replaces an earlier submission for the same State and cycle as a whole", () => {
    const rows = [
      row("KEN", 2020, "2020-05-01", "a.csv", "II.A"),
      row("KEN", 2020, "2020-05-01", "a.csv", "III.A"),
      row("KEN", 2020, "2020-05-01", "a.csv", "III.B"),
      row("KEN", 2020, "2020-06-15", "b.csv", "II.A"),
      row("KEN", 2018, "2018-04-01", "a.csv"),
      row("GHA", 2020, "2020-05-01", "a.csv")
    ]
    const result = applyRevisions(rows)
    expect(result.current.map((r) => `${r.iso3} ${r.cycle} ${r.submitted_on} ${r.element_id}`)).toEqual([
      "KEN 2020 2020-06-15 II.A",
      "KEN 2018 2018-04-01 II",
      "GHA 2020 2020-05-01 II"
    ])
    expect(result.superseded).toHaveLength(3)
    expect(result.submissions).toEqual([
      { iso3: "KEN", cycle: 2020, submitted_on: "2020-05-01", files: ["a.csv"], rows: 3, superseded_by: "2020-06-15" }
    ])
  })

  it("treats undated rows as older than dated ones, and same-date files as one submission", () => {
    const rows = [row("PER", 2022, "", "u.csv"), row("PER", 2022, "2022-03-01", "x.csv"), row("PER", 2022, "2022-03-01", "y.csv")]
    const result = applyRevisions(rows)
    expect(result.current.map((r) => r.source_file)).toEqual(["x.csv", "y.csv"])
    expect(result.submissions).toEqual([
      { iso3: "PER", cycle: 2022, submitted_on: "", files: ["u.csv"], rows: 1, superseded_by: "2022-03-01" }
    ])
  })
})
