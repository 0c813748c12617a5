import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import type { State } from "../../src/reference/states.ts"
import { type AssistanceFileSummary, buildAssistance, writeAssistance } from "./assistance.ts"
import type { GenerateOptions } from "./options.ts"
import { buildProgrammes, writeProgrammes } from "./programmes.ts"
import { buildRates, writeRates } from "./rates.ts"
import { cyclesFor, type ReportsSummary, statesFor, writeReports } from "./reports.ts"

/** Bump when the same options would give different bytes, so bench/data is regenerated. */
export const GENERATOR_VERSION = 1

export const SUMMARY_FILE = "generated.json"

export interface DatasetSummary {
  readonly generatorVersion: number
  readonly parameters: Omit<GenerateOptions, "out">
  readonly answersPerReport: number
  readonly states: ReadonlyArray<string>
  readonly cycles: ReadonlyArray<number>
  readonly reports: ReportsSummary
  readonly assistance: ReadonlyArray<AssistanceFileSummary>
  readonly programmes: { readonly file: string; readonly rows: number; readonly bytes: number } | null
  readonly rates: { readonly file: string; readonly rows: number }
}

const MB = 1_000_000

/**
 * Answer rows per report that bring the reports to about targetMb: renders a sample of about 20 States
 * in every cycle without writing, measures bytes per row and scales; twice, since rows past the Outline's
 * elements are a different mix (further questions, earlier years) from the first ones.
 */
export const answersForTarget = (options: Omit<GenerateOptions, "out">, states: ReadonlyArray<State>, cycles: ReadonlyArray<number>): number => {
  if (options.targetMb === null) return options.answers
  const every = Math.max(1, Math.ceil(states.length / 20))
  const sample = new Set(states.filter((_, i) => i % every === 0).map((s) => s.iso3))
  const reports = states.length * cycles.length
  let answers = Math.max(options.answers, 300)
  for (let round = 0; round < 2; round++) {
    const measured = writeReports({
      ...options,
      out: null,
      states,
      cycles,
      answers,
      canonical: false,
      maxFileBytes: Number.POSITIVE_INFINITY,
      include: (s) => sample.has(s.iso3)
    })
    const bytesPerRow = measured.bytes / Math.max(1, measured.rows)
    answers = Math.max(1, Math.round((options.targetMb * MB) / (reports * bytesPerRow)))
  }
  return Math.max(options.answers, answers)
}

/**
 * Writes a whole input folder in the data contract (reports/, assistance/, programmes/, rates.csv, and
 * canonical/ when asked) plus generated.json, which describes it. Earlier generated outputs in the
 * folder are removed first, so no stale file from other parameters is left behind.
 */
export const generateDataset = (options: GenerateOptions): DatasetSummary => {
  const { out, ...parameters } = options
  for (const part of ["reports", "assistance", "programmes", "canonical", "rates.csv", SUMMARY_FILE]) {
    rmSync(join(out, part), { recursive: true, force: true })
  }
  mkdirSync(out, { recursive: true })
  const states = statesFor(options.seed, options.states)
  const cycles = cyclesFor(options.cycles)
  const answers = answersForTarget(parameters, states, cycles)
  const reports = writeReports({
    out,
    seed: options.seed,
    states,
    cycles,
    answers,
    badShare: options.badShare,
    maxFileBytes: options.oneFile ? Number.POSITIVE_INFINITY : options.maxFileMb * MB,
    oneFile: options.oneFile,
    canonical: options.canonical
  })
  const assistance = writeAssistance(out, options.seed, buildAssistance(options.seed, states, cycles, options.needs), cycles)
  const programmes = options.programmes > 0 ? writeProgrammes(out, buildProgrammes(options.seed, states, cycles, options.programmes)) : null
  const rates = writeRates(out, buildRates(options.seed, cycles))
  const summary: DatasetSummary = {
    generatorVersion: GENERATOR_VERSION,
    parameters,
    answersPerReport: answers,
    states: states.map((s) => s.iso3),
    cycles,
    reports,
    assistance,
    programmes,
    rates
  }
  writeFileSync(join(out, SUMMARY_FILE), `${JSON.stringify(summary, null, 2)}\n`)
  return summary
}

/** The summary of a folder written by generateDataset, if there is one. */
export const readDatasetSummary = (dir: string): DatasetSummary | undefined => {
  const path = join(dir, SUMMARY_FILE)
  if (!existsSync(path)) return undefined
  return JSON.parse(readFileSync(path, "utf8")) as DatasetSummary
}
