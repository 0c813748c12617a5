import * as aq from "arquero"
import { ANSWER_COLUMNS, type AnswerRow } from "./answer-row.ts"

/** The answers as an arquero table, built from columns (no per-row objects inside arquero). */
export const answersTable = (rows: Iterable<AnswerRow>) => {
  const columns: Record<string, Array<unknown>> = {}
  for (const name of ANSWER_COLUMNS) columns[name] = []
  for (const row of rows) {
    for (const name of ANSWER_COLUMNS) columns[name]!.push(row[name])
  }
  return aq.table(columns)
}

/** `normalised/answers.arrow`: the answers in Apache Arrow IPC (file format), readable by arquero, pandas, R. */
export const answersArrow = (rows: Iterable<AnswerRow>): Uint8Array =>
  aq.toArrowIPC(answersTable(rows), { format: "file" })
