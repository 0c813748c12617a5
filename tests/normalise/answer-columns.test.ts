import { readdirSync } from "node:fs"
import { join, relative } from "node:path"
import * as aq from "arquero"
import { describe, expect, it } from "vitest"
import { ingestFile } from "../../src/ingest/ingest-file.ts"
import { AnswerChunkBuilder, Answers, answerAt, FIELD_READERS } from "../../src/normalise/answer-columns.ts"
import { ANSWER_COLUMNS, type AnswerRow } from "../../src/normalise/answer-row.ts"
import { answersArrow, answersCsvPieces, answersTable } from "../../src/normalise/answers-table.ts"
import { csvPieces } from "../../src/run/write-csv.ts"
import { placeOf } from "../../src/outline/outline.ts"
import { REPORT_FILE } from "../../src/normalise/report-row.ts"
import { applyRevisions } from "../../src/normalise/revisions.ts"
import { answer } from "../metrics/answer-builder.ts"

const FIXTURES = new URL("../../fixtures/", import.meta.url).pathname
const fixtureAnswers = async (): Promise<Answers> => {
  const paths = readdirSync(join(FIXTURES, "reports"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".csv"))
    .map((f) => join(FIXTURES, "reports", f))
    .sort()
  const ingests = await Promise.all(paths.map((p) => ingestFile(p, relative(FIXTURES, p), REPORT_FILE)))
  return new Answers(ingests.map((i) => i.accepted))
}

describe("answer columns", () => {
  it("give every AnswerRow back as it was pushed, past the first capacity, with each distinct text stored once", () => {
    const rows: Array<AnswerRow> = Array.from({ length: 2500 }, (_, i) => {
      const element = i % 5 === 0 ? "III.C.iv" : "II.A.2.a.i"
      return answer(i % 2 === 0 ? "KEN" : "FRA", 2018 + 2 * (i % 3), element, i % 5 === 0 ? "number" : "yes", {
        ...placeOf(element),
        answer_raw: i % 5 === 0 ? String(i) : "Yes",
        answer_number: i % 5 === 0 ? i : null,
        question: `Q${i % 7}`,
        note: i % 11 === 0 ? "A note, long enough to be a slice of its chunk" : "",
        submitted_on: "2020-01-31",
        year: i % 5 === 0 ? 2019 : null,
        measure: i % 5 === 0 ? "seized" : "",
        source_file: "reports/a.csv",
        source_line: i + 2
      })
    })
    const builder = new AnswerChunkBuilder("reports/a.csv", 4)
    for (const row of rows) builder.push(row)
    const chunk = builder.finish()
    expect(chunk.length).toBe(2500)
    expect(chunk.state.length).toBe(2500)
    expect(Array.from({ length: chunk.length }, (_, i) => answerAt(chunk, i))).toEqual(rows)
    // "", 7 questions, "Yes", 500 numbers, one note, one date
    expect(chunk.texts).toHaveLength(1 + 7 + 1 + 500 + 1 + 1)
    expect(() => builder.push({ ...rows[0]!, iso3: "XXX" })).toThrow(/not a known State: "XXX"/)
  })

  it("read each field straight from the columns exactly as answerAt does, on every fixture answer", async () => {
    const answers = await fixtureAnswers()
    expect(answers.size).toBeGreaterThan(5000)
    answers.forEachRow((chunk, i) => {
      const row = answerAt(chunk, i)
      for (const name of ANSWER_COLUMNS) expect(FIELD_READERS[name](chunk, i)).toBe(row[name])
    })
  })

  it("split current and superseded by masks, without copying, and count rows by file", async () => {
    const answers = await fixtureAnswers()
    const { current, superseded } = applyRevisions(answers)
    expect(current.chunks).toBe(answers.chunks)
    expect(current.size + superseded.size).toBe(answers.size)
    expect(superseded.size).toBe(40)
    expect([...superseded].every((row) => row.iso3 === "GHA" && row.cycle === 2020)).toBe(true)
    expect([...superseded.rowsByFile().values()].reduce((a, b) => a + b, 0)).toBe(40)
    expect([...current].length).toBe(current.size)
  })

  it("write answers.arrow column by column with the same bytes arquero's toArrowIPC gives for the whole table", async () => {
    const { current } = applyRevisions(await fixtureAnswers())
    const rows = [...current]
    const expected = aq.toArrowIPC(answersTable(rows), { format: "file" })
    expect(Buffer.from(answersArrow(current)).equals(Buffer.from(expected))).toBe(true)
    expect(Buffer.from(answersArrow(rows)).equals(Buffer.from(expected))).toBe(true)
    const back = aq.fromArrow(answersArrow(current))
    expect(back.numRows()).toBe(rows.length)
    expect(back.get("answer_raw", 0)).toBe(rows[0]!.answer_raw)
  })

  it("write answers.csv from the columns with the same text as from the rows, in pieces of 4,096 lines", async () => {
    const { current } = applyRevisions(await fixtureAnswers())
    const rows = [...current]
    const fromColumns = [...answersCsvPieces(current)]
    expect(fromColumns.join("")).toBe([...csvPieces(ANSWER_COLUMNS, rows)].join(""))
    expect(fromColumns.join("")).toBe([...answersCsvPieces(rows)].join(""))
    expect(fromColumns).toHaveLength(1 + Math.ceil(rows.length / 4096))
    // hostile and awkward text is quoted and neutralised the same way on both paths
    const awkward = [
      answer("CAN", 2018, "II.A.2.a.i", "text", { ...placeOf("II.A.2.a.i"), answer_raw: '=HYPERLINK("x")', note: 'a "quoted"\nnote, with comma', source_file: "reports/b.csv" }),
      answer("CIV", 2018, "III.C.iv", "number", { ...placeOf("III.C.iv"), answer_raw: "1,5", answer_number: 1.5, year: 2017, measure: "seized", source_file: "reports/b.csv" })
    ]
    expect([...answersCsvPieces(Answers.fromRows(awkward))].join("")).toBe([...csvPieces(ANSWER_COLUMNS, awkward)].join(""))
  })
})
