import type { Need } from "./need.ts"
import type { Programme } from "./programme.ts"
import type { Constraint, GeographicMatch, ThematicMatch, UnmetStatus } from "./vocabularies.ts"

/** One row of matching/allocations.csv: money given (optimum) or, for a need with no amount, a suggestion. */
export interface AllocationRow {
  readonly kind: "allocation" | "suggestion"
  readonly need_id: string
  readonly iso3: string
  readonly state_name: string
  readonly element_id: string
  readonly priority: number
  readonly programme_id: string
  readonly fund: string
  readonly donor: string
  readonly requested_usd: number | null
  /** null for a suggestion: a need without an amount is never given one */
  readonly usd_allocated: number | null
  readonly priority_weight: number
  readonly thematic_match: ThematicMatch
  readonly geographic_match: GeographicMatch
  /** the objective weight per USD beyond the priority weight (allocation-problem.ts tie-breaks) */
  readonly tie_break: number
  readonly why: string
}

/** What happened to one need. */
export interface NeedOutcome {
  readonly need: Need
  readonly requirement_usd: number | null
  readonly matched_usd: number
  readonly greedy_usd: number
  readonly unmet_usd: number | null
  /** "met" when fully funded; else why not */
  readonly status: "met" | UnmetStatus
  readonly eligible_programmes: ReadonlyArray<string>
  /** for a need no programme may fund: the programmes failing the fewest constraints */
  readonly nearest_programmes: ReadonlyArray<string>
  /** the constraints the nearest programmes fail */
  readonly failed_constraints: ReadonlyArray<Constraint>
  readonly explanation: string
}

/** How much of a programme the allocation used. */
export interface ProgrammeUse {
  readonly programme: Programme
  readonly allocated_usd: number
  /** available − allocated; null when the budget is not specified (an offer without an amount) */
  readonly remaining_usd: number | null
  readonly needs_eligible: number
  readonly needs_funded: number
  readonly needs_suggested: number
}

export interface CoverageTotals {
  readonly matched_usd: number
  /** Σ priority weight × USD covered: what the LP maximises */
  readonly priority_weighted_usd: number
  readonly coverage_pct: number | null
  readonly needs_fully_met: number
  readonly needs_partly_met: number
}

export interface MatchingSummary {
  readonly needs: {
    readonly total: number
    readonly with_amount: number
    readonly not_specified: number
    readonly fully_met: number
    readonly partly_met: number
    readonly no_eligible_programme: number
    readonly budgets_exhausted: number
  }
  readonly programmes: {
    readonly total: number
    readonly donor_programmes: number
    readonly offers: number
    readonly closed: number
    readonly without_amount: number
  }
  readonly eligible_pairs: number
  readonly requirements_usd: number
  readonly available_usd: number
  readonly optimum: CoverageTotals
  readonly greedy: CoverageTotals
  readonly optimum_minus_greedy: { readonly usd: number; readonly priority_weighted_usd: number }
  readonly lp: {
    readonly solver: string
    readonly status: string
    readonly variables: number
    readonly constraints: number
    readonly solves: number
    readonly solve_ms: number
  }
  /** the rates the amounts were converted with: currency, USD per unit, date */
  readonly rates_used: ReadonlyArray<{
    readonly currency: string
    readonly usd_per_unit: number
    readonly as_of: string
  }>
  /** the currencies rates.csv has a rate for (USD always) */
  readonly currencies_with_rates: ReadonlyArray<string>
}

export interface MatchingResult {
  /** in input order (file, line) */
  readonly needs: ReadonlyArray<Need>
  /** by programme id; offers included */
  readonly programmes: ReadonlyArray<Programme>
  /** allocations (need order, then programme id), then suggestions */
  readonly allocations: ReadonlyArray<AllocationRow>
  readonly outcomes: ReadonlyArray<NeedOutcome>
  readonly programmeUse: ReadonlyArray<ProgrammeUse>
  readonly summary: MatchingSummary
}
