import { describe, expect, it } from "vitest"
import type { Delimiter } from "../../src/ingest/detect-delimiter.ts"
import { normaliseAssistanceRow } from "../../src/matching/assistance-row.ts"

const base = {
  state: "Ghana",
  cycle: "2020",
  direction: "need",
  element: "ITI C(iv)",
  assistance_type: "Training; technical"
}
const normalise = (patch: Record<string, string | undefined> = {}, delimiter: Delimiter = ",") => {
  const record: Record<string, string> = { ...base }
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete record[k]
    else record[k] = v
  }
  return normaliseAssistanceRow(record, { file: "assistance/a.csv", line: 9, delimiter })
}
const rejection = (outcome: ReturnType<typeof normalise>) =>
  outcome._tag === "Rejected" ? outcome.problem : undefined

describe("normaliseAssistanceRow", () => {
  it("reads a need with its defaults: USD, priority 2, the cycle year as its period", () => {
    const outcome = normalise()
    expect(outcome).toMatchObject({
      _tag: "Accepted",
      row: {
        direction: "need",
        iso3: "GHA",
        region_code: "002",
        sub_region_code: "202",
        intermediate_region_code: "011",
        cycle: 2020,
        element_id: "III.C.iv",
        section: "III",
        assistance_types: ["technical", "training"],
        amount: null,
        currency: "USD",
        period_start: "",
        window_start: "2020-01-01",
        window_end: "2020-12-31",
        priority: 2,
        source_file: "assistance/a.csv",
        source_line: 9
      }
    })
  })

  it("reads amounts in the file's number convention, currency codes in any case, and periods", () => {
    const outcome = normalise(
      {
        direction: "Offer",
        amount: "1.250.000,50",
        currency: "eur",
        period_start: "2021-03-01",
        priority: "1"
      },
      ";"
    )
    expect(outcome).toMatchObject({
      _tag: "Accepted",
      row: {
        direction: "offer",
        amount: 1_250_000.5,
        currency: "EUR",
        window_start: "2021-03-01",
        window_end: "2021-12-31",
        priority: 1
      }
    })
  })

  it("closes an open period with the cycle year, never before its start", () => {
    expect(normalise({ period_end: "2019-06-30" })).toMatchObject({
      row: { window_start: "2019-01-01", window_end: "2019-06-30" }
    })
    expect(normalise({ period_start: "2023-01-01" })).toMatchObject({
      row: { window_start: "2023-01-01", window_end: "2023-12-31" }
    })
  })

  it.each([
    [{ direction: "request" }, "direction", "unknown_direction"],
    [{ assistance_type: "training;money" }, "assistance_type", "unknown_assistance_type"],
    [{ amount: "-5" }, "amount", "bad_amount"],
    [{ amount: "0" }, "amount", "bad_amount"],
    [{ amount: "about 20k" }, "amount", "bad_amount"],
    [{ currency: "euros" }, "currency", "unknown_currency"],
    [{ priority: "4" }, "priority", "bad_priority"],
    [{ period_start: "2021-01-01", period_end: "2020-01-01" }, "period_end", "bad_period"],
    [{ period_start: "03/04/2020" }, "period_start", "ambiguous_date"],
    [{ element: "II.A.9" }, "element", "unknown_element"],
    [{ state: "Atlantis" }, "state", "unknown_state"],
    [{ cycle: "20x0" }, "cycle", "bad_cycle"],
    [{ direction: undefined }, "direction", "missing_value"]
  ] as const)("rejects %j as %s / %s", (patch, column, code) => {
    const problem = rejection(normalise(patch))
    expect(problem).toMatchObject({ column, reason_code: code })
    expect(problem!.reason.length).toBeGreaterThan(15)
  })
})
