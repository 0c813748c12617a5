import { join } from "node:path"
import { openCsvSink } from "./csv-sink.ts"
import { COMMA_UTF8 } from "./dialects.ts"
import { streamFor } from "./prng.ts"

/** Rough USD value of one unit; each year-end rate drifts a few per cent around it. XOF follows the EUR parity. */
const BASE: ReadonlyArray<readonly [string, number]> = [
  ["EUR", 1.12],
  ["GBP", 1.28],
  ["CHF", 1.08],
  ["JPY", 0.0085],
  ["CAD", 0.76],
  ["SEK", 0.105],
  ["NOK", 0.105],
  ["AUD", 0.7]
]

/**
 * rates.csv (DATA-MODEL §2.5): year-end rates from three years before the first cycle to three after the
 * last, so every need's cycle year and every programme's start year has one; `USD,1` once.
 */
export const buildRates = (seed: number, cycles: ReadonlyArray<number>): Array<Array<string>> => {
  const random = streamFor(seed, "rates")
  const first = (cycles[0] ?? 2018) - 3
  const last = (cycles[cycles.length - 1] ?? 2018) + 3
  const rows: Array<Array<string>> = [["USD", "1", `${first}-01-01`]]
  for (const [currency, base] of BASE) {
    for (let year = first; year <= last; year++) {
      const rate = base * (0.92 + random() * 0.16)
      rows.push([currency, rate.toPrecision(5), `${year}-12-31`])
      if (currency === "EUR") rows.push(["XOF", (rate / 655.957).toPrecision(5), `${year}-12-31`])
    }
  }
  return rows
}

export const writeRates = (out: string, rows: ReadonlyArray<ReadonlyArray<string>>): { file: string; rows: number } => {
  const sink = openCsvSink(join(out, "rates.csv"), COMMA_UTF8, ["currency", "usd_per_unit", "as_of"])
  for (const row of rows) sink.write(row)
  sink.close()
  return { file: "rates.csv", rows: rows.length }
}
