import { cents } from "./money.ts"
import type { EligiblePair } from "./eligible-pairs.ts"
import type { Need } from "./need.ts"
import type { Programme } from "./programme.ts"
import { type GeographicMatch, PRIORITY_WEIGHT } from "./vocabularies.ts"

/**
 * The allocation problem in whole cents: what each need asks, what each programme has left (budget −
 * committed), each programme's per-need cap, and the eligible pairs that can carry money. Both the LP
 * and the greedy baseline read it, so they solve exactly the same problem.
 */
export interface AllocationProblem {
  readonly needs: ReadonlyArray<Need>
  readonly programmes: ReadonlyArray<Programme>
  readonly pairs: ReadonlyArray<EligiblePair>
  /** per need: the USD amount in cents, 0 when not specified */
  readonly needCents: Float64Array
  /** per programme: budget − committed in cents, 0 when the budget is not specified */
  readonly availableCents: Float64Array
  /** per programme: max_grant in cents, Infinity when there is none */
  readonly capCents: Float64Array
  /** per programme: min_grant in cents, 0 when there is none */
  readonly floorCents: Float64Array
  /** per pair: whether money may flow through it (a stated need, money left, a cap above zero) */
  readonly fundable: Uint8Array
}

export const allocationProblemOf = (
  needs: ReadonlyArray<Need>,
  programmes: ReadonlyArray<Programme>,
  pairs: ReadonlyArray<EligiblePair>
): AllocationProblem => {
  const needCents = Float64Array.from(needs, (n) => (n.usd_amount === null ? 0 : cents(n.usd_amount)))
  const availableCents = Float64Array.from(programmes, (p) =>
    p.available_usd === null ? 0 : cents(p.available_usd)
  )
  const capCents = Float64Array.from(programmes, (p) =>
    p.max_grant_usd === null ? Infinity : cents(p.max_grant_usd)
  )
  const floorCents = Float64Array.from(programmes, (p) =>
    p.min_grant_usd === null ? 0 : cents(p.min_grant_usd)
  )
  const fundable = Uint8Array.from(pairs, (pair) =>
    needCents[pair.need]! > 0 && availableCents[pair.programme]! > 0 && capCents[pair.programme]! > 0 ? 1 : 0
  )
  return { needs, programmes, pairs, needCents, availableCents, capCents, floorCents, fundable }
}

// Tie-breaks, per USD, far below the 1-point steps between priority weights (issue 4): they choose among
// allocations that cover the same priority-weighted need, and can cost at most 0.007 % of it.
const EXACT_THEME = 4e-5
const GEOGRAPHY: Readonly<Record<GeographicMatch, number>> = {
  state: 3e-5,
  intermediate_region: 2.5e-5,
  sub_region: 2e-5,
  region: 1e-5,
  world: 0
}

/**
 * The objective weight of a USD through each pair: the need's priority weight (1 → 3, 2 → 2, 3 → 1), plus
 * two small preferences — a programme on exactly the need's element over one on a heading above it, and a
 * programme aimed at the State or its region over one open to the world (which keeps broad money for needs
 * nobody else can meet). These take few distinct values on purpose: a distinct ε for every need or pair
 * doubled the simplex iterations on 5,000 × 200 (tests/matching/bench-allocation.ts). Ties that remain are
 * settled by HiGHS, which is deterministic for the same model, and the model is built from needs in input
 * order and programmes in id order, so the same input always gives the same allocation.
 */
export const pairWeights = (problem: AllocationProblem): Float64Array =>
  Float64Array.from(
    problem.pairs,
    (pair) =>
      PRIORITY_WEIGHT[problem.needs[pair.need]!.priority] +
      (pair.thematic === "exact" ? EXACT_THEME : 0) +
      GEOGRAPHY[pair.geographic]
  )

export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
