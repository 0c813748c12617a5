import { isWithin } from "../outline/outline.ts"
import { stateByIso3 } from "../reference/states.ts"
import type { EligiblePair } from "./eligible-pairs.ts"
import { formatUsd } from "./money.ts"
import type { Need } from "./need.ts"
import type { Programme } from "./programme.ts"

/** "II.A.2.b.ii itself" or "II.A.2 (a heading above II.A.2.b.ii)". */
const themeOf = (need: Need, programme: Programme, pair: EligiblePair): string => {
  if (pair.thematic === "exact") return `${need.element_id} itself`
  const heading = programme.elements.find((e) => isWithin(need.element_id, e)) ?? ""
  return `${heading}, a heading above ${need.element_id}`
}

/** The eligibility entry that lets the programme reach the State, in words. */
const placeOf = (need: Need, programme: Programme, pair: EligiblePair): string => {
  switch (pair.geographic) {
    case "world":
      return programme.origin === "offer" ? "any State but the offering one" : "the whole world"
    case "state":
      return `${need.iso3} by name`
    case "region":
      return `${need.region} (${need.region_code})`
    case "sub_region":
      return `${need.sub_region} (${need.sub_region_code})`
    case "intermediate_region": {
      const area = programme.eligible.find((a) => a.code === need.intermediate_region_code)
      return `${area?.name ?? stateByIso3(need.iso3)?.intermediateRegion ?? ""} (${need.intermediate_region_code})`
    }
  }
}

const sharedTypes = (need: Need, programme: Programme): string =>
  need.assistance_types.filter((t) => programme.assistance_types.includes(t)).join(" and ")

/** Why a programme may fund a need: the rules it meets, in one clause. */
export const eligibilityClause = (need: Need, programme: Programme, pair: EligiblePair): string =>
  `${programme.programme_id} (${programme.fund}) covers ${themeOf(need, programme, pair)}, ` +
  `is open to ${placeOf(need, programme, pair)}, gives ${sharedTypes(need, programme)} assistance ` +
  `and runs ${programme.start} to ${programme.end}`

/** matching/allocations.csv `why` for money given. */
export const allocationWhy = (need: Need, programme: Programme, pair: EligiblePair, usd: number): string => {
  const asked = need.usd_amount ?? 0
  const cap =
    programme.max_grant_usd !== null && Math.abs(usd - programme.max_grant_usd) < 0.005
      ? ", its maximum grant"
      : ""
  const share =
    Math.abs(usd - asked) < 0.005
      ? `all ${formatUsd(usd)} asked`
      : `${formatUsd(usd)} of the ${formatUsd(asked)} asked`
  return `${eligibilityClause(need, programme, pair)}; priority ${need.priority} need: gets ${share}${cap}.`
}

/** matching/allocations.csv `why` for a suggestion (a need with no amount). */
export const suggestionWhy = (need: Need, programme: Programme, pair: EligiblePair): string =>
  `${eligibilityClause(need, programme, pair)}; suggested only: the need states no amount, so none is allocated.`

const SPECIFICITY = { state: 0, intermediate_region: 1, sub_region: 2, region: 3, world: 4 } as const

/**
 * The programmes to suggest for a need with no amount: at most five of its eligible programmes — exact
 * theme first, then the most specific geography, then the most money left, then id.
 */
export const suggestionsFor = (
  pairs: ReadonlyArray<EligiblePair>,
  programmes: ReadonlyArray<Programme>,
  remainingUsd: ReadonlyArray<number | null>
): ReadonlyArray<EligiblePair> =>
  [...pairs]
    .sort(
      (a, b) =>
        Number(a.thematic !== "exact") - Number(b.thematic !== "exact") ||
        SPECIFICITY[a.geographic] - SPECIFICITY[b.geographic] ||
        (remainingUsd[b.programme] ?? -1) - (remainingUsd[a.programme] ?? -1) ||
        (programmes[a.programme]!.programme_id < programmes[b.programme]!.programme_id ? -1 : 1)
    )
    .slice(0, 5)
