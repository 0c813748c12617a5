import type { AreaLevel } from "../metrics/types.ts"
import { m49Area, STATES, stateByIso3 } from "../reference/states.ts"
import type { ThresholdOptions } from "./options.ts"
import { addParts, EMPTY_PARTS, type PartCounts } from "./parts.ts"
import type { AggregateValue, CountryValue } from "./result.ts"
import { percentOf } from "./round.ts"

interface Area {
  readonly level: AreaLevel
  readonly code: string
  readonly name: string
}

const WORLD: Area = { level: "world", code: "001", name: "World" }
const LEVEL_ORDER: ReadonlyArray<AreaLevel> = ["world", "region", "sub_region"]

/** The World, the State's M49 region and its M49 sub-region (intermediate regions are not used). */
const areasOf = (iso3: string): ReadonlyArray<Area> => {
  const state = stateByIso3(iso3)
  if (state === undefined) return [WORLD]
  return [
    WORLD,
    { level: "region", code: state.regionCode, name: m49Area(state.regionCode)?.name ?? state.region },
    {
      level: "sub_region",
      code: state.subRegionCode,
      name: m49Area(state.subRegionCode)?.name ?? state.subRegion,
    },
  ]
}

const statesIn = (area: Area): number =>
  area.level === "world"
    ? STATES.length
    : STATES.filter(
        (state) => (area.level === "region" ? state.regionCode : state.subRegionCode) === area.code,
      ).length

const pct = (share: number): string => `${Number((share * 100).toFixed(1))}%`

const withheldReason = (countries: number, statesInArea: number, thresholds: ThresholdOptions): string => {
  if (countries < thresholds.minCountries)
    return `${countries} ${countries === 1 ? "country has" : "countries have"} a value, fewer than the ${thresholds.minCountries} required`
  if (countries / statesInArea < thresholds.minShareOfStates)
    return `${countries} of ${statesInArea} States (${pct(countries / statesInArea)}) have a value, below the required ${pct(thresholds.minShareOfStates)}`
  return ""
}

/**
 * SDG metadata 16.4.2 defines the indicator as a proportion of arms, so an area's value is a ratio of sums:
 * the numerators of its countries with a published total value, summed, over their denominators, summed —
 * never a mean of country percentages, which would weigh a State reporting 4 arms like one reporting 4,000.
 * An area-year is published only when at least `minCountries` countries have a value and they are at least
 * `minShareOfStates` of the area's reporting States; otherwise it is kept with a reason, without a value.
 */
export const aggregatesOf = (
  countries: ReadonlyArray<CountryValue>,
  thresholds: ThresholdOptions,
): ReadonlyArray<AggregateValue> => {
  const groups = new Map<string, { area: Area; year: number; members: Array<CountryValue> }>()
  for (const country of countries) {
    if (country.weapon_class !== "all") continue
    for (const area of areasOf(country.iso3)) {
      const key = `${country.year}|${area.code}`
      const group = groups.get(key) ?? { area, year: country.year, members: [] }
      group.members.push(country)
      groups.set(key, group)
    }
  }
  return [...groups.values()]
    .map(({ area, year, members }): AggregateValue => {
      const parts = members.reduce<PartCounts>((sum, member) => addParts(sum, member.parts), EMPTY_PARTS)
      const numerator = members.reduce((sum, member) => sum + member.numerator, 0)
      const denominator = members.reduce((sum, member) => sum + member.denominator, 0)
      const statesInArea = statesIn(area)
      const withheld = withheldReason(members.length, statesInArea, thresholds)
      return {
        level: area.level,
        area_code: area.code,
        area_name: area.name,
        year,
        countries: members.length,
        states_in_area: statesInArea,
        member_iso3: members.map((member) => member.iso3).sort(),
        parts,
        numerator,
        denominator,
        proportion_pct: withheld === "" ? percentOf(numerator, denominator) : null,
        withheld_reason: withheld,
      }
    })
    .sort(
      (a, b) =>
        a.year - b.year ||
        LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
        a.area_code.localeCompare(b.area_code),
    )
}
