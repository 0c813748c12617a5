import { describe, expect, it } from "vitest"
import { eligibilityOf } from "../../src/matching/eligibility.ts"
import { m49EligibleArea, stateArea, WORLD } from "../../src/matching/eligible-areas.ts"
import { reportingRecordOf } from "../../src/matching/reporting-record.ts"
import type { Constraint } from "../../src/matching/vocabularies.ts"
import { stateByIso3 } from "../../src/reference/states.ts"
import { makeNeed, makeProgramme } from "./support/instance.ts"

const noReports = reportingRecordOf([])
const failed = (result: ReturnType<typeof eligibilityOf>): ReadonlyArray<Constraint> =>
  result.failures.map((f) => f.constraint)

// The base pair passes every rule: each test changes one thing and sees that rule, and only it, fail.
const need = makeNeed({ iso3: "AFG", element_id: "II.A.2.b.ii", assistance_types: ["training"] })
const programme = makeProgramme({
  elements: ["II.A"],
  eligible: [WORLD],
  assistance_types: ["training", "technical"]
})

describe("eligibilityOf", () => {
  it("passes a programme that meets every rule", () => {
    const result = eligibilityOf(need, programme, noReports)
    expect(result).toMatchObject({ eligible: true, failures: [], thematic: "ancestor", geographic: "world" })
  })

  describe("thematic: the programme names the need's element or a heading above it", () => {
    it("passes on the element itself (exact) and on a heading above it (ancestor)", () => {
      expect(eligibilityOf(need, makeProgramme({ elements: ["II.A.2.b.ii"] }), noReports).thematic).toBe(
        "exact"
      )
      expect(eligibilityOf(need, makeProgramme({ elements: ["II"] }), noReports).thematic).toBe("ancestor")
    })
    it("fails on a sibling, a child or another section", () => {
      for (const elements of [["II.A.2.b.i"], ["III"], ["II.B"]]) {
        expect(failed(eligibilityOf(need, makeProgramme({ elements }), noReports))).toEqual(["thematic"])
      }
      // A programme on an item does not cover a need on the heading above it.
      const headingNeed = makeNeed({ element_id: "II.A.2" })
      expect(
        failed(eligibilityOf(headingNeed, makeProgramme({ elements: ["II.A.2.b.ii"] }), noReports))
      ).toEqual(["thematic"])
    })
  })

  describe("geographic: ISO3, M49 region / sub-region, or world", () => {
    it("passes by State, region, sub-region and world, reporting the narrowest", () => {
      const cases = [
        [[stateArea(stateByIso3("AFG")!)], "state"],
        [[m49EligibleArea("034")!], "sub_region"],
        [[m49EligibleArea("142")!, WORLD], "region"],
        [[WORLD], "world"]
      ] as const
      for (const [eligible, match] of cases) {
        const result = eligibilityOf(need, makeProgramme({ eligible }), noReports)
        expect(result.eligible).toBe(true)
        expect(result.geographic).toBe(match)
      }
      const nigeria = makeNeed({ iso3: "NGA" })
      expect(
        eligibilityOf(nigeria, makeProgramme({ eligible: [m49EligibleArea("011")!] }), noReports).geographic
      ).toBe("intermediate_region")
    })
    it("fails outside the list, and for the offering State's own offer", () => {
      const elsewhere = eligibilityOf(
        need,
        makeProgramme({ eligible: [m49EligibleArea("002")!, stateArea(stateByIso3("PAK")!)] }),
        noReports
      )
      expect(failed(elsewhere)).toEqual(["geographic"])
      expect(elsewhere.failures[0]!.reason).toContain("does not include AFG")
      const ownOffer = eligibilityOf(need, makeProgramme({ origin: "offer", donor_iso3: "AFG" }), noReports)
      expect(failed(ownOffer)).toEqual(["geographic"])
    })
  })

  describe("assistance type: the lists overlap", () => {
    it("passes on one shared type and fails on none", () => {
      expect(
        eligibilityOf(makeNeed({ assistance_types: ["equipment", "technical"] }), programme, noReports)
          .eligible
      ).toBe(true)
      expect(
        failed(eligibilityOf(makeNeed({ assistance_types: ["equipment"] }), programme, noReports))
      ).toEqual(["assistance_type"])
    })
  })

  describe("time window: the need's period (else its cycle year) overlaps the programme's", () => {
    it("passes on an overlap of one day and fails on none", () => {
      const touching = makeNeed({ window_start: "2022-12-31", window_end: "2023-06-30" })
      expect(eligibilityOf(touching, programme, noReports).eligible).toBe(true)
      const later = makeNeed({ window_start: "2023-01-01", window_end: "2023-06-30" })
      expect(failed(eligibilityOf(later, programme, noReports))).toEqual(["time_window"])
      const cycleYearOnly = makeNeed({ cycle: 2018 })
      expect(failed(eligibilityOf(cycleYearOnly, programme, noReports))).toEqual(["time_window"])
    })
  })

  describe("status: closed programmes take no new needs", () => {
    it("passes pipeline and active, fails closed", () => {
      expect(eligibilityOf(need, makeProgramme({ status: "pipeline" }), noReports).eligible).toBe(true)
      expect(failed(eligibilityOf(need, makeProgramme({ status: "closed" }), noReports))).toEqual(["status"])
    })
  })

  describe("grant floor: a need below min_grant is ineligible", () => {
    it("passes at the floor, fails below it, and lets a need with no amount through as a suggestion", () => {
      const floored = makeProgramme({ min_grant_usd: 100_000 })
      expect(eligibilityOf(makeNeed({ amount: 100_000 }), floored, noReports).eligible).toBe(true)
      expect(failed(eligibilityOf(makeNeed({ amount: 99_999.99 }), floored, noReports))).toEqual([
        "grant_floor"
      ])
      expect(eligibilityOf(makeNeed({ amount: null }), floored, noReports).eligible).toBe(true)
    })
  })

  describe("requires_report: a national report in the latest cycle before the programme starts (UNSCAR)", () => {
    const unscar = makeProgramme({ requires_report: true, start: "2021-03-01", end: "2022-12-31" })
    const answers = [
      { iso3: "AFG", cycle: 2018 },
      { iso3: "PAK", cycle: 2020 },
      { iso3: "AFG", cycle: 2022 }
    ]
    it("passes a State that reported in the latest cycle before the start year", () => {
      const reporting = reportingRecordOf([...answers, { iso3: "AFG", cycle: 2020 }])
      expect(eligibilityOf(makeNeed({ cycle: 2021 }), unscar, reporting).eligible).toBe(true)
    })
    it("fails a State that reported only in other cycles, naming the cycle", () => {
      const result = eligibilityOf(makeNeed({ cycle: 2021 }), unscar, reportingRecordOf(answers))
      expect(failed(result)).toEqual(["requires_report"])
      expect(result.failures[0]!.reason).toContain("2020 cycle")
    })
    it("fails when the run holds no report from before the start", () => {
      expect(failed(eligibilityOf(makeNeed({ cycle: 2021 }), unscar, noReports))).toEqual(["requires_report"])
    })
    it("does not apply when the programme does not require it", () => {
      expect(
        eligibilityOf(makeNeed({ cycle: 2021 }), { ...unscar, requires_report: false }, noReports).eligible
      ).toBe(true)
    })
  })

  it("records every failed constraint, not just the first", () => {
    const hopeless = makeProgramme({
      elements: ["III"],
      eligible: [m49EligibleArea("150")!],
      assistance_types: ["equipment"],
      start: "2010-01-01",
      end: "2012-12-31",
      status: "closed",
      min_grant_usd: 500_000,
      requires_report: true
    })
    const result = eligibilityOf(need, hopeless, noReports)
    expect(result.eligible).toBe(false)
    expect(failed(result)).toEqual([
      "thematic",
      "geographic",
      "assistance_type",
      "time_window",
      "status",
      "grant_floor",
      "requires_report"
    ])
    for (const failure of result.failures) expect(failure.reason.length).toBeGreaterThan(10)
  })
})
