import type { Delimiter } from "../ingest/detect-delimiter.ts"
import { readNumber } from "../normalise/numbers.ts"

export type AmountReading =
  | { readonly _tag: "Amount"; readonly value: number }
  | { readonly _tag: "Bad"; readonly reason: string }

/**
 * A money amount as written in a cell: the number conventions of the file's delimiter (DATA-MODEL §2.1),
 * never negative. `allowZero` is for amounts that may be nothing (`committed`); a requested or offered
 * amount of zero is a mistake (leave the cell blank for "not specified").
 */
export const readAmount = (raw: string, delimiter: Delimiter, allowZero = false): AmountReading => {
  const number = readNumber(raw, delimiter)
  if (number._tag === "NotNumeric") {
    return {
      _tag: "Bad",
      reason:
        `"${raw}" is not an amount; write digits only, e.g. 150000 or 150,000.50, ` +
        "and put the currency in its own column"
    }
  }
  if (number._tag === "Malformed") return { _tag: "Bad", reason: number.reason }
  if (number.value < 0) return { _tag: "Bad", reason: `"${raw}" is negative; amounts cannot be below zero` }
  if (number.value === 0 && !allowZero) {
    return { _tag: "Bad", reason: `"${raw}" is zero; leave the amount blank when it is not specified` }
  }
  return { _tag: "Amount", value: number.value }
}

/** To whole cents, half away from zero; the small offset keeps 0.125 * 100 = 12.499… from rounding down. */
export const roundCents = (usd: number): number =>
  (Math.sign(usd) * Math.round(Math.abs(usd) * 100 + 1e-7)) / 100

export const cents = (usd: number): number => Math.round(usd * 100)

const usdFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 })

/** "USD 1,250,000" for sentences; whole dollars read better in explanations than cents. */
export const formatUsd = (usd: number): string => `USD ${usdFormat.format(usd)}`

/** A whole percentage of a part over a whole, blank (null) where the whole is nothing (OCHA FTS convention). */
export const wholePercent = (part: number, whole: number | null): number | null =>
  whole === null || whole <= 0 ? null : Math.round((part / whole) * 100)
