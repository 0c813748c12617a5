import { describe, expect, it } from "vitest"
import { computeMatching } from "../../src/matching/compute-matching.ts"
import { m49EligibleArea } from "../../src/matching/eligible-areas.ts"
import { matchingOutputs } from "../../src/matching/matching-outputs.ts"
import type { MatchingResult } from "../../src/matching/matching-result.ts"
import { makeNeed, makeProgramme } from "./support/instance.ts"

const allocated = (result: MatchingResult) =>
  result.allocations
    .filter((a) => a.kind === "allocation")
    .map((a) => [a.need_id, a.programme_id, a.usd_allocated] as const)

const fileOf = (result: MatchingResult, name: string): string => {
  const file = matchingOutputs(result).find((f) => f.file === name)
  if (file === undefined) throw new Error(`no ${name}`)
  return String(file.content)
}

describe("computeMatching: optimum against the greedy baseline", () => {
  // Two needs of the same priority and size; P1 may fund both, P2 only the Afghan one. The greedy baseline
  // serves needs in id order and takes programmes in id order, so AFG empties P1 and BRA gets nothing. The
  // optimum (by hand): AFG ← P2 100,000, BRA ← P1 100,000 — both met, USD 200,000, weighted 400,000.
  const afghanistan = makeNeed({ iso3: "AFG", source_line: 2, amount: 100_000 })
  const brazil = makeNeed({ iso3: "BRA", source_line: 3, amount: 100_000 })
  const p1 = makeProgramme({ programme_id: "P1", budget_usd: 100_000 })
  const p2 = makeProgramme({ programme_id: "P2", budget_usd: 100_000, eligible: [m49EligibleArea("142")!] })
  const input = { needs: [afghanistan, brazil], programmes: [p1, p2], answers: [] }

  it("covers the need greedy leaves unmet", async () => {
    const result = await computeMatching(input)
    expect(allocated(result)).toEqual([
      [afghanistan.need_id, "P2", 100_000],
      [brazil.need_id, "P1", 100_000]
    ])
    expect(result.summary.optimum).toMatchObject({
      matched_usd: 200_000,
      priority_weighted_usd: 400_000,
      needs_fully_met: 2
    })
    expect(result.summary.greedy).toMatchObject({
      matched_usd: 100_000,
      priority_weighted_usd: 200_000,
      needs_fully_met: 1
    })
    expect(result.summary.optimum_minus_greedy).toEqual({ usd: 100_000, priority_weighted_usd: 200_000 })
    expect(result.outcomes.map((o) => o.greedy_usd)).toEqual([100_000, 0])
  })

  it("puts money on the higher priority when budgets are short", async () => {
    const urgent = makeNeed({ iso3: "AFG", source_line: 2, amount: 80_000, priority: 1 })
    const later = makeNeed({ iso3: "PAK", source_line: 3, amount: 80_000, priority: 3 })
    const result = await computeMatching({
      needs: [later, urgent],
      programmes: [makeProgramme({ budget_usd: 100_000 })],
      answers: []
    })
    const byNeed = new Map(result.outcomes.map((o) => [o.need.iso3, o]))
    expect(byNeed.get("AFG")!.matched_usd).toBe(80_000)
    expect(byNeed.get("PAK")!).toMatchObject({
      matched_usd: 20_000,
      unmet_usd: 60_000,
      status: "budgets_exhausted"
    })
  })

  it("respects max_grant, committed money and partial funding", async () => {
    const big = makeNeed({ amount: 500_000 })
    const capped = makeProgramme({
      programme_id: "CAP",
      budget_usd: 1_000_000,
      committed_usd: 900_000,
      available_usd: 100_000,
      max_grant_usd: 60_000
    })
    const result = await computeMatching({ needs: [big], programmes: [capped], answers: [] })
    expect(allocated(result)).toEqual([[big.need_id, "CAP", 60_000]])
    expect(result.outcomes[0]!.explanation).toContain("maximum grant")
  })

  it("never gives a grant below a programme's minimum grant", async () => {
    // 30,000 is left after the first need; the second need may not take 30,000 from a 50,000-floor programme.
    const first = makeNeed({ iso3: "AFG", source_line: 2, amount: 70_000, priority: 1 })
    const second = makeNeed({ iso3: "PAK", source_line: 3, amount: 90_000, priority: 3 })
    const floored = makeProgramme({ programme_id: "FLOOR", budget_usd: 100_000, min_grant_usd: 50_000 })
    const result = await computeMatching({ needs: [first, second], programmes: [floored], answers: [] })
    for (const a of result.allocations.filter((x) => x.kind === "allocation"))
      expect(a.usd_allocated!).toBeGreaterThanOrEqual(50_000)
    expect(result.outcomes[1]!.explanation).toContain("minimum grant")
  })

  it("matches needs without an amount as suggestions only, under 'not specified'", async () => {
    const unpriced = makeNeed({ amount: null })
    const result = await computeMatching({ needs: [unpriced], programmes: [makeProgramme()], answers: [] })
    expect(result.allocations).toHaveLength(1)
    expect(result.allocations[0]).toMatchObject({
      kind: "suggestion",
      usd_allocated: null,
      requested_usd: null
    })
    expect(result.outcomes[0]).toMatchObject({
      status: "not_specified",
      requirement_usd: null,
      unmet_usd: null
    })
    expect(result.summary.optimum.matched_usd).toBe(0)
    const csv = fileOf(result, "matching/needs_vs_resources.csv")
    expect(csv).toContain("total,all,All needs,0,1,,,,,")
    expect(csv).toContain("region,not_specified,Not specified (needs with no amount),0,1,,,,,")
  })

  it("explains every need that is not fully met", async () => {
    const needs = [
      makeNeed({ iso3: "AFG", source_line: 2, amount: 300_000 }),
      makeNeed({ iso3: "FRA", source_line: 3, element_id: "III.C.iv", amount: 10_000 }),
      makeNeed({ iso3: "PAK", source_line: 4, amount: null })
    ]
    const programmes = [
      makeProgramme({ budget_usd: 100_000 }),
      makeProgramme({ programme_id: "P9", elements: ["III.A"], status: "closed" })
    ]
    const result = await computeMatching({ needs, programmes, answers: [] })
    const unmet = result.outcomes.filter((o) => o.status !== "met")
    expect(unmet.map((o) => o.status)).toEqual([
      "budgets_exhausted",
      "no_eligible_programme",
      "not_specified"
    ])
    for (const outcome of unmet) expect(outcome.explanation.length).toBeGreaterThan(40)
    const france = unmet[1]!
    expect(france.nearest_programmes).toEqual(["P1"])
    expect(france.failed_constraints).toEqual(["thematic"])
    expect(france.explanation).toContain("P1 fails thematic")
    const rows = fileOf(result, "matching/unmet_needs.csv").trim().split("\r\n")
    expect(rows).toHaveLength(1 + unmet.length)
  })

  it("gives the same allocations CSV for the same input, in any order, every time", async () => {
    const needs = Array.from({ length: 12 }, (_, i) =>
      makeNeed({
        iso3: ["AFG", "PAK", "IND", "BRA"][i % 4]!,
        source_line: i + 2,
        amount: 40_000 + 10_000 * (i % 3),
        priority: ((i % 3) + 1) as 1 | 2 | 3
      })
    )
    const programmes = [
      makeProgramme({ programme_id: "A", budget_usd: 150_000 }),
      makeProgramme({ programme_id: "B", budget_usd: 150_000, eligible: [m49EligibleArea("142")!] }),
      makeProgramme({ programme_id: "C", budget_usd: 90_000, max_grant_usd: 30_000 })
    ]
    const once = fileOf(await computeMatching({ needs, programmes, answers: [] }), "matching/allocations.csv")
    const again = fileOf(
      await computeMatching({ needs, programmes, answers: [] }),
      "matching/allocations.csv"
    )
    const shuffled = fileOf(
      await computeMatching({
        needs: [...needs].reverse(),
        programmes: [...programmes].reverse(),
        answers: []
      }),
      "matching/allocations.csv"
    )
    expect(again).toBe(once)
    expect(shuffled).toBe(once)
  })
})
