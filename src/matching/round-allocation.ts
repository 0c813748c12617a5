import type { AllocationProblem } from "./allocation-problem.ts"

const groupBy = (
  pairs: AllocationProblem["pairs"],
  key: "need" | "programme"
): Map<number, Array<number>> => {
  const groups = new Map<number, Array<number>>()
  pairs.forEach((pair, k) => {
    const group = groups.get(pair[key])
    if (group === undefined) groups.set(pair[key], [k])
    else group.push(k)
  })
  return groups
}

/** Takes the excess of a row back from its largest allocations (ties: the later pair), never below zero. */
const trimRow = (amounts: Float64Array, ks: ReadonlyArray<number>, limit: number) => {
  let total = 0
  for (const k of ks) total += amounts[k]!
  let excess = total - limit
  if (excess <= 0) return
  const order = [...ks].sort((a, b) => amounts[b]! - amounts[a]! || b - a)
  for (const k of order) {
    if (excess <= 0) break
    const take = Math.min(excess, amounts[k]!)
    amounts[k] = amounts[k]! - take
    excess -= take
  }
}

/**
 * Solver values (in cents, with the solver's tolerances) → whole cents that keep every constraint: each
 * value is rounded to the nearest cent and clipped to its pair's bounds, then any need or programme whose
 * rounded sum is a cent or two over its limit gives the excess back from its largest allocations. Trimming
 * only lowers amounts, so fixing the programmes never breaks the needs again.
 */
export const roundToCents = (problem: AllocationProblem, raw: Float64Array): Float64Array => {
  const { pairs, needCents, availableCents, capCents, fundable } = problem
  const amounts = new Float64Array(pairs.length)
  pairs.forEach((pair, k) => {
    if (fundable[k] === 0) return
    const bound = Math.min(capCents[pair.programme]!, needCents[pair.need]!, availableCents[pair.programme]!)
    amounts[k] = Math.min(bound, Math.max(0, Math.round(raw[k]!)))
  })
  for (const [n, ks] of groupBy(pairs, "need")) trimRow(amounts, ks, needCents[n]!)
  for (const [p, ks] of groupBy(pairs, "programme")) trimRow(amounts, ks, availableCents[p]!)
  return amounts
}

/**
 * Every constraint an allocation breaks, as sentences; empty when it keeps them all. Checked on the final,
 * rounded amounts (issue 4), so what is written is what was verified.
 */
export const allocationViolations = (
  problem: AllocationProblem,
  amounts: Float64Array
): ReadonlyArray<string> => {
  const { needs, programmes, pairs, needCents, availableCents, capCents, floorCents, fundable } = problem
  const problems: Array<string> = []
  const byNeed = new Float64Array(needs.length)
  const byProgramme = new Float64Array(programmes.length)
  pairs.forEach((pair, k) => {
    const amount = amounts[k]!
    if (amount === 0) return
    const label = `${needs[pair.need]!.need_id} ← ${programmes[pair.programme]!.programme_id}`
    if (!Number.isInteger(amount) || amount < 0)
      problems.push(`${label}: ${amount} is not a whole number of cents`)
    if (fundable[k] === 0) problems.push(`${label}: money on a pair that cannot carry it`)
    if (amount > capCents[pair.programme]!) problems.push(`${label}: ${amount} cents exceeds the max grant`)
    if (amount < floorCents[pair.programme]!)
      problems.push(`${label}: ${amount} cents is below the min grant`)
    byNeed[pair.need] = byNeed[pair.need]! + amount
    byProgramme[pair.programme] = byProgramme[pair.programme]! + amount
  })
  if (amounts.length !== pairs.length) problems.push(`${amounts.length} amounts for ${pairs.length} pairs`)
  byNeed.forEach((total, n) => {
    if (total > needCents[n]!)
      problems.push(`${needs[n]!.need_id}: funded ${total} cents of ${needCents[n]} asked`)
  })
  byProgramme.forEach((total, p) => {
    if (total > availableCents[p]!) {
      problems.push(
        `${programmes[p]!.programme_id}: allocates ${total} cents of ${availableCents[p]} available`
      )
    }
  })
  return problems
}
