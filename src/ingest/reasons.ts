import * as Schema from "effect/Schema"

/** Reasons a national-report row (or file) is not accepted (src/normalise/report-row.ts). */
export const ReportReasonCode = Schema.Literals([
  // whole-file problems: one reject for the file, the run goes on
  "unreadable_file",
  "missing_column",
  // row shape
  "malformed_row",
  "missing_value",
  // vocabularies and references
  "unknown_state",
  "unknown_element",
  "ambiguous_element",
  "unknown_measure",
  "unknown_sex",
  "unknown_weapon_class",
  // values
  "bad_cycle",
  "bad_year",
  "bad_date",
  "ambiguous_date",
  "bad_number",
  "negative_count"
])

/** SDG 16.4.2 (src/sdg): a State-year whose parts cannot give a proportion; its rows stay accepted. */
export const FigureReasonCode = Schema.Literals(["numerator_exceeds_denominator", "missing_sdg_part", "zero_denominator"])

/** Assistance, programmes and rates (src/matching). */
export const MatchingReasonCode = Schema.Literals([
  "unknown_direction",
  "unknown_assistance_type",
  "unknown_currency",
  "bad_amount",
  "bad_priority",
  "bad_period",
  "unknown_eligibility",
  "unknown_status",
  "bad_yes_no",
  "bad_gender_marker",
  "bad_rate",
  "duplicate_rate",
  "duplicate_programme"
])

/**
 * Stable reason codes for rejected input (DATA-MODEL §5). Every reject in `rejects.csv` carries one of
 * these; they are public interface: add codes, never rename them.
 */
export const ReasonCode = Schema.Union([ReportReasonCode, FigureReasonCode, MatchingReasonCode])
export type ReasonCode = typeof ReasonCode.Type

/** One row (or one file) that was not accepted. `line` is the true 1-based line of the file (0 for the whole file). */
export interface Reject {
  readonly file: string
  readonly line: number
  readonly column: string
  readonly value: string
  readonly reason_code: ReasonCode
  readonly reason: string
}
