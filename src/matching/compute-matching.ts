import type { AnswerRow } from "../normalise/answer-row.ts"
import { allocateGreedily } from "./allocate-greedy.ts"
import { allocateOptimally } from "./allocate-optimal.ts"
import {
  type AllocationProblem,
  allocationProblemOf,
  compareText,
  pairWeights
} from "./allocation-problem.ts"
import { type EligiblePair, eligiblePairs } from "./eligible-pairs.ts"
import { allocationWhy, suggestionsFor, suggestionWhy } from "./explain-allocation.ts"
import { needOutcomes } from "./explain-needs.ts"
import type {
  AllocationRow,
  CoverageTotals,
  MatchingResult,
  MatchingSummary,
  NeedOutcome,
  ProgrammeUse
} from "./matching-result.ts"
import { roundCents, wholePercent } from "./money.ts"
import type { Need } from "./need.ts"
import type { Programme } from "./programme.ts"
import type { RateTable } from "./rates.ts"
import { reportingRecordOf } from "./reporting-record.ts"
import { PRIORITY_WEIGHT } from "./vocabularies.ts"

export interface MatchingInput {
  /** needs in USD (convertAssistanceFiles) */
  readonly needs: ReadonlyArray<Need>
  /** programmes in USD and State offers (convertProgrammeFiles, convertAssistanceFiles) */
  readonly programmes: ReadonlyArray<Programme>
  /** the run's rates, for the summary (amounts arrive converted) */
  readonly rates?: RateTable
  /** the current national-report answers (after revisions), for `requires_report` */
  readonly answers: Iterable<Pick<AnswerRow, "iso3" | "cycle">>
}

const byInputOrder = (a: Need, b: Need): number =>
  compareText(a.source_file, b.source_file) ||
  a.source_line - b.source_line ||
  compareText(a.need_id, b.need_id)

const totals = (
  problem: AllocationProblem,
  outcomes: ReadonlyArray<NeedOutcome>,
  cents: Float64Array,
  key: "matched_usd" | "greedy_usd"
): CoverageTotals => {
  let matched = 0
  let weighted = 0
  problem.pairs.forEach((pair, k) => {
    matched += cents[k]!
    weighted += cents[k]! * PRIORITY_WEIGHT[problem.needs[pair.need]!.priority]
  })
  const stated = outcomes.filter((o) => o.requirement_usd !== null)
  const requirements = stated.reduce((sum, o) => sum + o.requirement_usd!, 0)
  return {
    matched_usd: roundCents(matched / 100),
    priority_weighted_usd: roundCents(weighted / 100),
    coverage_pct: wholePercent(matched / 100, requirements),
    needs_fully_met: stated.filter((o) => o.requirement_usd! - o[key] < 0.005).length,
    needs_partly_met: stated.filter((o) => o[key] > 0 && o.requirement_usd! - o[key] >= 0.005).length
  }
}

const ratesUsed = (
  needs: ReadonlyArray<Need>,
  programmes: ReadonlyArray<Programme>
): MatchingSummary["rates_used"] => {
  const seen = new Map<string, { currency: string; usd_per_unit: number; as_of: string }>()
  const add = (currency: string, usd: number | null, asOf: string) => {
    if (usd === null || currency === "USD") return
    seen.set(`${currency} ${asOf}`, { currency, usd_per_unit: usd, as_of: asOf })
  }
  for (const n of needs) if (n.usd_amount !== null) add(n.currency, n.usd_per_unit, n.rate_as_of)
  for (const p of programmes) if (p.budget_usd !== null) add(p.currency, p.usd_per_unit, p.rate_as_of)
  return [...seen.values()].sort(
    (a, b) => compareText(a.currency, b.currency) || compareText(a.as_of, b.as_of)
  )
}

/**
 * Matching needs to programmes (issue 4), the one entry point the pipeline calls: eligibility of every
 * pair, the optimal LP allocation beside the greedy baseline, and the explanations behind the outputs.
 * Pure apart from the solver's clock (summary.lp.solve_ms); the same input gives the same allocation.
 */
export const computeMatching = async (input: MatchingInput): Promise<MatchingResult> => {
  const needs = [...input.needs].sort(byInputOrder)
  const programmes = [...input.programmes].sort((a, b) => compareText(a.programme_id, b.programme_id))
  const reporting = reportingRecordOf(input.answers)
  const pairs = eligiblePairs(needs, programmes, reporting)
  const problem = allocationProblemOf(needs, programmes, pairs)
  const optimal = await allocateOptimally(problem)
  const greedy = allocateGreedily(problem)
  const weights = pairWeights(problem)

  const allocatedCents = new Float64Array(programmes.length)
  pairs.forEach((pair, k) => {
    allocatedCents[pair.programme] = allocatedCents[pair.programme]! + optimal.cents[k]!
  })
  const remainingCents = Float64Array.from(
    problem.availableCents,
    (available, p) => available - allocatedCents[p]!
  )
  const remainingUsd = programmes.map((p, i) => (p.available_usd === null ? null : remainingCents[i]! / 100))

  const pairsOfNeed = new Map<number, Array<EligiblePair>>()
  for (const pair of pairs) {
    const list = pairsOfNeed.get(pair.need)
    if (list === undefined) pairsOfNeed.set(pair.need, [pair])
    else list.push(pair)
  }
  const suggested = new Map<number, ReadonlyArray<EligiblePair>>()
  needs.forEach((need, n) => {
    if (need.usd_amount === null)
      suggested.set(n, suggestionsFor(pairsOfNeed.get(n) ?? [], programmes, remainingUsd))
  })

  const allocationRows: Array<AllocationRow> = []
  const row = (pair: EligiblePair, k: number, usd: number | null, why: string): AllocationRow => {
    const need = needs[pair.need]!
    const programme = programmes[pair.programme]!
    return {
      kind: usd === null ? "suggestion" : "allocation",
      need_id: need.need_id,
      iso3: need.iso3,
      state_name: need.state_name,
      element_id: need.element_id,
      priority: need.priority,
      programme_id: programme.programme_id,
      fund: programme.fund,
      donor: programme.donor,
      requested_usd: need.usd_amount,
      usd_allocated: usd,
      priority_weight: PRIORITY_WEIGHT[need.priority],
      thematic_match: pair.thematic,
      geographic_match: pair.geographic,
      tie_break: Number((weights[k]! - PRIORITY_WEIGHT[need.priority]).toFixed(8)),
      why
    }
  }
  pairs.forEach((pair, k) => {
    const cents = optimal.cents[k]!
    if (cents <= 0) return
    const usd = cents / 100
    allocationRows.push(
      row(pair, k, usd, allocationWhy(needs[pair.need]!, programmes[pair.programme]!, pair, usd))
    )
  })
  const pairIndex = new Map(pairs.map((pair, k) => [pair, k]))
  for (const [n, list] of suggested) {
    for (const pair of list)
      allocationRows.push(
        row(pair, pairIndex.get(pair)!, null, suggestionWhy(needs[n]!, programmes[pair.programme]!, pair))
      )
  }

  const outcomes = needOutcomes({
    needs,
    programmes,
    pairs,
    optimal: optimal.cents,
    greedy,
    belowFloor: optimal.belowFloor,
    remainingCents,
    suggested,
    reporting
  })

  const eligibleCount = new Int32Array(programmes.length)
  const fundedCount = new Int32Array(programmes.length)
  const suggestedCount = new Int32Array(programmes.length)
  pairs.forEach((pair, k) => {
    eligibleCount[pair.programme]!++
    if (optimal.cents[k]! > 0) fundedCount[pair.programme]!++
  })
  for (const list of suggested.values()) for (const pair of list) suggestedCount[pair.programme]!++
  const programmeUse: ReadonlyArray<ProgrammeUse> = programmes.map((programme, p) => ({
    programme,
    allocated_usd: allocatedCents[p]! / 100,
    remaining_usd: remainingUsd[p]!,
    needs_eligible: eligibleCount[p]!,
    needs_funded: fundedCount[p]!,
    needs_suggested: suggestedCount[p]!
  }))

  const optimum = totals(problem, outcomes, optimal.cents, "matched_usd")
  const baseline = totals(problem, outcomes, greedy, "greedy_usd")
  const count = (status: NeedOutcome["status"]) => outcomes.filter((o) => o.status === status).length
  const summary: MatchingSummary = {
    needs: {
      total: needs.length,
      with_amount: needs.filter((n) => n.usd_amount !== null).length,
      not_specified: count("not_specified"),
      fully_met: count("met"),
      partly_met: outcomes.filter((o) => o.status !== "met" && o.matched_usd > 0).length,
      no_eligible_programme: count("no_eligible_programme"),
      budgets_exhausted: count("budgets_exhausted")
    },
    programmes: {
      total: programmes.length,
      donor_programmes: programmes.filter((p) => p.origin !== "offer").length,
      offers: programmes.filter((p) => p.origin === "offer").length,
      closed: programmes.filter((p) => p.status === "closed").length,
      without_amount: programmes.filter((p) => p.budget_usd === null).length
    },
    eligible_pairs: pairs.length,
    requirements_usd: roundCents(needs.reduce((sum, n) => sum + (n.usd_amount ?? 0), 0)),
    available_usd: roundCents(
      programmes.reduce((sum, p) => sum + (p.status === "closed" ? 0 : (p.available_usd ?? 0)), 0)
    ),
    optimum,
    greedy: baseline,
    optimum_minus_greedy: {
      usd: roundCents(optimum.matched_usd - baseline.matched_usd),
      priority_weighted_usd: roundCents(optimum.priority_weighted_usd - baseline.priority_weighted_usd)
    },
    lp: {
      solver: "HiGHS (highs-js 1.15)",
      status: optimal.status,
      variables: optimal.variables,
      constraints: optimal.constraints,
      solves: optimal.solves,
      solve_ms: optimal.solveMs
    },
    rates_used: ratesUsed(needs, programmes),
    currencies_with_rates: [
      "USD",
      ...[...(input.rates?.byCurrency.keys() ?? [])].filter((c) => c !== "USD").sort()
    ]
  }
  return { needs, programmes, allocations: allocationRows, outcomes, programmeUse, summary }
}
