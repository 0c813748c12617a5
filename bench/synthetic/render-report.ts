import type { Sex } from "../../src/normalise/vocabularies.ts"
import { COMMA_UTF8_BOM_CRLF, type Delimiter, type Dialect, SEMICOLON_WINDOWS1252, TAB_UTF16LE } from "./dialects.ts"
import { elementReference, type NotationMix } from "./element-refs.ts"
import { intBetween, pick, type Random } from "./prng.ts"
import type { Answer, Report, ReportRow } from "./report-rows.ts"
import { stateReference } from "./state-refs.ts"
import type { Lang } from "./texts.ts"

/** The columns of a national report file (DATA-MODEL §2.1) in the contract's order. */
export const REPORT_COLUMNS = [
  "state",
  "cycle",
  "submitted_on",
  "element",
  "question",
  "answer",
  "measure",
  "sex",
  "weapon_class",
  "year",
  "note"
] as const

/** The canonical copy adds where each row came from, so DuckDB can pick "the latest line" as the pipeline does. */
export const CANONICAL_COLUMNS = [...REPORT_COLUMNS, "source_file", "source_line"] as const

type SexStyle = "std" | "short" | "words"
type YesNoStyle = "word" | "letter" | "bool"

/** How one file spells things: the dialect plus header, column order, notations and vocabularies. */
export interface FileStyle {
  readonly dialect: Dialect
  readonly header: ReadonlyArray<string>
  /** for each file column, its index in REPORT_COLUMNS */
  readonly order: ReadonlyArray<number>
  readonly notation: NotationMix
  readonly sex: SexStyle
  readonly yesNo: YesNoStyle
  /** how template question numbers are written: "Q12", or "n° 12" (a Windows-1252 byte in every such file) */
  readonly questionPrefix: string
}

const STANDARD_ORDER = REPORT_COLUMNS.map((_, i) => i)

/** The style that goes with each dialect, modelled on the fixture files written in it. */
export const styleFor = (dialect: Dialect): FileStyle => {
  if (dialect === SEMICOLON_WINDOWS1252) {
    return {
      dialect,
      header: REPORT_COLUMNS,
      order: STANDARD_ORDER,
      notation: { canonical: 70, printed: 20, prefixed: 0, lower: 0, title: 10 },
      sex: "std",
      yesNo: "word",
      questionPrefix: "n° "
    }
  }
  if (dialect === TAB_UTF16LE) {
    return {
      dialect,
      header: REPORT_COLUMNS,
      order: STANDARD_ORDER,
      notation: { canonical: 80, printed: 0, prefixed: 0, lower: 20, title: 0 },
      sex: "short",
      yesNo: "letter",
      questionPrefix: "Q"
    }
  }
  if (dialect === COMMA_UTF8_BOM_CRLF) {
    // Header names in other cases and with spaces, element first: matched case-insensitively, trimmed.
    const order = [3, 0, 1, 2, 5, 4, 6, 7, 8, 9, 10]
    const labels = ["ELEMENT", " State ", " Cycle ", "Submitted_On", "Answer", "Question", "MEASURE", "Sex", "Weapon_Class", "Year", "Note"]
    return {
      dialect,
      header: labels,
      order,
      notation: { canonical: 30, printed: 20, prefixed: 50, lower: 0, title: 0 },
      sex: "words",
      yesNo: "bool",
      questionPrefix: "Q"
    }
  }
  return {
    dialect,
    header: REPORT_COLUMNS,
    order: STANDARD_ORDER,
    notation: { canonical: 55, printed: 25, prefixed: 10, lower: 5, title: 5 },
    sex: "std",
    yesNo: "word",
    questionPrefix: "Q"
  }
}

const WORDS: Readonly<Record<Lang, Readonly<Record<"yes" | "no" | "developing", string>>>> = {
  en: { yes: "Yes", no: "No", developing: "Developing" },
  fr: { yes: "Oui", no: "Non", developing: "En cours" },
  es: { yes: "Sí", no: "No", developing: "En desarrollo" }
}
const ENGLISH_STYLES: Readonly<Record<YesNoStyle, Readonly<Record<"yes" | "no" | "developing", string>>>> = {
  word: WORDS.en,
  letter: { yes: "Y", no: "N", developing: "Developing" },
  bool: { yes: "true", no: "false", developing: "Developing" }
}
const NO_RESPONSE = ["", "[No response]", "n/a", "-"]
const SEXES: Readonly<Record<SexStyle, Readonly<Record<Sex, string>>>> = {
  std: { female: "female", male: "male", total: "total" },
  short: { female: "F", male: "M", total: "T" },
  words: { female: "women", male: "men", total: "total" }
}

const BAD_STATES = ["Atlantis", "Puerto Rico", "Greenland", "Kosovo", "Narnia"]
const BAD_ELEMENTS = ["II.A.9", "III.C.ix", "IV.ix", "II.E", "Stockpile managment and security"]

const grouped = (n: number, separator: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator)

/** A count as people write it in a file with this delimiter (DATA-MODEL §2.1 number conventions). */
const writtenCount = (n: number, delimiter: Delimiter, random: Random): string => {
  if (n < 1000) return String(n)
  if (delimiter === ",") return random() < 0.5 ? grouped(n, ",") : String(n)
  if (delimiter === ";") return pick(random, [grouped(n, " "), grouped(n, "."), String(n)])
  return random() < 0.15 ? grouped(n, " ") : String(n)
}

const malformedNumber = (delimiter: Delimiter, random: Random): string =>
  delimiter === ";" ? pick(random, ["12.5", "1.23", "3.7"]) : pick(random, ["1,23,4", "12,34", "1.2.3"])

const writtenAnswer = (answer: Answer, lang: Lang, style: FileStyle, random: Random, malformed: string): string => {
  switch (answer.kind) {
    case "yes":
    case "no":
    case "developing":
      return (lang === "en" ? ENGLISH_STYLES[style.yesNo] : WORDS[lang])[answer.kind]
    case "none":
      return pick(random, NO_RESPONSE)
    case "count":
      return writtenCount(answer.value, style.dialect.delimiter, random)
    case "decimal":
      return style.dialect.delimiter === ";" ? String(answer.value).replace(".", ",") : String(answer.value)
    case "text":
      return answer.text
    case "negative":
      return `-${answer.value}`
    case "malformed":
      return malformed
  }
}

const canonicalAnswer = (answer: Answer, malformed: string): string => {
  switch (answer.kind) {
    case "yes":
      return "Yes"
    case "no":
      return "No"
    case "developing":
      return "Developing"
    case "none":
      return ""
    case "count":
    case "decimal":
      return String(answer.value)
    case "text":
      return answer.text
    case "negative":
      return `-${answer.value}`
    case "malformed":
      return malformed
  }
}

const pad2 = (n: number): string => String(n).padStart(2, "0")

const ambiguousDate = (random: Random, cycle: number): string => {
  const day = intBetween(random, 1, 12)
  const month = ((day + intBetween(random, 0, 10)) % 12) + 1
  return `${pad2(day)}/${pad2(month === day ? (month % 12) + 1 : month)}/${cycle}`
}

export interface RenderedRow {
  /** the cells in the file's column order */
  readonly cells: ReadonlyArray<string>
  /** the same row in REPORT_COLUMNS order with canonical values (ISO3, canonical id, English words) */
  readonly canonical: ReadonlyArray<string>
}

/** Renders a report's rows for one file; `random` is the report's rendering stream. */
export const renderReport = (report: Report, style: FileStyle, random: Random): Array<RenderedRow> => {
  const stateCell = stateReference(report.state, random, style.dialect.encoding === "windows1252")
  const cycle = String(report.cycle)
  return report.rows.map((row: ReportRow) => {
    const malformed = row.answer.kind === "malformed" ? malformedNumber(style.dialect.delimiter, random) : ""
    const badState = row.bad === "unknown_state" ? pick(random, BAD_STATES) : undefined
    const badElement = row.bad === "unknown_element" ? pick(random, BAD_ELEMENTS) : undefined
    const badDate = row.bad === "ambiguous_date" ? ambiguousDate(random, report.cycle) : undefined
    const sex = row.sex === "" ? "" : SEXES[style.sex][row.sex]
    const year = row.year === null ? "" : String(row.year)
    const question = style.questionPrefix !== "Q" && row.question.startsWith("Q") ? style.questionPrefix + row.question.slice(1) : row.question
    const standard = [
      badState ?? stateCell,
      cycle,
      badDate ?? report.submittedOn,
      badElement ?? elementReference(row.elementId, random, style.notation),
      question,
      writtenAnswer(row.answer, report.lang, style, random, malformed),
      row.measure,
      sex,
      row.weaponClass,
      year,
      row.note
    ]
    const canonical = [
      badState ?? report.state.iso3,
      cycle,
      badDate ?? report.submittedOn,
      badElement ?? row.elementId,
      row.question,
      canonicalAnswer(row.answer, malformed),
      row.measure,
      row.sex,
      row.weaponClass,
      year,
      row.note
    ]
    return { cells: style.order.map((i) => standard[i]!), canonical }
  })
}
