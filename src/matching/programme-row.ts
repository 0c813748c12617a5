import { Result, Schema } from "effect"
import { decodeRecord, type RawRecord } from "../ingest/decode-record.ts"
import type { FileKind, RowSource } from "../ingest/ingest-file.ts"
import { accepted, type RowOutcome, rejected } from "../ingest/row-outcome.ts"
import { readCurrencyCode } from "./currency-code.ts"
import { readEligibleList } from "./eligible-areas.ts"
import { readElementList } from "./element-list.ts"
import { readAmount } from "./money.ts"
import { readDateCell } from "./period.ts"
import type { ProgrammeRow } from "./programme.ts"
import { type GenderMarker, readAssistanceTypes, readProgrammeStatus, readYesNo } from "./vocabularies.ts"

/** DATA-MODEL §2.4: the columns of a programmes file; cells arrive trimmed, empty cells absent. */
export const ProgrammeRecord = Schema.Struct({
  programme_id: Schema.NonEmptyString,
  donor: Schema.NonEmptyString,
  fund: Schema.NonEmptyString,
  title: Schema.NonEmptyString,
  elements: Schema.NonEmptyString,
  assistance_types: Schema.NonEmptyString,
  eligible: Schema.NonEmptyString,
  budget: Schema.NonEmptyString,
  committed: Schema.NonEmptyString,
  currency: Schema.NonEmptyString,
  start: Schema.NonEmptyString,
  end: Schema.NonEmptyString,
  max_grant: Schema.optional(Schema.String),
  min_grant: Schema.optional(Schema.String),
  status: Schema.optional(Schema.String),
  requires_report: Schema.optional(Schema.String),
  gender_marker: Schema.optional(Schema.String)
})

export const PROGRAMME_COLUMNS = Object.keys(ProgrammeRecord.fields)
export const PROGRAMME_REQUIRED_COLUMNS = PROGRAMME_COLUMNS.filter(
  (c) => !["max_grant", "min_grant", "status", "requires_report", "gender_marker"].includes(c)
)

const decodeProgrammeRecord = decodeRecord(ProgrammeRecord, {})

const readGenderMarker = (raw: string): GenderMarker | undefined => {
  const value = raw.trim()
  return value === "0" ? 0 : value === "1" ? 1 : value === "2" ? 2 : undefined
}

/** One programmes row → a programme in its own currency, or the first reason it cannot be accepted. */
export const normaliseProgrammeRow = (record: RawRecord, source: RowSource): RowOutcome<ProgrammeRow> => {
  const decoded = decodeProgrammeRecord(record)
  if (Result.isFailure(decoded)) return { _tag: "Rejected", problem: decoded.failure }
  const row = decoded.success

  const elements = readElementList(row.elements)
  if (elements._tag === "Bad") return rejected("elements", row.elements, elements.code, elements.reason)
  const types = readAssistanceTypes(row.assistance_types)
  if (types._tag === "Unknown") {
    return rejected("assistance_types", row.assistance_types, "unknown_assistance_type", types.reason)
  }
  const eligible = readEligibleList(row.eligible)
  if (eligible._tag === "Unknown")
    return rejected("eligible", row.eligible, "unknown_eligibility", eligible.reason)

  const currency = readCurrencyCode(row.currency)
  if (currency._tag === "Bad") return rejected("currency", row.currency, "unknown_currency", currency.reason)
  const amounts: Record<"budget" | "committed" | "max_grant" | "min_grant", number | null> = {
    budget: null,
    committed: null,
    max_grant: null,
    min_grant: null
  }
  for (const column of ["budget", "committed", "max_grant", "min_grant"] as const) {
    const raw = row[column]
    if (raw === undefined) continue
    // A budget, commitment or floor may be zero; a cap of zero would be a closed programme in disguise.
    const reading = readAmount(raw, source.delimiter, column !== "max_grant")
    if (reading._tag === "Bad") return rejected(column, raw, "bad_amount", reading.reason)
    amounts[column] = reading.value
  }
  const budget = amounts.budget!
  const committed = amounts.committed!
  if (committed > budget) {
    return rejected(
      "committed",
      row.committed,
      "bad_amount",
      `${row.committed} committed is more than the budget of ${row.budget}`
    )
  }
  if (amounts.min_grant !== null && amounts.max_grant !== null && amounts.min_grant > amounts.max_grant) {
    return rejected(
      "min_grant",
      row.min_grant!,
      "bad_amount",
      `the minimum grant ${row.min_grant} is above the maximum grant ${row.max_grant}`
    )
  }

  const start = readDateCell("start", row.start)
  if (start._tag === "Bad") return rejected(start.column, start.value, start.code, start.reason)
  const end = readDateCell("end", row.end)
  if (end._tag === "Bad") return rejected(end.column, end.value, end.code, end.reason)
  // Both are required by the schema, so both are dates here.
  const startIso = start._tag === "Date" ? start.iso : ""
  const endIso = end._tag === "Date" ? end.iso : ""
  if (endIso < startIso)
    return rejected(
      "end",
      endIso,
      "bad_period",
      `the programme ends (${endIso}) before it starts (${startIso})`
    )

  const status = row.status === undefined ? "active" : readProgrammeStatus(row.status)
  if (status === undefined) {
    return rejected(
      "status",
      row.status!,
      "unknown_status",
      `"${row.status}" is not a programme status; write pipeline, active or closed`
    )
  }
  const requiresReport = row.requires_report === undefined ? false : readYesNo(row.requires_report)
  if (requiresReport === undefined) {
    return rejected(
      "requires_report",
      row.requires_report!,
      "bad_yes_no",
      `"${row.requires_report}" is neither yes nor no`
    )
  }
  const gender = row.gender_marker === undefined ? null : readGenderMarker(row.gender_marker)
  if (gender === undefined) {
    return rejected(
      "gender_marker",
      row.gender_marker!,
      "bad_gender_marker",
      `"${row.gender_marker}" is not an OECD DAC gender marker; write 0 (not targeted), 1 (significant) or 2 (principal)`
    )
  }

  return accepted({
    programme_id: row.programme_id,
    origin: "csv",
    donor: row.donor,
    donor_iso3: "",
    fund: row.fund,
    title: row.title,
    elements: elements.ids,
    assistance_types: types.types,
    eligible: eligible.areas,
    budget,
    committed,
    currency: currency.code,
    start: startIso,
    end: endIso,
    max_grant: amounts.max_grant,
    min_grant: amounts.min_grant,
    status,
    requires_report: requiresReport,
    gender_marker: gender,
    source_file: source.file,
    source_line: source.line
  })
}

export const PROGRAMME_FILE: FileKind<ProgrammeRow> = {
  name: "programmes",
  columns: PROGRAMME_COLUMNS,
  required: PROGRAMME_REQUIRED_COLUMNS,
  normalise: normaliseProgrammeRow
}
