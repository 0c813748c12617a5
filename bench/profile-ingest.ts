/**
 * CPU profile of the ingest hot path on the ~100 MB input (issue 7):
 *   npx tsx bench/profile-ingest.ts [--top N]
 * Runs bench/ingest-child.ts under `node --cpu-prof` and prints the functions with the most self time,
 * then the same by file. The .cpuprofile stays in bench/data/profiles/ (open it in Chrome DevTools).
 */
import { spawnSync } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { DATA_DIR, ensureDataset } from "./lib/datasets.ts"
import { summariseProfile } from "./lib/cpu-profile.ts"

const { values } = parseArgs({ options: { top: { type: "string" } }, strict: true })
const top = Number(values.top ?? 25)
const ROOT = fileURLToPath(new URL("../", import.meta.url))
const dataset = ensureDataset("ingest100", console.log)
const profiles = join(DATA_DIR, "profiles")
mkdirSync(profiles, { recursive: true })

console.log(`profiling ingest of ${(dataset.summary.reports.bytes / 1e6).toFixed(0)} MB (${dataset.summary.reports.files.length} files) …`)
const child = spawnSync(
  process.execPath,
  [
    "--cpu-prof",
    "--cpu-prof-dir",
    profiles,
    "--import",
    "tsx",
    "--import",
    join(ROOT, "bench", "lib", "register-plain-ts.ts"),
    join(ROOT, "bench", "ingest-child.ts"),
    dataset.dir
  ],
  // One thread: the profile is of the per-row work, which an ingest worker would otherwise take half of.
  { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", env: { ...process.env, POA_INGEST_WORKERS: "0" } }
)
if (child.status !== 0) throw new Error(`the profiled ingest exited with ${child.status}`)
console.log(child.stdout.trim())

const newest = readdirSync(profiles)
  .filter((f) => f.endsWith(".cpuprofile"))
  .map((f) => join(profiles, f))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!
const summary = summariseProfile(JSON.parse(readFileSync(newest, "utf8")), ROOT)
const pct = (ms: number) => `${((100 * ms) / summary.totalMs).toFixed(1)}%`.padStart(6)
console.log(`\n${newest}\ntotal ${(summary.totalMs / 1000).toFixed(2)} s sampled\n\ntop ${top} functions by self time:`)
for (const f of summary.functions.slice(0, top)) console.log(`${pct(f.selfMs)} ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.name}  ${f.location}`)
console.log("\nby file (self time):")
for (const f of summary.files.slice(0, top)) console.log(`${pct(f.selfMs)} ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.file}`)
