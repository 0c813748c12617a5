export type Delimiter = "," | ";" | "\t"

const CANDIDATES: ReadonlyArray<Delimiter> = [",", ";", "\t"]

/**
 * The delimiter of a CSV file, from its header line: the candidate that occurs most often outside quotes.
 * The header is the most reliable line to sniff: it has no free text. Ties go to the comma.
 */
export const detectDelimiter = (headerLine: string): Delimiter => {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]))
  let quoted = false
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1)
  }
  let best: Delimiter = ","
  for (const d of CANDIDATES) if (counts.get(d)! > counts.get(best)!) best = d
  return best
}

export const delimiterName = (d: Delimiter): string => (d === "," ? "comma" : d === ";" ? "semicolon" : "tab")
