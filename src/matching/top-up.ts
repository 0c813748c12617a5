import { pairUpperCents } from "./allocation-model.ts"
import type { AllocationProblem } from "./allocation-problem.ts"

/**
 * After minimum grants are repaired, money that a withdrawn grant freed may sit idle beside needs it could
 * serve. This pass offers it again: needs by priority (then position), each taking from its pairs in
 * order of objective weight, never past a need, a programme's money or a cap, and only where the grant
 * ends at or above the programme's floor. It only ever adds, so every limit still holds.
 */
export const topUp = (
  problem: AllocationProblem,
  amounts: Float64Array,
  weights: Float64Array
): Float64Array => {
  const result = Float64Array.from(amounts)
  const needLeft = Float64Array.from(problem.needCents)
  const programmeLeft = Float64Array.from(problem.availableCents)
  const pairsOfNeed = new Map<number, Array<number>>()
  problem.pairs.forEach((pair, k) => {
    needLeft[pair.need] = needLeft[pair.need]! - result[k]!
    programmeLeft[pair.programme] = programmeLeft[pair.programme]! - result[k]!
    if (problem.fundable[k] === 0) return
    const list = pairsOfNeed.get(pair.need)
    if (list === undefined) pairsOfNeed.set(pair.need, [k])
    else list.push(k)
  })
  const needs = [...pairsOfNeed.keys()].sort(
    (a, b) => problem.needs[a]!.priority - problem.needs[b]!.priority || a - b
  )
  for (const n of needs) {
    const ks = [...pairsOfNeed.get(n)!].sort((a, b) => weights[b]! - weights[a]! || a - b)
    for (const k of ks) {
      if (needLeft[n]! <= 0) break
      const p = problem.pairs[k]!.programme
      const add = Math.min(needLeft[n]!, programmeLeft[p]!, pairUpperCents(problem, k) - result[k]!)
      if (add <= 0 || result[k]! + add < problem.floorCents[p]!) continue
      result[k] = result[k]! + add
      needLeft[n] = needLeft[n]! - add
      programmeLeft[p] = programmeLeft[p]! - add
    }
  }
  return result
}
