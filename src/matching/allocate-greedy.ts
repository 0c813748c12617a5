import { type AllocationProblem, compareText } from "./allocation-problem.ts"
import { allocationViolations } from "./round-allocation.ts"

/**
 * The baseline a person would apply by hand (issue 4): needs by priority (1 first), then by amount (smaller
 * first, so more needs are met in full), then by id; each need takes what it can from its eligible
 * programmes in programme-id order — up to its remaining need, the programme's remaining budget and its
 * max grant, skipping a programme whose grant would fall below its minimum. Whole cents throughout.
 */
export const allocateGreedily = (problem: AllocationProblem): Float64Array => {
  const { needs, programmes, pairs, needCents, capCents, floorCents, fundable } = problem
  const amounts = new Float64Array(pairs.length)
  const remaining = Float64Array.from(problem.availableCents)
  const pairsOfNeed = new Map<number, Array<number>>()
  pairs.forEach((pair, k) => {
    if (fundable[k] === 0) return
    const list = pairsOfNeed.get(pair.need)
    if (list === undefined) pairsOfNeed.set(pair.need, [k])
    else list.push(k)
  })
  const order = [...pairsOfNeed.keys()].sort(
    (a, b) =>
      needs[a]!.priority - needs[b]!.priority ||
      needCents[a]! - needCents[b]! ||
      compareText(needs[a]!.need_id, needs[b]!.need_id)
  )
  for (const n of order) {
    let left = needCents[n]!
    const ks = [...pairsOfNeed.get(n)!].sort((a, b) =>
      compareText(
        programmes[pairs[a]!.programme]!.programme_id,
        programmes[pairs[b]!.programme]!.programme_id
      )
    )
    for (const k of ks) {
      if (left <= 0) break
      const p = pairs[k]!.programme
      const take = Math.min(left, remaining[p]!, capCents[p]!)
      if (take <= 0 || take < floorCents[p]!) continue
      amounts[k] = take
      remaining[p] = remaining[p]! - take
      left -= take
    }
  }
  const violations = allocationViolations(problem, amounts)
  if (violations.length > 0)
    throw new Error(`the greedy allocation breaks its constraints: ${violations.slice(0, 5).join("; ")}`)
  return amounts
}
