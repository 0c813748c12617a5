import type { Delimiter } from "../ingest/detect-delimiter.ts"
import { readNumber } from "./numbers.ts"
import { textKey } from "./text-key.ts"
import type { AnswerCode, ParseQuality } from "./vocabularies.ts"

export type AnswerReading =
  | {
      readonly _tag: "Read"
      readonly code: AnswerCode
      readonly number: number | null
      readonly quality: ParseQuality
    }
  | { readonly _tag: "BadNumber"; readonly reason: string }
  | { readonly _tag: "Negative"; readonly value: number }

// DATA-MODEL §2.1: the template's answers in English, French and Spanish, compared by textKey.
const WORDS: ReadonlyArray<readonly [AnswerCode, ReadonlyArray<string>]> = [
  ["no_response", ["", "no response", "na", "n a", "none given", "sans reponse", "pas de reponse", "sin respuesta"]],
  ["yes", ["yes", "y", "true", "oui", "si"]],
  ["no", ["no", "n", "false", "non"]],
  [
    "developing",
    ["developing", "in development", "under development", "in progress", "en cours", "en developpement", "en desarrollo", "en proceso"]
  ]
]
const CODE_BY_KEY = new Map<string, AnswerCode>(WORDS.flatMap(([code, keys]) => keys.map((k) => [k, code] as const)))

/** Classifies an answer cell: a vocabulary word, a number (by the file's conventions) or free text. */
// No vocabulary word is longer than this; longer text is never looked up (textKey is the costly part).
const LONGEST_WORD = Math.max(...WORDS.flatMap(([, keys]) => keys.map((k) => k.length))) + 8

export const readAnswer = (raw: string, delimiter: Delimiter): AnswerReading => {
  const code = raw.length <= LONGEST_WORD ? CODE_BY_KEY.get(textKey(raw)) : undefined
  // "-" alone is a spreadsheet's "nothing to say"; textKey maps it to "" like a blank cell.
  if (code !== undefined) return { _tag: "Read", code, number: null, quality: "ok" }
  const number = readNumber(raw, delimiter)
  if (number._tag === "Malformed") return { _tag: "BadNumber", reason: number.reason }
  if (number._tag === "Number") {
    if (number.value < 0) return { _tag: "Negative", value: number.value }
    return { _tag: "Read", code: "number", number: number.value, quality: "ok" }
  }
  return { _tag: "Read", code: "text", number: null, quality: /\d/.test(raw) ? "unparseable" : "ok" }
}
