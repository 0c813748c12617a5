import * as aq from "arquero"
import { op } from "arquero"
import type { ColumnTable } from "arquero"
import type { AnswerRow } from "../normalise/answer-row.ts"
import { answersFrame, memoByAnswers } from "./answers-frame.ts"

const YES_NO_CODES = aq.table({ answer_code: ["yes", "no", "developing"] })

/**
 * iso3, cycle, element_id, answer_code: each State's yes / no / developing answer on exactly that element
 * (no roll-up: "yes" on an item says nothing about its heading). When a State answers one element several
 * times in a cycle, the answer on the latest source line wins — the last thing it wrote; across files of
 * one submission, the file that sorts last by name counts as later.
 */
export const latestYesNo: (answers: Iterable<AnswerRow>) => ColumnTable = memoByAnswers((answers) =>
  answersFrame(answers)
    .semijoin(YES_NO_CODES, "answer_code")
    .groupby("iso3", "cycle", "element_id")
    .orderby(aq.desc("source_file"), aq.desc("source_line"))
    .filter(() => op.row_number() === 1)
    .ungroup()
    .unorder()
    .select("iso3", "cycle", "element_id", "answer_code")
)
