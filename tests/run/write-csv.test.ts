import Papa from "papaparse"
import { describe, expect, it } from "vitest"
import { csvCell, csvPieces, formatCsv, neutraliseFormula } from "../../src/run/write-csv.ts"

describe("formatCsv", () => {
  it("neutralises text a spreadsheet would run as a formula", () => {
    for (const danger of ["=SUM(A1:A2)", "+1", "-1+2", "@cmd", "\tx", "\rx"]) {
      expect(neutraliseFormula(danger)).toBe(`'${danger}`)
    }
    expect(neutraliseFormula("Côte d’Ivoire")).toBe("Côte d’Ivoire")
  })

  it("writes numbers as numbers, even negative ones", () => {
    expect(csvCell(-3)).toBe("-3")
    expect(csvCell(12.5)).toBe("12.5")
    expect(csvCell(null)).toBe("")
    expect(csvCell(Number.NaN)).toBe("")
  })

  it("quotes per RFC 4180 and round-trips through a CSV parser", () => {
    const rows = [
      { a: 'He said "yes", then left', b: 1 },
      { a: "line one\nline two", b: 2 },
      { a: '=HYPERLINK("http://example.invalid","click")', b: 3 }
    ]
    const text = formatCsv(["a", "b"], rows)
    expect(text.endsWith("\r\n")).toBe(true)
    const parsed = Papa.parse<Record<string, string>>(text.trimEnd(), { header: true }).data
    expect(parsed.map((r) => r["a"])).toEqual([rows[0]!.a, rows[1]!.a, `'${rows[2]!.a}`])
    expect(parsed.map((r) => r["b"])).toEqual(["1", "2", "3"])
  })

  it("gives the same CSV in pieces of at most 4,096 rows, each ending a line, for files too big to be one string", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ id: i, text: i % 1000 === 0 ? `=cell ${i}` : `row, ${i}` }))
    const pieces = [...csvPieces(["id", "text"], rows)]
    expect(pieces).toHaveLength(1 + 3)
    for (const piece of pieces) expect(piece.endsWith("\r\n")).toBe(true)
    const parsed = Papa.parse<Record<string, string>>(pieces.join("").trimEnd(), { header: true }).data
    expect(parsed).toHaveLength(10_000)
    expect(parsed[4096]).toEqual({ id: "4096", text: "row, 4096" })
    expect(parsed[9000]).toEqual({ id: "9000", text: "'=cell 9000" })
    expect([...csvPieces(["id"], [])]).toEqual(['id\r\n'])
  })
})
