import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { describe, expect, it } from "vitest"
import { generateDataset } from "../../bench/generate.ts"
import { DEFAULT_OPTIONS, type GenerateOptions } from "../../bench/synthetic/options.ts"
import { BAD_KINDS } from "../../bench/synthetic/report-rows.ts"
import { Answers } from "../../src/normalise/answer-columns.ts"
import { type FileKind, ingestFile } from "../../src/ingest/ingest-file.ts"
import { ASSISTANCE_FILE } from "../../src/matching/assistance-row.ts"
import { PROGRAMME_FILE } from "../../src/matching/programme-row.ts"
import { RATES_FILE } from "../../src/matching/rates.ts"
import { REPORT_FILE } from "../../src/normalise/report-row.ts"
import { useTempDir } from "../support/temp-dir.ts"

const root = useTempDir("bench-generate")

const generate = (name: string, options: Partial<GenerateOptions>) =>
  generateDataset({ ...DEFAULT_OPTIONS, needs: 40, programmes: 8, ...options, out: join(root, name) })

const filesUnder = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()

const ingestAll = async <A, Rows>(dir: string, folder: string, kind: FileKind<A, Rows>) => {
  const files = filesUnder(join(dir, folder)).map((f) => `${folder}/${f}`)
  return Promise.all(files.map((file) => ingestFile(join(dir, file), file, kind)))
}

describe("bench/generate.ts", () => {
  it("writes the same bytes for the same seed, and different bytes for another seed", () => {
    const options = { states: 9, cycles: 2, answers: 40, seed: 11 }
    generate("same-a", options)
    generate("same-b", options)
    generate("other-seed", { ...options, seed: 12 })
    const files = filesUnder(join(root, "same-a"))
    expect(files).toEqual(filesUnder(join(root, "same-b")))
    expect(files.some((f) => f.startsWith("reports/"))).toBe(true)
    for (const file of files) {
      expect(readFileSync(join(root, "same-b", file)).equals(readFileSync(join(root, "same-a", file))), file).toBe(true)
    }
    const otherFiles = new Set(filesUnder(join(root, "other-seed")))
    const differs = files.filter(
      (file) => !otherFiles.has(file) || !readFileSync(join(root, "other-seed", file)).equals(readFileSync(join(root, "same-a", file)))
    )
    expect(differs.filter((file) => file.startsWith("reports/")).length).toBeGreaterThan(0)
  })

  it("has the requested States and cycles, every dialect and encoding, and ingests with only the intended rejects", async () => {
    const dir = join(root, "full")
    const summary = generate("full", { states: 195, cycles: 2, answers: 25, seed: 3 })
    expect(summary.states).toHaveLength(195)
    expect(summary.cycles).toEqual([2018, 2020])
    expect(summary.reports.rows).toBe(195 * 2 * 25)

    const ingests = await ingestAll(dir, "reports", REPORT_FILE)
    const dialects = new Set(ingests.map((i) => `${i.delimiter} ${i.encoding}`))
    expect([...dialects].sort()).toEqual(["comma utf8", "comma utf8-bom", "semicolon windows1252", "tab utf16le"])

    const read = ingests.reduce((t, i) => t + i.counts.read, 0)
    const accepted = ingests.reduce((t, i) => t + i.counts.accepted, 0)
    const rejected = ingests.reduce((t, i) => t + i.counts.rejected, 0)
    expect(read).toBe(summary.reports.rows)
    expect(read).toBe(accepted + rejected)
    const intended = Object.values(summary.reports.badRows).reduce((a, b) => a + b, 0)
    expect(rejected).toBe(intended)
    expect(rejected / read).toBeGreaterThan(0.002)
    expect(rejected / read).toBeLessThan(0.01)
    const reasons = new Set(ingests.flatMap((i) => i.rejects.map((r) => r.reason_code)))
    expect([...reasons].sort()).toEqual([...BAD_KINDS].sort())

    const rows = [...new Answers(ingests.map((i) => i.accepted))]
    expect(new Set(rows.map((r) => r.iso3)).size).toBe(195)
    expect([...new Set(rows.map((r) => r.cycle))].sort()).toEqual([2018, 2020])
    expect(new Set(rows.map((r) => r.answer_code))).toEqual(new Set(["yes", "no", "developing", "no_response", "number", "text"]))
  })

  it("writes assistance, programmes and rates that ingest without rejects", async () => {
    const dir = join(root, "full")
    const assistance = await ingestAll(dir, "assistance", ASSISTANCE_FILE)
    const needs = assistance.flatMap((i) => i.accepted).filter((row) => row.direction === "need")
    expect(needs).toHaveLength(40)
    expect(assistance.every((i) => i.counts.rejected === 0)).toBe(true)
    const programmes = await ingestAll(dir, "programmes", PROGRAMME_FILE)
    expect(programmes.flatMap((i) => i.accepted)).toHaveLength(8)
    expect(programmes.every((i) => i.counts.rejected === 0)).toBe(true)
    const rates = await ingestFile(join(dir, "rates.csv"), "rates.csv", RATES_FILE)
    expect(rates.counts.rejected).toBe(0)
  })

  it("counts a small set of States and cycles exactly", async () => {
    const summary = generate("small", { states: 7, cycles: 3, answers: 30, seed: 5, badShare: 0 })
    const ingests = await ingestAll(join(root, "small"), "reports", REPORT_FILE)
    const rows = [...new Answers(ingests.map((i) => i.accepted))]
    expect(new Set(rows.map((r) => r.iso3))).toEqual(new Set(summary.states))
    expect(summary.states).toHaveLength(7)
    expect([...new Set(rows.map((r) => r.cycle))].sort()).toEqual([2018, 2020, 2022])
    expect(rows).toHaveLength(7 * 3 * 30)
  })

  it("splits report files at --max-file-mb, keeps --one-file whole, and reaches --target-mb", () => {
    const split = generate("split", { states: 60, cycles: 1, answers: 60, maxFileMb: 0.05 })
    expect(split.reports.files.some((f) => f.file.includes("-part2"))).toBe(true)
    const oneFile = generate("one-file", { states: 60, cycles: 1, answers: 60, oneFile: true })
    expect(oneFile.reports.files).toHaveLength(1)
    const sized = generate("target", { states: 40, cycles: 2, answers: 10, targetMb: 2 })
    expect(sized.reports.bytes / 2e6).toBeGreaterThan(0.85)
    expect(sized.reports.bytes / 2e6).toBeLessThan(1.15)
  })
})
