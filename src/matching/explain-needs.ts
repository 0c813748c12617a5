import { type ConstraintFailure, eligibilityOf, failureCountOf } from "./eligibility.ts"
import type { EligiblePair } from "./eligible-pairs.ts"
import type { NeedOutcome } from "./matching-result.ts"
import { formatUsd, roundCents } from "./money.ts"
import type { Need } from "./need.ts"
import type { Programme } from "./programme.ts"
import type { ReportingRecord } from "./reporting-record.ts"
import { type Constraint, CONSTRAINTS } from "./vocabularies.ts"

export interface OutcomeInputs {
  readonly needs: ReadonlyArray<Need>
  readonly programmes: ReadonlyArray<Programme>
  readonly pairs: ReadonlyArray<EligiblePair>
  /** whole cents per pair */
  readonly optimal: Float64Array
  readonly greedy: Float64Array
  readonly belowFloor: Uint8Array
  /** per programme: cents left after the optimal allocation (0 when no amount is stated) */
  readonly remainingCents: Float64Array
  readonly suggested: ReadonlyMap<number, ReadonlyArray<EligiblePair>>
  readonly reporting: ReportingRecord
}

const NEAREST_SHOWN = 3

interface Nearest {
  readonly ids: ReadonlyArray<string>
  readonly constraints: ReadonlyArray<Constraint>
  readonly sentence: string
}

const failuresSentence = (failures: ReadonlyArray<ConstraintFailure>): string =>
  failures.map((f) => `${f.constraint} (it ${f.reason})`).join(", ")

/**
 * For a need no programme may fund: the programmes that fail the fewest constraints, and what they fail —
 * the change that would make the need fundable is there to read (issue 4, matching/unmet_needs.csv).
 */
const nearestProgrammes = (
  need: Need,
  programmes: ReadonlyArray<Programme>,
  reporting: ReportingRecord
): Nearest => {
  if (programmes.length === 0)
    return { ids: [], constraints: [], sentence: "the inputs hold no programmes or offers" }
  // Failures are counted for every programme but written out only for the few shown.
  const counts = programmes.map((programme) => failureCountOf(need, programme, reporting))
  const fewest = Math.min(...counts)
  const tied = programmes.filter((_, p) => counts[p] === fewest)
  const nearest = tied.slice(0, NEAREST_SHOWN).map((programme) => ({
    programme,
    failures: eligibilityOf(need, programme, reporting).failures
  }))
  const failed = new Set(nearest.flatMap((c) => c.failures.map((f) => f.constraint)))
  const more = tied.length - nearest.length
  return {
    ids: nearest.map((c) => c.programme.programme_id),
    constraints: CONSTRAINTS.filter((c) => failed.has(c)),
    sentence:
      `nearest ${fewest === 1 ? "(failing one constraint)" : `(failing ${fewest} constraints)`}: ` +
      nearest.map((c) => `${c.programme.programme_id} fails ${failuresSentence(c.failures)}`).join("; ") +
      (more > 0 ? `; and ${more} more as near` : "")
  }
}

/** Why one eligible programme gives a need no more than it did. */
const whyNoMore = (inputs: OutcomeInputs, k: number): string => {
  const pair = inputs.pairs[k]!
  const programme = inputs.programmes[pair.programme]!
  const id = programme.programme_id
  if (programme.available_usd === null) return `${id} states no amount (follow up with the offering State)`
  const left = inputs.remainingCents[pair.programme]! / 100
  const floor = programme.min_grant_usd
  if (inputs.belowFloor[k] === 1 && floor !== null) {
    return `${id} would give less than its minimum grant of ${formatUsd(floor)} (${formatUsd(left)} left)`
  }
  const cap = programme.max_grant_usd
  if (cap !== null && inputs.optimal[k]! >= Math.round(cap * 100))
    return `${id} gave its maximum grant of ${formatUsd(cap)}`
  if (left < 0.01)
    return `${id} has nothing left (all ${formatUsd(programme.available_usd)} it had is allocated)`
  if (floor !== null && left < floor)
    return `${id} has ${formatUsd(left)} left, less than its minimum grant of ${formatUsd(floor)}`
  return `${id} has ${formatUsd(left)} left`
}

const centsSum = (amounts: Float64Array, ks: ReadonlyArray<number>): number =>
  ks.reduce((sum, k) => sum + amounts[k]!, 0)

/** One outcome per need, in the order of `needs`. */
export const needOutcomes = (inputs: OutcomeInputs): ReadonlyArray<NeedOutcome> => {
  const pairsOfNeed = inputs.needs.map((): Array<number> => [])
  inputs.pairs.forEach((pair, k) => {
    pairsOfNeed[pair.need]!.push(k)
  })
  return inputs.needs.map((need, n): NeedOutcome => {
    const ks = pairsOfNeed[n]!
    const eligible = ks.map((k) => inputs.programmes[inputs.pairs[k]!.programme]!.programme_id)
    const matched = centsSum(inputs.optimal, ks) / 100
    const base = {
      need,
      requirement_usd: need.usd_amount,
      matched_usd: matched,
      greedy_usd: centsSum(inputs.greedy, ks) / 100,
      eligible_programmes: eligible,
      nearest_programmes: [] as ReadonlyArray<string>,
      failed_constraints: [] as ReadonlyArray<Constraint>
    }
    if (need.usd_amount === null) {
      if (ks.length === 0) {
        const nearest = nearestProgrammes(need, inputs.programmes, inputs.reporting)
        return {
          ...base,
          unmet_usd: null,
          status: "not_specified",
          nearest_programmes: nearest.ids,
          failed_constraints: nearest.constraints,
          explanation: `No amount is stated, so none is allocated; no programme is eligible — ${nearest.sentence}.`
        }
      }
      const suggested = (inputs.suggested.get(n) ?? []).map(
        (pair) => inputs.programmes[pair.programme]!.programme_id
      )
      return {
        ...base,
        unmet_usd: null,
        status: "not_specified",
        explanation:
          `No amount is stated, so none is allocated; ${ks.length} eligible programme${ks.length === 1 ? "" : "s"}, ` +
          `suggested: ${suggested.join(", ")}.`
      }
    }
    const unmet = roundCents(need.usd_amount - matched)
    if (unmet < 0.01) {
      const funders = ks.filter((k) => inputs.optimal[k]! > 0)
      const parts = funders.map(
        (k) =>
          `${inputs.programmes[inputs.pairs[k]!.programme]!.programme_id} (${formatUsd(inputs.optimal[k]! / 100)})`
      )
      return { ...base, unmet_usd: 0, status: "met", explanation: `Fully met by ${parts.join(", ")}.` }
    }
    const shortfall = `${formatUsd(unmet)} of the ${formatUsd(need.usd_amount)} asked is unmet`
    if (ks.length === 0) {
      const nearest = nearestProgrammes(need, inputs.programmes, inputs.reporting)
      return {
        ...base,
        unmet_usd: unmet,
        status: "no_eligible_programme",
        nearest_programmes: nearest.ids,
        failed_constraints: nearest.constraints,
        explanation: `No programme is eligible, so ${shortfall}; ${nearest.sentence}.`
      }
    }
    return {
      ...base,
      unmet_usd: unmet,
      status: "budgets_exhausted",
      explanation: `${shortfall}: every eligible programme is used up for it — ${ks.map((k) => whyNoMore(inputs, k)).join("; ")}.`
    }
  })
}
