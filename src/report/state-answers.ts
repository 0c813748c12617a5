import { outlineOrder } from "../charts/outline-levels.ts"
import type { AnswerRow } from "../normalise/answer-row.ts"
import { elementById } from "../outline/outline.ts"
import { shortenText } from "./shorten-text.ts"

/**
 * What a State said in words, for the per-State section: its free-text answers (prose, including prose
 * holding a figure that could not be read as a number) and every answer with a note. Yes/no and numbers
 * are left out — the cycles table and the charts have them — and each State's list is capped, so
 * report.html stays small; normalised/answers.csv holds every answer in full.
 */

/** Rows listed per State in the page. */
export const LISTED_STATE_ANSWERS = 300
/** Question, answer and note are cut to this many characters in the page. */
export const SHOWN_ANSWER_CHARS = 500
/** Element titles (some run to 400 characters) are cut to this many in the list. */
export const SHOWN_TITLE_CHARS = 80

/** One listed answer (sent to the page as JSON, rendered as text). */
export interface StateAnswer {
  readonly cycle: number
  readonly element_id: string
  readonly question: string
  readonly answer: string
  readonly note: string
  readonly file: string
  readonly line: number
}

export interface StateAnswers {
  /** the first LISTED_STATE_ANSWERS, by cycle, Outline order and input line */
  readonly listed: ReadonlyArray<StateAnswer>
  /** how many the State gave in all */
  readonly total: number
}

/** A free-text answer (answer_code "text", which includes unparseable prose numbers) or one with a note. */
export const isWordedAnswer = (answer: AnswerRow): boolean =>
  answer.answer_code === "text" || answer.parse_quality === "unparseable" || answer.note.trim() !== ""

const byCycleAndOutline = (a: AnswerRow, b: AnswerRow): number =>
  a.cycle - b.cycle ||
  outlineOrder(a.element_id) - outlineOrder(b.element_id) ||
  a.element_id.localeCompare(b.element_id) ||
  a.source_file.localeCompare(b.source_file) ||
  a.source_line - b.source_line

const listed = (answer: AnswerRow): StateAnswer => ({
  cycle: answer.cycle,
  element_id: answer.element_id,
  question: shortenText(answer.question, SHOWN_ANSWER_CHARS),
  answer: shortenText(answer.answer_raw, SHOWN_ANSWER_CHARS),
  note: shortenText(answer.note, SHOWN_ANSWER_CHARS),
  file: answer.source_file,
  line: answer.source_line,
})

/** Each State's worded answers, keyed by ISO3; States without any are absent. */
export const stateAnswers = (answers: Iterable<AnswerRow>): Map<string, StateAnswers> => {
  const byState = new Map<string, Array<AnswerRow>>()
  for (const answer of answers) {
    if (!isWordedAnswer(answer)) continue
    const rows = byState.get(answer.iso3)
    if (rows === undefined) byState.set(answer.iso3, [answer])
    else rows.push(answer)
  }
  return new Map(
    [...byState.entries()].map(([iso3, rows]) => [
      iso3,
      { listed: rows.sort(byCycleAndOutline).slice(0, LISTED_STATE_ANSWERS).map(listed), total: rows.length },
    ]),
  )
}

/** Short titles of the given elements, once each (the rows carry only the id); unknown ids are left out. */
export const elementTitles = (ids: Iterable<string>): Record<string, string> => {
  const titles: Record<string, string> = {}
  for (const id of ids) {
    const title = elementById(id)?.title
    if (title !== undefined) titles[id] = shortenText(title, SHOWN_TITLE_CHARS)
  }
  return titles
}
