import type { AnswerRow } from "./answer-row.ts"

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
  readonly current: ReadonlyArray<AnswerRow>
  readonly superseded: ReadonlyArray<AnswerRow>
  readonly submissions: ReadonlyArray<SupersededSubmission>
}

/**
 * DATA-MODEL §2.1: when a State submits again for a cycle, the latest `submitted_on` replaces the earlier
 * submission as a whole — not answer by answer, since a revised report restates the whole report. Rows
 * without a date count as older than any dated submission; rows with the same date form one submission
 * even across files.
 */
export const applyRevisions = (rows: ReadonlyArray<AnswerRow>): RevisionResult => {
  const latest = new Map<string, string>()
  for (const row of rows) {
    const key = `${row.iso3}|${row.cycle}`
    const seen = latest.get(key)
    if (seen === undefined || row.submitted_on > seen) latest.set(key, row.submitted_on)
  }
  const current: Array<AnswerRow> = []
  const superseded: Array<AnswerRow> = []
  const groups = new Map<string, { rows: number; files: Set<string>; row: AnswerRow }>()
  for (const row of rows) {
    const newest = latest.get(`${row.iso3}|${row.cycle}`)!
    if (row.submitted_on === newest) {
      current.push(row)
      continue
    }
    superseded.push(row)
    const key = `${row.iso3}|${row.cycle}|${row.submitted_on}`
    const group = groups.get(key) ?? { rows: 0, files: new Set<string>(), row }
    group.rows++
    group.files.add(row.source_file)
    groups.set(key, group)
  }
  const submissions = [...groups.values()].map(({ rows: n, files, row }) => ({
    iso3: row.iso3,
    cycle: row.cycle,
    submitted_on: row.submitted_on,
    files: [...files].sort(),
    rows: n,
    superseded_by: latest.get(`${row.iso3}|${row.cycle}`)!
  }))
  return { current, superseded, submissions }
}
