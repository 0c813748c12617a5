import { fileURLToPath } from "node:url"
import { join } from "node:path"
import { type DatasetSummary, GENERATOR_VERSION, generateDataset, readDatasetSummary } from "../synthetic/dataset.ts"
import { DEFAULT_OPTIONS, type GenerateOptions } from "../synthetic/options.ts"

/** bench/data/ (git-ignored): generated inputs, reused while their parameters and generator version match. */
export const DATA_DIR = fileURLToPath(new URL("../data/", import.meta.url))

export const DATASETS = {
  /** ~100 MB of national reports, plus the canonical copy DuckDB reads */
  ingest100: { ...DEFAULT_OPTIONS, targetMb: 100, canonical: true, needs: 0, programmes: 0 },
  /** the realistic nightly input: 195 States × 4 cycles × 300 answers, 1,000 needs, 50 programmes */
  realistic: { ...DEFAULT_OPTIONS },
  /** ~1 GB of national reports, for peak memory */
  ingest1g: { ...DEFAULT_OPTIONS, targetMb: 1000, needs: 0, programmes: 0 }
} satisfies Record<string, Omit<GenerateOptions, "out">>

export type DatasetName = keyof typeof DATASETS

const sameParameters = (a: Omit<GenerateOptions, "out">, b: Omit<GenerateOptions, "out">): boolean =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort())

export interface Dataset {
  readonly dir: string
  readonly summary: DatasetSummary
  readonly generatedNow: boolean
}

/** The dataset's folder, generated first when missing or made with other parameters. */
export const ensureDataset = (name: DatasetName, log: (line: string) => void): Dataset => {
  const dir = join(DATA_DIR, name)
  const parameters = DATASETS[name]
  const existing = readDatasetSummary(dir)
  if (existing && existing.generatorVersion === GENERATOR_VERSION && sameParameters(existing.parameters, parameters)) {
    return { dir, summary: existing, generatedNow: false }
  }
  log(`generating bench/data/${name} …`)
  const t0 = performance.now()
  const summary = generateDataset({ ...parameters, out: dir })
  log(`  ${(summary.reports.bytes / 1e6).toFixed(1)} MB of reports, ${summary.reports.rows.toLocaleString("en-US")} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  return { dir, summary, generatedNow: true }
}
