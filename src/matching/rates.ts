import { Result, Schema } from "effect"
import { decodeRecord, type RawRecord } from "../ingest/decode-record.ts"
import type { FileIngest, FileKind, RowSource } from "../ingest/ingest-file.ts"
import type { Reject } from "../ingest/reasons.ts"
import { accepted, type RowOutcome, rejected } from "../ingest/row-outcome.ts"
import { readNumber } from "../normalise/numbers.ts"
import { readCurrencyCode } from "./currency-code.ts"
import { readDateCell } from "./period.ts"
import { dropped, kept, type RowDecision, settleFile } from "./settle-file.ts"

/** DATA-MODEL §2.5: `currency, usd_per_unit, as_of`. */
export const RateRecord = Schema.Struct({
  currency: Schema.NonEmptyString,
  usd_per_unit: Schema.NonEmptyString,
  as_of: Schema.NonEmptyString
})

export interface RateRow {
  readonly currency: string
  readonly usd_per_unit: number
  readonly as_of: string
  readonly source_file: string
  readonly source_line: number
}

const decodeRateRecord = decodeRecord(RateRecord, {})

export const normaliseRateRow = (record: RawRecord, source: RowSource): RowOutcome<RateRow> => {
  const decoded = decodeRateRecord(record)
  if (Result.isFailure(decoded)) return { _tag: "Rejected", problem: decoded.failure }
  const row = decoded.success
  const currency = readCurrencyCode(row.currency)
  if (currency._tag === "Bad") return rejected("currency", row.currency, "unknown_currency", currency.reason)
  const rate = readNumber(row.usd_per_unit, source.delimiter)
  if (rate._tag !== "Number" || !(rate.value > 0)) {
    return rejected(
      "usd_per_unit",
      row.usd_per_unit,
      "bad_rate",
      `"${row.usd_per_unit}" is not a rate; write how many US dollars one unit buys, a number above zero (e.g. 1.0842)`
    )
  }
  const asOf = readDateCell("as_of", row.as_of)
  if (asOf._tag === "Bad") return rejected(asOf.column, asOf.value, asOf.code, asOf.reason)
  return accepted({
    currency: currency.code,
    usd_per_unit: rate.value,
    as_of: asOf._tag === "Date" ? asOf.iso : "",
    source_file: source.file,
    source_line: source.line
  })
}

export const RATES_FILE: FileKind<RateRow> = {
  name: "rates",
  columns: Object.keys(RateRecord.fields),
  required: Object.keys(RateRecord.fields),
  normalise: normaliseRateRow
}

/** Rates by currency, oldest first. */
export interface RateTable {
  readonly byCurrency: ReadonlyMap<string, ReadonlyArray<RateRow>>
}

export const EMPTY_RATES: RateTable = { byCurrency: new Map() }

export interface RatesBuilt {
  readonly table: RateTable
  /** the rates files with duplicate rows moved from accepted to rejected */
  readonly files: ReadonlyArray<FileIngest<RateRow>>
  /** only the rejects added here (they are also in `files`) */
  readonly rejects: ReadonlyArray<Reject>
}

/**
 * The rate table of a run. Two rows for the same currency and date would make conversion depend on row
 * order, so the second is rejected (`duplicate_rate`) and the first, in file order, is used.
 */
export const buildRateTable = (files: ReadonlyArray<FileIngest<RateRow>>): RatesBuilt => {
  const seen = new Map<string, RateRow>()
  const byCurrency = new Map<string, Array<RateRow>>()
  const settled: Array<FileIngest<RateRow>> = []
  const added: Array<Reject> = []
  for (const file of files) {
    const decisions = file.accepted.map((row): RowDecision<RateRow> => {
      const key = `${row.currency} ${row.as_of}`
      const first = seen.get(key)
      if (first === undefined) {
        seen.set(key, row)
        const list = byCurrency.get(row.currency)
        if (list === undefined) byCurrency.set(row.currency, [row])
        else list.push(row)
        return kept(row)
      }
      return dropped({
        file: row.source_file,
        line: row.source_line,
        column: "as_of",
        value: row.as_of,
        reason_code: "duplicate_rate",
        reason:
          `${row.source_file} line ${row.source_line}: a second ${row.currency} rate for ${row.as_of}; ` +
          `the one on ${first.source_file} line ${first.source_line} is used`
      })
    })
    const result = settleFile(file, decisions)
    settled.push(result.file)
    added.push(...result.rejects)
  }
  for (const list of byCurrency.values())
    list.sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0))
  return { table: { byCurrency }, files: settled, rejects: added }
}

export type RateLookup =
  | { readonly _tag: "Rate"; readonly usd_per_unit: number; readonly as_of: string }
  | { readonly _tag: "Unknown"; readonly reason: string }

/**
 * DATA-MODEL §2.5: the latest rate on or before `date`. USD is 1 by definition. A currency with no rate, or
 * none until after the date, is Unknown — never a silent 1:1.
 */
export const rateOn = (table: RateTable, currency: string, date: string): RateLookup => {
  if (currency === "USD") return { _tag: "Rate", usd_per_unit: 1, as_of: "" }
  const rates = table.byCurrency.get(currency)
  if (rates === undefined || rates.length === 0) {
    return {
      _tag: "Unknown",
      reason: `there is no rate for ${currency} in rates.csv; add one (currency, usd_per_unit, as_of)`
    }
  }
  let found: RateRow | undefined
  for (const rate of rates) {
    if (rate.as_of <= date) found = rate
    else break
  }
  if (found === undefined) {
    return {
      _tag: "Unknown",
      reason: `rates.csv has no ${currency} rate on or before ${date} (the earliest is ${rates[0]!.as_of}); add one`
    }
  }
  return { _tag: "Rate", usd_per_unit: found.usd_per_unit, as_of: found.as_of }
}
