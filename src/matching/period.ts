import type { ReasonCode } from "../ingest/reasons.ts"
import { readIsoDate } from "../normalise/dates.ts"

export type DateCell =
  | { readonly _tag: "Date"; readonly iso: string }
  | { readonly _tag: "Absent" }
  | {
      readonly _tag: "Bad"
      readonly column: string
      readonly value: string
      readonly code: ReasonCode
      readonly reason: string
    }

/** An optional ISO date cell (DATA-MODEL §2.3/§2.4), with the same ambiguity rule as report dates. */
export const readDateCell = (column: string, raw: string | undefined): DateCell => {
  if (raw === undefined) return { _tag: "Absent" }
  const date = readIsoDate(raw)
  if (date._tag === "Date") return date
  return {
    _tag: "Bad",
    column,
    value: raw,
    code: date._tag === "Ambiguous" ? "ambiguous_date" : "bad_date",
    reason: date.reason
  }
}

export interface Window {
  readonly start: string
  readonly end: string
}

const yearOf = (iso: string): number => Number(iso.slice(0, 4))

/**
 * The time a need (or a State's offer) covers, for the overlap rule. Its own period when given; without
 * one, the year of the reporting cycle (the cycle is the year the report was due, and the report states
 * needs for that year). A period open at one end is closed with the cycle year, or with the year of the
 * date given when that lies beyond the cycle year, so a period never ends before it starts.
 */
export const windowOf = (cycle: number, periodStart: string | null, periodEnd: string | null): Window => {
  const start = periodStart ?? `${periodEnd === null ? cycle : Math.min(cycle, yearOf(periodEnd))}-01-01`
  const end = periodEnd ?? `${Math.max(cycle, yearOf(start))}-12-31`
  return { start, end }
}

/** ISO dates compare as strings: two closed periods overlap when each starts before the other ends. */
export const overlaps = (a: Window, b: Window): boolean => a.start <= b.end && b.start <= a.end
