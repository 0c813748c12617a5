import * as aq from "arquero"
import type { ColumnTable } from "arquero"
import { Answers, columnOf } from "../normalise/answer-columns.ts"
import type { AnswerRow } from "../normalise/answer-row.ts"
import { stateByIso3 } from "../reference/states.ts"
import { distinctRows } from "./distinct-rows.ts"

/** The answer columns the figures read; the rest of AnswerRow (notes, raw text, dates) never enters a metric. */
const FRAME_COLUMNS = [
  "iso3",
  "cycle",
  "element_id",
  "answer_code",
  "answer_number",
  "measure",
  "sex",
  "source_file",
  "source_line"
] as const satisfies ReadonlyArray<keyof AnswerRow>

/**
 * Caches a table derived from one answers array, so computeMetrics builds each intermediate table once
 * while every metric stays callable on its own. Keyed weakly on the (read-only) array: the cache goes
 * when the answers do.
 */
export const memoByAnswers = <T>(derive: (answers: Iterable<AnswerRow>) => T) => {
  const cache = new WeakMap<Iterable<AnswerRow>, T>()
  return (answers: Iterable<AnswerRow>): T => {
    const cached = cache.get(answers)
    if (cached !== undefined) return cached
    const derived = derive(answers)
    cache.set(answers, derived)
    return derived
  }
}

/**
 * The answers as an arquero table built from columns. Only the 195 eligible States enter: normalisation
 * rejects any other State, so a row for one here would be a bug upstream, and a figure "per eligible
 * State" must not count it. An Answers store is read column by column, without making row objects.
 */
export const answersFrame: (answers: Iterable<AnswerRow>) => ColumnTable = memoByAnswers((answers) => {
  const rows = answers instanceof Answers ? answers : [...answers].filter((answer) => stateByIso3(answer.iso3) !== undefined)
  return aq.table(Object.fromEntries(FRAME_COLUMNS.map((name) => [name, columnOf(rows, name)])))
})

/** The run's cycles: the distinct cycles of the answers, oldest first. */
export const cyclesOf = (answers: Iterable<AnswerRow>): Array<number> =>
  Array.from(
    distinctRows(answersFrame(answers), ["cycle"]).orderby("cycle").array("cycle") as ArrayLike<number>
  )

/** The cycles as a one-column table with each cycle's position in the run's list (for "adjacent cycles"). */
export const cyclesTable = (cycles: ReadonlyArray<number>) => {
  const sorted = [...new Set(cycles)].sort((a, b) => a - b)
  return aq.table({ cycle: sorted, cycle_index: sorted.map((_, index) => index) })
}
