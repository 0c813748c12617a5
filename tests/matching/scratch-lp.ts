import highsLoader from "highs"
import { buildAllocationLp } from "../../src/matching/allocation-lp.ts"
import { allocationProblemOf, pairWeights } from "../../src/matching/allocation-problem.ts"
import { eligiblePairs } from "../../src/matching/eligible-pairs.ts"
import { reportingRecordOf } from "../../src/matching/reporting-record.ts"
import { generateInstance } from "./support/instance.ts"
const { needs, programmes } = generateInstance(42, 5000, 200)
const pairs = eligiblePairs(needs, programmes, reportingRecordOf([]))
const problem = allocationProblemOf(needs, programmes, pairs)
const w = pairWeights(problem)
let t = performance.now()
const lp = buildAllocationLp(problem, w, new Uint8Array(pairs.length))
console.log("build", performance.now() - t, lp.text.length)
const highs = await highsLoader()
for (const opts of [{ solver: "simplex" }, {}, { presolve: "off" }, { solver: "simplex", presolve: "off" }, { solver: "simplex", simplex_strategy: 4 }, {}] as const) {
  t = performance.now()
  const r = highs.solve(lp.text, { output_flag: false, ...opts })
  console.log(JSON.stringify(opts), r.Status, r.ObjectiveValue, performance.now() - t)
}
