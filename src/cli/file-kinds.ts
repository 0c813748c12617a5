import { basename } from "node:path"
import type { FileIngest } from "../ingest/ingest-file.ts"
import { ingestFile } from "../ingest/ingest-file.ts"
import { ASSISTANCE_FILE, ingestIatiFile, PROGRAMME_FILE, RATES_FILE } from "../matching/index.ts"
import { REPORT_FILE } from "../normalise/report-row.ts"

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

/** Reads one file as the given kind, with the guarantees of ingestion (every row accepted or rejected). */
export const ingestAs = (kind: FileKindName, path: string, file: string): Promise<FileIngest<unknown, unknown>> => {
  switch (kind) {
    case "assistance":
      return ingestFile(path, file, ASSISTANCE_FILE)
    case "programmes":
      return file.toLowerCase().endsWith(".xml") ? ingestIatiFile(path, file) : ingestFile(path, file, PROGRAMME_FILE)
    case "rates":
      return ingestFile(path, file, RATES_FILE)
    case "reports":
      return ingestFile(path, file, REPORT_FILE)
  }
}
