/** Medians and the results table: timings are noisy, so every figure is the median of its runs. */

export const median = (values: ReadonlyArray<number>): number => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export const timed = async <A>(run: () => Promise<A> | A): Promise<{ value: A; ms: number }> => {
  const t0 = performance.now()
  const value = await run()
  return { value, ms: performance.now() - t0 }
}

export interface Figure {
  readonly section: string
  readonly measure: string
  /** the median; null when the measurement could not be taken (see note) */
  readonly value: number | null
  readonly unit: string
  readonly runs: number
  readonly samples?: ReadonlyArray<number>
  readonly target?: string
  readonly note?: string
}

const formatValue = (value: number | null): string => {
  if (value === null || Number.isNaN(value)) return "—"
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString("en-US")
  if (Math.abs(value) >= 10) return value.toFixed(1)
  return value.toFixed(2)
}

/** A plain-text table, columns padded to their widest cell. */
export const formatTable = (figures: ReadonlyArray<Figure>): string => {
  const rows = [
    ["section", "measure", "median", "unit", "runs", "target", "note"],
    ...figures.map((f) => [f.section, f.measure, formatValue(f.value), f.unit, String(f.runs), f.target ?? "", f.note ?? ""])
  ]
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (c === 6 ? 0 : r[c]!.length))))
  const line = (r: ReadonlyArray<string>) =>
    r.map((cell, c) => (c === 6 ? cell : c === 2 || c === 4 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ")
  return [line(rows[0]!), line(widths.map((w) => "-".repeat(w))), ...rows.slice(1).map(line)].join("\n")
}
