import { statSync } from "node:fs"
import { join } from "node:path"
import { Effect } from "effect"
import type { FileIngest } from "../../src/ingest/ingest-file.ts"
import { ingestWorkersFor, makeReportIngestPool } from "../../src/ingest/ingest-pool.ts"
import type { AnswerChunk } from "../../src/normalise/answer-columns.ts"
import type { AnswerRow } from "../../src/normalise/answer-row.ts"
import { makeProgress } from "../../src/run/progress.ts"
import { readInputs } from "../../src/run/read-inputs.ts"

export interface ReportsIngest {
  readonly ingests: ReadonlyArray<FileIngest<AnswerRow, AnswerChunk>>
  readonly read: number
  readonly accepted: number
  readonly rejected: number
  /** worker threads started beside the main thread, and the files they read */
  readonly workers: number
  readonly readByWorkers: number
}

/**
 * The pipeline's ingest + normalise, as the nightly run does it (pipelines/read-reports.ts without the
 * cache): every report file in sorted order (discoverInputs sorts) through readInputs and the report
 * ingest pool, with as many workers as the run would start (ingestWorkersFor: POA_INGEST_WORKERS, else
 * cores − 1 for inputs of 64 MiB or more), keeping every file's result. Worker start-up is inside the
 * measured time. Files are not hashed: without a cache nothing reads the SHA-256.
 */
export const ingestReports = async (dir: string, files: ReadonlyArray<string>): Promise<ReportsIngest> => {
  const inputs = [...files].sort().map((file) => ({ path: join(dir, file), file, sha256: "", bytes: statSync(join(dir, file)).size }))
  const workers = ingestWorkersFor(inputs.length, inputs.reduce((total, f) => total + f.bytes, 0))
  const pool = makeReportIngestPool(workers)
  try {
    const ingests = await Effect.runPromise(
      readInputs("reports", inputs, pool.read, makeProgress("", 0), undefined, workers + 1)
    )
    const sum = (pick: (i: FileIngest<AnswerRow, AnswerChunk>) => number) => ingests.reduce((t, i) => t + pick(i), 0)
    return {
      ingests,
      read: sum((i) => i.counts.read),
      accepted: sum((i) => i.counts.accepted),
      rejected: sum((i) => i.counts.rejected),
      workers,
      readByWorkers: pool.readByWorkers()
    }
  } finally {
    await pool.close()
  }
}
