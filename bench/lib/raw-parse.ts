import { createReadStream } from "node:fs"
import { join } from "node:path"
import iconv from "iconv-lite"
import Papa from "papaparse"
import type { ReportFileSummary } from "../synthetic/reports.ts"

const ICONV_NAME: Readonly<Record<ReportFileSummary["encoding"], string>> = {
  utf8: "utf8",
  "utf8-bom": "utf8",
  windows1252: "win1252",
  "utf16le-bom": "utf16le"
}
const DELIMITER: Readonly<Record<ReportFileSummary["delimiter"], string>> = { comma: ",", semicolon: ";", tab: "\t" }

/**
 * The floor for ingest: the same bytes through the same streaming route the pipeline uses (file stream →
 * iconv-lite decodeStream → papaparse with a chunk callback), counting rows and doing nothing else. The
 * encoding and delimiter come from the generator's summary, so nothing is sniffed.
 */
export const rawParse = (path: string, file: Pick<ReportFileSummary, "encoding" | "delimiter">): Promise<number> =>
  new Promise((resolve, reject) => {
    let rows = 0
    const text = createReadStream(path).pipe(iconv.decodeStream(ICONV_NAME[file.encoding]))
    text.on("error", reject)
    Papa.parse<Array<string>>(text as unknown as File, {
      delimiter: DELIMITER[file.delimiter],
      chunk: (results) => {
        rows += results.data.length
      },
      complete: () => resolve(rows),
      error: (error: Error) => reject(error)
    })
  })

/** Every report file of a dataset, one after the other (as the pipeline reads them); rows including headers. */
export const rawParseAll = async (dir: string, files: ReadonlyArray<ReportFileSummary>): Promise<number> => {
  let rows = 0
  for (const file of files) rows += await rawParse(join(dir, file.file), file)
  return rows
}
