import type {
  CoverageRow,
  GenderElementRow,
  GenderShareRow,
  MetricWarning,
  ReportingRow,
  StateCoverageRow,
  StateReportingRow
} from "./types.ts"

/**
 * Column lists in the order the interfaces in types.ts declare them. `allColumns` refuses (at compile time)
 * a list that misses a field, so a field added to the contract cannot silently stay out of the CSV.
 */
const allColumns =
  <R>() =>
  <const C extends ReadonlyArray<keyof R & string>>(
    columns: C & ([Exclude<keyof R, C[number]>] extends [never] ? unknown : never)
  ): ReadonlyArray<keyof R & string> =>
    columns

export const REPORTING_COLUMNS = allColumns<ReportingRow>()([
  "cycle",
  "level",
  "area_code",
  "area",
  "reporting_states",
  "eligible_states",
  "reporting_rate_pct"
])

export const STATE_REPORTING_COLUMNS = allColumns<StateReportingRow>()([
  "iso3",
  "state_name",
  "region",
  "sub_region",
  "cycles_reported",
  "cycles_count",
  "ever_reported",
  "consecutive",
  "longest_streak"
])

export const COVERAGE_COLUMNS = allColumns<CoverageRow>()([
  "cycle",
  "level",
  "area_code",
  "area",
  "element_id",
  "depth",
  "section",
  "title",
  "reporting_states",
  "states_answered",
  "answered_pct",
  "yes_no_states",
  "yes_states",
  "developing_states",
  "yes_pct",
  "developing_pct"
])

export const STATE_COVERAGE_COLUMNS = allColumns<StateCoverageRow>()([
  "iso3",
  "state_name",
  "region",
  "cycle",
  "elements_covered",
  "elements_total",
  "covered_pct",
  "previous_cycle",
  "change_pct_points"
])

export const GENDER_SHARE_COLUMNS = allColumns<GenderShareRow>()([
  "measure",
  "cycle",
  "level",
  "area_code",
  "area",
  "female",
  "male",
  "women_share_pct",
  "states_with_sex_data"
])

export const GENDER_ELEMENT_COLUMNS = allColumns<GenderElementRow>()([
  "cycle",
  "element_id",
  "title",
  "reporting_states",
  "states_answered",
  "yes_no_states",
  "yes_states",
  "yes_pct"
])

export const WARNING_COLUMNS = allColumns<MetricWarning>()([
  "code",
  "iso3",
  "cycle",
  "measure",
  "source_file",
  "source_line",
  "message"
])
