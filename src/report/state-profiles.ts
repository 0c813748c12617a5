import type { Metrics } from "../metrics/types.ts"
import type { AnswerRow } from "../normalise/answer-row.ts"
import { type StateAnswer, stateAnswers } from "./state-answers.ts"

/** One State's cycles as the per-State section shows them (sent to the page as JSON, rendered as text). */
export interface StateCycleProfile {
  readonly cycle: number
  readonly covered: number | null
  readonly total: number | null
  readonly pct: number | null
  readonly change: number | null
  readonly answers: number
  readonly unparseable: number
}

export interface StateProfile {
  readonly iso3: string
  readonly name: string
  readonly region: string
  readonly sub_region: string
  readonly longest_streak: number
  readonly cycles: ReadonlyArray<StateCycleProfile>
  /** its free-text answers and answers with a note, capped (see state-answers.ts) */
  readonly worded_answers: ReadonlyArray<StateAnswer>
  /** how many such answers it gave in all, listed or not */
  readonly worded_total: number
}

interface Counts {
  answers: number
  unparseable: number
}

/**
 * Every State known to the run — the 195 of the reporting table, plus any State seen only in coverage or
 * answers (a hand-made or partial run) — with its coverage and answer counts per reported cycle, and what it
 * said in words.
 */
export const stateProfiles = (metrics: Metrics, answers: Iterable<AnswerRow>): Array<StateProfile> => {
  const counts = new Map<string, Counts>()
  const seen = new Map<string, { name: string; region: string; sub_region: string; streak: number }>()
  for (const answer of answers) {
    const key = `${answer.iso3}|${answer.cycle}`
    const count = counts.get(key) ?? { answers: 0, unparseable: 0 }
    count.answers++
    if (answer.parse_quality === "unparseable") count.unparseable++
    counts.set(key, count)
    if (!seen.has(answer.iso3))
      seen.set(answer.iso3, {
        name: answer.state_name,
        region: answer.region,
        sub_region: answer.sub_region,
        streak: 0,
      })
  }
  for (const row of metrics.stateCoverage)
    seen.set(row.iso3, {
      name: row.state_name,
      region: row.region,
      sub_region: seen.get(row.iso3)?.sub_region ?? "",
      streak: 0,
    })
  for (const row of metrics.reportingStates)
    seen.set(row.iso3, {
      name: row.state_name,
      region: row.region,
      sub_region: row.sub_region,
      streak: row.longest_streak,
    })

  const cyclesOf = new Map<string, Set<number>>()
  const add = (iso3: string, cycle: number) =>
    cyclesOf.set(iso3, (cyclesOf.get(iso3) ?? new Set()).add(cycle))
  for (const key of counts.keys()) {
    const [iso3, cycle] = key.split("|")
    add(iso3!, Number(cycle))
  }
  for (const row of metrics.stateCoverage) add(row.iso3, row.cycle)
  const coverage = new Map(metrics.stateCoverage.map((row) => [`${row.iso3}|${row.cycle}`, row]))
  const worded = stateAnswers(answers)

  return [...seen.entries()]
    .map(([iso3, state]) => ({
      iso3,
      name: state.name,
      region: state.region,
      sub_region: state.sub_region,
      longest_streak: state.streak,
      cycles: [...(cyclesOf.get(iso3) ?? [])]
        .sort((a, b) => a - b)
        .map((cycle) => {
          const row = coverage.get(`${iso3}|${cycle}`)
          const count = counts.get(`${iso3}|${cycle}`)
          return {
            cycle,
            covered: row?.elements_covered ?? null,
            total: row?.elements_total ?? null,
            pct: row?.covered_pct ?? null,
            change: row?.change_pct_points ?? null,
            answers: count?.answers ?? 0,
            unparseable: count?.unparseable ?? 0,
          }
        }),
      worded_answers: worded.get(iso3)?.listed ?? [],
      worded_total: worded.get(iso3)?.total ?? 0,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.iso3.localeCompare(b.iso3))
}
