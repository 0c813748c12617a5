import { freemem } from "node:os"
import { fileURLToPath } from "node:url"
import type { Dataset } from "./datasets.ts"
import { runNode } from "./measure-child.ts"
import type { Figure } from "./stats.ts"

const ROOT = fileURLToPath(new URL("../../", import.meta.url))
const CHILD = fileURLToPath(new URL("../ingest-child.ts", import.meta.url))

interface ChildReport {
  readonly read: number
  readonly seconds: number
  readonly maxRssKb: number
}

const MiB = 2 ** 20

/** One ingest child: its figure, or the reason it has none (and whether the heap ran out). */
const measureOnce = async (
  dataset: Dataset,
  section: string,
  label: string,
  args: ReadonlyArray<string>,
  nodeFlags: ReadonlyArray<string>,
  log: (line: string) => void
): Promise<{ figure: Figure; outOfMemory: boolean }> => {
  const bytes = dataset.summary.reports.bytes
  const run = await runNode([...nodeFlags, "--import", "tsx", CHILD, dataset.dir, ...args], { cwd: ROOT })
  const measure = `${label}: peak RSS ÷ input`
  if (run.code !== 0) {
    const outOfMemory = /heap out of memory|Reached heap limit/i.test(run.stderr)
    const peak = run.maxRssKb === null ? "?" : `${((run.maxRssKb * 1024) / MiB).toFixed(0)} MiB`
    log(`  ${label}: exited ${run.code}${outOfMemory ? " (JavaScript heap out of memory)" : ""} after ${(run.wallMs / 1000).toFixed(0)} s, peak RSS ${peak}`)
    const why = outOfMemory ? "out of memory at the heap limit" : `exit ${run.code}`
    return {
      figure: { section, measure, value: null, unit: "×", runs: 1, target: "≤ 1.5×", note: `${why}; peak RSS ${peak} when it stopped after ${(run.wallMs / 1000).toFixed(0)} s` },
      outOfMemory
    }
  }
  const report = JSON.parse(run.stdout.trim().split("\n").pop()!) as ChildReport
  const peak = (run.maxRssKb ?? report.maxRssKb) * 1024
  log(`  ${label}: ${report.read.toLocaleString("en-US")} rows in ${report.seconds.toFixed(0)} s, peak RSS ${(peak / MiB).toFixed(0)} MiB`)
  return {
    figure: {
      section,
      measure,
      value: peak / bytes,
      unit: "×",
      runs: 1,
      target: "≤ 1.5×",
      note: `peak ${(peak / MiB).toFixed(0)} MiB for ${(bytes / MiB).toFixed(0)} MiB of input, ${report.read.toLocaleString("en-US")} rows, ${report.seconds.toFixed(0)} s`
    },
    outOfMemory: false
  }
}

/**
 * Peak RSS while ingesting a dataset (one run each), as a ratio to the input size: keeping every row as
 * the nightly run does, and letting each file's rows go (what a per-file design would need). Node's
 * default heap limit applies, as for `poa run`; when that runs out, the run is repeated with a larger
 * heap (up to 70 % of free memory) to show what it would have needed.
 */
export const peakMemory = async (dataset: Dataset, log: (line: string) => void): Promise<Array<Figure>> => {
  const section = `peak memory ${(dataset.summary.reports.bytes / 1e6).toFixed(0)} MB`
  const figures: Array<Figure> = []
  const baseline = await runNode(["--import", "tsx", CHILD, dataset.dir, "--baseline"], { cwd: ROOT })
  const baselineBytes = baseline.code === 0 && baseline.maxRssKb !== null ? baseline.maxRssKb * 1024 : null
  if (baselineBytes !== null) {
    log(`  baseline (modules loaded, nothing read): peak RSS ${(baselineBytes / MiB).toFixed(0)} MiB`)
    figures.push({ section, measure: "baseline: modules loaded, no input", value: baselineBytes / MiB, unit: "MiB", runs: 1 })
  }
  for (const [label, args] of [
    ["ingest, keep all rows", []],
    ["ingest, drop rows per file", ["--drop"]]
  ] as const) {
    const first = await measureOnce(dataset, section, label, args, [], log)
    figures.push(first.figure)
    if (first.figure.value !== null && baselineBytes !== null) {
      const bytes = dataset.summary.reports.bytes
      figures.push({
        section,
        measure: `${label}: (peak − baseline) ÷ input`,
        value: (first.figure.value * bytes - baselineBytes) / bytes,
        unit: "×",
        runs: 1,
        note: "what the input itself costs, without the fixed cost of a loaded process"
      })
    }
    if (!first.outOfMemory) continue
    const heapMb = Math.min(16_384, Math.floor((freemem() * 0.7) / MiB))
    const retry = await measureOnce(dataset, section, `${label} (--max-old-space-size=${heapMb})`, args, [`--max-old-space-size=${heapMb}`], log)
    figures.push(retry.figure)
  }
  return figures
}
