import { writeFileSync } from "node:fs"
import { join } from "node:path"
import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import { type CsvDialect, readCsvFile } from "../../src/ingest/read-csv.ts"
import { useTempDir } from "../support/temp-dir.ts"

const dir = useTempDir("read-csv")

interface Collected {
  header: ReadonlyArray<string>
  dialect: CsvDialect | undefined
  rows: Array<{ line: number; fields: ReadonlyArray<string> }>
  malformed: Array<{ line: number; problem: string }>
}

const collect = async (name: string, bytes: Buffer | string) => {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  const got: Collected = { header: [], dialect: undefined, rows: [], malformed: [] }
  const outcome = await readCsvFile(path, {
    onHeader: (header, dialect) => {
      got.header = header
      got.dialect = dialect
    },
    onRow: (fields, line) => got.rows.push({ line, fields }),
    onMalformed: (_fields, line, problem) => got.malformed.push({ line, problem })
  })
  return { outcome, ...got }
}

const TEXT = [
  ["State", "Cycle", "note"],
  ["Côte d’Ivoire", "2020", "plain"],
  ["Türkiye", "2020", "with the delimiter , ; and a tab\tinside"],
  ["España", "2022", "two\nlines"],
  ["México", "2022", "last"]
]

const render = (rows: Array<Array<string>>, delimiter: string, eol: string): string =>
  rows.map((r) => r.map((f) => (/[",;\t\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(delimiter)).join(eol) + eol

describe("readCsvFile", () => {
  const cases: Array<[string, string, string, (s: string) => Buffer, CsvDialect]> = [
    ["comma UTF-8 LF", ",", "\n", (s) => Buffer.from(s, "utf8"), { encoding: "utf8", delimiter: "," }],
    [
      "comma UTF-8 BOM CRLF",
      ",",
      "\r\n",
      (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, "utf8")]),
      { encoding: "utf8-bom", delimiter: "," }
    ],
    ["semicolon Windows-1252 CRLF", ";", "\r\n", (s) => iconv.encode(s.replace("’", "'"), "win1252"), { encoding: "windows1252", delimiter: ";" }],
    ["tab UTF-16 LE BOM", "\t", "\r\n", (s) => iconv.encode(s, "utf16le", { addBOM: true }), { encoding: "utf16le", delimiter: "\t" }],
    ["tab UTF-16 BE BOM", "\t", "\n", (s) => iconv.encode(s, "utf16be", { addBOM: true }), { encoding: "utf16be", delimiter: "\t" }]
  ]

  it.each(cases)("reads %s with true line numbers", async (name, delimiter, eol, encode, dialect) => {
    const got = await collect(`${name.replace(/\W+/g, "-")}.csv`, encode(render(TEXT, delimiter, eol)))
    expect(got.outcome._tag).toBe("Read")
    expect(got.dialect).toEqual(dialect)
    expect(got.header).toEqual(["State", "Cycle", "note"])
    expect(got.rows.map((r) => r.line)).toEqual([2, 3, 4, 6])
    const expectedFirst = dialect.encoding === "windows1252" ? "Côte d'Ivoire" : "Côte d’Ivoire"
    expect(got.rows.map((r) => r.fields[0])).toEqual([expectedFirst, "Türkiye", "España", "México"])
    expect(got.rows[1]!.fields[2]).toBe("with the delimiter , ; and a tab\tinside")
    expect(got.rows[2]!.fields[2]!.replace(/\r\n/g, "\n")).toBe("two\nlines")
  })

  it("skips blank lines but keeps counting them", async () => {
    const got = await collect("blank.csv", "a,b\n\n1,2\n,\n\n3,4\n")
    expect(got.rows).toEqual([
      { line: 3, fields: ["1", "2"] },
      { line: 6, fields: ["3", "4"] }
    ])
  })

  it("reports an unclosed quote as a malformed row at its line", async () => {
    const got = await collect("unclosed.csv", 'a,b\n1,2\n3,"never closed\n4,5\n')
    expect(got.rows.map((r) => r.line)).toEqual([2])
    expect(got.malformed).toHaveLength(1)
    expect(got.malformed[0]!.line).toBe(3)
  })

  it("keeps line numbers right across papaparse chunks in a large file", async () => {
    const lines = ["id,note"]
    const expected: Array<number> = []
    let line = 2
    for (let i = 0; i < 60_000; i++) {
      expected.push(line)
      if (i % 997 === 0) {
        lines.push(`${i},"a note\nover three\nlines"`)
        line += 3
      } else {
        lines.push(`${i},note ${"x".repeat(i % 50)}`)
        line += 1
      }
    }
    const got = await collect("large.csv", lines.join("\n") + "\n")
    expect(got.rows).toHaveLength(60_000)
    expect(got.rows.map((r) => r.line)).toEqual(expected)
    expect(got.rows.map((r) => Number(r.fields[0]))).toEqual(expected.map((_, i) => i))
  })

  it("refuses empty and binary files with a reason", async () => {
    expect((await collect("empty.csv", "")).outcome).toEqual({ _tag: "Unreadable", reason: "the file is empty" })
    const png = await collect("image.csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))
    expect(png.outcome._tag).toBe("Unreadable")
  })
})
