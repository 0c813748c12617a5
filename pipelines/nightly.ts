import { Effect } from "effect"
import { discoverInputs } from "../src/ingest/discover-inputs.ts"
import { type FileIngest, ingestFile } from "../src/ingest/ingest-file.ts"
import type { Reject } from "../src/ingest/reasons.ts"
import { ANSWER_COLUMNS, type AnswerRow } from "../src/normalise/answer-row.ts"
import { answersArrow } from "../src/normalise/answers-table.ts"
import { REPORT_FILE } from "../src/normalise/report-row.ts"
import { applyRevisions } from "../src/normalise/revisions.ts"
import { codeVersion } from "../src/run/code-version.ts"
import { RunFailed } from "../src/run/errors.ts"
import { conservationViolations, countByReason, type Manifest, type ManifestInput } from "../src/run/manifest.ts"
import {
  abandonRun,
  makeRunId,
  openRunFolder,
  publishRun,
  type RunFolder,
  type WrittenOutput,
  writeOutput
} from "../src/run/run-folder.ts"
import { formatCsv } from "../src/run/write-csv.ts"

export interface RunOptions {
  readonly input: string
  readonly out: string
}

export interface RunResult {
  readonly manifest: Manifest
  readonly runDir: string
}

export const REJECT_COLUMNS: ReadonlyArray<keyof Reject> = ["file", "line", "column", "value", "reason_code", "reason"]

/**
 * The whole run: ingest → normalise → revisions → outputs → manifest → publish.
 * Everything is written into `<out>/runs/<id>.partial/`; only a complete run becomes `<out>/latest`.
 */
export const runNightly = Effect.fn("runNightly")(function* (options: RunOptions) {
  const startedAt = new Date()
  const durations: Record<string, number> = {}
  const timed = <A, E, R>(stage: string, effect: Effect.Effect<A, E, R>) =>
    Effect.suspend(() => {
      const t0 = performance.now()
      return Effect.tap(effect, () => Effect.sync(() => (durations[stage] = Math.round(performance.now() - t0))))
    })

  const files = yield* timed("discover", discoverInputs(options.input, "reports", [".csv"]))
  const folder = yield* openRunFolder(options.out, makeRunId(startedAt))
  const base = { run_id: folder.id, started_at: startedAt.toISOString(), code_version: codeVersion(), input_dir: options.input }

  const work = Effect.gen(function* () {
    const ingests: Array<FileIngest<AnswerRow>> = []
    yield* timed(
      "ingest",
      Effect.forEach(files, (f) =>
        Effect.tryPromise({
          try: () => ingestFile(f.path, f.file, REPORT_FILE),
          catch: (cause) => new RunFailed({ message: `${f.file}: could not be read: ${String(cause)}` })
        }).pipe(Effect.map((ingest) => ingests.push(ingest)))
      )
    )
    const revised = yield* timed("revisions", Effect.sync(() => applyRevisions(ingests.flatMap((i) => i.accepted))))
    const supersededByFile = countBy(revised.superseded, (r) => r.source_file)
    const inputs: Array<ManifestInput> = ingests.map((ingest, i) => {
      const superseded = supersededByFile.get(ingest.file) ?? 0
      return {
        file: ingest.file,
        kind: "reports",
        sha256: files[i]!.sha256,
        bytes: files[i]!.bytes,
        status: ingest.status,
        encoding: ingest.encoding,
        delimiter: ingest.delimiter,
        rows: {
          read: ingest.counts.read,
          accepted: ingest.counts.accepted - superseded,
          rejected: ingest.counts.rejected,
          superseded
        }
      }
    })
    const violations = conservationViolations(inputs)
    if (violations.length > 0) {
      return yield* new RunFailed({ message: `rows were lost between reading and output: ${violations.join("; ")}` })
    }
    const rejects = ingests.flatMap((i) => i.rejects)
    const outputs = yield* timed("write", writeOutputs(folder, rejects, revised.current))
    const manifest: Manifest = {
      ...base,
      status: "ok",
      finished_at: new Date().toISOString(),
      inputs,
      totals: {
        files: inputs.length,
        files_rejected: inputs.filter((i) => i.status === "rejected").length,
        rows_read: sum(inputs, (i) => i.rows.read),
        rows_accepted: sum(inputs, (i) => i.rows.accepted),
        rows_rejected: sum(inputs, (i) => i.rows.rejected),
        rows_superseded: sum(inputs, (i) => i.rows.superseded),
        rejects_by_reason: countByReason(rejects)
      },
      superseded_submissions: revised.submissions,
      outputs,
      durations_ms: durations,
      warnings: ingests.flatMap((i) => i.warnings)
    }
    yield* writeOutput(folder, "manifest.json", JSON.stringify(manifest, null, 2) + "\n")
    yield* publishRun(folder)
    return { manifest, runDir: folder.finalDir } satisfies RunResult
  })

  return yield* work.pipe(
    Effect.catch((error) =>
      Effect.gen(function* () {
        const message = error instanceof RunFailed ? error.message : String(error)
        const failed: Partial<Manifest> = { ...base, status: "failed", error: message, finished_at: new Date().toISOString() }
        yield* writeOutput(folder, "manifest.json", JSON.stringify(failed, null, 2) + "\n").pipe(Effect.ignore)
        const runDir = yield* abandonRun(folder)
        return yield* new RunFailed({ message, runDir })
      })
    )
  )
})

const writeOutputs = (folder: RunFolder, rejects: ReadonlyArray<Reject>, answers: ReadonlyArray<AnswerRow>) =>
  Effect.gen(function* () {
    const written: Array<WrittenOutput> = []
    written.push(yield* writeOutput(folder, "rejects.csv", formatCsv(REJECT_COLUMNS, rejects)))
    written.push(yield* writeOutput(folder, "normalised/answers.csv", formatCsv(ANSWER_COLUMNS, answers)))
    written.push(yield* writeOutput(folder, "normalised/answers.arrow", answersArrow(answers)))
    return written
  })

const countBy = <A>(items: ReadonlyArray<A>, key: (a: A) => string): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}

const sum = <A>(items: ReadonlyArray<A>, value: (a: A) => number): number => items.reduce((t, a) => t + value(a), 0)
