import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { generateDataset } from "../../bench/generate.ts"
import { DEFAULT_OPTIONS } from "../../bench/synthetic/options.ts"
import type { Manifest } from "../../src/run/manifest.ts"
import { runPoa } from "../support/poa-process.ts"
import { useTempDir } from "../support/temp-dir.ts"

const root = useTempDir("ingest-workers")
const manifestOf = (out: string) => JSON.parse(readFileSync(join(out, "latest", "manifest.json"), "utf8")) as Manifest
// report.html and summary.md carry the run id and time; every other output must be the same bytes.
const dataOutputs = (manifest: Manifest) =>
  Object.fromEntries(
    manifest.outputs.filter((o) => o.file !== "report.html" && o.file !== "summary.md").map((o) => [o.file, o.sha256])
  )

describe("poa run with an ingest worker thread", () => {
  it("publishes the same outputs as a run on the main thread only, with some files read by the worker", async () => {
    const input = join(root, "input")
    // ~60 MB in a dozen files: the main thread is still reading (~2 s) when the worker is ready (~0.5 s).
    generateDataset({ ...DEFAULT_OPTIONS, states: 60, cycles: 2, needs: 20, programmes: 5, targetMb: 60, out: input })
    const withWorker = await runPoa(["run", "--input", input, "--out", join(root, "a")], { POA_INGEST_WORKERS: "1" })
    expect(withWorker.code, withWorker.stderr.slice(-2000)).toBe(0)
    const parsed = /report files parsed: (\d+), (\d+) of them by 1 worker thread/.exec(withWorker.stderr)
    expect(parsed, withWorker.stderr.slice(-2000)).not.toBeNull()
    expect(Number(parsed![2])).toBeGreaterThan(0)
    expect(Number(parsed![2])).toBeLessThanOrEqual(Number(parsed![1]))

    const mainOnly = await runPoa(["run", "--input", input, "--out", join(root, "b")], { POA_INGEST_WORKERS: "0" })
    expect(mainOnly.code, mainOnly.stderr.slice(-2000)).toBe(0)
    expect(mainOnly.stderr).not.toMatch(/worker thread/)

    const a = manifestOf(join(root, "a"))
    const b = manifestOf(join(root, "b"))
    expect(a.totals).toEqual(b.totals)
    expect(a.inputs).toEqual(b.inputs)
    expect(dataOutputs(a)).toEqual(dataOutputs(b))
    expect(Object.keys(dataOutputs(a))).toContain("normalised/answers.arrow")
  }, 180_000)
})
