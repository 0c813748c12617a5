import { createHash } from "node:crypto"
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import type { RunHistoryEntry } from "../../src/run/history.ts"
import type { Manifest } from "../../src/run/manifest.ts"
import { runPoa, startPoa } from "../support/poa-process.ts"
import { writeSmallInput } from "../support/small-input.ts"
import { useTempDir } from "../support/temp-dir.ts"

const dir = useTempDir("nightly")
const input = writeSmallInput(join(dir, "input"))

const readManifest = (runDir: string) => JSON.parse(readFileSync(join(runDir, "manifest.json"), "utf8")) as Manifest
const history = (out: string) => JSON.parse(readFileSync(join(out, "runs", "index.json"), "utf8")) as Array<RunHistoryEntry>
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex")

/** Every output of the run `latest` points at is there, whole, and matches the manifest. */
const expectLatestIntact = (out: string, runId: string) => {
  expect(readlinkSync(join(out, "latest"))).toBe(`runs/${runId}`)
  const manifest = readManifest(join(out, "latest"))
  expect(manifest.run_id).toBe(runId)
  for (const o of manifest.outputs) expect(sha(join(out, "latest", o.file))).toBe(o.sha256)
}

describe("nightly runs are safe to leave alone (real processes)", () => {
  it.each(["after-lock", "after-ingest", "during-write", "before-publish"])(
    "a run SIGKILLed at %s leaves the previous latest intact",
    async (point) => {
      const out = join(dir, `out-kill-${point}`)
      expect((await runPoa(["run", "--input", input, "--out", out])).code).toBe(0)
      const good = readManifest(join(out, "latest")).run_id
      const victim = startPoa(["run", "--input", input, "--out", out, "--force"], { POA_PAUSE_AT: point })
      await victim.waitFor(`paused at ${point}`)
      victim.child.kill("SIGKILL")
      const exit = await victim.exited
      expect(exit.signal).toBe("SIGKILL")
      expectLatestIntact(out, good)
    }
  )

  it("a second run into the same folder is refused while the first runs; a stale lock from a killed run is recovered", async () => {
    const out = join(dir, "out-lock")
    const env = { POA_LOCK_STALE_MS: "2000" }
    const first = startPoa(["run", "--input", input, "--out", out], { ...env, POA_PAUSE_AT: "after-ingest" })
    await first.waitFor("paused at after-ingest")
    const second = await runPoa(["run", "--input", input, "--out", out], env)
    expect(second.code).toBe(1)
    expect(second.stderr).toMatch(/in use by another poa process \(pid \d+, "poa run", since /)
    first.child.kill("SIGKILL")
    await first.exited
    // The killed run no longer refreshes its lock: once stale (2 s here), the next run takes it over.
    await new Promise((r) => setTimeout(r, 2500))
    const third = await runPoa(["run", "--input", input, "--out", out], env)
    expect(third.code, third.stderr).toBe(0)
    expect(existsSync(join(out, "latest", "manifest.json"))).toBe(true)
  })

  it("SIGTERM abandons a run cleanly: kept as .abandoned, recorded, latest untouched, lock released", async () => {
    const out = join(dir, "out-term")
    expect((await runPoa(["run", "--input", input, "--out", out])).code).toBe(0)
    const good = readManifest(join(out, "latest")).run_id
    const run = startPoa(["run", "--input", input, "--out", out, "--force"], { POA_PAUSE_AT: "during-write" })
    await run.waitFor("paused at during-write")
    run.child.kill("SIGTERM")
    const exit = await run.exited
    expect(exit.code).not.toBe(0)
    expectLatestIntact(out, good)
    const runs = readdirSync(join(out, "runs"))
    expect(runs.filter((r) => r.endsWith(".abandoned"))).toHaveLength(1)
    expect(runs.filter((r) => r.endsWith(".partial"))).toHaveLength(0)
    expect(history(out).at(-1)).toMatchObject({ status: "abandoned" })
    expect(existsSync(join(out, ".poa-run.lock"))).toBe(false)
    expect((await runPoa(["run", "--input", input, "--out", out, "--force"])).code).toBe(0)
  })

  it.each(["after-ingest", "before-publish"])(
    "a run failing at %s writes its manifest with the error, exits 1, and latest stays on the last good run",
    async (point) => {
      const out = join(dir, `out-fail-${point}`)
      expect((await runPoa(["run", "--input", input, "--out", out])).code).toBe(0)
      const good = readManifest(join(out, "latest")).run_id
      const failed = await runPoa(["run", "--input", input, "--out", out, "--force"], { POA_FAIL_AT: point })
      expect(failed.code).toBe(1)
      expect(failed.stderr).toContain(`the run failed: failure injected at ${point}`)
      expectLatestIntact(out, good)
      const folder = readdirSync(join(out, "runs")).find((r) => r.endsWith(".failed"))!
      const manifest = readManifest(join(out, "runs", folder))
      expect(manifest).toMatchObject({ status: "failed", error: `failure injected at ${point} (POA_FAIL_AT)` })
      expect(history(out).at(-1)).toMatchObject({ status: "failed", error: `failure injected at ${point} (POA_FAIL_AT)` })
      expect(readdirSync(join(out, "runs")).filter((r) => r.endsWith(".partial"))).toHaveLength(0)
    }
  )

  it("a run refuses to publish over a latest that is not its symlink, and says why", async () => {
    const out = join(dir, "out-latest-dir")
    mkdirSync(join(out, "latest"), { recursive: true })
    const result = await runPoa(["run", "--input", input, "--out", out])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain("exists and is not a symbolic link made by poa")
    expect(readdirSync(join(out, "runs")).filter((r) => r.endsWith(".failed"))).toHaveLength(1)
  })

  it("a one-file change re-reads only that file and gives exactly the outputs of a full run", async () => {
    const changed = join(dir, "input-changed")
    cpSync(input, changed, { recursive: true })
    const out = join(dir, "out-incremental")
    expect((await runPoa(["run", "--input", changed, "--out", out])).code).toBe(0)
    appendFileSync(join(changed, "reports/2018-comma.csv"), "Ghana,2018,2018-05-09,III.B,Yes,,,\n")
    const incremental = await runPoa(["run", "--input", changed, "--out", out])
    expect(incremental.code, incremental.stderr).toBe(0)
    const inc = readManifest(join(out, "latest"))
    expect(inc.cached_inputs).toBe(2)
    const fullOut = join(dir, "out-full")
    expect((await runPoa(["run", "--input", changed, "--out", fullOut, "--force"])).code).toBe(0)
    const full = readManifest(join(fullOut, "latest"))
    expect(full.cached_inputs).toBe(0)
    // Every data output is byte-identical; the report and summary differ only by the run's id and time.
    const dataOutputs = (m: Manifest) => m.outputs.filter((o) => !["report.html", "summary.md"].includes(o.file))
    expect(dataOutputs(inc)).toEqual(dataOutputs(full))
    for (const file of ["report.html", "summary.md"]) {
      const withoutRun = (root: string, m: Manifest) =>
        readFileSync(join(root, "latest", file), "utf8").replaceAll(m.run_id, "RUN").replaceAll(m.started_at, "TIME")
      expect(withoutRun(out, inc)).toBe(withoutRun(fullOut, full))
    }
    expect(inc.inputs).toEqual(full.inputs)
    expect(inc.totals.rows_accepted).toBe(full.totals.rows_accepted)
  })

  it("keeps the newest runs up to the retention count, and the history lists every run", async () => {
    const out = join(dir, "out-retention")
    const config = join(dir, "retention.json")
    appendFileSync(config, JSON.stringify({ retention: 2, input, out }))
    for (let i = 0; i < 3; i++) expect((await runPoa(["run", "--config", config, "--force"])).code).toBe(0)
    const folders = readdirSync(join(out, "runs")).filter((f) => f !== "index.json")
    expect(folders).toHaveLength(2)
    expect(readlinkSync(join(out, "latest"))).toBe(`runs/${folders.sort().at(-1)}`)
    expect(history(out).map((h) => h.status)).toEqual(["ok", "ok", "ok"])
  })

  it("schedule: ticks while a run is still going are skipped and logged; SIGTERM stops it", async () => {
    const out = join(dir, "out-schedule")
    const scheduler = startPoa(["schedule", "--cron", "* * * * * *", "--input", input, "--out", out], {
      POA_PAUSE_AT: "after-ingest",
      POA_PAUSE_MS: "3500"
    })
    await scheduler.waitFor("scheduler started")
    await scheduler.waitFor("paused at after-ingest", 15_000)
    await scheduler.waitFor("skipped the tick", 10_000)
    await scheduler.waitFor("published", 15_000)
    // A second scheduler into the same folder is refused.
    const second = await runPoa(["schedule", "--out", out, "--input", input])
    expect(second.code).toBe(1)
    expect(second.stderr).toContain("in use by another poa process")
    scheduler.child.kill("SIGTERM")
    const exit = await scheduler.exited
    expect(exit.stderr).toContain("scheduler stopped")
    const lines = exit.stderr.split("\n").filter((l) => l.startsWith("{"))
    const skipped = lines.map((l) => JSON.parse(l) as { message: string; level: string }).filter((l) => l.message.startsWith("skipped the tick"))
    expect(skipped.length).toBeGreaterThan(0)
    expect(skipped[0]!.level).toBe("WARN")
    expect(existsSync(join(out, "latest", "manifest.json"))).toBe(true)
  })

  it("an invalid cron expression or config fails at start-up with exit 2", async () => {
    const bad = await runPoa(["schedule", "--cron", "61 * * * *", "--out", join(dir, "out-bad")])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("not a valid cron expression")
    const badZone = await runPoa(["schedule", "--timezone", "Mars/Olympus", "--out", join(dir, "out-bad")])
    expect(badZone.code).toBe(2)
    const config = join(dir, "bad-config.json")
    appendFileSync(config, JSON.stringify({ retention: 0, colour: "blue" }))
    const badConfig = await runPoa(["run", "--config", config])
    expect(badConfig.code).toBe(2)
    expect(badConfig.stderr).toContain("is not a valid poa config")
  })
})
