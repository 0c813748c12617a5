import { Effect } from "effect"
import { discoverInputs, type InputFile } from "../src/ingest/discover-inputs.ts"
import { ingestFile } from "../src/ingest/ingest-file.ts"
import { REPORT_FILE } from "../src/normalise/report-row.ts"
import { Answers } from "../src/normalise/answer-columns.ts"
import { applyRevisions } from "../src/normalise/revisions.ts"
import { makeProgress } from "../src/run/progress.ts"
import { type CacheOptions, readInputs } from "../src/run/read-inputs.ts"

/** The national report files under `<input>/reports/`. */
export const discoverReports = (input: string) => discoverInputs(input, "reports", [".csv"])

/** National report files: read (cached when a cache is given), then revisions applied. */
export const readReports = (files: ReadonlyArray<InputFile>, cache?: CacheOptions) =>
  Effect.gen(function* () {
    const progress = makeProgress("reading national reports", files.reduce((t, f) => t + f.bytes, 0))
    const ingests = yield* readInputs(
      "reports",
      files,
      (path, file, onBytes) => ingestFile(path, file, REPORT_FILE, onBytes),
      progress,
      cache
    ).pipe(Effect.ensuring(Effect.sync(progress.done)))
    const revised = applyRevisions(new Answers(ingests.map((i) => i.accepted)))
    return { ingests, revised }
  })
