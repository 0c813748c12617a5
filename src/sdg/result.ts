import type { Reject } from "../ingest/reasons.ts"
import type { AreaLevel } from "../metrics/types.ts"
import type { WeaponClass } from "../normalise/vocabularies.ts"
import type { ThresholdOptions } from "./options.ts"
import type { PartCounts } from "./parts.ts"

/** Where a figure came from: the input file (relative to the input folder) and its true 1-based line. */
export interface SourceRow {
  readonly file: string
  readonly line: number
}

/**
 * Where the year of a State-year came from: every row's `year` column, the reporting cycle for every row
 * (no `year` given), or some of each.
 */
export type YearFrom = "year" | "cycle" | "year;cycle"

/** A published country value: one State, one year, one weapon class (`all` is the State's total). */
export interface CountryValue {
  readonly iso3: string
  readonly m49: string
  readonly state_name: string
  readonly region_code: string
  readonly region: string
  readonly sub_region_code: string
  readonly sub_region: string
  readonly year: number
  /** the reporting cycle whose report gave the figures (the latest one that covers the year) */
  readonly cycle: number
  readonly year_from: YearFrom
  readonly weapon_class: WeaponClass
  readonly parts: PartCounts
  readonly numerator: number
  readonly denominator: number
  /** percent, not rounded (writers round to 2 decimals) */
  readonly proportion_pct: number
  readonly sources: ReadonlyArray<SourceRow>
  /** rows for the same State and year in earlier cycles' reports, set aside for the latest report */
  readonly set_aside_rows: number
}

/** A World, M49 region or M49 sub-region value for one year: a ratio of sums over its countries with a value. */
export interface AggregateValue {
  readonly level: AreaLevel
  /** zero-padded M49 code, "001" for the World */
  readonly area_code: string
  readonly area_name: string
  readonly year: number
  /** countries with a published total value in the year */
  readonly countries: number
  /** reporting States in the area (195 for the World) */
  readonly states_in_area: number
  readonly member_iso3: ReadonlyArray<string>
  readonly parts: PartCounts
  readonly numerator: number
  readonly denominator: number
  /** percent, not rounded; null when withheld for coverage */
  readonly proportion_pct: number | null
  /** why the value is withheld; "" when published */
  readonly withheld_reason: string
}

export interface Indicator1642Result {
  /** published country values, by ISO3, year, then weapon class (total first) */
  readonly countries: ReadonlyArray<CountryValue>
  /** every area-year with at least one country value, published or withheld, by year, level and code */
  readonly aggregates: ReadonlyArray<AggregateValue>
  /** State-years (and weapon classes) whose figures could not give a value */
  readonly rejects: ReadonlyArray<Reject>
  readonly thresholds: ThresholdOptions
}
