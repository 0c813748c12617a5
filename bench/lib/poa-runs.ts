import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import type { Dataset } from "./datasets.ts"
import { type ChildRun, HAS_GNU_TIME, runNode } from "./measure-child.ts"
import { type Figure, median } from "./stats.ts"

const ROOT = fileURLToPath(new URL("../../", import.meta.url))
const POA = join(ROOT, "bin", "poa.js")

const poaRun = (input: string, out: string, force: boolean): Promise<ChildRun> =>
  runNode([POA, "run", "--input", input, "--out", out, ...(force ? ["--force"] : [])], { cwd: ROOT })

const check = (run: ChildRun, what: string): ChildRun => {
  if (run.code !== 0) throw new Error(`${what} exited with ${run.code}\n${run.stdout}\n${run.stderr.slice(-3000)}`)
  return run
}

const scratch = (label: string) => mkdtempSync(join(tmpdir(), `poa-bench-${label}-`))

/** The whole `poa run --force` on the realistic set, as a separate process: wall time and peak RSS. */
export const fullRuns = async (dataset: Dataset, runs: number, log: (line: string) => void): Promise<Array<Figure>> => {
  const wall: Array<number> = []
  const rss: Array<number> = []
  for (let run = 1; run <= runs; run++) {
    const out = scratch("full")
    try {
      const result = check(await poaRun(dataset.dir, out, true), "poa run --force")
      wall.push(result.wallMs / 1000)
      if (result.maxRssKb !== null) rss.push(result.maxRssKb / 1024)
      log(`  run ${run}: ${(result.wallMs / 1000).toFixed(2)} s, peak RSS ${result.maxRssKb === null ? "?" : `${(result.maxRssKb / 1024).toFixed(0)} MiB`}`)
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  }
  const { summary } = dataset
  const section = "poa run (realistic)"
  const input = `${summary.states.length} States × ${summary.cycles.length} cycles × ${summary.answersPerReport} answers, ${(summary.reports.bytes / 1e6).toFixed(1)} MB of reports, ${summary.assistance.reduce((t, f) => t + f.needs, 0)} needs, ${summary.programmes?.rows ?? 0} programmes`
  return [
    { section, measure: "wall time, --force", value: median(wall), unit: "s", runs, samples: wall, note: input },
    {
      section,
      measure: "peak RSS",
      value: rss.length > 0 ? median(rss) : null,
      unit: "MiB",
      runs: rss.length,
      samples: rss,
      note: HAS_GNU_TIME ? "GNU time %M" : "process.resourceUsage().maxRSS at exit"
    }
  ]
}

/**
 * The nightly pattern, into one output folder: a full run (fresh folder, no cache), the same inputs again
 * (nothing to do), then one report file changed (a row appended: only that file is read again).
 */
export const nightlyRuns = async (dataset: Dataset, runs: number, log: (line: string) => void): Promise<Array<Figure>> => {
  const first: Array<number> = []
  const unchanged: Array<number> = []
  const incremental: Array<number> = []
  let cachedNote = ""
  const changed = dataset.summary.reports.files.find((f) => f.dialect === "comma-utf8")!.file
  let attempts = 0
  while (first.length < runs) {
    const input = scratch("input")
    const out = scratch("nightly")
    try {
      cpSync(dataset.dir, input, { recursive: true })
      const full = check(await poaRun(input, out, false), "first nightly run")
      const again = check(await poaRun(input, out, false), "unchanged nightly run")
      if (!again.stdout.includes("nothing to do")) {
        // The code version is a hash of src/: when someone edits src/ between the two runs, the second
        // one rightly does the work again. Try again rather than report a wrong ratio.
        if (++attempts > 3 * runs) throw new Error(`the unchanged run kept doing work (is src/ being edited?):\n${again.stdout}`)
        log(`  the second run did work (src/ changed in between?); trying again`)
        continue
      }
      // A valid row appended: a copy of a one-line data row of the file (same State, cycle and date).
      const path = join(input, changed)
      const dataRow = readFileSync(path, "utf8").split("\n").find((line, i) => i > 0 && line !== "" && !line.includes('"'))!
      appendFileSync(path, `${dataRow}\n`)
      const third = check(await poaRun(input, out, false), "incremental nightly run")
      const manifest = JSON.parse(readFileSync(join(out, "latest", "manifest.json"), "utf8")) as { cached_inputs?: number; inputs?: ReadonlyArray<unknown> }
      cachedNote = `${manifest.cached_inputs ?? "?"} of ${manifest.inputs?.length ?? "?"} input files from the cache`
      first.push(full.wallMs / 1000)
      unchanged.push(again.wallMs / 1000)
      incremental.push(third.wallMs / 1000)
      log(`  run ${first.length}: full ${(full.wallMs / 1000).toFixed(2)} s, unchanged ${(again.wallMs / 1000).toFixed(2)} s, one file changed ${(third.wallMs / 1000).toFixed(2)} s (${cachedNote})`)
    } finally {
      rmSync(input, { recursive: true, force: true })
      rmSync(out, { recursive: true, force: true })
    }
  }
  const section = "nightly (realistic)"
  const ratio = (a: ReadonlyArray<number>) => median(a.map((v, i) => v / first[i]!))
  return [
    { section, measure: "first run (no cache)", value: median(first), unit: "s", runs, samples: first },
    { section, measure: "unchanged second run", value: median(unchanged), unit: "s", runs, samples: unchanged, note: '"nothing to do"' },
    { section, measure: "unchanged ÷ full", value: ratio(unchanged), unit: "×", runs },
    { section, measure: "one file changed", value: median(incremental), unit: "s", runs, samples: incremental, note: `${changed} +1 row; ${cachedNote}` },
    { section, measure: "one file changed ÷ full", value: ratio(incremental), unit: "×", runs }
  ]
}
