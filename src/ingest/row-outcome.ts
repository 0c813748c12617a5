import type { ReasonCode } from "./reasons.ts"

/** What went wrong with one row, without its place (the reader adds file and line). */
export interface RowProblem {
  readonly column: string
  readonly value: string
  readonly reason_code: ReasonCode
  readonly reason: string
}

export type RowOutcome<A> =
  | { readonly _tag: "Accepted"; readonly row: A }
  | { readonly _tag: "Rejected"; readonly problem: RowProblem }

export const accepted = <A>(row: A): RowOutcome<A> => ({ _tag: "Accepted", row })
export const rejected = (
  column: string,
  value: string,
  reason_code: ReasonCode,
  reason: string
): RowOutcome<never> => ({ _tag: "Rejected", problem: { column, value, reason_code, reason } })
