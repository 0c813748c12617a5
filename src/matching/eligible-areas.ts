import { resolveState } from "../reference/resolve-state.ts"
import { M49_AREAS, m49Area, STATES, type State, stateByIso3 } from "../reference/states.ts"
import type { GeographicMatch } from "./vocabularies.ts"

/**
 * Who a programme may serve (DATA-MODEL §2.4 `eligible`): States by ISO alpha-3, M49 regions, sub-regions
 * and intermediate regions by code, or the world.
 */
export interface EligibleArea {
  readonly kind: GeographicMatch
  /** "world", an M49 code ("002", "419") or an ISO alpha-3 code */
  readonly code: string
  readonly name: string
}

/** The place of a need's State in M49, as matching needs it. */
export interface StatePlace {
  readonly iso3: string
  readonly region_code: string
  readonly sub_region_code: string
  readonly intermediate_region_code: string
}

export const WORLD: EligibleArea = { kind: "world", code: "world", name: "World" }

export const stateArea = (state: State): EligibleArea => ({
  kind: "state",
  code: state.iso3,
  name: state.name
})

const byIso2 = new Map(STATES.map((state) => [state.iso2, state]))

/** ISO alpha-2, as IATI `recipient-country` gives it. */
export const stateByIso2 = (iso2: string): State | undefined => byIso2.get(iso2.trim().toUpperCase())

/** An M49 area code (with or without padding) as an eligibility entry; "001" is the world. */
export const m49EligibleArea = (code: string): EligibleArea | undefined => {
  const area = m49Area(code)
  if (area === undefined) return undefined
  return area.level === "world" ? WORLD : { kind: area.level, code: area.code, name: area.name }
}

export type EligibleReading =
  | { readonly _tag: "Areas"; readonly areas: ReadonlyArray<EligibleArea> }
  | { readonly _tag: "Unknown"; readonly reason: string }

const readOne = (text: string): EligibleArea | string => {
  if (text.toLowerCase() === "world") return WORLD
  const area = m49EligibleArea(text)
  if (area !== undefined) return area
  const exact = stateByIso3(text.toUpperCase())
  if (exact !== undefined) return stateArea(exact)
  // Names, alpha-2 and State M49 codes resolve as in reports (never guessed: resolveState only takes exact keys).
  const state = resolveState(text)
  if (state._tag === "Resolved") return stateArea(state.state)
  return `"${text}" is not a State (ISO alpha-3), an M49 region or sub-region code, or "world"`
}

/** DATA-MODEL §2.4: a `;`-separated list; every entry must be known, duplicates collapse. */
export const readEligibleList = (raw: string): EligibleReading => {
  const parts = raw
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "")
  if (parts.length === 0) return { _tag: "Unknown", reason: `"${raw}" names no State or region` }
  const areas: Array<EligibleArea> = []
  const problems: Array<string> = []
  for (const part of parts) {
    const area = readOne(part)
    if (typeof area === "string") problems.push(area)
    else if (!areas.some((known) => known.code === area.code)) areas.push(area)
  }
  if (problems.length > 0) return { _tag: "Unknown", reason: problems.join("; ") }
  return { _tag: "Areas", areas }
}

// Narrowest first: a State-specific programme is the most specific match for a need.
const SPECIFICITY: ReadonlyArray<GeographicMatch> = [
  "state",
  "intermediate_region",
  "sub_region",
  "region",
  "world"
]

const contains = (area: EligibleArea, place: StatePlace): boolean => {
  switch (area.kind) {
    case "world":
      return true
    case "state":
      return area.code === place.iso3
    case "region":
      return area.code === place.region_code
    case "sub_region":
      return area.code === place.sub_region_code
    case "intermediate_region":
      return area.code === place.intermediate_region_code
  }
}

/** The narrowest entry of `areas` that contains the State, or undefined when none does. */
export const geographicMatchOf = (
  areas: ReadonlyArray<EligibleArea>,
  place: StatePlace
): GeographicMatch | undefined => {
  let best: number | undefined
  for (const area of areas) {
    if (!contains(area, place)) continue
    const rank = SPECIFICITY.indexOf(area.kind)
    if (best === undefined || rank < best) best = rank
  }
  return best === undefined ? undefined : SPECIFICITY[best]
}

const regionsOfCode = (code: string): ReadonlyArray<string> => [
  ...new Set(
    STATES.filter(
      (s) => s.regionCode === code || s.subRegionCode === code || s.intermediateRegionCode === code
    ).map((s) => s.regionCode)
  )
]

const ALL_REGIONS: ReadonlyArray<string> = M49_AREAS.filter((a) => a.level === "region").map((a) => a.code)

/** The M49 regions (Africa, Americas, …) an eligibility list reaches: for "Shared" in needs_vs_resources. */
export const regionsReached = (areas: ReadonlyArray<EligibleArea>): ReadonlySet<string> => {
  const regions = new Set<string>()
  for (const area of areas) {
    if (area.kind === "world") return new Set(ALL_REGIONS)
    if (area.kind === "state") {
      const state = stateByIso3(area.code)
      if (state !== undefined) regions.add(state.regionCode)
    } else {
      for (const region of regionsOfCode(area.code)) regions.add(region)
    }
  }
  return regions
}

/** The eligibility list as written to normalised/programmes.csv: codes separated by ";". */
export const formatEligible = (areas: ReadonlyArray<EligibleArea>): string =>
  areas.map((a) => a.code).join(";")
