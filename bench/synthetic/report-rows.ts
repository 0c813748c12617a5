import type { Measure, PersonMeasure, Sex, WeaponClass } from "../../src/normalise/vocabularies.ts"
import { OUTLINE } from "../../src/outline/elements.ts"
import type { State } from "../../src/reference/states.ts"
import { hashSeed, intBetween, pick, type Random, streamFor } from "./prng.ts"
import { capacityOf, languageOf } from "./state-refs.ts"
import { type Lang, NOTES, PROSE_NUMBERS, TEXT_ANSWERS } from "./texts.ts"

/**
 * One national report as content, before it is written in any dialect: which element each row answers,
 * the answer, measure, sex, weapon class, year and note. Rendering (render-report.ts) decides how it is
 * spelled in a file. A row marked `bad` is one of the intended ~0.5 % rejects.
 */

export type BadKind = "unknown_state" | "unknown_element" | "ambiguous_date" | "negative_count" | "bad_number"
export const BAD_KINDS: ReadonlyArray<BadKind> = [
  "unknown_state",
  "unknown_element",
  "ambiguous_date",
  "negative_count",
  "bad_number"
]

export type Answer =
  | { readonly kind: "yes" | "no" | "developing" | "none" }
  | { readonly kind: "count" | "decimal"; readonly value: number }
  | { readonly kind: "text"; readonly text: string }
  /** bad rows: a count below zero, a number that breaks the file's number conventions */
  | { readonly kind: "negative"; readonly value: number }
  | { readonly kind: "malformed" }

export interface ReportRow {
  readonly elementId: string
  readonly question: string
  readonly answer: Answer
  readonly measure: Measure | ""
  readonly sex: Sex | ""
  /** "" leaves the column blank (= all) */
  readonly weaponClass: WeaponClass | ""
  readonly year: number | null
  readonly note: string
  readonly bad: BadKind | null
}

export interface Report {
  readonly state: State
  readonly cycle: number
  readonly lang: Lang
  readonly submittedOn: string
  readonly rows: ReadonlyArray<ReportRow>
}

const ORDER = new Map(OUTLINE.map((element, index) => [element.id, index]))
const PROSE_KINDS = new Set(["section", "paragraph", "placeholder"])

const row = (elementId: string, question: string, answer: Answer, extra: Partial<ReportRow> = {}): ReportRow => ({
  elementId,
  question,
  answer,
  measure: "",
  sex: "",
  weaponClass: "",
  year: null,
  note: "",
  bad: null,
  ...extra
})

const between = (random: Random, low: number, high: number): number => low + random() * (high - low)
const count = (value: number): Answer => ({ kind: "count", value })

const SDG_QUESTIONS: Readonly<Record<string, string>> = {
  seized: "Illicit SALW seized (criminal offences)",
  found: "Illicit SALW found",
  surrendered: "Illicit SALW surrendered",
  traced: "Seized, found or surrendered SALW whose illicit origin was traced",
  origin_established: "Illicit origin established by other means"
}

/** SDG 16.4.2 parts for one State, year and weapon class: traced + origin_established ≤ the denominator. */
const sdgParts = (random: Random, base: number): ReadonlyArray<readonly [Measure, number]> => {
  const seized = Math.max(12, Math.round(base * between(random, 0.8, 1.2)))
  const found = Math.round(seized * between(random, 0.02, 0.12))
  const surrendered = random() < 0.25 ? 0 : Math.round(seized * between(random, 0.03, 0.35))
  const denominator = seized + found + surrendered
  const traced = Math.floor(denominator * between(random, 0.04, 0.25))
  const origin = Math.floor(denominator * between(random, 0.02, 0.25))
  return [
    ["seized", seized],
    ["found", found],
    ["surrendered", surrendered],
    ["traced", traced],
    ["origin_established", origin]
  ]
}

const PERSONS: ReadonlyArray<readonly [PersonMeasure, string, string, number, number, number]> = [
  ["coordination_body_members", "II.A.1.a.ii", "Members of the national coordination body", 8, 30, 0.4],
  ["trainees", "II.A.2.b.iv", "Officers trained in SALW control", 20, 420, 0.3],
  ["victims", "II.B.2.i", "Victims of firearm-related violence", 60, 5200, 0.15],
  ["delegates", "IV.ii", "Delegates to the biennial meeting", 2, 9, 0.3]
]

/**
 * The figures of one data year: SDG 16.4.2 parts, tracing requests, stockpile counts, persons by sex.
 * They come from a stream of their own (State and data year), so a State that gives the same year in two
 * cycles' reports restates the same figures, and the SDG parts of a year always add up (traced +
 * origin_established ≤ seized + found + surrendered), whichever report they are read from.
 */
const figureRows = (seed: number, state: State, capacity: number, dataYear: number, cycle: number): Array<ReportRow> => {
  const random = streamFor(seed, state.iso3, dataYear, "figures")
  const sdgBase = 100 + (hashSeed(seed, state.iso3, "sdg") % 6000)
  const rows: Array<ReportRow> = []
  // DATA-MODEL §2.1: `year` is given when it differs from the cycle.
  const at = { year: dataYear === cycle ? null : dataYear }
  if (random() < [0.45, 0.65, 0.8][capacity - 1]!) {
    const split = random() < 0.1
    const classes: ReadonlyArray<readonly [WeaponClass | "", number]> = split
      ? [
          ["small_arms", 0.93],
          ["light_weapons", 0.07]
        ]
      : [[random() < 0.1 ? "all" : "", 1]]
    for (const [weaponClass, share] of classes) {
      for (const [measure, value] of sdgParts(random, sdgBase * share)) {
        rows.push(row("III.F.i", SDG_QUESTIONS[measure]!, count(value), { ...at, measure, weaponClass }))
      }
    }
  }
  if (capacity >= 2 && random() < 0.5) {
    const received = intBetween(random, 3, 60 * capacity)
    rows.push(
      row("III.C.iv", "Tracing requests sent", count(intBetween(random, 0, 80 * capacity)), { ...at, measure: "tracing_requests_sent" }),
      row("III.C.iv", "Tracing requests received", count(received), { ...at, measure: "tracing_requests_received" }),
      row("III.C.iv", "Tracing requests answered", count(Math.round(received * between(random, 0.55, 1))), {
        ...at,
        measure: "tracing_requests_answered"
      })
    )
  }
  if (random() < 0.4) {
    const prose = random() < 0.05
    const answer: Answer = prose
      ? { kind: "text", text: pick(random, PROSE_NUMBERS) }
      : count(Math.round(sdgBase * between(random, 0.3, 1.6)))
    rows.push(row("II.A.3.c.iii", "Illicit SALW destroyed", answer, { ...at, measure: "destroyed" }))
  }
  if (random() < 0.2) rows.push(row("II.A.2.c.i", "Weapons collected", count(intBetween(random, 40, 4000)), { ...at, measure: "collected" }))
  if (random() < 0.3) rows.push(row("III.A.ii", "State-held weapons marked", count(intBetween(random, 200, 25000)), { ...at, measure: "marked" }))
  if (random() < 0.25) {
    rows.push(row("II.A.2.a.i", "Weapons lost or stolen from state stocks", count(intBetween(random, 0, 140)), { ...at, measure: "lost_stolen" }))
  }
  for (const [measure, elementId, question, low, high, p] of PERSONS) {
    if (random() >= p) continue
    const total = intBetween(random, low, high)
    const female = Math.round(total * between(random, 0.08, 0.5))
    rows.push(
      row(elementId, question, count(female), { ...at, measure, sex: "female" }),
      row(elementId, question, count(total - female), { ...at, measure, sex: "male" })
    )
    if (random() < 0.5) rows.push(row(elementId, question, count(total), { ...at, measure, sex: "total" }))
  }
  if (random() < 0.1) {
    const share = Math.round(between(random, 5, 60) * 10) / 10
    rows.push(row("II.B.2.ii", "Share of women among officers trained (%)", { kind: "decimal", value: share }, at))
  }
  return rows
}

/** A State's answer on an element: yes / developing / no by capacity, some text, some left blank. */
const elementAnswer = (random: Random, elementId: string, capacity: number, cycle: number, lang: Lang, k: number): ReportRow => {
  const element = OUTLINE[ORDER.get(elementId)!]!
  const question = k === 0 ? `Q${ORDER.get(elementId)! + 1}` : `Q${ORDER.get(elementId)! + 1}.${k}`
  const u = random()
  const yes = [0.42, 0.62, 0.84][capacity - 1]! + (cycle - 2018) * 0.01
  const textual = PROSE_KINDS.has(element.kind) ? 0.5 : 0.12
  let answer: Answer
  if (u < 0.06) answer = { kind: "none" }
  else if (u < 0.06 + textual) answer = { kind: "text", text: pick(random, TEXT_ANSWERS[lang]) }
  else {
    const v = random()
    answer = { kind: v < yes ? "yes" : v < yes + 0.15 ? "developing" : "no" }
  }
  const note = random() < 0.1 ? pick(random, NOTES[lang]) : ""
  return row(elementId, question, answer, { note })
}

const markBad = (random: Random, original: ReportRow): ReportRow => {
  const kind = pick(random, BAD_KINDS)
  if (kind === "negative_count" || kind === "bad_number") {
    const answer: Answer = kind === "negative_count" ? { kind: "negative", value: intBetween(random, 1, 500) } : { kind: "malformed" }
    return row("III.F.i", SDG_QUESTIONS["seized"]!, answer, { measure: "seized", bad: kind })
  }
  return { ...original, bad: kind }
}

/** The day a State sent its report: mid-January to the end of June of the cycle year. */
const submittedOn = (seed: number, state: State, cycle: number): string => {
  const day = hashSeed(seed, state.iso3, cycle, "date") % 165
  return new Date(Date.UTC(cycle, 0, 14 + day)).toISOString().slice(0, 10)
}

/** Only answer rows are made bad: figures stay whole, so no intended reject breaks an SDG 16.4.2 year. */
const markBadRows = (random: Random, rows: ReadonlyArray<ReportRow>, badShare: number): Array<ReportRow> => {
  const answerRows = rows.filter((r) => r.measure === "").length
  const share = answerRows === 0 ? 0 : (badShare * rows.length) / answerRows
  return rows.map((r) => (r.measure === "" && random() < share ? markBad(random, r) : r))
}

/**
 * Exactly `answers` rows for one State and cycle, in document order: the figures of the cycle year or the
 * year before, one answer per element the State covers and, when more rows are asked for than that,
 * figures of earlier years and further questions on the covered elements.
 */
export const buildReport = (seed: number, state: State, cycle: number, answers: number, badShare: number): Report => {
  const random = streamFor(seed, state.iso3, cycle, "report")
  const capacity = capacityOf(state, seed)
  const lang = languageOf(state)
  const coverage = [0.5, 0.7, 0.85][capacity - 1]!
  const figures = figureRows(seed, state, capacity, random() < 0.5 ? cycle : cycle - 1, cycle)
  let covered = OUTLINE.filter((e) => random() < (e.id === "I" ? 0.05 : coverage)).map((e) => e.id)
  if (covered.length === 0) covered = OUTLINE.map((e) => e.id)
  const rows: Array<ReportRow> = figures.slice(0, answers)
  for (const id of covered) {
    if (rows.length >= answers) break
    rows.push(elementAnswer(random, id, capacity, cycle, lang, 0))
  }
  const subQuestion = new Map<string, number>()
  let yearsBack = 2
  while (rows.length < answers) {
    if (yearsBack <= 40 && random() < 0.3) {
      // A year's figures go in whole or not at all (a cut block would leave an SDG year without its parts).
      const block = figureRows(seed, state, capacity, cycle - yearsBack++, cycle)
      if (rows.length + block.length <= answers) {
        rows.push(...block)
        continue
      }
    }
    const id = pick(random, covered)
    const k = (subQuestion.get(id) ?? 0) + 1
    subQuestion.set(id, k)
    rows.push(elementAnswer(random, id, capacity, cycle, lang, k))
  }
  const ordered = markBadRows(random, rows, badShare)
    .map((r, index) => ({ r, index, order: ORDER.get(r.elementId)! }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map(({ r }) => r)
  return { state, cycle, lang, submittedOn: submittedOn(seed, state, cycle), rows: ordered }
}
