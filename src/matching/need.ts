import type { AssistanceRow } from "./assistance-row.ts"

/** A State's need with its amount in USD (normalised/needs.csv). */
export interface Need extends Omit<AssistanceRow, "direction"> {
  readonly need_id: string
  /** null = not specified: the need is matched to programmes as a suggestion, never given an amount */
  readonly usd_amount: number | null
  /** the rate used (1 for USD), null without an amount */
  readonly usd_per_unit: number | null
  readonly rate_as_of: string
}

/**
 * A stable id for an assistance row, e.g. `need:AFG:2020:needs-2020:14` or `offer:DEU:2020:offers:3`: the
 * direction, State, cycle, file (without folder and extension) and true line, so it survives re-runs and
 * points back at the row.
 */
export const assistanceIdOf = (row: AssistanceRow): string => {
  const stem = row.source_file.replace(/^assistance\//, "").replace(/\.csv$/i, "")
  return `${row.direction}:${row.iso3}:${row.cycle}:${stem}:${row.source_line}`
}

/** Column order of normalised/needs.csv (assistance types as `;`-separated text). */
export const NEED_COLUMNS = [
  "need_id",
  "iso3",
  "m49",
  "state_name",
  "region",
  "sub_region",
  "cycle",
  "element_id",
  "section",
  "assistance_types",
  "priority",
  "amount",
  "currency",
  "usd_amount",
  "usd_per_unit",
  "rate_as_of",
  "period_start",
  "period_end",
  "window_start",
  "window_end",
  "description",
  "source_file",
  "source_line"
] as const
