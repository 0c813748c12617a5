import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import type { ReasonCode } from "./reasons.ts"
import type { RowProblem } from "./row-outcome.ts"

/** A row as text: column name → trimmed, non-empty cell (empty cells are left out, see STACK pitfall 4). */
export type RawRecord = Readonly<Record<string, string>>

const formatIssue = SchemaIssue.makeFormatterStandardSchemaV1()

/** What a column's decoding failure is called, and what the person should write instead. */
export interface ColumnRule {
  readonly code: ReasonCode
  readonly expected: string
}

/**
 * Decodes a raw record with a row schema, and turns the first issue into a row problem: a missing value is
 * `missing_value`; any other issue gets the reason code its column declares in `rules`, with its hint.
 */
export const decodeRecord = <S extends Schema.Decoder<unknown>>(
  schema: S,
  rules: Readonly<Record<string, ColumnRule>>
) => {
  const decode = Schema.decodeUnknownResult(schema)
  // An undefined value is an empty cell, like a missing key (report-row.ts passes its cells that way).
  return (record: Readonly<Record<string, string | undefined>>): Result.Result<S["Type"], RowProblem> => {
    const result = decode(record)
    if (Result.isSuccess(result)) return Result.succeed(result.success)
    const issue = formatIssue(result.failure.issue).issues[0]
    const column = String(issue?.path?.[0] ?? "")
    const value = record[column] ?? ""
    const message = issue?.message ?? "invalid row"
    if (value === "") {
      return Result.fail({ column, value, reason_code: "missing_value", reason: `the required column "${column}" is empty` })
    }
    const rule = rules[column]
    return Result.fail({
      column,
      value,
      reason_code: rule?.code ?? "missing_value",
      reason: rule
        ? `"${value}" in column "${column}" is not valid: ${rule.expected}`
        : `"${value}" in column "${column}": ${message.charAt(0).toLowerCase()}${message.slice(1)}`
    })
  }
}
