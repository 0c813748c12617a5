import { readdirSync } from "node:fs"
import { join, relative } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { ingestFile } from "../../src/ingest/ingest-file.ts"
import { ingestWorkersFor, makeReportIngestPool, POOL_MIN_BYTES, type ReportIngestPool } from "../../src/ingest/ingest-pool.ts"
import { REPORT_FILE } from "../../src/normalise/report-row.ts"

const FIXTURES = new URL("../../fixtures/", import.meta.url).pathname
const reportFiles = (root: string): Array<string> =>
  readdirSync(join(root, "reports"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".csv"))
    .map((f) => join(root, "reports", f))
    .sort()

let pool: ReportIngestPool | undefined
afterEach(async () => {
  await pool?.close()
  pool = undefined
})

describe("report ingest pool", () => {
  it("a worker thread gives exactly what the main thread gives, for every fixture file (good and bad)", async () => {
    const paths = [...reportFiles(FIXTURES), ...reportFiles(join(FIXTURES, "bad"))]
    expect(paths.length).toBeGreaterThan(15)
    pool = makeReportIngestPool(1, { mainThreadReads: false })
    const fromWorker = await Promise.all(paths.map((path) => pool!.read(path, relative(FIXTURES, path))))
    expect(pool.readByWorkers()).toBe(paths.length)
    for (const [i, path] of paths.entries()) {
      const onMain = await ingestFile(path, relative(FIXTURES, path), REPORT_FILE)
      expect(fromWorker[i], path).toEqual(onMain)
    }
    const accepted = fromWorker.reduce((t, i) => t + i.accepted.length, 0)
    expect(accepted).toBeGreaterThan(5000)
  }, 60_000)

  it("reports the bytes a worker reads, and fails a read with the worker's reason", async () => {
    pool = makeReportIngestPool(1, { mainThreadReads: false })
    const path = reportFiles(FIXTURES)[0]!
    let bytes = 0
    await pool.read(path, "reports/x.csv", (n) => {
      bytes += n
    })
    expect(bytes).toBeGreaterThan(0)
    await expect(pool.read(join(FIXTURES, "reports", "no-such-file.csv"), "reports/no-such-file.csv")).rejects.toThrow(/ENOENT/)
  }, 60_000)

  it("with no worker, the main thread reads everything; closing refuses what is still queued", async () => {
    pool = makeReportIngestPool(0)
    const paths = reportFiles(FIXTURES)
    const ingests = await Promise.all(paths.map((path) => pool!.read(path, relative(FIXTURES, path))))
    expect(ingests.map((i) => i.file)).toEqual(paths.map((p) => relative(FIXTURES, p)))
    expect(pool.readByWorkers()).toBe(0)
    const idle = makeReportIngestPool(1, { mainThreadReads: false })
    const refused = expect(idle.read(paths[0]!, "reports/a.csv")).rejects.toThrow(/closed/)
    await idle.close()
    await refused
  }, 60_000)

  it("a read running in a worker fails when the pool is closed, instead of never ending", async () => {
    pool = makeReportIngestPool(1, { mainThreadReads: false })
    const [first, second] = reportFiles(FIXTURES)
    await pool.read(first!, "reports/first.csv") // the worker is up
    const running = pool.read(second!, "reports/second.csv")
    const refused = expect(running).rejects.toThrow(/closed before this file was read/)
    await pool.close()
    await refused
    expect(pool.problems()).toEqual([])
  }, 60_000)

  it("a worker that cannot start is dropped with its reason; the main thread still reads everything", async () => {
    const broken = new URL("./support/failing-worker-entry.js", import.meta.url)
    pool = makeReportIngestPool(1, { entry: broken })
    const paths = reportFiles(FIXTURES)
    const ingests = await Promise.all(paths.map((path) => pool!.read(path, relative(FIXTURES, path))))
    expect(ingests).toHaveLength(paths.length)
    await expect.poll(() => pool!.problems().length).toBe(1)
    expect(pool.problems()[0]).toMatch(/worker entry failed on purpose/)
    expect(pool.readByWorkers()).toBe(0)

    const workersOnly = makeReportIngestPool(1, { entry: broken, mainThreadReads: false })
    await expect(workersOnly.read(paths[0]!, "reports/a.csv")).rejects.toThrow(/no ingest worker is left/)
    await workersOnly.close()
  }, 60_000)

  it("starts workers only for inputs worth it, and follows POA_INGEST_WORKERS", () => {
    const saved = process.env.POA_INGEST_WORKERS
    try {
      delete process.env.POA_INGEST_WORKERS
      expect(ingestWorkersFor(20, 100 * 2 ** 20, 2)).toBe(1)
      expect(ingestWorkersFor(20, 100 * 2 ** 20, 8)).toBe(3)
      expect(ingestWorkersFor(20, POOL_MIN_BYTES - 1, 8)).toBe(0)
      expect(ingestWorkersFor(1, 500 * 2 ** 20, 8)).toBe(0)
      expect(ingestWorkersFor(3, 100 * 2 ** 20, 1)).toBe(0)
      process.env.POA_INGEST_WORKERS = "0"
      expect(ingestWorkersFor(20, 100 * 2 ** 20, 8)).toBe(0)
      process.env.POA_INGEST_WORKERS = "2"
      expect(ingestWorkersFor(20, 1000, 1)).toBe(2)
      process.env.POA_INGEST_WORKERS = "two"
      expect(() => ingestWorkersFor(20, 1000, 1)).toThrow(/POA_INGEST_WORKERS/)
    } finally {
      if (saved === undefined) delete process.env.POA_INGEST_WORKERS
      else process.env.POA_INGEST_WORKERS = saved
    }
  })
})
