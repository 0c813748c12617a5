export type DateReading =
  | { readonly _tag: "Date"; readonly iso: string }
  | { readonly _tag: "Ambiguous"; readonly reason: string }
  | { readonly _tag: "Bad"; readonly reason: string }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/

/**
 * Reads a date: ISO 8601 `YYYY-MM-DD` only (DATA-MODEL §2.1). Day/month orders differ between countries,
 * so `03/04/2020` could be 3 April or 4 March: it is rejected as ambiguous rather than guessed.
 */
export const readIsoDate = (raw: string): DateReading => {
  const text = raw.trim()
  const iso = ISO_DATE.exec(text)
  if (iso) {
    const [, y, m, d] = iso.map(Number) as [number, number, number, number]
    const date = new Date(Date.UTC(y, m - 1, d))
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return { _tag: "Date", iso: text }
    }
    return { _tag: "Bad", reason: `"${raw}" is not a calendar date; write it as YYYY-MM-DD` }
  }
  const slashed = SLASHED.exec(text)
  if (slashed) {
    const a = Number(slashed[1])
    const b = Number(slashed[2])
    if (a <= 12 && b <= 12 && a !== b) {
      return {
        _tag: "Ambiguous",
        reason: `"${raw}" could be day/month or month/day; write it as YYYY-MM-DD`
      }
    }
  }
  return { _tag: "Bad", reason: `"${raw}" is not an ISO date; write it as YYYY-MM-DD` }
}
