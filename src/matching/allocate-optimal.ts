import highsModule from "highs"
import { allocateGreedily } from "./allocate-greedy.ts"
import {
  allocationColumns,
  allocationModelData,
  allocationRows,
  fundablePairs,
  KUSD_PER_CENT
} from "./allocation-model.ts"
import { type AllocationProblem, pairWeights } from "./allocation-problem.ts"
import { belowFloor, floorStateOf, repairFloors } from "./grant-floors.ts"
import { allocationViolations, roundToCents } from "./round-allocation.ts"
import { topUp } from "./top-up.ts"

// highs ships CommonJS types for an ES module default export: TypeScript (NodeNext) sees the function under
// `.default`, while Node's ESM loader gives the function itself. Take whichever is there.
type HighsLoader = typeof import("highs").default
type Highs = Awaited<ReturnType<HighsLoader>>
const highsLoader: HighsLoader =
  (highsModule as unknown as { readonly default?: HighsLoader }).default ??
  (highsModule as unknown as HighsLoader)

// The WASM module loads once per process; each allocation gets its own native model, disposed after.
let highs: Promise<Highs> | undefined
const loadHighs = (): Promise<Highs> => {
  highs ??= highsLoader()
  return highs
}

export interface OptimalAllocation {
  /** whole cents per eligible pair (same order as problem.pairs) */
  readonly cents: Float64Array
  /** pairs withdrawn because their grant would have been below the programme's minimum grant */
  readonly belowFloor: Uint8Array
  /** "Optimal", "Optimal with minimum grants repaired", "Greedy (better after minimum grants)" or "Empty" */
  readonly status: string
  readonly solveMs: number
  readonly variables: number
  readonly constraints: number
  /** HiGHS runs: 1, plus one warm re-solve per round of minimum-grant repairs */
  readonly solves: number
}

const FLOOR_ROUNDS = 3

const objectiveOf = (weights: Float64Array, cents: Float64Array): number =>
  cents.reduce((sum, amount, k) => sum + amount * weights[k]!, 0)

/**
 * The optimal allocation (issue 4): the LP of allocation-model.ts solved by HiGHS, rounded to cents and
 * verified. Minimum grants are then repaired as grant-floors.ts describes, with a warm re-solve per
 * round; grants still below a floor after the last round are withdrawn and the freed money offered again
 * (top-up.ts). Repairs can in rare cases end below the greedy baseline, which honours floors by
 * construction; then the greedy allocation is the answer and the status says so.
 */
export const allocateOptimally = async (problem: AllocationProblem): Promise<OptimalAllocation> => {
  const started = performance.now()
  const weights = pairWeights(problem)
  const rows = allocationRows(problem)
  const floors = floorStateOf(problem)
  const columns = fundablePairs(problem)
  let runs = 0
  const result = (
    cents: Float64Array,
    status: string,
    withdrawn = floors.decided.map((d, k) => (d === 2 && cents[k] === 0 ? 1 : 0))
  ): OptimalAllocation => {
    const violations = allocationViolations(problem, cents)
    if (violations.length > 0)
      throw new Error(`the optimal allocation breaks its constraints: ${violations.slice(0, 5).join("; ")}`)
    const solveMs = Math.round(performance.now() - started)
    return {
      cents,
      belowFloor: withdrawn,
      status,
      solveMs,
      variables: columns.length,
      constraints: rows.rowUpper.length,
      solves: runs
    }
  }
  if (columns.length === 0) return result(new Float64Array(problem.pairs.length), "Empty")

  const solver = await loadHighs()
  const model = solver.createModel({
    ...allocationModelData(rows, allocationColumns(problem, rows, weights, columns)),
    sense: solver.constants.objectiveSense.maximize
  })
  const columnOf = new Int32Array(problem.pairs.length).fill(-1)
  columns.forEach((k, j) => {
    columnOf[k] = j
  })
  const solve = (): Float64Array => {
    model.run()
    runs++
    const status = model.getModelStatus()
    if (status !== solver.constants.modelStatus.optimal) {
      throw new Error(`the allocation LP was not solved to optimality (HiGHS model status ${status})`)
    }
    return model.getSolution().colValue
  }

  let amounts: Float64Array = new Float64Array(problem.pairs.length)
  try {
    // Every column has two non-zeros and every row is a plain sum: presolve finds little to remove, and
    // skipping it made the 5,000 × 200 solve about a third faster (tests/matching/bench-allocation.ts).
    model.options.set({ output_flag: false, presolve: "off" })
    for (let round = 0; ; round++) {
      const values = solve()
      const raw = new Float64Array(problem.pairs.length)
      columns.forEach((k, j) => {
        raw[k] = values[j]! / KUSD_PER_CENT
      })
      amounts = roundToCents(problem, raw)
      if (round === FLOOR_ROUNDS) break
      const bounds = repairFloors(problem, amounts, floors)
      if (bounds.length === 0) break
      for (const b of bounds)
        model.changeColBounds(columnOf[b.pair]!, b.lower * KUSD_PER_CENT, b.upper * KUSD_PER_CENT)
    }
  } finally {
    model.dispose()
  }
  const low = belowFloor(problem, amounts)
  if (low.length === 0 && floors.decided.every((d) => d === 0)) return result(amounts, "Optimal")
  // After the last round, grants still under a floor are withdrawn (lowering amounts keeps every limit)
  // and the money they held is offered again.
  for (const k of low) {
    amounts[k] = 0
    floors.decided[k] = 2
  }
  amounts = topUp(problem, amounts, weights)
  const greedy = allocateGreedily(problem)
  if (objectiveOf(weights, greedy) > objectiveOf(weights, amounts)) {
    return result(greedy, "Greedy (better after minimum grants)", new Uint8Array(problem.pairs.length))
  }
  return result(amounts, "Optimal with minimum grants repaired")
}
