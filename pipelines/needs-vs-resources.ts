import { Effect } from "effect"
import type { InputFile } from "../src/ingest/discover-inputs.ts"
import { type FileIngest, ingestFile } from "../src/ingest/ingest-file.ts"
import {
  ASSISTANCE_FILE,
  buildRateTable,
  computeMatching,
  convertAssistanceFiles,
  convertProgrammeFiles,
  ingestIatiFile,
  matchingCharts,
  matchingOutputs,
  matchingReportSection,
  PROGRAMME_FILE,
  RATES_FILE
} from "../src/matching/index.ts"
import type { AnswerRow } from "../src/normalise/answer-row.ts"
import type { ManifestInput } from "../src/run/manifest.ts"
import { makeProgress } from "../src/run/progress.ts"
import { type CacheOptions, readInputs } from "../src/run/read-inputs.ts"
import { chartOutputs } from "../src/charts/chart-outputs.ts"
import { writeExtractFolder } from "../src/run/extract-folder.ts"
import { formatCsv } from "../src/run/write-csv.ts"
import { REJECT_COLUMNS } from "../src/run/reject-columns.ts"
import { allMatchingFiles, discoverMatchingInputs, discoverReports, type MatchingInputFiles } from "./discover-inputs.ts"
import { readReports } from "./read-reports.ts"

/**
 * Needs against resources (issue 4), as the diagram of src/matching/index.ts says: read rates, needs and
 * offers, programmes (CSV and IATI XML) → convert to USD → eligibility → optimal and greedy allocation →
 * outputs, charts, report section. Rows that only the whole run can judge (unknown currency, duplicate
 * programme) move from accepted to rejected in their file's counts, so each file still balances.
 */
export const runMatchingStage = (files: MatchingInputFiles, answers: Iterable<AnswerRow>, cache?: CacheOptions) =>
  Effect.gen(function* () {
    const progress = makeProgress("reading assistance and programmes", allMatchingFiles(files).reduce((t, f) => t + f.bytes, 0))
    const rateFiles = yield* readInputs("rates", files.rates, (p, f, b) => ingestFile(p, f, RATES_FILE, b), progress, cache)
    const assistanceFiles = yield* readInputs(
      "assistance",
      files.assistance,
      (p, f, b) => ingestFile(p, f, ASSISTANCE_FILE, b),
      progress,
      cache
    )
    const programmeFiles = yield* readInputs(
      "programmes",
      files.programmes,
      (p, f, b) => (f.toLowerCase().endsWith(".xml") ? ingestIatiFile(p, f) : ingestFile(p, f, PROGRAMME_FILE, b)),
      progress,
      cache
    )
    progress.done()
    const rates = buildRateTable(rateFiles)
    const assistance = convertAssistanceFiles(assistanceFiles, rates.table)
    const programmes = convertProgrammeFiles(programmeFiles, rates.table)
    const result = yield* Effect.promise(() =>
      computeMatching({
        needs: assistance.needs,
        programmes: [...programmes.programmes, ...assistance.offers],
        rates: rates.table,
        answers
      })
    )
    const settled: Array<[string, ReadonlyArray<FileIngest<unknown>>, ReadonlyArray<InputFile>]> = [
      ["rates", rates.files, files.rates],
      ["assistance", assistance.files, files.assistance],
      ["programmes", programmes.files, files.programmes]
    ]
    const inputs: Array<ManifestInput> = settled.flatMap(([kind, ingests, found]) =>
      ingests.map((ingest) => {
        const file = found.find((f) => f.file === ingest.file)!
        return {
          file: ingest.file,
          kind,
          sha256: file.sha256,
          bytes: file.bytes,
          status: ingest.status,
          encoding: ingest.encoding,
          delimiter: ingest.delimiter,
          rows: { read: ingest.counts.read, accepted: ingest.counts.accepted, rejected: ingest.counts.rejected, superseded: 0 }
        }
      })
    )
    return {
      result,
      inputs,
      rejects: settled.flatMap(([, ingests]) => ingests.flatMap((i) => i.rejects)),
      warnings: settled.flatMap(([, ingests]) => ingests.flatMap((i) => i.warnings)),
      outputs: matchingOutputs(result),
      charts: matchingCharts(result),
      section: matchingReportSection(result)
    }
  })

/**
 * `poa match`: only needs against resources. National reports are read too, because the applicant rule
 * (`requires_report`) looks at who reported; everything is written into `dir`, swapped in whole.
 */
export const runMatchExtract = (input: string, dir: string) =>
  Effect.gen(function* () {
    const { revised } = yield* readReports(yield* discoverReports(input))
    const files = yield* discoverMatchingInputs(input)
    const stage = yield* runMatchingStage(files, revised.current)
    const charts = yield* Effect.promise(() => chartOutputs(stage.charts))
    yield* Effect.sync(() =>
      writeExtractFolder(dir, [
        ...stage.outputs,
        ...charts,
        { file: "rejects.csv", content: formatCsv(REJECT_COLUMNS, stage.rejects) }
      ])
    )
    return stage
  })
