import type { FileIngest } from "../ingest/ingest-file.ts"
import type { Reject } from "../ingest/reasons.ts"
import type { AssistanceRow } from "./assistance-row.ts"
import { roundCents } from "./money.ts"
import { assistanceIdOf, type Need } from "./need.ts"
import { offerAsProgramme } from "./offers.ts"
import type { Programme, ProgrammeRow } from "./programme.ts"
import { type RateTable, rateOn } from "./rates.ts"
import { dropped, kept, type RowDecision, settleFile } from "./settle-file.ts"

/**
 * Conversion to USD, the pure step after ingestion (DATA-MODEL §2.5). It needs rates.csv, so it cannot run
 * inside a row's normalisation; rows it rejects (`unknown_currency`, `duplicate_programme`) move from
 * accepted to rejected in their file's counts, and each file comes back settled.
 */

export interface ConvertedAssistance {
  readonly files: ReadonlyArray<FileIngest<AssistanceRow>>
  readonly needs: ReadonlyArray<Need>
  /** offers as programmes of the offering State */
  readonly offers: ReadonlyArray<Programme>
  /** only the rejects added by conversion (they are also in `files`) */
  readonly rejects: ReadonlyArray<Reject>
}

export interface ConvertedProgrammes {
  readonly files: ReadonlyArray<FileIngest<ProgrammeRow>>
  readonly programmes: ReadonlyArray<Programme>
  readonly rejects: ReadonlyArray<Reject>
}

const currencyReject = (file: string, line: number, currency: string, reason: string): Reject => ({
  file,
  line,
  column: "currency",
  value: currency,
  reason_code: "unknown_currency",
  reason: `${file} line ${line}: ${reason}`
})

/** A need's or offer's amount is converted at the end of its cycle year (DATA-MODEL §2.5). */
const cycleYearEnd = (row: AssistanceRow): string => `${row.cycle}-12-31`

/**
 * A programme's amounts are converted at the end of the year it starts: the budget is set in its own
 * currency when the programme is planned, and the start year is the programme's counterpart of a need's
 * cycle year (issue 4; README "Currency conversion").
 */
const startYearEnd = (row: ProgrammeRow): string => `${row.start.slice(0, 4)}-12-31`

const programmeInUsd = (row: ProgrammeRow, usdPerUnit: number, asOf: string): Programme => {
  const usd = (amount: number | null): number | null =>
    amount === null ? null : roundCents(amount * usdPerUnit)
  const budget = usd(row.budget)
  const committed = usd(row.committed) ?? 0
  return {
    ...row,
    budget_usd: budget,
    committed_usd: committed,
    available_usd: budget === null ? null : roundCents(Math.max(0, budget - committed)),
    max_grant_usd: usd(row.max_grant),
    min_grant_usd: usd(row.min_grant),
    usd_per_unit: usdPerUnit,
    rate_as_of: asOf
  }
}

type AssistanceOutcome = { readonly need: Need } | { readonly offer: Programme }

const convertAssistanceRow = (row: AssistanceRow, rates: RateTable): RowDecision<AssistanceOutcome> => {
  let usdPerUnit: number | null = null
  let asOf = ""
  if (row.amount !== null) {
    const rate = rateOn(rates, row.currency, cycleYearEnd(row))
    if (rate._tag === "Unknown")
      return dropped(currencyReject(row.source_file, row.source_line, row.currency, rate.reason))
    usdPerUnit = rate.usd_per_unit
    asOf = rate.as_of
  }
  if (row.direction === "offer")
    return kept({ offer: programmeInUsd(offerAsProgramme(row), usdPerUnit ?? 1, asOf) })
  const { direction: _direction, ...rest } = row
  return kept({
    need: {
      ...rest,
      need_id: assistanceIdOf(row),
      usd_amount: row.amount === null || usdPerUnit === null ? null : roundCents(row.amount * usdPerUnit),
      usd_per_unit: usdPerUnit,
      rate_as_of: asOf
    }
  })
}

/** Needs and offers in USD, with every file's counts settled. */
export const convertAssistanceFiles = (
  files: ReadonlyArray<FileIngest<AssistanceRow>>,
  rates: RateTable
): ConvertedAssistance => {
  const settled: Array<FileIngest<AssistanceRow>> = []
  const needs: Array<Need> = []
  const offers: Array<Programme> = []
  const rejects: Array<Reject> = []
  for (const file of files) {
    const decisions = file.accepted.map((row) => convertAssistanceRow(row, rates))
    for (const d of decisions) {
      if (d._tag !== "Kept") continue
      if ("need" in d.row) needs.push(d.row.need)
      else offers.push(d.row.offer)
    }
    const result = settleFile(
      file,
      decisions.map((d, i) => (d._tag === "Kept" ? kept(file.accepted[i]!) : d))
    )
    settled.push(result.file)
    rejects.push(...result.rejects)
  }
  return { files: settled, needs, offers, rejects }
}

/**
 * Programmes in USD, with every file's counts settled. A programme id seen before (in this or an earlier
 * file, in the order given) is rejected as `duplicate_programme`: two budgets under one id would be
 * counted twice.
 */
export const convertProgrammeFiles = (
  files: ReadonlyArray<FileIngest<ProgrammeRow>>,
  rates: RateTable
): ConvertedProgrammes => {
  const firstSeen = new Map<string, ProgrammeRow>()
  const settled: Array<FileIngest<ProgrammeRow>> = []
  const programmes: Array<Programme> = []
  const rejects: Array<Reject> = []
  for (const file of files) {
    const decisions = file.accepted.map((row): RowDecision<ProgrammeRow> => {
      const first = firstSeen.get(row.programme_id)
      if (first !== undefined) {
        return dropped({
          file: row.source_file,
          line: row.source_line,
          column: "programme_id",
          value: row.programme_id,
          reason_code: "duplicate_programme",
          reason:
            `${row.source_file} line ${row.source_line}: the programme id "${row.programme_id}" is already used on ` +
            `${first.source_file} line ${first.source_line}; programme ids must be unique (that row is kept)`
        })
      }
      const rate = rateOn(rates, row.currency, startYearEnd(row))
      if (rate._tag === "Unknown")
        return dropped(currencyReject(row.source_file, row.source_line, row.currency, rate.reason))
      firstSeen.set(row.programme_id, row)
      programmes.push(programmeInUsd(row, rate.usd_per_unit, rate.as_of))
      return kept(row)
    })
    const result = settleFile(file, decisions)
    settled.push(result.file)
    rejects.push(...result.rejects)
  }
  return { files: settled, programmes, rejects }
}
