import type { EligibleArea } from "./eligible-areas.ts"
import type { AssistanceType, GenderMarker, ProgrammeOrigin, ProgrammeStatus } from "./vocabularies.ts"

/**
 * A donor programme as read (DATA-MODEL §2.4), from a programmes CSV or an IATI activity, in its own
 * currency. A State's offer (§2.3, direction = offer) becomes one too, at conversion (offers.ts).
 */
export interface ProgrammeRow {
  readonly programme_id: string
  readonly origin: ProgrammeOrigin
  readonly donor: string
  /** the offering State for an offer (it does not serve its own needs), else "" */
  readonly donor_iso3: string
  readonly fund: string
  readonly title: string
  /** canonical element ids; a heading covers everything below it */
  readonly elements: ReadonlyArray<string>
  readonly assistance_types: ReadonlyArray<AssistanceType>
  readonly eligible: ReadonlyArray<EligibleArea>
  /** null only for an offer that states no amount */
  readonly budget: number | null
  readonly committed: number
  readonly currency: string
  readonly start: string
  readonly end: string
  readonly max_grant: number | null
  readonly min_grant: number | null
  readonly status: ProgrammeStatus
  readonly requires_report: boolean
  readonly gender_marker: GenderMarker | null
  readonly source_file: string
  readonly source_line: number
}

/** A programme with its amounts in USD, ready for matching (normalised/programmes.csv). */
export interface Programme extends ProgrammeRow {
  readonly budget_usd: number | null
  readonly committed_usd: number
  /** budget − committed: what is left to allocate; null when the budget is not specified */
  readonly available_usd: number | null
  readonly max_grant_usd: number | null
  readonly min_grant_usd: number | null
  /** the rate used (1 for USD) and its date ("" for USD) */
  readonly usd_per_unit: number
  readonly rate_as_of: string
}
