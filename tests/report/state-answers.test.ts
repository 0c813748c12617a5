import { describe, expect, it } from "vitest"
import { renderReportHtml } from "../../src/report/render-report-html.ts"
import { shortenText } from "../../src/report/shorten-text.ts"
import {
  elementTitles,
  isWordedAnswer,
  LISTED_STATE_ANSWERS,
  SHOWN_ANSWER_CHARS,
  SHOWN_TITLE_CHARS,
  stateAnswers,
} from "../../src/report/state-answers.ts"
import { answer } from "../charts/sample-metrics.ts"
import { sampleReportInput } from "./sample-report-input.ts"

interface PageAnswer {
  readonly cycle: number
  readonly element_id: string
  readonly answer: string
  readonly note: string
  readonly file: number
  readonly line: number
}
interface PageData {
  readonly states: ReadonlyArray<{
    readonly iso3: string
    readonly worded_answers: ReadonlyArray<PageAnswer>
    readonly worded_total: number
  }>
  readonly elements: Readonly<Record<string, string>>
  readonly files: ReadonlyArray<string>
}

const stateData = (html: string): PageData =>
  JSON.parse(html.match(/<script type="application\/json" id="state-data">(.*?)<\/script>/s)![1]!)

describe("shortenText", () => {
  it("keeps short text, cuts long text to the limit with an ellipsis, never halving a surrogate pair", () => {
    expect(shortenText("abc", 3)).toBe("abc")
    expect(shortenText("abcd", 3)).toBe("ab…")
    expect(shortenText("a😀bc", 3)).toBe("a…")
    expect(shortenText("a😀bc", 4)).toBe("a😀…")
  })
})

describe("stateAnswers", () => {
  it("keeps free text, unparseable prose numbers and answers with a note, not yes/no/numbers", () => {
    const rows = [
      answer({ answer_raw: "yes", answer_code: "yes" }),
      answer({ answer_raw: "12", answer_code: "number", answer_number: 12 }),
      answer({ answer_raw: "[No response]", answer_code: "no_response", note: "  " }),
      answer({ answer_raw: "Handled by customs", answer_code: "text" }),
      answer({ answer_raw: "about 2,000", answer_code: "text", parse_quality: "unparseable" }),
      answer({ answer_raw: "No", answer_code: "no", note: "Law in preparation" }),
    ]
    expect(rows.map(isWordedAnswer)).toEqual([false, false, false, true, true, true])
    const ghana = stateAnswers(rows).get("GHA")!
    expect(ghana.total).toBe(3)
    expect(ghana.listed.map((row) => [row.answer, row.note])).toEqual([
      ["Handled by customs", ""],
      ["about 2,000", ""],
      ["No", "Law in preparation"],
    ])
  })

  it("orders a State's answers by cycle, then Outline order, then input line", () => {
    const rows = [
      answer({ cycle: 2020, element_id: "III.A.i", answer_code: "text", source_line: 5 }),
      answer({ cycle: 2020, element_id: "II.A.2.a.i", answer_code: "text", source_line: 9 }),
      answer({ cycle: 2018, element_id: "IV.i", answer_code: "text", source_line: 7 }),
      answer({ cycle: 2020, element_id: "II.A.2.a.i", answer_code: "text", source_line: 3 }),
    ]
    expect(
      stateAnswers(rows)
        .get("GHA")!
        .listed.map((row) => `${row.cycle} ${row.element_id} ${row.line}`),
    ).toEqual(["2018 IV.i 7", "2020 II.A.2.a.i 3", "2020 II.A.2.a.i 9", "2020 III.A.i 5"])
  })

  it("cuts question, answer and note to the shown length", () => {
    const long = "x".repeat(SHOWN_ANSWER_CHARS * 3)
    const [row] = stateAnswers([
      answer({ question: long, answer_raw: long, answer_code: "text", note: long }),
    ]).get("GHA")!.listed
    for (const text of [row!.question, row!.answer, row!.note]) {
      expect(text).toHaveLength(SHOWN_ANSWER_CHARS)
      expect(text.endsWith("x…")).toBe(true)
    }
    const exact = "y".repeat(SHOWN_ANSWER_CHARS)
    expect(
      stateAnswers([answer({ answer_raw: exact, answer_code: "text" })]).get("GHA")!.listed[0]!.answer,
    ).toBe(exact)
  })

  it("lists at most LISTED_STATE_ANSWERS per State and counts them all", () => {
    const rows = Array.from({ length: LISTED_STATE_ANSWERS + 50 }, (_, index) =>
      answer({ answer_raw: `text ${index}`, answer_code: "text", source_line: index + 2 }),
    )
    const ghana = stateAnswers([...rows, answer({ iso3: "FRA", note: "one note" })])
    expect(ghana.get("GHA")!.listed).toHaveLength(LISTED_STATE_ANSWERS)
    expect(ghana.get("GHA")!.total).toBe(LISTED_STATE_ANSWERS + 50)
    expect(ghana.get("GHA")!.listed.at(-1)!.answer).toBe(`text ${LISTED_STATE_ANSWERS - 1}`)
    expect(ghana.get("FRA")!.total).toBe(1)
  })

  it("gives short element titles, once per element", () => {
    const titles = elementTitles(["II.A.1.a.i", "IV.i", "not-an-element"])
    expect(Object.keys(titles)).toEqual(["II.A.1.a.i", "IV.i"])
    expect(titles["II.A.1.a.i"]).toHaveLength(SHOWN_TITLE_CHARS)
    expect(titles["II.A.1.a.i"]!.startsWith("Strengthening national laws")).toBe(true)
    expect(titles["II.A.1.a.i"]!.endsWith("…")).toBe(true)
  })
})

describe("the per-State answers in report.html", () => {
  it("sends each State's capped answers, the element titles and the source files once", () => {
    const input = sampleReportInput()
    const many = Array.from({ length: LISTED_STATE_ANSWERS + 5 }, (_, index) =>
      answer({
        iso3: "FRA",
        state_name: "France",
        answer_raw: `${"z".repeat(SHOWN_ANSWER_CHARS)} ${index}`,
        answer_code: "text",
        source_file: "reports/2020-fra.csv",
        source_line: index + 2,
      }),
    )
    const data = stateData(renderReportHtml({ ...input, answers: [...input.answers, ...many] }))
    const france = data.states.find((state) => state.iso3 === "FRA")!
    expect(france.worded_answers).toHaveLength(LISTED_STATE_ANSWERS)
    expect(france.worded_total).toBe(LISTED_STATE_ANSWERS + 5)
    for (const row of france.worded_answers) {
      expect(row.answer).toHaveLength(SHOWN_ANSWER_CHARS)
      expect(row.answer.endsWith("…")).toBe(true)
      expect(data.files[row.file]).toBe("reports/2020-fra.csv")
    }
    expect(data.files).toEqual(["reports/2020-gha.csv", "reports/2020-fra.csv"])
    expect(Object.keys(data.elements).sort()).toEqual(["II.A.1.a.i", "II.A.2.a.i", "III.F.i"])
    expect(data.states.find((state) => state.iso3 === "FJI")!.worded_answers).toEqual([])
  })
})
