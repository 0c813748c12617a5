import { stat } from "node:fs/promises"
import { join } from "node:path"
import { Effect } from "effect"
import { discoverInputs, type InputFile, sha256OfFile } from "../src/ingest/discover-inputs.ts"

// What a run reads, found and fingerprinted (SHA-256) before anything is parsed: kept apart from the stages
// so that a run whose inputs are unchanged decides so without loading them.

/** The national report files under `<input>/reports/`. */
export const discoverReports = (input: string) => discoverInputs(input, "reports", [".csv"])

/** The inputs of the matching stage: `rates.csv`, `assistance/**\/*.csv`, `programmes/**\/*.{csv,xml}`. */
export interface MatchingInputFiles {
  readonly rates: ReadonlyArray<InputFile>
  readonly assistance: ReadonlyArray<InputFile>
  readonly programmes: ReadonlyArray<InputFile>
}

export const discoverMatchingInputs = (input: string) =>
  Effect.gen(function* () {
    const ratesPath = join(input, "rates.csv")
    const ratesInfo = yield* Effect.promise(() => stat(ratesPath).catch(() => undefined))
    const rates: Array<InputFile> = ratesInfo?.isFile()
      ? [{ path: ratesPath, file: "rates.csv", sha256: yield* Effect.promise(() => sha256OfFile(ratesPath)), bytes: ratesInfo.size }]
      : []
    const assistance = yield* discoverInputs(input, "assistance", [".csv"])
    const programmes = yield* discoverInputs(input, "programmes", [".csv", ".xml"])
    return { rates, assistance, programmes } satisfies MatchingInputFiles
  })

export const allMatchingFiles = (files: MatchingInputFiles): ReadonlyArray<InputFile> => [
  ...files.rates,
  ...files.assistance,
  ...files.programmes
]

