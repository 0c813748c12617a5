import { writeFileSync } from "node:fs"
import { join } from "node:path"
import fc from "fast-check"
import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import { ingestFile } from "../../src/ingest/ingest-file.ts"
import { REPORT_FILE } from "../../src/normalise/report-row.ts"
import { useTempDir } from "../support/temp-dir.ts"

const dir = useTempDir("conservation")

// Cells drawn from good and bad values alike; a note may hold delimiters, quotes and newlines.
const cell = {
  state: fc.constantFrom("FRA", "Côte d’Ivoire", "Türkiye", "Viet Nam", "404", "br", "Atlantis", "Greenland", ""),
  cycle: fc.constantFrom("2018", "2020", "2022", "1999", "20x", ""),
  element: fc.constantFrom("II.A.2.b.ii", "III.C(iv)", "ITI C.iv", "Marking", "II.A.9", "Tracing", ""),
  answer: fc.constantFrom("Yes", "Non", "En desarrollo", "", "[No response]", "12", "1,23,4", "-4", "about 30 rifles"),
  submitted_on: fc.constantFrom("2020-05-01", "2021-01-31", "", "03/04/2020", "2020-02-30"),
  note: fc.string({ unit: fc.constantFrom("a", "é", ",", ";", "\t", '"', "\n", "\r\n", " ", "=") , maxLength: 12 })
}
const row = fc.record(cell)

const quote = (value: string, delimiter: string): string =>
  value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value

describe("conservation of rows (property)", () => {
  it("every row read is accepted or rejected, and each reject names the row's true line", async () => {
    let file = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 0, maxLength: 40 }),
        fc.constantFrom(",", ";", "\t"),
        fc.constantFrom("utf8", "utf8-bom", "utf16le", "win1252"),
        fc.constantFrom("\n", "\r\n"),
        async (rows, delimiter, encoding, eol) => {
          const columns = ["state", "cycle", "submitted_on", "element", "answer", "note"] as const
          const lines = [columns.join(delimiter)]
          const startLines: Array<number> = []
          let line = 2
          const kept = rows.filter((r) => columns.some((c) => r[c].trim() !== ""))
          for (const r of kept) {
            startLines.push(line)
            lines.push(columns.map((c) => quote(r[c], delimiter)).join(delimiter))
            line += 1 + (r.note.match(/\r\n|\r|\n/g)?.length ?? 0)
          }
          const text = lines.join(eol) + eol
          const bytes =
            encoding === "utf8"
              ? Buffer.from(text, "utf8")
              : encoding === "utf8-bom"
                ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])
                : encoding === "utf16le"
                  ? iconv.encode(text, "utf16le", { addBOM: true })
                  : iconv.encode(text.replace(/[’]/g, "'"), "win1252")
          const path = join(dir, `p${file++}.csv`)
          writeFileSync(path, bytes)
          const ingest = await ingestFile(path, "reports/p.csv", REPORT_FILE)
          expect(ingest.status).toBe("read")
          expect(ingest.counts.read).toBe(kept.length)
          expect(ingest.counts.accepted + ingest.counts.rejected).toBe(ingest.counts.read)
          expect(ingest.accepted.length).toBe(ingest.counts.accepted)
          expect(ingest.rejects.length).toBe(ingest.counts.rejected)
          const allLines = [...ingest.accepted.line, ...ingest.rejects.map((r) => r.line)].sort(
            (a, b) => a - b
          )
          expect(allLines).toEqual(startLines)
          for (const reject of ingest.rejects) {
            const source = kept[startLines.indexOf(reject.line)]!
            if (reject.column !== "") expect(reject.value).toBe(source[reject.column as keyof typeof source].trim())
          }
        }
      ),
      { numRuns: 60, seed: 20261128 }
    )
  })
})
