import { createHash } from "node:crypto"
import { Effect } from "effect"
import type { InputFile } from "../src/ingest/discover-inputs.ts"
import type { FileIngest } from "../src/ingest/ingest-file.ts"
import { codeVersion } from "../src/run/code-version.ts"
import type { Settings } from "../src/run/config.ts"
import { RunFailed } from "../src/run/errors.ts"
import { appendHistory, pruneRuns, type RunHistoryEntry } from "../src/run/history.ts"
import { pruneCache } from "../src/run/ingest-cache.ts"
import { withLock } from "../src/run/lock.ts"
import { conservationViolations, countByReason, type Manifest, type ManifestInput } from "../src/run/manifest.ts"
import type { OutputFile } from "../src/run/output-file.ts"
import { countChangedOutputs, readLatestManifest, sameFingerprint } from "../src/run/previous-run.ts"
import { pausePoint } from "../src/run/pause-point.ts"
import { abandonRun, makeRunId, openRunFolder, publishRun, type WrittenOutput, writeOutput } from "../src/run/run-folder.ts"
import { REJECT_COLUMNS } from "../src/run/reject-columns.ts"
import { formatCsv } from "../src/run/write-csv.ts"
import { allMatchingFiles, discoverMatchingInputs, discoverReports } from "./discover-inputs.ts"

export interface RunOptions {
  readonly settings: Settings
  /** ignore the cache and the unchanged-inputs shortcut: read everything again */
  readonly force: boolean
  /** how the run was started, shown to a second process that finds the lock held */
  readonly command: string
}

export type RunOutcome =
  | { readonly _tag: "Published"; readonly manifest: Manifest; readonly runDir: string }
  | { readonly _tag: "Unchanged"; readonly manifest: Manifest }


/**
 * The nightly run, diagrammed: discover → (unchanged? stop) → ingest (cached per file) → revisions →
 * check conservation → write outputs → manifest → publish `latest` → history, retention.
 * It holds the output folder's run lock throughout; a second run into the same folder is refused.
 */
export const runNightly = (options: RunOptions) =>
  withLock(options.settings.out, "run", options.command, runLocked(options))

const runLocked = Effect.fn("runNightly")(function* (options: RunOptions) {
  const { settings } = options
  const out = settings.out
  const startedAt = new Date()
  const durations: Record<string, number> = {}
  const stage = <A, E, R>(name: string, effect: Effect.Effect<A, E, R>) =>
    Effect.suspend(() => {
      const t0 = performance.now()
      return effect.pipe(
        Effect.tap(() => {
          const ms = Math.round(performance.now() - t0)
          durations[name] = ms
          return Effect.logInfo(`stage ${name} done`).pipe(Effect.annotateLogs({ stage: name, duration_ms: ms }))
        })
      )
    })

  yield* pausePoint("after-lock")
  const files = yield* stage("discover", discoverReports(settings.input))
  const matchingFiles = yield* discoverMatchingInputs(settings.input)
  const allInputs = [...files, ...allMatchingFiles(matchingFiles)]
  const code = codeVersion()
  const settingsSha = createHash("sha256").update(JSON.stringify(settings.sdg)).digest("hex")
  const previous = readLatestManifest(out)
  const runId = makeRunId(startedAt)

  if (!options.force && previous && sameFingerprint(previous, { inputs: allInputs, source_sha256: code.source_sha256, settings_sha256: settingsSha })) {
    yield* Effect.logInfo(`inputs and code unchanged since run ${previous.run_id}: nothing to do`)
    yield* Effect.promise(() =>
      appendHistory(out, historyEntry(runId, startedAt, "unchanged", previous, 0))
    )
    return { _tag: "Unchanged", manifest: previous } satisfies RunOutcome
  }

  const folder = yield* openRunFolder(out, runId)
  const base = {
    run_id: runId,
    started_at: startedAt.toISOString(),
    code_version: code,
    settings_sha256: settingsSha,
    input_dir: settings.input
  }
  yield* Effect.logInfo(`run ${runId} started: ${allInputs.length} input files`)

  const work = Effect.gen(function* () {
    const {
      answersArrow,
      answersCsvPieces,
      chartOutputs,
      computeIndicator1642,
      computeMetrics,
      metricsCharts,
      metricsOutputs,
      readReports,
      reportOutputs,
      runMatchingStage,
      sdg1642Charts,
      sdgOutputs,
      sdgReportSection
    } = yield* Effect.promise(() => import("./run-stages.ts"))
    const usedCache = new Set<string>()
    const hits = { count: 0 }
    const cache = { out, codeSha: code.source_sha256, used: usedCache, hits, read: !options.force }
    const { ingests, revised } = yield* stage("ingest", readReports(files, cache))
    yield* pausePoint("after-ingest")
    const matching = yield* stage("matching", runMatchingStage(matchingFiles, revised.current, cache))
    const inputs = [...manifestInputs(files, ingests, "reports", revised.superseded.rowsByFile()), ...matching.inputs]
    const violations = conservationViolations(inputs)
    if (violations.length > 0) {
      return yield* new RunFailed({ message: `rows were lost between reading and output: ${violations.join("; ")}` })
    }
    const rejects = [...ingests.flatMap((i) => i.rejects), ...matching.rejects]
    const metrics = yield* stage("metrics", Effect.sync(() => computeMetrics(revised.current)))
    const sdg = yield* stage("sdg", Effect.sync(() => computeIndicator1642(revised.current, settings.sdg)))
    // Figures that could not be published (SDG 16.4.2) are listed with the input rejects, pointing at a source
    // row; those rows themselves stay accepted, so they are counted apart from the rows of each file.
    const figureRejects = [...sdg.rejects]
    const outputFiles: Array<OutputFile> = [
      { file: "rejects.csv", content: formatCsv(REJECT_COLUMNS, [...rejects, ...figureRejects]) },
      { file: "normalised/answers.csv", content: { pieces: () => answersCsvPieces(revised.current) } },
      { file: "normalised/answers.arrow", content: { pieces: () => [answersArrow(revised.current)] } },
      ...metricsOutputs(metrics),
      ...sdgOutputs(sdg, { ...settings.sdg, lastUpdate: startedAt.toISOString().slice(0, 10) }),
      ...matching.outputs
    ]
    const charts = [...metricsCharts(metrics, revised.current), ...matching.charts, ...sdg1642Charts(sdg)]
    outputFiles.push(...(yield* stage("charts", Effect.promise(() => chartOutputs(charts)))))
    const outputs: Array<WrittenOutput> = yield* stage(
      "write",
      Effect.forEach(outputFiles, (o, i) =>
        i === 1 ? pausePoint("during-write").pipe(Effect.andThen(writeOutput(folder, o.file, o.content))) : writeOutput(folder, o.file, o.content)
      )
    )
    const draft: Manifest = {
      ...base,
      status: "ok",
      finished_at: new Date().toISOString(),
      cached_inputs: hits.count,
      inputs,
      totals: {
        files: inputs.length,
        files_rejected: inputs.filter((i) => i.status === "rejected").length,
        rows_read: sum(inputs, (i) => i.rows.read),
        rows_accepted: sum(inputs, (i) => i.rows.accepted),
        rows_rejected: sum(inputs, (i) => i.rows.rejected),
        rows_superseded: sum(inputs, (i) => i.rows.superseded),
        rejects_by_reason: countByReason(rejects),
        figures_rejected: figureRejects.length,
        figures_rejected_by_reason: countByReason(figureRejects)
      },
      superseded_submissions: revised.submissions,
      outputs,
      matching: matching.result.summary,
      durations_ms: { ...durations, matching_lp_solve: matching.result.summary.lp.solve_ms },
      warnings: [
        ...ingests.flatMap((i) => i.warnings),
        ...matching.warnings,
        ...metrics.warnings.map((w) => w.message)
      ]
    }
    // The report is made from the manifest of everything else, then listed in the final manifest itself.
    const reportFiles = yield* stage(
      "report",
      Effect.promise(() =>
        reportOutputs({
          manifest: draft,
          rejects: [...rejects, ...figureRejects],
          answers: revised.current,
          metrics,
          charts,
          sections: [matching.section, sdgReportSection(sdg)],
          generatedAt: startedAt
        })
      )
    )
    const reportWritten = yield* Effect.forEach(reportFiles, (o) => writeOutput(folder, o.file, o.content))
    const manifest: Manifest = {
      ...draft,
      outputs: [...outputs, ...reportWritten],
      durations_ms: { ...durations, matching_lp_solve: matching.result.summary.lp.solve_ms },
      finished_at: new Date().toISOString()
    }
    yield* writeOutput(folder, "manifest.json", JSON.stringify(manifest, null, 2) + "\n")
    yield* pausePoint("before-publish")
    yield* publishRun(folder)
    yield* Effect.promise(async () => {
      await appendHistory(out, historyEntry(runId, startedAt, "ok", manifest, countChangedOutputs(previous, manifest.outputs)))
      pruneRuns(out, settings.retention)
      pruneCache(out, usedCache)
    })
    yield* Effect.logInfo(`run ${runId} published as latest`)
    return { _tag: "Published", manifest, runDir: folder.finalDir } satisfies RunOutcome
  })

  const failRun = (message: string, status: "failed" | "abandoned") =>
    Effect.gen(function* () {
      const failed = { ...base, status: "failed", error: message, finished_at: new Date().toISOString() }
      yield* writeOutput(folder, "manifest.json", JSON.stringify(failed, null, 2) + "\n").pipe(Effect.ignore)
      const runDir = yield* abandonRun(folder, status)
      yield* Effect.promise(() =>
        appendHistory(out, { ...historyEntry(runId, startedAt, status, undefined, null), error: message })
      )
      return runDir
    })

  return yield* work.pipe(
    Effect.onInterrupt(() =>
      failRun("interrupted (SIGINT/SIGTERM) before the run was complete", "abandoned").pipe(Effect.ignore)
    ),
    Effect.catch((error) =>
      Effect.gen(function* () {
        const message = error instanceof RunFailed ? error.message : String(error)
        const runDir = yield* failRun(message, "failed")
        yield* Effect.logError(`run ${runId} failed: ${message}`)
        return yield* new RunFailed({ message, runDir })
      })
    )
  )
})

const manifestInputs = (
  files: ReadonlyArray<InputFile>,
  ingests: ReadonlyArray<FileIngest<unknown, unknown>>,
  kind: string,
  supersededByFile: ReadonlyMap<string, number>
): Array<ManifestInput> =>
   ingests.map((ingest, i) => {
    const n = supersededByFile.get(ingest.file) ?? 0
    return {
      file: ingest.file,
      kind,
      sha256: files[i]!.sha256,
      bytes: files[i]!.bytes,
      status: ingest.status,
      encoding: ingest.encoding,
      delimiter: ingest.delimiter,
      rows: { read: ingest.counts.read, accepted: ingest.counts.accepted - n, rejected: ingest.counts.rejected, superseded: n }
    }
  })

const historyEntry = (
  id: string,
  startedAt: Date,
  status: RunHistoryEntry["status"],
  manifest: Manifest | undefined,
  outputsChanged: number | null
): RunHistoryEntry => ({
  id,
  started_at: startedAt.toISOString(),
  finished_at: new Date().toISOString(),
  status,
  rows_read: manifest?.totals.rows_read ?? null,
  rows_accepted: manifest?.totals.rows_accepted ?? null,
  rows_rejected: manifest?.totals.rows_rejected ?? null,
  rows_superseded: manifest?.totals.rows_superseded ?? null,
  outputs_changed: outputsChanged
})

const sum = <A>(items: ReadonlyArray<A>, value: (a: A) => number): number => items.reduce((t, a) => t + value(a), 0)

