import Papa from "papaparse"
import { describe, expect, it } from "vitest"
import { csvCell, formatCsv, neutraliseFormula } from "../../src/run/write-csv.ts"

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
})
