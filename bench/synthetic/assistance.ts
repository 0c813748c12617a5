import { join } from "node:path"
import { ASSISTANCE_FILE } from "../../src/matching/assistance-row.ts"
import type { AssistanceType } from "../../src/matching/vocabularies.ts"
import { elementById } from "../../src/outline/outline.ts"
import { stateByIso3, type State } from "../../src/reference/states.ts"
import { openCsvSink } from "./csv-sink.ts"
import { COMMA_UTF8, type Dialect, SEMICOLON_WINDOWS1252 } from "./dialects.ts"
import { printedNotation } from "./element-refs.ts"
import { intBetween, pick, type Random, streamFor, weighted } from "./prng.ts"
import { capacityOf, stateReference } from "./state-refs.ts"
import { NEED_DESCRIPTIONS } from "./texts.ts"

/** The columns the pipeline reads (DATA-MODEL §2.3/§2.4), in its own order: one list, not a copy. */
export const ASSISTANCE_HEADER = ASSISTANCE_FILE.columns

/** One need or offer as content; `currency` "" writes an amount without a currency (USD by default). */
export interface AssistanceItem {
  readonly state: State
  readonly cycle: number
  readonly direction: "need" | "offer"
  readonly elementId: string
  readonly types: ReadonlyArray<AssistanceType>
  readonly amount: number | null
  readonly currency: string
  readonly periodStart: string
  readonly periodEnd: string
  readonly priority: 1 | 2 | 3 | null
  readonly description: string
}

const NEED_ELEMENTS = [
  "III.A", "III.B", "III.C", "II.A.2.a.i", "II.A.2.a.ii", "II.A.3.c.iii", "II.A.2.b.iv", "II.B.2", "II.A.2.c",
  "II.A.5.ii", "II.A.1.a.iii", "III.A.ii", "III.B.i", "III.C.iv", "II.A.2.b.i", "II.A.4.iii"
]
const OFFER_ELEMENTS = ["III", "II.A.2", "III.C", "II.A.2.a", "II.B.2", "III.A"]
const TYPES: ReadonlyArray<AssistanceType> = ["financial", "technical", "equipment", "training", "other"]
// Donor States and the currency their offers are in.
const DONORS: ReadonlyArray<readonly [string, string]> = [
  ["DEU", "EUR"], ["JPN", "JPY"], ["AUS", "AUD"], ["GBR", "GBP"], ["CHE", "CHF"],
  ["SWE", "SEK"], ["CAN", "CAD"], ["FRA", "EUR"], ["NOR", "NOK"], ["NLD", "EUR"]
]
/** Units of a currency per US dollar, roughly: keeps amounts plausible in every currency. */
export const UNITS_PER_USD: Readonly<Record<string, number>> = {
  USD: 1, EUR: 0.9, GBP: 0.78, CHF: 0.9, JPY: 140, CAD: 1.35, SEK: 10.5, NOK: 10.5, AUD: 1.5, XOF: 600
}

for (const id of [...NEED_ELEMENTS, ...OFFER_ELEMENTS]) {
  if (elementById(id) === undefined) throw new Error(`assistance.ts: ${id} is not an Outline element`)
}

const typesOf = (random: Random): Array<AssistanceType> => {
  const wanted = new Set([pick(random, TYPES)])
  if (random() < 0.4) wanted.add(pick(random, TYPES))
  return TYPES.filter((t) => wanted.has(t))
}

const amountIn = (random: Random, currency: string, lowUsd: number, highUsd: number): number =>
  Math.round((intBetween(random, lowUsd, highUsd) * (UNITS_PER_USD[currency || "USD"] ?? 1)) / 1000) * 1000

const period = (random: Random, cycle: number): readonly [string, string] => {
  const u = random()
  if (u < 0.15) return ["", ""]
  const startYear = cycle + intBetween(random, 0, 1)
  const start = `${startYear}-${String(intBetween(random, 1, 12)).padStart(2, "0")}-01`
  if (u < 0.25) return [start, ""]
  return [start, `${startYear + intBetween(random, 1, 4)}-12-31`]
}

/**
 * `needs` needs from the reporting States (more from States with less capacity) and one offer for about
 * every twelve needs from donor States, deterministic for a seed.
 */
export const buildAssistance = (
  seed: number,
  states: ReadonlyArray<State>,
  cycles: ReadonlyArray<number>,
  needs: number
): Array<AssistanceItem> => {
  const random = streamFor(seed, "assistance")
  const items: Array<AssistanceItem> = []
  if (states.length === 0 || cycles.length === 0) return items
  const byNeed = states.map((s) => [s, 4 - capacityOf(s, seed)] as const)
  for (let i = 0; i < needs; i++) {
    const cycle = pick(random, cycles)
    const currency = weighted(random, [["USD", 50], ["EUR", 20], ["", 10], ["JPY", 5], ["XOF", 5], ["CHF", 5], ["GBP", 5]])
    const specified = random() < 0.65
    const [periodStart, periodEnd] = period(random, cycle)
    items.push({
      state: weighted(random, byNeed),
      cycle,
      direction: "need",
      elementId: pick(random, NEED_ELEMENTS),
      types: typesOf(random),
      amount: specified ? Math.max(1000, amountIn(random, currency, 20_000, 2_000_000)) : null,
      currency: specified ? currency : "",
      periodStart,
      periodEnd,
      priority: random() < 0.15 ? null : (intBetween(random, 1, 3) as 1 | 2 | 3),
      description: pick(random, NEED_DESCRIPTIONS)
    })
  }
  for (let i = 0; i < Math.ceil(needs / 12); i++) {
    const [iso3, currency] = pick(random, DONORS)
    const cycle = pick(random, cycles)
    const [periodStart, periodEnd] = period(random, cycle)
    items.push({
      state: stateByIso3(iso3)!,
      cycle,
      direction: "offer",
      elementId: pick(random, OFFER_ELEMENTS),
      types: typesOf(random),
      amount: random() < 0.8 ? Math.max(1000, amountIn(random, currency, 100_000, 3_000_000)) : null,
      currency,
      periodStart,
      periodEnd,
      priority: null,
      description: "Offer of assistance; contact the national point of contact"
    })
  }
  return items
}

const writtenAmount = (amount: number, dialect: Dialect, random: Random): string => {
  if (dialect.delimiter !== ";" || amount < 1000) return String(amount)
  return pick(random, [String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, "."), String(amount)])
}

/** An item's cells in ASSISTANCE_HEADER order, spelled as a file in `dialect` would have it. */
export const assistanceCells = (item: AssistanceItem, dialect: Dialect, random: Random): Array<string> => {
  const semicolon = dialect === SEMICOLON_WINDOWS1252
  return [
    semicolon ? stateReference(item.state, random, true) : item.state.iso3,
    String(item.cycle),
    item.direction,
    semicolon && random() < 0.5 ? printedNotation(item.elementId) : item.elementId,
    item.types.join(";"),
    item.amount === null ? "" : writtenAmount(item.amount, dialect, random),
    item.currency,
    item.periodStart,
    item.periodEnd,
    item.priority === null ? "" : String(item.priority),
    item.description
  ]
}

export interface AssistanceFileSummary {
  readonly file: string
  readonly dialect: string
  readonly rows: number
  readonly needs: number
  readonly offers: number
  readonly bytes: number
}

/**
 * As the fixtures do: every cycle but the last in `assistance/needs-and-offers.csv` (comma, UTF-8); the last
 * cycle in a semicolon Windows-1252 file with names and printed element notation.
 */
export const writeAssistance = (
  out: string,
  seed: number,
  items: ReadonlyArray<AssistanceItem>,
  cycles: ReadonlyArray<number>
): Array<AssistanceFileSummary> => {
  const last = cycles.length >= 2 ? cycles[cycles.length - 1] : undefined
  const parts: ReadonlyArray<readonly [string, Dialect, (item: AssistanceItem) => boolean]> = [
    ["assistance/needs-and-offers.csv", COMMA_UTF8, (item) => item.cycle !== last],
    [`assistance/needs-and-offers-${last}-semicolon-windows1252.csv`, SEMICOLON_WINDOWS1252, (item) => item.cycle === last]
  ]
  const summaries: Array<AssistanceFileSummary> = []
  for (const [file, dialect, keep] of parts) {
    const chosen = items.filter(keep)
    if (chosen.length === 0) continue
    const random = streamFor(seed, file)
    const sink = openCsvSink(join(out, file), dialect, ASSISTANCE_HEADER)
    for (const item of chosen) sink.write(assistanceCells(item, dialect, random))
    sink.close()
    summaries.push({
      file,
      dialect: dialect.name,
      rows: chosen.length,
      needs: chosen.filter((i) => i.direction === "need").length,
      offers: chosen.filter((i) => i.direction === "offer").length,
      bytes: sink.bytes()
    })
  }
  return summaries
}
