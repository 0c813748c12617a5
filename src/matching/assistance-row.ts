import { Result, Schema } from "effect"
import { decodeRecord, type RawRecord } from "../ingest/decode-record.ts"
import type { FileKind, RowSource } from "../ingest/ingest-file.ts"
import { accepted, type RowOutcome, rejected } from "../ingest/row-outcome.ts"
import { sectionOf } from "../outline/outline.ts"
import { resolveElement } from "../outline/resolve-element.ts"
import { resolveState } from "../reference/resolve-state.ts"
import { readCurrencyCode } from "./currency-code.ts"
import { readAmount } from "./money.ts"
import { readDateCell, windowOf } from "./period.ts"
import {
  type AssistanceType,
  type Direction,
  type Priority,
  readAssistanceTypes,
  readDirection
} from "./vocabularies.ts"

const IntFromString = Schema.FiniteFromString.pipe(Schema.check(Schema.isInt()))

/** DATA-MODEL §2.3: the columns of an assistance file; cells arrive trimmed, empty cells absent. */
export const AssistanceRecord = Schema.Struct({
  state: Schema.NonEmptyString,
  cycle: IntFromString.pipe(Schema.check(Schema.isBetween({ minimum: 2002, maximum: 2100 }))),
  direction: Schema.NonEmptyString,
  element: Schema.NonEmptyString,
  assistance_type: Schema.NonEmptyString,
  amount: Schema.optional(Schema.String),
  currency: Schema.optional(Schema.String),
  period_start: Schema.optional(Schema.String),
  period_end: Schema.optional(Schema.String),
  priority: Schema.optional(Schema.String),
  description: Schema.optional(Schema.String)
})

export const ASSISTANCE_COLUMNS = Object.keys(AssistanceRecord.fields)
export const ASSISTANCE_REQUIRED_COLUMNS = ["state", "cycle", "direction", "element", "assistance_type"]

/** One accepted row of an assistance file, before its amount is converted to USD. */
export interface AssistanceRow {
  readonly direction: Direction
  readonly iso3: string
  readonly m49: string
  readonly state_name: string
  readonly region_code: string
  readonly region: string
  readonly sub_region_code: string
  readonly sub_region: string
  readonly intermediate_region_code: string
  readonly cycle: number
  readonly element_id: string
  readonly section: string
  readonly assistance_types: ReadonlyArray<AssistanceType>
  /** as written, in `currency`; null = not specified (reported, never invented) */
  readonly amount: number | null
  readonly currency: string
  /** the period as given ("" when absent) */
  readonly period_start: string
  readonly period_end: string
  /** the period matching uses (period.ts `windowOf`) */
  readonly window_start: string
  readonly window_end: string
  readonly priority: Priority
  readonly description: string
  readonly source_file: string
  readonly source_line: number
}

const decodeAssistanceRecord = decodeRecord(AssistanceRecord, {
  cycle: {
    code: "bad_cycle",
    expected: "the cycle is the year the report was due, a whole number from 2002 to 2100"
  }
})

const readPriority = (raw: string | undefined): Priority | undefined => {
  if (raw === undefined) return 2
  const value = raw.trim()
  return value === "1" ? 1 : value === "2" ? 2 : value === "3" ? 3 : undefined
}

/** One assistance row → a need or offer in its own currency, or the first reason it cannot be accepted. */
export const normaliseAssistanceRow = (record: RawRecord, source: RowSource): RowOutcome<AssistanceRow> => {
  const decoded = decodeAssistanceRecord(record)
  if (Result.isFailure(decoded)) return { _tag: "Rejected", problem: decoded.failure }
  const row = decoded.success

  const state = resolveState(row.state)
  if (state._tag !== "Resolved") return rejected("state", row.state, "unknown_state", state.reason)

  const direction = readDirection(row.direction)
  if (direction === undefined) {
    return rejected(
      "direction",
      row.direction,
      "unknown_direction",
      `"${row.direction}" is not a direction; write need or offer`
    )
  }

  const element = resolveElement(row.element)
  if (element._tag === "Ambiguous")
    return rejected("element", row.element, "ambiguous_element", element.reason)
  if (element._tag === "Unknown") return rejected("element", row.element, "unknown_element", element.reason)

  const types = readAssistanceTypes(row.assistance_type)
  if (types._tag === "Unknown") {
    return rejected("assistance_type", row.assistance_type, "unknown_assistance_type", types.reason)
  }

  let amount: number | null = null
  if (row.amount !== undefined) {
    const reading = readAmount(row.amount, source.delimiter)
    if (reading._tag === "Bad") return rejected("amount", row.amount, "bad_amount", reading.reason)
    amount = reading.value
  }
  // DATA-MODEL §2.3: the currency defaults to USD; whether a rate exists is checked at conversion.
  const currency = readCurrencyCode(row.currency ?? "USD")
  if (currency._tag === "Bad")
    return rejected("currency", row.currency ?? "", "unknown_currency", currency.reason)

  const start = readDateCell("period_start", row.period_start)
  if (start._tag === "Bad") return rejected(start.column, start.value, start.code, start.reason)
  const end = readDateCell("period_end", row.period_end)
  if (end._tag === "Bad") return rejected(end.column, end.value, end.code, end.reason)
  const startIso = start._tag === "Date" ? start.iso : null
  const endIso = end._tag === "Date" ? end.iso : null
  if (startIso !== null && endIso !== null && endIso < startIso) {
    return rejected(
      "period_end",
      endIso,
      "bad_period",
      `the period ends (${endIso}) before it starts (${startIso})`
    )
  }
  const window = windowOf(row.cycle, startIso, endIso)

  const priority = readPriority(row.priority)
  if (priority === undefined) {
    return rejected(
      "priority",
      row.priority!,
      "bad_priority",
      `"${row.priority}" is not a priority; write 1 (highest), 2 or 3`
    )
  }

  const s = state.state
  return accepted({
    direction,
    iso3: s.iso3,
    m49: s.m49,
    state_name: s.name,
    region_code: s.regionCode,
    region: s.region,
    sub_region_code: s.subRegionCode,
    sub_region: s.subRegion,
    intermediate_region_code: s.intermediateRegionCode,
    cycle: row.cycle,
    element_id: element.id,
    section: sectionOf(element.id),
    assistance_types: types.types,
    amount,
    currency: currency.code,
    period_start: startIso ?? "",
    period_end: endIso ?? "",
    window_start: window.start,
    window_end: window.end,
    priority,
    description: row.description ?? "",
    source_file: source.file,
    source_line: source.line
  })
}

export const ASSISTANCE_FILE: FileKind<AssistanceRow> = {
  name: "assistance",
  columns: ASSISTANCE_COLUMNS,
  required: ASSISTANCE_REQUIRED_COLUMNS,
  normalise: normaliseAssistanceRow
}
