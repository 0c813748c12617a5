/**
 * Peak memory of ingesting a dataset's report files, in a process of its own (bench/bench.ts runs it):
 *   node --import tsx bench/ingest-child.ts DIR [--drop | --baseline]
 * Keeps every file's result, as the nightly run does, unless --drop (each file's rows are let go once
 * counted: the floor a streaming design would reach) or --baseline (the same modules loaded, no file read:
 * what any run costs before its input). Prints one JSON line.
 */
import { readDatasetSummary } from "./synthetic/dataset.ts"
import { ingestReports } from "./lib/pipeline-ingest.ts"

const [dir, flag] = process.argv.slice(2)
if (dir === undefined) {
  console.error("usage: node --import tsx bench/ingest-child.ts DIR [--drop]")
  process.exit(2)
}
const summary = readDatasetSummary(dir)
if (summary === undefined) throw new Error(`${dir} has no generated.json; run bench/generate.ts first`)
const files = summary.reports.files.map((f) => f.file)
const t0 = performance.now()
let read = 0
let accepted = 0
if (flag === "--baseline") {
  await ingestReports(dir, [])
} else if (flag === "--drop") {
  for (const file of files) {
    const one = await ingestReports(dir, [file])
    read += one.read
    accepted += one.accepted
  }
} else {
  const all = await ingestReports(dir, files)
  read = all.read
  accepted = all.accepted
}
const seconds = (performance.now() - t0) / 1000
console.log(JSON.stringify({ files: files.length, bytes: summary.reports.bytes, read, accepted, seconds, maxRssKb: process.resourceUsage().maxRSS }))
