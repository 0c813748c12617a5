import { describe, expect, it } from "vitest"
import type { RawRecord } from "../../src/ingest/decode-record.ts"
import type { Delimiter } from "../../src/ingest/detect-delimiter.ts"
import { normaliseReportRow } from "../../src/normalise/report-row.ts"

const base: RawRecord = { state: "Côte d’Ivoire", cycle: "2020", element: "II.A.2(b)(ii)", answer: "Oui" }
const normalise = (patch: Record<string, string | undefined>, delimiter: Delimiter = ",") => {
  const record: Record<string, string> = { ...base }
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete record[k]
    else record[k] = v
  }
  return normaliseReportRow(record, { file: "reports/x.csv", line: 7, delimiter })
}

describe("normaliseReportRow", () => {
  it("turns a row into a canonical answer", () => {
    const outcome = normalise({ submitted_on: "2020-05-01", question: "Q12", note: "see annex" })
    expect(outcome).toEqual({
      _tag: "Accepted",
      row: {
        iso3: "CIV",
        m49: "384",
        state_name: "Côte d’Ivoire",
        region: "Africa",
        sub_region: "Sub-Saharan Africa",
        cycle: 2020,
        submitted_on: "2020-05-01",
        element_id: "II.A.2.b.ii",
        section: "II",
        instrument: "PoA",
        question: "Q12",
        answer_raw: "Oui",
        answer_code: "yes",
        answer_number: null,
        parse_quality: "ok",
        measure: "",
        sex: "",
        weapon_class: "all",
        year: null,
        note: "see annex",
        source_file: "reports/x.csv",
        source_line: 7
      }
    })
  })

  it("reads counts with measure, sex, weapon class and year", () => {
    const outcome = normalise({
      element: "ITI F(i)",
      answer: "1.234",
      measure: "Seized",
      sex: "F",
      weapon_class: "small arms",
      year: "2019"
    }, ";")
    expect(outcome._tag).toBe("Accepted")
    if (outcome._tag !== "Accepted") return
    expect(outcome.row).toMatchObject({
      element_id: "III.F.i",
      instrument: "ITI",
      answer_code: "number",
      answer_number: 1234,
      measure: "seized",
      sex: "female",
      weapon_class: "small_arms",
      year: 2019
    })
  })

  it("keeps a blank answer as no response", () => {
    const outcome = normalise({ answer: undefined })
    expect(outcome._tag === "Accepted" && outcome.row.answer_code).toBe("no_response")
  })

  it.each([
    [{ state: undefined }, "state", "missing_value"],
    [{ element: undefined }, "element", "missing_value"],
    [{ cycle: undefined }, "cycle", "missing_value"],
    [{ state: "Atlantis" }, "state", "unknown_state"],
    [{ state: "Greenland" }, "state", "unknown_state"],
    [{ element: "II.A.9" }, "element", "unknown_element"],
    [{ element: "National legislation and administrative procedures" }, "element", "ambiguous_element"],
    [{ cycle: "2020a" }, "cycle", "bad_cycle"],
    [{ cycle: "1999" }, "cycle", "bad_cycle"],
    [{ cycle: "2020.5" }, "cycle", "bad_cycle"],
    [{ year: "20xx" }, "year", "bad_year"],
    [{ submitted_on: "03/04/2020" }, "submitted_on", "ambiguous_date"],
    [{ submitted_on: "2020-13-45" }, "submitted_on", "bad_date"],
    [{ measure: "rifles", answer: "5" }, "measure", "unknown_measure"],
    [{ sex: "x" }, "sex", "unknown_sex"],
    [{ weapon_class: "pistols" }, "weapon_class", "unknown_weapon_class"],
    [{ answer: "1,23,4", measure: "seized" }, "answer", "bad_number"],
    [{ answer: "-5", measure: "seized" }, "answer", "negative_count"]
  ] as const)("rejects %j at column %s with %s", (patch, column, code) => {
    const outcome = normalise(patch)
    expect(outcome._tag).toBe("Rejected")
    if (outcome._tag !== "Rejected") return
    expect(outcome.problem.column).toBe(column)
    expect(outcome.problem.reason_code).toBe(code)
    expect(outcome.problem.reason.length).toBeGreaterThan(15)
  })
})
