import { readdirSync } from "node:fs"
import { join } from "node:path"
import { ingestFile } from "../../../src/ingest/ingest-file.ts"
import {
  ASSISTANCE_FILE,
  buildRateTable,
  computeMatching,
  convertAssistanceFiles,
  convertProgrammeFiles,
  ingestIatiFile,
  PROGRAMME_FILE,
  RATES_FILE
} from "../../../src/matching/index.ts"
import { REPORT_FILE } from "../../../src/normalise/report-row.ts"
import { Answers } from "../../../src/normalise/answer-columns.ts"
import { applyRevisions } from "../../../src/normalise/revisions.ts"

const filesUnder = (input: string, folder: string, ext: string): Array<string> =>
  readdirSync(join(input, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => name.toLowerCase().endsWith(ext))
    .sort()
    .map((name) => `${folder}/${name.split("\\").join("/")}`)

/** The matching stage over an input folder, in the order src/matching/index.ts gives the pipeline. */
export const runMatchingOn = async (input: string) => {
  const rateFiles = [await ingestFile(join(input, "rates.csv"), "rates.csv", RATES_FILE)]
  const assistanceFiles = await Promise.all(
    filesUnder(input, "assistance", ".csv").map((f) => ingestFile(join(input, f), f, ASSISTANCE_FILE))
  )
  const programmeFiles = await Promise.all(
    [...filesUnder(input, "programmes", ".csv"), ...filesUnder(input, "programmes", ".xml")]
      .sort()
      .map((f) =>
        f.endsWith(".xml") ? ingestIatiFile(join(input, f), f) : ingestFile(join(input, f), f, PROGRAMME_FILE)
      )
  )
  const reports = await Promise.all(
    filesUnder(input, "reports", ".csv").map((f) => ingestFile(join(input, f), f, REPORT_FILE))
  )
  const revised = applyRevisions(new Answers(reports.map((r) => r.accepted)))
  const rates = buildRateTable(rateFiles)
  const assistance = convertAssistanceFiles(assistanceFiles, rates.table)
  const programmes = convertProgrammeFiles(programmeFiles, rates.table)
  const result = await computeMatching({
    needs: assistance.needs,
    programmes: [...programmes.programmes, ...assistance.offers],
    rates: rates.table,
    answers: revised.current
  })
  return { files: [...rates.files, ...assistance.files, ...programmes.files], assistance, programmes, result }
}
