/**
 * Synthetic inputs in the data contract, deterministic for a seed (issue 7):
 *   npx tsx bench/generate.ts --states 195 --cycles 4 --answers 300 --seed 1 --out bench/data/realistic
 * See bench/synthetic/options.ts for every flag.
 */
import { fileURLToPath } from "node:url"
import { generateDataset } from "./synthetic/dataset.ts"
import { parseGenerateArgs, USAGE } from "./synthetic/options.ts"

export { generateDataset, readDatasetSummary } from "./synthetic/dataset.ts"
export { buildAssistance, assistanceCells, ASSISTANCE_HEADER } from "./synthetic/assistance.ts"
export { buildProgrammes, PROGRAMME_HEADER } from "./synthetic/programmes.ts"
export { buildRates } from "./synthetic/rates.ts"
export { buildReport } from "./synthetic/report-rows.ts"
export { cyclesFor, statesFor, writeReports } from "./synthetic/reports.ts"
export { DEFAULT_OPTIONS, type GenerateOptions } from "./synthetic/options.ts"

const main = () => {
  let options: ReturnType<typeof parseGenerateArgs>
  try {
    options = parseGenerateArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    process.exit(2)
  }
  const t0 = performance.now()
  const summary = generateDataset(options)
  const seconds = (performance.now() - t0) / 1000
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1)
  console.log(
    `${options.out}: ${summary.reports.files.length} report files, ${summary.reports.rows} rows ` +
      `(${summary.answersPerReport} per State and cycle, ${Object.values(summary.reports.badRows).reduce((a, b) => a + b, 0)} intentionally bad), ` +
      `${mb(summary.reports.bytes)} MB` +
      (options.canonical ? ` (+ ${mb(summary.reports.canonicalBytes)} MB canonical copy)` : "") +
      `; ${summary.assistance.reduce((t, f) => t + f.needs, 0)} needs, ${summary.assistance.reduce((t, f) => t + f.offers, 0)} offers, ` +
      `${summary.programmes?.rows ?? 0} programmes; ${seconds.toFixed(1)} s`
  )
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main()
