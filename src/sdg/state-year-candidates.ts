import type { AnswerRow } from "../normalise/answer-row.ts"
import type { WeaponClass } from "../normalise/vocabularies.ts"
import { addParts, EMPTY_PARTS, isSdgPart, type PartCounts, SDG_PARTS, type SdgPart } from "./parts.ts"
import type { YearFrom } from "./result.ts"

/** One count of one part, from one accepted answer. */
export interface PartFigure {
  readonly part: SdgPart
  readonly count: number
  readonly weapon_class: WeaponClass
  readonly raw: string
  readonly file: string
  readonly line: number
}

/** Parts summed over a set of figures, and the figures themselves (for source_rows and rejects). */
export interface PartsWithSources {
  readonly parts: PartCounts
  readonly figures: ReadonlyArray<PartFigure>
}

/** Everything one State reported towards 16.4.2 for one year, before the publication rules are applied. */
export interface StateYearCandidate {
  readonly iso3: string
  readonly m49: string
  readonly state_name: string
  readonly year: number
  readonly cycle: number
  readonly year_from: YearFrom
  readonly set_aside_rows: number
  readonly total: PartsWithSources
  readonly small_arms: PartsWithSources | undefined
  readonly light_weapons: PartsWithSources | undefined
}

/**
 * The year a figure refers to: the `year` column when given, else the reporting cycle (DATA-MODEL §2.1:
 * `year` is given "when it differs from cycle", so a blank `year` means the cycle year).
 */
export const referenceYear = (row: AnswerRow): number => row.year ?? row.cycle

const toFigure = (row: AnswerRow): PartFigure | undefined =>
  row.answer_code === "number" && row.answer_number !== null && isSdgPart(row.measure)
    ? {
        part: row.measure,
        count: row.answer_number,
        weapon_class: row.weapon_class,
        raw: row.answer_raw,
        file: row.source_file,
        line: row.source_line,
      }
    : undefined

const byFileAndLine = (a: PartFigure, b: PartFigure): number =>
  a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1

const sumFigures = (figures: ReadonlyArray<PartFigure>): PartsWithSources => ({
  parts: figures.reduce<PartCounts>(
    (sum, figure) => addParts(sum, { ...EMPTY_PARTS, [figure.part]: figure.count }),
    EMPTY_PARTS,
  ),
  figures: [...figures].sort(byFileAndLine),
})

/**
 * The State total, part by part: the `all` rows when the State gave any for that part (they are its own
 * total), else the sum of its small_arms and light_weapons rows for that part.
 */
const totalOf = (figures: ReadonlyArray<PartFigure>): PartsWithSources => {
  const used: Array<PartFigure> = []
  for (const part of SDG_PARTS) {
    const ofPart = figures.filter((figure) => figure.part === part)
    const all = ofPart.filter((figure) => figure.weapon_class === "all")
    used.push(...(all.length > 0 ? all : ofPart))
  }
  return sumFigures(used)
}

const classOf = (
  figures: ReadonlyArray<PartFigure>,
  weaponClass: WeaponClass,
): PartsWithSources | undefined => {
  const ofClass = figures.filter((figure) => figure.weapon_class === weaponClass)
  return ofClass.length > 0 ? sumFigures(ofClass) : undefined
}

const yearFromOf = (rows: ReadonlyArray<AnswerRow>): YearFrom => {
  const given = rows.filter((row) => row.year !== null).length
  return given === rows.length ? "year" : given === 0 ? "cycle" : "year;cycle"
}

const candidateOf = (rows: ReadonlyArray<AnswerRow>): StateYearCandidate => {
  // A later report that covers the same year replaces the earlier one for that year as a whole, as a
  // resubmission replaces a submission (DATA-MODEL §2.1); summing both would count the same arms twice.
  const cycle = Math.max(...rows.map((row) => row.cycle))
  const used = rows.filter((row) => row.cycle === cycle)
  const figures = used.flatMap((row) => toFigure(row) ?? [])
  const first = used[0]!
  return {
    iso3: first.iso3,
    m49: first.m49,
    state_name: first.state_name,
    year: referenceYear(first),
    cycle,
    year_from: yearFromOf(used),
    set_aside_rows: rows.length - used.length,
    total: totalOf(figures),
    small_arms: classOf(figures, "small_arms"),
    light_weapons: classOf(figures, "light_weapons"),
  }
}

/**
 * Groups the accepted answers that count toward 16.4.2 (a number with one of the five part measures) by
 * State and reference year. A State-year with none of them is not a candidate and yields nothing.
 */
export const stateYearCandidates = (answers: Iterable<AnswerRow>): ReadonlyArray<StateYearCandidate> => {
  const groups = new Map<string, Array<AnswerRow>>()
  for (const row of answers) {
    if (toFigure(row) === undefined) continue
    const key = `${row.iso3}|${referenceYear(row)}`
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return [...groups.values()]
    .map(candidateOf)
    .sort((a, b) => (a.iso3 === b.iso3 ? a.year - b.year : a.iso3 < b.iso3 ? -1 : 1))
}
