import type { AnswerRow } from "../normalise/answer-row.ts"

/** Which States submitted a national report in which cycle, for the `requires_report` rule. */
export interface ReportingRecord {
  /** every cycle with at least one report in the run, ascending */
  readonly cycles: ReadonlyArray<number>
  readonly cyclesByState: ReadonlyMap<string, ReadonlySet<number>>
}

/**
 * From the current (revised) answers: a State "submitted a report" in a cycle when it has any answer row
 * in it, even one that says "no response" — the report itself was submitted.
 */
export const reportingRecordOf = (
  answers: Iterable<Pick<AnswerRow, "iso3" | "cycle">>
): ReportingRecord => {
  const cyclesByState = new Map<string, Set<number>>()
  const cycles = new Set<number>()
  for (const answer of answers) {
    cycles.add(answer.cycle)
    const known = cyclesByState.get(answer.iso3)
    if (known === undefined) cyclesByState.set(answer.iso3, new Set([answer.cycle]))
    else known.add(answer.cycle)
  }
  return { cycles: [...cycles].sort((a, b) => a - b), cyclesByState }
}

/**
 * UNSCAR's rule (DATA-MODEL §2.4 `requires_report`): the latest reporting cycle before the programme
 * starts. A cycle is the year reports were due, so it counts when it is earlier than the start year; the
 * cycles are those present in the run's reports (PoA reports are biennial, and the inputs say which years).
 */
export const latestCycleBefore = (record: ReportingRecord, start: string): number | undefined => {
  const year = Number(start.slice(0, 4))
  let latest: number | undefined
  for (const cycle of record.cycles) if (cycle < year) latest = cycle
  return latest
}

export const hasReported = (record: ReportingRecord, iso3: string, cycle: number): boolean =>
  record.cyclesByState.get(iso3)?.has(cycle) ?? false
