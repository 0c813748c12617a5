import { describe, expect, it } from "vitest"
import { normaliseProgrammeRow } from "../../src/matching/programme-row.ts"

const base = {
  programme_id: "XM-UNSCAR-2022",
  donor: "Germany;Sweden",
  fund: "UNSCAR",
  title: "UN Trust Facility",
  elements: "II.A;II.A.2.b;Marking",
  assistance_types: "financial;technical",
  eligible: "world",
  budget: "2,100,000",
  committed: "400,000",
  currency: "usd",
  start: "2022-03-01",
  end: "2024-06-30"
}
const normalise = (patch: Record<string, string> = {}) =>
  normaliseProgrammeRow({ ...base, ...patch }, { file: "programmes/p.csv", line: 4, delimiter: "," })

describe("normaliseProgrammeRow", () => {
  it("reads a programme: headings cover what is below them, defaults active / no report / no marker", () => {
    expect(normalise()).toMatchObject({
      _tag: "Accepted",
      row: {
        programme_id: "XM-UNSCAR-2022",
        origin: "csv",
        elements: ["II.A", "III.A"],
        assistance_types: ["financial", "technical"],
        eligible: [{ kind: "world", code: "world" }],
        budget: 2_100_000,
        committed: 400_000,
        currency: "USD",
        status: "active",
        requires_report: false,
        gender_marker: null,
        max_grant: null
      }
    })
  })

  it("reads eligibility as States, M49 regions, sub-regions and intermediate regions", () => {
    const outcome = normalise({
      eligible: "KHM; 002 ;419;11;Viet Nam",
      requires_report: "Yes",
      gender_marker: "2",
      status: "Pipeline",
      max_grant: "200000"
    })
    expect(outcome).toMatchObject({
      _tag: "Accepted",
      row: {
        eligible: [
          { kind: "state", code: "KHM" },
          { kind: "region", code: "002" },
          { kind: "sub_region", code: "419" },
          { kind: "intermediate_region", code: "011" },
          { kind: "state", code: "VNM" }
        ],
        requires_report: true,
        gender_marker: 2,
        status: "pipeline",
        max_grant: 200_000
      }
    })
  })

  it.each([
    [{ eligible: "world;Atlantis" }, "eligible", "unknown_eligibility"],
    [{ committed: "3,000,000" }, "committed", "bad_amount"],
    [{ min_grant: "300000", max_grant: "200000" }, "min_grant", "bad_amount"],
    [{ budget: "lots" }, "budget", "bad_amount"],
    [{ status: "ongoing" }, "status", "unknown_status"],
    [{ requires_report: "maybe" }, "requires_report", "bad_yes_no"],
    [{ gender_marker: "3" }, "gender_marker", "bad_gender_marker"],
    [{ end: "2021-01-01" }, "end", "bad_period"],
    [{ elements: "Tracing;II.A.9" }, "elements", "unknown_element"],
    [{ assistance_types: "grants" }, "assistance_types", "unknown_assistance_type"],
    [{ currency: "$" }, "currency", "unknown_currency"]
  ] as const)("rejects %j as %s / %s", (patch, column, code) => {
    const outcome = normalise(patch)
    expect(outcome._tag).toBe("Rejected")
    if (outcome._tag === "Rejected") expect(outcome.problem).toMatchObject({ column, reason_code: code })
  })
})
