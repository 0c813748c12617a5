import type { AllocationProblem } from "./allocation-problem.ts"

/**
 * A programme's `min_grant` makes each grant either 0 or at least the floor: a semi-continuous variable,
 * which an LP cannot express. Solving it exactly as a MIP took 4–9 s on 5,000 × 200 (issue 4 allows 5 s in
 * all), so floors are repaired after the LP instead: each grant the LP put below its floor is either raised
 * to the floor (when the LP gave at least half of it, as in rounding a relaxation) or withdrawn, and the LP
 * is solved again from its previous basis with those bounds. Raised floors are reserved in their need's and
 * programme's rows as they are chosen, so the bounds never make the LP infeasible.
 */

export interface FloorBound {
  readonly pair: number
  /** lower and upper bound in cents: [floor, upper] to raise, [0, 0] to withdraw */
  readonly lower: number
  readonly upper: number
}

export interface FloorState {
  /** 1 = raised to its floor, 2 = withdrawn */
  readonly decided: Uint8Array
  /** cents reserved by raised floors, per need and per programme */
  readonly reservedByNeed: Float64Array
  readonly reservedByProgramme: Float64Array
}

export const floorStateOf = (problem: AllocationProblem): FloorState => ({
  decided: new Uint8Array(problem.pairs.length),
  reservedByNeed: new Float64Array(problem.needs.length),
  reservedByProgramme: new Float64Array(problem.programmes.length)
})

const pairUpper = (problem: AllocationProblem, k: number): number => {
  const pair = problem.pairs[k]!
  return Math.min(
    problem.capCents[pair.programme]!,
    problem.needCents[pair.need]!,
    problem.availableCents[pair.programme]!
  )
}

/** The pairs funded below their programme's floor in `amounts`. */
export const belowFloor = (problem: AllocationProblem, amounts: Float64Array): Array<number> => {
  const found: Array<number> = []
  problem.pairs.forEach((pair, k) => {
    if (amounts[k]! > 0 && amounts[k]! < problem.floorCents[pair.programme]!) found.push(k)
  })
  return found
}

/**
 * The new bounds for the pairs below their floor, largest grant first (ties: pair order), and the state
 * updated with them. A pair is raised only if its floor still fits in its need, its programme's money and
 * its own upper bound, beside the floors already raised.
 */
export const repairFloors = (
  problem: AllocationProblem,
  amounts: Float64Array,
  state: FloorState
): Array<FloorBound> => {
  const pending = belowFloor(problem, amounts)
    .filter((k) => state.decided[k] === 0)
    .sort((a, b) => amounts[b]! - amounts[a]! || a - b)
  const bounds: Array<FloorBound> = []
  for (const k of pending) {
    const { need, programme } = problem.pairs[k]!
    const floor = problem.floorCents[programme]!
    const upper = pairUpper(problem, k)
    const fits =
      amounts[k]! * 2 >= floor &&
      floor <= upper &&
      state.reservedByNeed[need]! + floor <= problem.needCents[need]! &&
      state.reservedByProgramme[programme]! + floor <= problem.availableCents[programme]!
    if (fits) {
      state.decided[k] = 1
      state.reservedByNeed[need] = state.reservedByNeed[need]! + floor
      state.reservedByProgramme[programme] = state.reservedByProgramme[programme]! + floor
      bounds.push({ pair: k, lower: floor, upper })
    } else {
      state.decided[k] = 2
      bounds.push({ pair: k, lower: 0, upper: 0 })
    }
  }
  return bounds
}
