import { statSync } from "node:fs"
import { join } from "node:path"
import type { FileIngest } from "../../src/ingest/ingest-file.ts"
import { ingestWorkersFor, largestFirst, makeReportIngestPool } from "../../src/ingest/ingest-pool.ts"
import type { AnswerChunk } from "../../src/normalise/answer-columns.ts"
import type { AnswerRow } from "../../src/normalise/answer-row.ts"

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
 * The pipeline's ingest + normalise, as the nightly run does it: every report file in sorted order
 * (discoverInputs sorts) through the report ingest pool, with as many workers as the run would start
 * (ingestWorkersFor: POA_INGEST_WORKERS, else cores − 1 for inputs of 64 MiB or more), keeping every
 * file's result. Worker start-up is inside the measured time.
 */
export const ingestReports = async (dir: string, files: ReadonlyArray<string>): Promise<ReportsIngest> => {
  const sorted = [...files].sort()
  const sizes = sorted.map((file) => statSync(join(dir, file)).size)
  const workers = ingestWorkersFor(sorted.length, sizes.reduce((a, b) => a + b, 0))
  const pool = makeReportIngestPool(workers)
  try {
    // As readInputs does with the pool: handed over largest first, kept in file order.
    const order = workers > 0 ? largestFirst(sizes) : sorted.map((_, i) => i)
    const reads = new Array<Promise<FileIngest<AnswerRow, AnswerChunk>>>(sorted.length)
    for (const i of order) reads[i] = pool.read(join(dir, sorted[i]!), sorted[i]!)
    const ingests = await Promise.all(reads)
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
