import { STATES } from "../reference/states.ts"
import { type AnswerChunk, Answers } from "./answer-columns.ts"

/** A submission replaced by a later one for the same State and cycle. */
export interface SupersededSubmission {
  readonly iso3: string
  readonly cycle: number
  readonly submitted_on: string
  readonly files: ReadonlyArray<string>
  readonly rows: number
  readonly superseded_by: string
}

export interface RevisionResult {
  readonly current: Answers
  readonly superseded: Answers
  readonly submissions: ReadonlyArray<SupersededSubmission>
}

// A State and cycle as one number (State position × 2^16 + cycle): cheaper to look up than a string key.
const keyOf = (chunk: AnswerChunk, i: number): number => chunk.state[i]! * 65536 + chunk.cycle[i]!

/**
 * DATA-MODEL §2.1: when a State submits again for a cycle, the latest `submitted_on` replaces the earlier
 * submission as a whole — not answer by answer, since a revised report restates the whole report. Rows
 * without a date count as older than any dated submission; rows with the same date form one submission
 * even across files. The answers are not copied: current and superseded are the same chunks under two
 * masks (one byte a row).
 */
export const applyRevisions = (answers: Answers): RevisionResult => {
  const latest = new Map<number, string>()
  answers.forEachRow((chunk, i) => {
    const key = keyOf(chunk, i)
    const submitted = chunk.texts[chunk.submittedOn[i]!]!
    const seen = latest.get(key)
    if (seen === undefined || submitted > seen) latest.set(key, submitted)
  })
  const chunks = answers.chunks
  const current = chunks.map((chunk) => new Uint8Array(chunk.length))
  const superseded = chunks.map((chunk) => new Uint8Array(chunk.length))
  const groups = new Map<string, { iso3: string; cycle: number; submitted_on: string; rows: number; files: Set<string> }>()
  answers.chunks.forEach((chunk, c) => {
    const mask = answers.masks[c]
    for (let i = 0; i < chunk.length; i++) {
      if (mask !== undefined && mask[i] !== 1) continue
      const submitted = chunk.texts[chunk.submittedOn[i]!]!
      if (submitted === latest.get(keyOf(chunk, i))) {
        current[c]![i] = 1
        continue
      }
      superseded[c]![i] = 1
      const iso3 = STATES[chunk.state[i]!]!.iso3
      const key = `${iso3}|${chunk.cycle[i]}|${submitted}`
      let group = groups.get(key)
      if (group === undefined) {
        group = { iso3, cycle: chunk.cycle[i]!, submitted_on: submitted, rows: 0, files: new Set<string>() }
        groups.set(key, group)
      }
      group.rows++
      group.files.add(chunk.file)
    }
  })
  const submissions = [...groups.values()].map((group) => ({
    iso3: group.iso3,
    cycle: group.cycle,
    submitted_on: group.submitted_on,
    files: [...group.files].sort(),
    rows: group.rows,
    superseded_by: latest.get(STATES.findIndex((s) => s.iso3 === group.iso3) * 65536 + group.cycle)!
  }))
  return { current: new Answers(chunks, current), superseded: new Answers(chunks, superseded), submissions }
}
