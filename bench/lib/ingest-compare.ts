import { computeMetrics } from "../../src/metrics/compute-metrics.ts"
import { coverageByElement } from "../../src/metrics/coverage-by-element.ts"
import { Answers } from "../../src/normalise/answer-columns.ts"
import { applyRevisions } from "../../src/normalise/revisions.ts"
import type { Dataset } from "./datasets.ts"
import { compareCoverage, duckdbCoverage } from "./duckdb-coverage.ts"
import { ingestReports } from "./pipeline-ingest.ts"
import { rawParseAll } from "./raw-parse.ts"
import { type Figure, median, timed } from "./stats.ts"

const ratios = (a: ReadonlyArray<number>, b: ReadonlyArray<number>): Array<number> => a.map((x, i) => x / b[i]!)

const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.()

/**
 * On the ~100 MB input, in each run: the pipeline's ingest + normalise (ingestFile over every report
 * file), then revisions and the coverage figures; the raw papaparse parse of the same bytes; DuckDB's
 * coverage query over the canonical copy; and computeMetrics (every metric) on its own.
 */
export const ingestComparison = async (dataset: Dataset, runs: number, log: (line: string) => void): Promise<Array<Figure>> => {
  const { dir, summary } = dataset
  const files = summary.reports.files
  const bytes = summary.reports.bytes
  const samples = { ingest: [] as Array<number>, raw: [] as Array<number>, coverage: [] as Array<number>, duck: [] as Array<number>, metrics: [] as Array<number> }
  let rowsRead = 0
  let threads = ""
  let match = ""
  for (let run = 1; run <= runs; run++) {
    collectGarbage()
    const ingest = await timed(() => ingestReports(dir, files.map((f) => f.file)))
    rowsRead = ingest.value.read
    threads = ingest.value.workers === 0 ? "main thread only" : `main thread + ${ingest.value.workers} worker (files read by the worker: ${ingest.value.readByWorkers} of ${files.length} in the last run; start-up included)`
    const figures = await timed(() => coverageByElement(applyRevisions(new Answers(ingest.value.ingests.map((i) => i.accepted))).current))
    const current = applyRevisions(new Answers(ingest.value.ingests.map((i) => i.accepted))).current
    // A fresh array: the metrics memoise on the answers array, so this recomputes every table.
    const metrics = await timed(() => computeMetrics(new Answers(current.chunks, current.masks)))
    collectGarbage()
    const raw = await timed(() => rawParseAll(dir, files))
    const duck = await timed(() => duckdbCoverage(dir))
    const comparison = compareCoverage(figures.value, duck.value)
    match = `${comparison.equal}/${comparison.rows} coverage rows equal${comparison.firstDifference ? `; first difference ${comparison.firstDifference}` : ""}`
    samples.ingest.push(ingest.ms)
    samples.raw.push(raw.ms)
    samples.coverage.push(ingest.ms + figures.ms)
    samples.duck.push(duck.ms)
    samples.metrics.push(metrics.ms)
    log(
      `  run ${run}: ingest ${(ingest.ms / 1000).toFixed(2)} s, revisions+coverage ${(figures.ms / 1000).toFixed(2)} s, ` +
        `computeMetrics ${(metrics.ms / 1000).toFixed(2)} s, raw parse ${(raw.ms / 1000).toFixed(2)} s, DuckDB ${(duck.ms / 1000).toFixed(2)} s`
    )
  }
  const ingestMs = median(samples.ingest)
  const rawMs = median(samples.raw)
  const section = `ingest ${(bytes / 1e6).toFixed(0)} MB`
  const seconds = (ms: ReadonlyArray<number>) => ms.map((m) => m / 1000)
  return [
    { section, measure: "pipeline ingest+normalise", value: bytes / 1e6 / (ingestMs / 1000), unit: "MB/s", runs, samples: seconds(samples.ingest), note: `${files.length} files, ${(ingestMs / 1000).toFixed(2)} s; ${threads}` },
    { section, measure: "pipeline ingest+normalise", value: rowsRead / (ingestMs / 1000), unit: "rows/s", runs, note: `${rowsRead.toLocaleString("en-US")} rows` },
    { section, measure: "raw papaparse stream parse", value: bytes / 1e6 / (rawMs / 1000), unit: "MB/s", runs, samples: seconds(samples.raw), note: `${(rawMs / 1000).toFixed(2)} s; iconv-lite decodeStream + chunk callback, rows counted only` },
    {
      section,
      measure: "pipeline ÷ raw parse",
      value: median(ratios(samples.ingest, samples.raw)),
      unit: "×",
      runs,
      target: "≤ 2×",
      samples: ratios(samples.ingest, samples.raw),
      note: `median of each run's ratio (both measured in the same run, so a slow spell of the machine hits both); ratio of the medians ${(ingestMs / rawMs).toFixed(2)}×`
    },
    { section, measure: "pipeline ingest+revisions+coverage", value: median(samples.coverage) / 1000, unit: "s", runs, samples: seconds(samples.coverage) },
    {
      section,
      measure: "DuckDB coverage query",
      value: median(samples.duck) / 1000,
      unit: "s",
      runs,
      samples: seconds(samples.duck),
      note: `reads canonical/ (${(summary.reports.canonicalBytes / 1e6).toFixed(0)} MB UTF-8 comma copy: ISO3, canonical ids — DuckDB cannot resolve names/notations); ${match}`
    },
    {
      section,
      measure: "pipeline ÷ DuckDB (coverage)",
      value: median(ratios(samples.coverage, samples.duck)),
      unit: "×",
      runs,
      samples: ratios(samples.coverage, samples.duck),
      note: "median of each run's ratio"
    },
    { section, measure: "computeMetrics (all metrics)", value: median(samples.metrics) / 1000, unit: "s", runs, samples: seconds(samples.metrics), note: "src/metrics/compute-metrics.ts on the revised answers" }
  ]
}
