import type { FileIngest } from "../ingest/ingest-file.ts"
import { ingestFile } from "../ingest/ingest-file.ts"
import { ASSISTANCE_FILE, ingestIatiFile, PROGRAMME_FILE, RATES_FILE } from "../matching/index.ts"
import { REPORT_FILE } from "../normalise/report-row.ts"
import type { FileKindName } from "./file-kinds.ts"

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
