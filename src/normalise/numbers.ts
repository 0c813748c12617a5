import type { Delimiter } from "../ingest/detect-delimiter.ts"

export type NumberReading =
  | { readonly _tag: "Number"; readonly value: number }
  | { readonly _tag: "NotNumeric" }
  | { readonly _tag: "Malformed"; readonly reason: string }

// Spaces people and spreadsheets put in numbers: space, no-break space, narrow no-break space, thin space.
const SPACES = /[\u0020\u00a0\u202f\u2009]/g
const NUMERIC_CHARS = /^[+-]?[0-9.,\s]+$/

// DATA-MODEL §2.1: thousands separators "1,234" "1 234" (and "1.234" in a semicolon file), an optional
// decimal part — "." in comma and tab files, "," in semicolon files (the European spreadsheet convention).
const POINT_DECIMAL = [/^\d+(\.\d+)?$/, /^\d{1,3}(,\d{3})+(\.\d+)?$/, /^\d{1,3}( \d{3})+(\.\d+)?$/]
const COMMA_DECIMAL = [/^\d+(,\d+)?$/, /^\d{1,3}(\.\d{3})+(,\d+)?$/, /^\d{1,3}( \d{3})+(,\d+)?$/]

const NOT_NUMERIC: NumberReading = { _tag: "NotNumeric" }

const isPlainDigits = (raw: string): boolean => {
  if (raw.length === 0) return false
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

// NUMERIC_CHARS allows a trimmed number to start only with a sign, a digit, "." or ",".
const mayStartNumber = (c: number): boolean => (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 44

/**
 * Reads a number written in a cell, following the conventions of the file's delimiter. Text that is not
 * made only of digits, separators and a sign is `NotNumeric` (prose is kept as text, never coerced).
 */
export const readNumber = (raw: string, delimiter: Delimiter): NumberReading => {
  // Fast paths for what most cells are: plain digits read the same under every delimiter's conventions,
  // and text whose first character cannot start a number is prose, so the regular expressions (and the
  // space-normalising copy of a long note) are skipped. Both give what the general path below gives.
  if (isPlainDigits(raw)) return { _tag: "Number", value: Number(raw) }
  const trimmed = raw.trim()
  if (trimmed.length === 0 || !mayStartNumber(trimmed.charCodeAt(0))) return NOT_NUMERIC
  const text = trimmed.replace(SPACES, " ")
  if (!NUMERIC_CHARS.test(text) || !/\d/.test(text)) return NOT_NUMERIC
  const sign = text.startsWith("-") ? -1 : 1
  const body = text.replace(/^[+-]\s*/, "")
  const commaDecimal = delimiter === ";"
  const patterns = commaDecimal ? COMMA_DECIMAL : POINT_DECIMAL
  if (!patterns.some((p) => p.test(body))) {
    return {
      _tag: "Malformed",
      reason: commaDecimal
        ? `"${raw}" is not a number as written in a semicolon-delimited file: thousands are separated by "." or a space and decimals by "," (e.g. 1.234 or 12,5)`
        : `"${raw}" is not a number as written in a ${delimiter === "\t" ? "tab" : "comma"}-delimited file: thousands are separated by "," or a space and decimals by "." (e.g. 1,234 or 12.5)`
    }
  }
  const plain = commaDecimal ? body.replace(/[. ]/g, "").replace(",", ".") : body.replace(/[, ]/g, "")
  return { _tag: "Number", value: sign * Number(plain) }
}
