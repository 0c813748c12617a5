import { parseArgs } from "node:util"

export interface GenerateOptions {
  readonly states: number
  readonly cycles: number
  /** answer rows per State and cycle (raised by targetMb when that needs more) */
  readonly answers: number
  readonly seed: number
  readonly out: string
  readonly needs: number
  readonly programmes: number
  /** keep adding answer rows until the reports are about this many MB (10^6 bytes); null: off */
  readonly targetMb: number | null
  /** every report in one comma UTF-8 file instead of one file per cycle × region */
  readonly oneFile: boolean
  /** a report file is continued in a new part once it passes this size */
  readonly maxFileMb: number
  /** also write canonical/: the same rows in UTF-8, comma, ISO3 and canonical ids (for DuckDB) */
  readonly canonical: boolean
  /** share of rows written with one intended defect */
  readonly badShare: number
}

export const DEFAULT_OPTIONS: Omit<GenerateOptions, "out"> = {
  states: 195,
  cycles: 4,
  answers: 300,
  seed: 1,
  needs: 1000,
  programmes: 50,
  targetMb: null,
  oneFile: false,
  maxFileMb: 100,
  canonical: false,
  badShare: 0.005
}

export const USAGE = `usage: npx tsx bench/generate.ts --out DIR [--states N] [--cycles C] [--answers A] [--seed S]
       [--needs K] [--programmes P] [--target-mb M] [--one-file] [--max-file-mb MB] [--canonical] [--bad-share F]
defaults: --states 195 --cycles 4 --answers 300 --seed 1 --needs 1000 --programmes 50 --max-file-mb 100 --bad-share 0.005`

const integer = (name: string, raw: string | undefined, fallback: number, min: number, max: number): number => {
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`)
  return value
}

const positive = (name: string, raw: string | undefined, fallback: number | null): number | null => {
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a number above 0, got "${raw}"`)
  return value
}

/** Reads the CLI flags; throws an Error whose message says what is wrong (the CLI prints it with USAGE). */
export const parseGenerateArgs = (argv: ReadonlyArray<string>): GenerateOptions => {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      states: { type: "string" },
      cycles: { type: "string" },
      answers: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
      needs: { type: "string" },
      programmes: { type: "string" },
      "target-mb": { type: "string" },
      "one-file": { type: "boolean" },
      "max-file-mb": { type: "string" },
      canonical: { type: "boolean" },
      "bad-share": { type: "string" }
    },
    strict: true,
    allowPositionals: false
  })
  if (values.out === undefined) throw new Error("--out DIR is required")
  const badShare = values["bad-share"] === undefined ? DEFAULT_OPTIONS.badShare : Number(values["bad-share"])
  if (!(badShare >= 0 && badShare < 1)) throw new Error(`--bad-share must be from 0 to below 1, got "${values["bad-share"]}"`)
  return {
    states: integer("states", values.states, DEFAULT_OPTIONS.states, 1, 195),
    cycles: integer("cycles", values.cycles, DEFAULT_OPTIONS.cycles, 1, 42),
    answers: integer("answers", values.answers, DEFAULT_OPTIONS.answers, 1, 10_000_000),
    seed: integer("seed", values.seed, DEFAULT_OPTIONS.seed, 0, 2 ** 32 - 1),
    out: values.out,
    needs: integer("needs", values.needs, DEFAULT_OPTIONS.needs, 0, 10_000_000),
    programmes: integer("programmes", values.programmes, DEFAULT_OPTIONS.programmes, 0, 1_000_000),
    targetMb: positive("target-mb", values["target-mb"], DEFAULT_OPTIONS.targetMb),
    oneFile: values["one-file"] ?? false,
    maxFileMb: positive("max-file-mb", values["max-file-mb"], DEFAULT_OPTIONS.maxFileMb)!,
    canonical: values.canonical ?? false,
    badShare
  }
}
