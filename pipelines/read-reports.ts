import { Effect } from "effect"
import type { InputFile } from "../src/ingest/discover-inputs.ts"
import { ingestWorkersFor, makeReportIngestPool } from "../src/ingest/ingest-pool.ts"
import { Answers } from "../src/normalise/answer-columns.ts"
import { applyRevisions } from "../src/normalise/revisions.ts"
import { makeProgress } from "../src/run/progress.ts"
import { type CacheOptions, filesToParse, readInputs } from "../src/run/read-inputs.ts"

/**
 * National report files: read (cached when a cache is given), then revisions applied. Files to parse are
 * shared between the main thread and ingest workers (ingestWorkersFor: none for a small input); the
 * results do not depend on which thread read which file.
 */
export const readReports = (files: ReadonlyArray<InputFile>, cache?: CacheOptions) =>
  Effect.gen(function* () {
    const progress = makeProgress("reading national reports", files.reduce((t, f) => t + f.bytes, 0))
    const toParse = filesToParse("reports", files, cache)
    const workers = ingestWorkersFor(toParse.length, toParse.reduce((t, f) => t + f.bytes, 0))
    const pool = makeReportIngestPool(workers)
    const ingests = yield* readInputs("reports", files, pool.read, progress, cache, workers + 1).pipe(
      Effect.ensuring(Effect.promise(pool.close)),
      Effect.ensuring(Effect.sync(progress.done))
    )
    for (const problem of pool.problems()) yield* Effect.logWarning(`an ingest worker stopped: ${problem}`)
    if (workers > 0) {
      yield* Effect.logInfo(
        `report files parsed: ${toParse.length}, ${pool.readByWorkers()} of them by ${workers} worker thread${workers > 1 ? "s" : ""}`
      )
    }
    const revised = applyRevisions(new Answers(ingests.map((i) => i.accepted)))
    return { ingests, revised }
  })
