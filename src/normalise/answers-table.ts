import * as aq from "arquero"
import { ANSWER_COLUMNS, type AnswerRow } from "./answer-row.ts"

/** The answers as an arquero table, built from columns (no per-row objects inside arquero). */
export const answersTable = (rows: ReadonlyArray<AnswerRow>) => {
  const columns: Record<string, Array<unknown>> = {}
  for (const name of ANSWER_COLUMNS) columns[name] = new Array(rows.length)
  rows.forEach((row, i) => {
    for (const name of ANSWER_COLUMNS) columns[name]![i] = row[name]
  })
  return aq.table(columns)
}

/** `normalised/answers.arrow`: the answers in Apache Arrow IPC (file format), readable by arquero, pandas, R. */
export const answersArrow = (rows: ReadonlyArray<AnswerRow>): Uint8Array =>
  aq.toArrowIPC(answersTable(rows), { format: "file" })
