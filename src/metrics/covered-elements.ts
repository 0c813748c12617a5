import * as aq from "arquero"
import type { ColumnTable } from "arquero"
import type { AnswerRow } from "../normalise/answer-row.ts"
import { OUTLINE } from "../outline/elements.ts"
import { ancestorsOf } from "../outline/outline.ts"
import { answersFrame, memoByAnswers } from "./answers-frame.ts"
import { distinctRows } from "./distinct-rows.ts"

/** The Outline as a table, in document order: element_id, element_order, depth, section, title. */
export const elementsTable = () =>
  aq.table({
    element_id: OUTLINE.map((element) => element.id),
    element_order: OUTLINE.map((_, index) => index),
    depth: OUTLINE.map((element) => element.depth),
    section: OUTLINE.map((element) => element.id.split(".", 1)[0] ?? ""),
    title: OUTLINE.map((element) => element.title)
  })

/**
 * element_id → covers: each element with itself and every heading above it, built once (~450 rows).
 * Joining answers onto it rolls them up without walking the Outline per row: an answer on II.A.2.b.ii
 * covers II.A.2.b.ii, II.A.2.b, II.A.2, II.A and II (DATA-MODEL §1: headings are elements too).
 */
const ROLL_UP = (() => {
  const elementId: Array<string> = []
  const covers: Array<string> = []
  for (const element of OUTLINE) {
    for (const covered of [element.id, ...ancestorsOf(element.id)]) {
      elementId.push(element.id)
      covers.push(covered)
    }
  }
  return aq.table({ element_id: elementId, covers })
})()

/**
 * iso3, cycle, element_id: the distinct elements each State covered in each cycle, counting the headings
 * its answers roll up to. A no_response answer covers nothing (the State reported, the element is open).
 * Several rows of one State on one element collapse to one: States are counted, not rows.
 */
export const coveredElements: (answers: Iterable<AnswerRow>) => ColumnTable = memoByAnswers((answers) =>
  distinctRows(
    distinctRows(
      answersFrame(answers).filter((d) => d.answer_code !== "no_response"),
      ["iso3", "cycle", "element_id"]
    ).join(ROLL_UP, "element_id"),
    ["iso3", "cycle", "covers"]
  ).rename({ covers: "element_id" })
)
