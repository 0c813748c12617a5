import type { FileIngest } from "../../src/ingest/ingest-file.ts"
import { allocateGreedily } from "../../src/matching/allocate-greedy.ts"
import { allocateOptimally } from "../../src/matching/allocate-optimal.ts"
import { allocationProblemOf } from "../../src/matching/allocation-problem.ts"
import { type AssistanceRow, normaliseAssistanceRow } from "../../src/matching/assistance-row.ts"
import { convertAssistanceFiles, convertProgrammeFiles } from "../../src/matching/convert-to-usd.ts"
import { eligiblePairs } from "../../src/matching/eligible-pairs.ts"
import { normaliseProgrammeRow } from "../../src/matching/programme-row.ts"
import type { ProgrammeRow } from "../../src/matching/programme.ts"
import { buildRateTable, normaliseRateRow, type RateRow } from "../../src/matching/rates.ts"
import { reportingRecordOf } from "../../src/matching/reporting-record.ts"
import type { RowOutcome } from "../../src/ingest/row-outcome.ts"
import { ASSISTANCE_HEADER, assistanceCells, buildAssistance } from "../synthetic/assistance.ts"
import { COMMA_UTF8 } from "../synthetic/dialects.ts"
import { buildProgrammes, PROGRAMME_HEADER } from "../synthetic/programmes.ts"
import { buildRates } from "../synthetic/rates.ts"
import { cyclesFor, statesFor } from "../synthetic/reports.ts"
import { streamFor } from "../synthetic/prng.ts"
import { type Figure, median, timed } from "./stats.ts"

/** Cells → the record a row decoder sees: trimmed, empty cells left out (as ingestFile does). */
const recordOf = (header: ReadonlyArray<string>, cells: ReadonlyArray<string>): Record<string, string> => {
  const record: Record<string, string> = {}
  header.forEach((column, i) => {
    const cell = cells[i]!.trim()
    if (cell !== "") record[column] = cell
  })
  return record
}

/** Normalises generated rows in memory and wraps them as one file's ingest, for the USD conversion step. */
const asIngest = <A>(file: string, rows: ReadonlyArray<RowOutcome<A>>): FileIngest<A> => {
  const accepted = rows.flatMap((r) => (r._tag === "Accepted" ? [r.row] : []))
  if (accepted.length !== rows.length) throw new Error(`${file}: generated rows were rejected`)
  return {
    file,
    status: "read",
    encoding: "utf8",
    delimiter: "comma",
    counts: { read: rows.length, accepted: accepted.length, rejected: 0 },
    accepted,
    rejects: [],
    warnings: []
  }
}

/** A matching instance from the generator: `needs` needs (offers left out) and `programmes` programmes, in USD. */
export const allocationInstance = (seed: number, needCount: number, programmeCount: number) => {
  const states = statesFor(seed, 195)
  const cycles = cyclesFor(4)
  const random = streamFor(seed, "allocation-cells")
  const source = (file: string, line: number) => ({ file, line, delimiter: "," as const })
  const needItems = buildAssistance(seed, states, cycles, needCount).filter((item) => item.direction === "need")
  const assistance = asIngest<AssistanceRow>(
    "assistance/synthetic.csv",
    needItems.map((item, i) => normaliseAssistanceRow(recordOf(ASSISTANCE_HEADER, assistanceCells(item, COMMA_UTF8, random)), source("assistance/synthetic.csv", i + 2)))
  )
  const programmes = asIngest<ProgrammeRow>(
    "programmes/synthetic.csv",
    buildProgrammes(seed, states, cycles, programmeCount).map((cells, i) =>
      normaliseProgrammeRow(recordOf(PROGRAMME_HEADER, cells), source("programmes/synthetic.csv", i + 2))
    )
  )
  const rates = asIngest<RateRow>(
    "rates.csv",
    buildRates(seed, cycles).map((cells, i) => normaliseRateRow(recordOf(["currency", "usd_per_unit", "as_of"], cells), source("rates.csv", i + 2)))
  )
  const table = buildRateTable([rates]).table
  const needs = convertAssistanceFiles([assistance], table).needs
  const inUsd = convertProgrammeFiles([programmes], table).programmes
  // Every generated State reports in every cycle (as the generated reports do).
  const reporting = reportingRecordOf(states.flatMap((s) => cycles.map((cycle) => ({ iso3: s.iso3, cycle }))))
  return { needs, programmes: inUsd, reporting }
}

/** LP (HiGHS) against greedy on the same allocation problem, for each size. */
export const allocationBench = async (
  sizes: ReadonlyArray<readonly [number, number]>,
  runs: number,
  log: (line: string) => void
): Promise<Array<Figure>> => {
  const figures: Array<Figure> = []
  for (const [needCount, programmeCount] of sizes) {
    const { needs, programmes, reporting } = allocationInstance(1, needCount, programmeCount)
    const pairsMs: Array<number> = []
    const lpMs: Array<number> = []
    const greedyMs: Array<number> = []
    let note = ""
    for (let run = 1; run <= runs; run++) {
      const pairs = await timed(() => eligiblePairs(needs, programmes, reporting))
      const problem = allocationProblemOf(needs, programmes, pairs.value)
      const lp = await timed(() => allocateOptimally(problem))
      const greedy = await timed(() => allocateGreedily(problem))
      pairsMs.push(pairs.ms)
      lpMs.push(lp.ms)
      greedyMs.push(greedy.ms)
      const usd = (cents: Float64Array) => cents.reduce((t, c) => t + c, 0) / 100
      note = `${needs.length} needs, ${programmes.length} programmes, ${pairs.value.length.toLocaleString("en-US")} eligible pairs, LP ${lp.value.variables.toLocaleString("en-US")} columns × ${lp.value.constraints.toLocaleString("en-US")} rows, ${lp.value.solves} solve(s); USD allocated: LP ${Math.round(usd(lp.value.cents) / 1e6)} M, greedy ${Math.round(usd(greedy.value) / 1e6)} M`
      log(`  ${needCount} × ${programmeCount}, run ${run}: pairs ${pairs.ms.toFixed(0)} ms, LP ${lp.ms.toFixed(0)} ms, greedy ${greedy.ms.toFixed(0)} ms`)
    }
    const section = `allocation ${needCount.toLocaleString("en-US")} × ${programmeCount}`
    figures.push(
      { section, measure: "eligible pairs", value: median(pairsMs), unit: "ms", runs, samples: pairsMs, note },
      { section, measure: "LP (HiGHS), allocateOptimally", value: median(lpMs), unit: "ms", runs, samples: lpMs },
      { section, measure: "greedy, allocateGreedily", value: median(greedyMs), unit: "ms", runs, samples: greedyMs },
      { section, measure: "LP ÷ greedy", value: median(lpMs) / median(greedyMs), unit: "×", runs }
    )
  }
  return figures
}
