import * as aq from "arquero"
import { STATES } from "../reference/states.ts"
import type { AreaLevel } from "./types.ts"

/** An area the figures are broken down by: the world, an M49 region or an M49 sub-region. */
export interface Area {
  readonly level: AreaLevel
  readonly code: string
  readonly name: string
}

// M49 code 001 is the world; the contract writes it as the world's area_code.
const WORLD: Area = { level: "world", code: "001", name: "World" }

const LEVEL_RANK: Readonly<Record<AreaLevel, number>> = { world: 0, region: 1, sub_region: 2 }

const distinctAreas = (level: AreaLevel, pick: (s: (typeof STATES)[number]) => Area | null): Array<Area> => {
  const byCode = new Map<string, Area>()
  for (const state of STATES) {
    const area = pick(state)
    if (area !== null && area.code !== "") byCode.set(area.code, { ...area, level })
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code))
}

/**
 * Every area with eligible States, read from the States list itself: an area appears in the figures
 * because States belong to it, whether or not any of them reported.
 */
export const AREAS: ReadonlyArray<Area> = [
  WORLD,
  ...distinctAreas("region", (s) => ({ level: "region", code: s.regionCode, name: s.region })),
  ...distinctAreas("sub_region", (s) => ({ level: "sub_region", code: s.subRegionCode, name: s.subRegion }))
]

const areaOf = (level: AreaLevel, code: string): Area | undefined =>
  AREAS.find((area) => area.level === level && area.code === code)

/** The areas of the given levels: level, level_rank, area_code, area (one row each). */
export const areasTable = (levels: ReadonlyArray<AreaLevel>) => {
  const areas = AREAS.filter((area) => levels.includes(area.level))
  return aq.table({
    level: areas.map((area) => area.level),
    level_rank: areas.map((area) => LEVEL_RANK[area.level]),
    area_code: areas.map((area) => area.code),
    area: areas.map((area) => area.name)
  })
}

/** Which State counts in which area: iso3, level, area_code — one row per State and level asked for. */
export const stateAreasTable = (levels: ReadonlyArray<AreaLevel>) => {
  const iso3: Array<string> = []
  const level: Array<AreaLevel> = []
  const areaCode: Array<string> = []
  for (const state of STATES) {
    const codes: Record<AreaLevel, string> = {
      world: WORLD.code,
      region: state.regionCode,
      sub_region: state.subRegionCode
    }
    for (const wanted of levels) {
      if (areaOf(wanted, codes[wanted]) === undefined) continue
      iso3.push(state.iso3)
      level.push(wanted)
      areaCode.push(codes[wanted])
    }
  }
  return aq.table({ iso3, level, area_code: areaCode })
}

/** The 195 States with the names the per-State files show: iso3, state_name, region, sub_region. */
export const statesTable = () =>
  aq.table({
    iso3: STATES.map((state) => state.iso3),
    state_name: STATES.map((state) => state.name),
    region: STATES.map((state) => state.region),
    sub_region: STATES.map((state) => state.subRegion)
  })
