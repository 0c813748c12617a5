import { join } from "node:path"
import { PROGRAMME_FILE } from "../../src/matching/programme-row.ts"
import type { AssistanceType } from "../../src/matching/vocabularies.ts"
import { elementById } from "../../src/outline/outline.ts"
import type { State } from "../../src/reference/states.ts"
import { openCsvSink } from "./csv-sink.ts"
import { COMMA_UTF8 } from "./dialects.ts"
import { UNITS_PER_USD } from "./assistance.ts"
import { intBetween, pick, type Random, shuffled, streamFor, weighted } from "./prng.ts"
import { PROGRAMME_TITLES } from "./texts.ts"

/** The columns the pipeline reads (DATA-MODEL §2.3/§2.4), in its own order: one list, not a copy. */
export const PROGRAMME_HEADER = PROGRAMME_FILE.columns

const FUNDS = ["UNSCAR", "SALIENT", "bilateral", "EU Council Decision (CFSP)", "Regional SALW roadmap MPTF", "Silencing the Guns window"]
const DONORS = ["Germany", "Japan", "United Kingdom", "Switzerland", "Sweden", "Norway", "Netherlands", "France", "Canada", "Australia", "European Union"]
// Headings cover everything below them, so broad programmes (II, III) meet many needs and narrow ones few.
const PROGRAMME_ELEMENTS = [
  "II", "III", "II.A.2", "II.A.2.a", "II.A.3", "II.B.2", "III.A", "III.B", "III.C", "II.A.2.b", "II.A.5",
  "II.A.2.c", "II.A.1.a.iii", "III.C.iv", "II.A.2.a.i"
]
const REGION_CODES = ["002", "019", "142", "150", "009", "011", "014", "017", "029", "035", "145"]
const TYPES: ReadonlyArray<AssistanceType> = ["financial", "technical", "equipment", "training", "other"]

for (const id of PROGRAMME_ELEMENTS) {
  if (elementById(id) === undefined) throw new Error(`programmes.ts: ${id} is not an Outline element`)
}

const someOf = <T>(random: Random, items: ReadonlyArray<T>, low: number, high: number): Array<T> =>
  shuffled(random, items).slice(0, intBetween(random, low, high))

const eligibleOf = (random: Random, states: ReadonlyArray<State>): string => {
  const u = random()
  if (u < 0.25 || states.length === 0) return "world"
  if (u < 0.65) return someOf(random, REGION_CODES, 1, 2).join(";")
  return someOf(random, states, 3, 12)
    .map((s) => s.iso3)
    .join(";")
}

/** One programme's cells in PROGRAMME_HEADER order. */
const programmeCells = (random: Random, index: number, states: ReadonlyArray<State>, cycles: ReadonlyArray<number>): Array<string> => {
  const currency = weighted(random, [["USD", 50], ["EUR", 25], ["GBP", 10], ["CHF", 8], ["JPY", 7]])
  const perUsd = UNITS_PER_USD[currency]!
  const budgetUsd = intBetween(random, 300, 25_000) * 1000
  const budget = Math.round((budgetUsd * perUsd) / 1000) * 1000
  const committed = Math.round((budget * random() * 0.6) / 1000) * 1000
  const maxGrant = random() < 0.3 ? Math.round((intBetween(random, 50, 500) * 1000 * perUsd) / 1000) * 1000 : null
  const minGrant = random() < 0.1 ? Math.round((intBetween(random, 20, 250) * 1000 * perUsd) / 1000) * 1000 : null
  const floor = minGrant !== null && maxGrant !== null ? Math.min(minGrant, maxGrant) : minGrant
  const startYear = pick(random, cycles) - 1 + intBetween(random, 0, 2)
  const start = `${startYear}-${String(intBetween(random, 1, 12)).padStart(2, "0")}-01`
  const end = `${startYear + intBetween(random, 2, 6)}-12-31`
  const status = weighted(random, [["active", 80], ["pipeline", 10], ["closed", 10], ["", 5]])
  return [
    `XM-SYN-${String(index + 1).padStart(5, "0")}`,
    someOf(random, DONORS, 1, 4).join(";"),
    pick(random, FUNDS),
    pick(random, PROGRAMME_TITLES),
    someOf(random, PROGRAMME_ELEMENTS, 1, 4).join(";"),
    someOf(random, TYPES, 1, 3).join(";"),
    eligibleOf(random, states),
    String(budget),
    String(committed),
    currency,
    start,
    end,
    maxGrant === null ? "" : String(maxGrant),
    floor === null ? "" : String(floor),
    status,
    random() < 0.2 ? "yes" : random() < 0.5 ? "no" : "",
    random() < 0.1 ? "" : String(intBetween(random, 0, 2))
  ]
}

/** `count` programmes, deterministic for a seed; some eligible lists name the generated States. */
export const buildProgrammes = (
  seed: number,
  states: ReadonlyArray<State>,
  cycles: ReadonlyArray<number>,
  count: number
): Array<Array<string>> => {
  const random = streamFor(seed, "programmes")
  return Array.from({ length: count }, (_, i) => programmeCells(random, i, states, cycles))
}

export const writeProgrammes = (out: string, rows: ReadonlyArray<ReadonlyArray<string>>): { file: string; rows: number; bytes: number } => {
  const file = "programmes/programmes.csv"
  const sink = openCsvSink(join(out, file), COMMA_UTF8, PROGRAMME_HEADER)
  for (const row of rows) sink.write(row)
  sink.close()
  return { file, rows: rows.length, bytes: sink.bytes() }
}
