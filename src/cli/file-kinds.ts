import { basename } from "node:path"

export const FILE_KINDS = ["reports", "assistance", "programmes", "rates"] as const
export type FileKindName = (typeof FILE_KINDS)[number]

/** The kind of an input file from where it sits, as in the input folder: assistance/, programmes/, rates.csv. */
export const kindOfPath = (path: string): FileKindName => {
  const segments = path.split(/[\\/]/)
  if (basename(path).toLowerCase() === "rates.csv") return "rates"
  if (segments.includes("assistance")) return "assistance"
  if (segments.includes("programmes")) return "programmes"
  return "reports"
}
