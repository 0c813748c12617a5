import type { ModelData, SparseMatrix } from "highs"
import type { AllocationProblem } from "./allocation-problem.ts"

/**
 * The allocation LP (issue 4), for HiGHS:
 *
 *   maximise   Σ w_np · x_np                     (priority weight + tie-breaks, allocation-problem.ts)
 *   subject to Σ_p x_np ≤ need_n                 (no need is over-funded)
 *              Σ_n x_np ≤ budget_p − committed_p (no programme spends more than it has left)
 *              0 ≤ x_np ≤ max_grant_p            (the per-need cap; partial funding allowed)
 *
 * over the eligible pairs that can carry money. Each column has exactly two non-zeros (its need's row and
 * its programme's row), so the model is passed as sparse columns rather than CPLEX LP text: nothing to
 * print or parse, and columns keep a known order for reading the solution and changing bounds. Amounts
 * are in thousands of USD so the numbers the solver sees stay near 1–10⁵ (its tolerances are absolute; a
 * cent becomes 10⁻⁵).
 */

export const KUSD_PER_CENT = 1e-5

export interface AllocationRows {
  /** the row of each need / programme, -1 when it has no pair that can carry money */
  readonly needRow: Int32Array
  readonly programmeRow: Int32Array
  readonly rowUpper: Float64Array
}

/** The tightest single-pair bound: the cap, the need and the programme's money, in cents. */
export const pairUpperCents = (problem: AllocationProblem, k: number): number => {
  const pair = problem.pairs[k]!
  return Math.min(
    problem.capCents[pair.programme]!,
    problem.needCents[pair.need]!,
    problem.availableCents[pair.programme]!
  )
}

export const allocationRows = (problem: AllocationProblem): AllocationRows => {
  const needRow = new Int32Array(problem.needs.length).fill(-1)
  const programmeRow = new Int32Array(problem.programmes.length).fill(-1)
  const rowUpper: Array<number> = []
  problem.pairs.forEach((pair, k) => {
    if (problem.fundable[k] === 0) return
    if (needRow[pair.need] === -1) {
      needRow[pair.need] = rowUpper.length
      rowUpper.push(problem.needCents[pair.need]! * KUSD_PER_CENT)
    }
    if (programmeRow[pair.programme] === -1) {
      programmeRow[pair.programme] = rowUpper.length
      rowUpper.push(problem.availableCents[pair.programme]! * KUSD_PER_CENT)
    }
  })
  return { needRow, programmeRow, rowUpper: Float64Array.from(rowUpper) }
}

export interface AllocationColumns {
  readonly cost: Float64Array
  readonly lower: Float64Array
  readonly upper: Float64Array
  readonly matrix: SparseMatrix
}

/** The columns of some pairs, in the order given, as HiGHS takes them. */
export const allocationColumns = (
  problem: AllocationProblem,
  rows: AllocationRows,
  weights: Float64Array,
  pairs: ReadonlyArray<number>
): AllocationColumns => {
  const count = pairs.length
  const cost = new Float64Array(count)
  const upper = new Float64Array(count)
  const starts = new Int32Array(count + 1)
  const indices = new Int32Array(2 * count)
  pairs.forEach((k, j) => {
    const pair = problem.pairs[k]!
    cost[j] = weights[k]!
    upper[j] = pairUpperCents(problem, k) * KUSD_PER_CENT
    starts[j + 1] = 2 * (j + 1)
    // Row indices ascending within a column, as CSC expects.
    const a = rows.needRow[pair.need]!
    const b = rows.programmeRow[pair.programme]!
    indices[2 * j] = Math.min(a, b)
    indices[2 * j + 1] = Math.max(a, b)
  })
  const numRows = rows.rowUpper.length
  const values = new Float64Array(2 * count).fill(1)
  return {
    cost,
    lower: new Float64Array(count),
    upper,
    matrix: { format: "csc", numRows, numCols: count, starts, indices, values }
  }
}

/** A model with every row and the given columns. */
export const allocationModelData = (
  rows: AllocationRows,
  columns: AllocationColumns
): Omit<ModelData, "sense"> => ({
  numCols: columns.cost.length,
  numRows: rows.rowUpper.length,
  colCost: columns.cost,
  colLower: columns.lower,
  colUpper: columns.upper,
  rowLower: new Float64Array(rows.rowUpper.length),
  rowUpper: rows.rowUpper,
  matrix: columns.matrix
})

/** Every pair that can carry money, in pair order: the LP's columns. */
export const fundablePairs = (problem: AllocationProblem): Array<number> => {
  const pairs: Array<number> = []
  problem.fundable.forEach((f, k) => {
    if (f === 1) pairs.push(k)
  })
  return pairs
}
