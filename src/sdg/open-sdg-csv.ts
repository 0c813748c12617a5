import type { WeaponClass } from "../normalise/vocabularies.ts"
import { type CsvCell, formatCsv } from "../run/write-csv.ts"
import { PART_LABELS, type PartCounts, SDG_PARTS } from "./parts.ts"
import type { Indicator1642Result } from "./result.ts"
import { roundPct } from "./round.ts"
import { refAreaOf } from "./sdmx-csv.ts"

/**
 * Open SDG data layout: `Year` first, `GeoCode` second last, `Value` last; between them `Units` (a special
 * Open SDG column, not a disaggregation) and the disaggregations, where a blank cell means the total:
 * `Reference area` blank = World, `Weapon class` blank = all arms, `Component` blank = the proportion itself.
 */
export const OPEN_SDG_COLUMNS = [
  "Year",
  "Units",
  "Reference area",
  "Weapon class",
  "Component",
  "GeoCode",
  "Value",
] as const

type OpenSdgRow = Readonly<Record<(typeof OPEN_SDG_COLUMNS)[number], CsvCell>>

export const PERCENT_UNIT = "Percent"
export const COUNT_UNIT = "Number of arms"

const WEAPON_CLASS_LABELS: Readonly<Record<WeaponClass, string>> = {
  all: "",
  small_arms: "Small arms",
  light_weapons: "Light weapons",
}

interface Series {
  readonly year: number
  readonly area: string
  readonly geoCode: string
  readonly weaponClass: WeaponClass
  readonly proportion: number
  readonly parts: PartCounts
}

/** One proportion row, then one count row per part the State (or area) reported. */
const rowsOf = (series: Series): ReadonlyArray<OpenSdgRow> => {
  const common = {
    Year: series.year,
    "Reference area": series.area,
    "Weapon class": WEAPON_CLASS_LABELS[series.weaponClass],
    GeoCode: series.geoCode,
  }
  return [
    { ...common, Units: PERCENT_UNIT, Component: "", Value: roundPct(series.proportion) },
    ...SDG_PARTS.flatMap((part) => {
      const count = series.parts[part]
      return count === null
        ? []
        : [{ ...common, Units: COUNT_UNIT, Component: PART_LABELS[part], Value: count }]
    }),
  ]
}

/** `sdg/indicator_16-4-2.csv`: published areas (World first), then countries, each year in turn. */
export const formatOpenSdgCsv = (result: Indicator1642Result): string => {
  const series: Array<Series> = [
    ...result.aggregates.flatMap(
      (area): ReadonlyArray<Series> =>
        area.proportion_pct === null
          ? []
          : [
              {
                year: area.year,
                area: area.level === "world" ? "" : area.area_name,
                geoCode: refAreaOf(area.area_code),
                weaponClass: "all",
                proportion: area.proportion_pct,
                parts: area.parts,
              },
            ],
    ),
    ...result.countries.map(
      (country): Series => ({
        year: country.year,
        area: country.state_name,
        geoCode: refAreaOf(country.m49),
        weaponClass: country.weapon_class,
        proportion: country.proportion_pct,
        parts: country.parts,
      }),
    ),
  ]
  // stable sort: within a year, areas keep their world → region → sub-region order, then countries
  const byYear = [...series].sort((a, b) => a.year - b.year)
  return formatCsv(OPEN_SDG_COLUMNS, byYear.flatMap(rowsOf))
}
