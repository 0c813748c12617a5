import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { type FileIngest, ingestFile } from "../../src/ingest/ingest-file.ts"
import type { AnswerRow } from "../../src/normalise/answer-row.ts"
import { ReportReasonCode } from "../../src/ingest/reasons.ts"
import { REPORT_FILE } from "../../src/normalise/report-row.ts"
import { Answers } from "../../src/normalise/answer-columns.ts"
import { applyRevisions } from "../../src/normalise/revisions.ts"
import { STATES } from "../../src/reference/states.ts"

const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url))

const csvFiles = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".csv"))
    .map((e) => join(e.parentPath, e.name))
    .sort()

const ingestAll = async (root: string) =>
  Promise.all(
    csvFiles(join(root, "reports")).map((path) => ingestFile(path, relative(root, path).split("\\").join("/"), REPORT_FILE))
  )

/** The expected rejects, read from the table a fixture README documents (file | line | column | value | code). */
const documentedRejects = (readme: string, heading: RegExp): Array<string> => {
  const text = readFileSync(readme, "utf8")
  const section = text.slice(text.search(heading))
  return section
    .split("\n")
    .filter((l) => l.startsWith("| `reports/"))
    .map((l) => {
      const cells = l.split("|").map((c) => c.trim())
      const code = cells[5]!.replace(/`/g, "").split(/\s/)[0]
      return `${cells[1]!.replace(/`/g, "")}:${cells[2]}:${cells[3]}:${code}`
    })
}

const rejectKeys = (ingests: ReadonlyArray<FileIngest<AnswerRow, unknown>>) =>
  ingests.flatMap((i) => i.rejects.map((r) => `${r.file}:${r.line}:${r.column}:${r.reason_code}`)).sort()

describe("bundled fixtures", () => {
  it("the default set is accepted except its documented bad rows, and every row is accounted for", async () => {
    const ingests = await ingestAll(FIXTURES)
    expect(ingests.length).toBeGreaterThanOrEqual(10)
    expect(rejectKeys(ingests)).toEqual(
      documentedRejects(join(FIXTURES, "README.md"), /### Intentional bad rows/).sort()
    )
    for (const i of ingests) expect(i.counts.read).toBe(i.counts.accepted + i.counts.rejected)
  })

  it("looks like real submissions: ≥ 40 States from every M49 region, three cycles, every section, several dialects", async () => {
    const ingests = await ingestAll(FIXTURES)
    const revised = applyRevisions(new Answers(ingests.map((i) => i.accepted)))
    const current = [...revised.current]
    const submissions = revised.submissions
    const states = new Set(current.map((a) => a.iso3))
    expect(states.size).toBeGreaterThanOrEqual(40)
    const regions = new Set(STATES.filter((s) => states.has(s.iso3)).map((s) => s.region))
    expect([...regions].sort()).toEqual(["Africa", "Americas", "Asia", "Europe", "Oceania"])
    expect([...new Set(current.map((a) => a.cycle))].sort()).toEqual([2018, 2020, 2022])
    expect([...new Set(current.map((a) => a.section))].sort()).toEqual(["I", "II", "III", "IV"])
    expect(new Set(ingests.map((i) => `${i.encoding}/${i.delimiter}`)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(current.map((a) => a.answer_code))).toEqual(new Set(["yes", "no", "developing", "no_response", "number", "text"]))
    expect(current.some((a) => a.sex === "female") && current.some((a) => a.measure === "seized")).toBe(true)
    expect(submissions.map((s) => `${s.iso3} ${s.cycle}`)).toEqual(["GHA 2020"])
  })

  it("the bad set gives every documented reject, with its reason code and true line", async () => {
    const bad = join(FIXTURES, "bad")
    const ingests = await ingestAll(bad)
    expect(rejectKeys(ingests)).toEqual(documentedRejects(join(bad, "README.md"), /\| file \| line/).sort())
    for (const i of ingests) expect(i.counts.read).toBe(i.counts.accepted + i.counts.rejected)
    const codes = new Set(ingests.flatMap((i) => i.rejects.map((r) => r.reason_code)))
    for (const code of ReportReasonCode.literals) {
      expect(codes.has(code), code).toBe(true)
    }
  })
})
