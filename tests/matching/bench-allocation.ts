/**
 * Timing by hand, not a test (issue 4: 5,000 needs × 200 programmes in under 5 s on 2 cores):
 *   npx tsx tests/matching/bench-allocation.ts [needs] [programmes] [seed]
 */
import { allocateGreedily } from "../../src/matching/allocate-greedy.ts"
import { allocateOptimally } from "../../src/matching/allocate-optimal.ts"
import { allocationProblemOf } from "../../src/matching/allocation-problem.ts"
import { eligiblePairs } from "../../src/matching/eligible-pairs.ts"
import { reportingRecordOf } from "../../src/matching/reporting-record.ts"
import { STATES } from "../../src/reference/states.ts"
import { generateInstance } from "./support/instance.ts"

const [needCount = 5000, programmeCount = 200, seed = 42] = process.argv.slice(2).map(Number)
const { needs, programmes } = generateInstance(seed, needCount, programmeCount)
const answers = STATES.filter((_, i) => i % 3 !== 0).map((s) => ({ iso3: s.iso3, cycle: 2018 }))

const t0 = performance.now()
const pairs = eligiblePairs(needs, programmes, reportingRecordOf(answers))
const t1 = performance.now()
const problem = allocationProblemOf(needs, programmes, pairs)
const optimal = await allocateOptimally(problem)
const t2 = performance.now()
const greedy = allocateGreedily(problem)
const t3 = performance.now()
const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / 100
console.log({
  needs: needs.length,
  programmes: programmes.length,
  eligiblePairs: pairs.length,
  lpVariables: optimal.variables,
  lpConstraints: optimal.constraints,
  solves: optimal.solves,
  pairsMs: Math.round(t1 - t0),
  optimalMs: Math.round(t2 - t1),
  greedyMs: Math.round(t3 - t2),
  optimalUsd: sum(optimal.cents),
  greedyUsd: sum(greedy)
})
