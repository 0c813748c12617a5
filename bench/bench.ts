/**
 * Benchmarks of issue 7 on generated data (bench/data/, reused while its parameters match):
 *   npx tsx --expose-gc bench/bench.ts [--quick] [--runs N] [--only ingest,run,nightly,allocation,memory]
 * Prints a table and writes bench/results.json. Figures are medians of --runs runs (3 by default; the
 * peak-memory cases run once, and the 1 GB one is skipped with --quick). Nothing here asserts a timing.
 */
import { writeFileSync } from "node:fs"
import { availableParallelism, cpus, totalmem } from "node:os"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { allocationBench } from "./lib/allocation-bench.ts"
import { ensureDataset } from "./lib/datasets.ts"
import { ingestComparison } from "./lib/ingest-compare.ts"
import { HAS_GNU_TIME } from "./lib/measure-child.ts"
import { peakMemory } from "./lib/peak-memory.ts"
import { fullRuns, nightlyRuns } from "./lib/poa-runs.ts"
import { type Figure, formatTable } from "./lib/stats.ts"

const SECTIONS = ["ingest", "run", "nightly", "allocation", "memory"] as const
type Section = (typeof SECTIONS)[number]

const { values } = parseArgs({
  options: { quick: { type: "boolean" }, runs: { type: "string" }, only: { type: "string" } },
  strict: true
})
const runs = values.runs === undefined ? 3 : Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, got "${values.runs}"`)
const only = values.only === undefined ? SECTIONS : (values.only.split(",") as Array<Section>)
const unknown = only.filter((s) => !SECTIONS.includes(s))
if (unknown.length > 0) throw new Error(`--only takes ${SECTIONS.join(", ")}; unknown: ${unknown.join(", ")}`)
const wanted = (section: Section) => only.includes(section) && !(section === "memory" && values.quick)

const log = (line: string) => console.log(line)
const machine = {
  cores: availableParallelism(),
  cpu: cpus()[0]?.model ?? "unknown",
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  memory_gib: Math.round(totalmem() / 2 ** 30),
  gnu_time: HAS_GNU_TIME,
  gc_exposed: typeof (globalThis as { gc?: unknown }).gc === "function"
}
log(`machine: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.platform}, ${machine.memory_gib} GiB`)
log(`runs: ${runs} (1 for the 1 GB case)${values.quick ? ", --quick: 1 GB case skipped" : ""}; peak RSS of child processes via ${HAS_GNU_TIME ? "GNU time" : "a resourceUsage preload"}`)

const figures: Array<Figure> = []
// One failing section (e.g. a module being rewritten right now) is reported and the others still run.
const section = async (name: string, measure: () => Promise<Array<Figure>>) => {
  log(`\n${name}`)
  try {
    figures.push(...(await measure()))
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error)
    log(`  failed: ${message}`)
    figures.push({ section: name, measure: "failed", value: null, unit: "", runs: 0, note: message })
  }
}

if (wanted("ingest")) {
  await section("ingest + normalise vs raw parse vs DuckDB (~100 MB)", () => ingestComparison(ensureDataset("ingest100", log), runs, log))
}
if (wanted("run")) await section("poa run --force on the realistic set", () => fullRuns(ensureDataset("realistic", log), runs, log))
if (wanted("nightly")) await section("nightly: full, unchanged, one file changed", () => nightlyRuns(ensureDataset("realistic", log), runs, log))
if (wanted("allocation")) {
  await section("allocation: LP vs greedy", () =>
    allocationBench(
      [
        [5000, 200],
        [20000, 500]
      ],
      runs,
      log
    )
  )
}
if (only.includes("memory")) await section("peak memory while ingesting ~100 MB", () => peakMemory(ensureDataset("ingest100", log), log))
if (wanted("memory")) await section("peak memory while ingesting ~1 GB", () => peakMemory(ensureDataset("ingest1g", log), log))

log(`\n${formatTable(figures)}`)
const resultsPath = fileURLToPath(new URL("./results.json", import.meta.url))
writeFileSync(resultsPath, `${JSON.stringify({ measured_at: new Date().toISOString(), machine, runs, quick: values.quick ?? false, figures }, null, 2)}\n`)
log(`\nwritten: bench/results.json`)
