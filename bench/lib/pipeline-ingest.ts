import { join } from "node:path"
import { type FileIngest, ingestFile } from "../../src/ingest/ingest-file.ts"
import type { AnswerChunk } from "../../src/normalise/answer-columns.ts"
import type { AnswerRow } from "../../src/normalise/answer-row.ts"
import { REPORT_FILE } from "../../src/normalise/report-row.ts"

export interface ReportsIngest {
  readonly ingests: ReadonlyArray<FileIngest<AnswerRow, AnswerChunk>>
  readonly read: number
  readonly accepted: number
  readonly rejected: number
}

/**
 * The pipeline's ingest + normalise, as the nightly run does it: ingestFile on each report file in sorted
 * order (discoverInputs sorts), one after the other, keeping every file's result.
 */
export const ingestReports = async (dir: string, files: ReadonlyArray<string>): Promise<ReportsIngest> => {
  const ingests: Array<FileIngest<AnswerRow, AnswerChunk>> = []
  for (const file of [...files].sort()) ingests.push(await ingestFile(join(dir, file), file, REPORT_FILE))
  const sum = (pick: (i: FileIngest<AnswerRow, AnswerChunk>) => number) => ingests.reduce((t, i) => t + pick(i), 0)
  return {
    ingests,
    read: sum((i) => i.counts.read),
    accepted: sum((i) => i.counts.accepted),
    rejected: sum((i) => i.counts.rejected)
  }
}
