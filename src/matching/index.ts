/**
 * Needs and resources (issue 4): assistance needs and offers, donor programmes (CSV and IATI 2.03), rates,
 * eligibility, the optimal allocation beside a greedy baseline, and the outputs that explain them.
 *
 * What the pipeline calls, in this order (`<input>` is the input folder):
 *
 *  1. Ingest, file by file (each gives a FileIngest; rows read = accepted + rejected holds per file):
 *       rates      ingestFile(`<input>/rates.csv`, "rates.csv", RATES_FILE)                 (if the file exists)
 *       assistance ingestFile(path, file, ASSISTANCE_FILE)   for assistance/**\/*.csv
 *       programmes ingestFile(path, file, PROGRAMME_FILE)    for programmes/**\/*.csv
 *                  ingestIatiFile(path, file)                for programmes/**\/*.xml
 *  2. const rates = buildRateTable(rateFiles)                     → { table, files, rejects }
 *  3. const assistance = convertAssistanceFiles(assistanceFiles, rates.table)
 *                                                                 → { files, needs, offers, rejects }
 *  4. const programmes = convertProgrammeFiles([...csvFiles, ...iatiFiles] sorted by file, rates.table)
 *                                                                 → { files, programmes, rejects }
 *     Steps 2–4 reject rows that need the whole run to judge (`duplicate_rate`, `unknown_currency`,
 *     `duplicate_programme`): use the `files` they return for the manifest counts and for rejects.csv —
 *     each returned file already has those rows moved from accepted to rejected and their rejects added
 *     (`rejects` lists only the new ones; do not add them a second time).
 *  5. const result = await computeMatching({
 *       needs: assistance.needs,
 *       programmes: [...programmes.programmes, ...assistance.offers],
 *       rates: rates.table,
 *       answers: revised.current,            // national report answers after revisions
 *     })
 *  6. matchingOutputs(result)        → OutputFile[]  (normalised/needs.csv, normalised/programmes.csv,
 *                                                     matching/*.csv, matching/summary.json)
 *     matchingCharts(result)         → Chart[]
 *     matchingReportSection(result)  → ReportSection (id "needs-vs-resources")
 */

export { ASSISTANCE_FILE, type AssistanceRow, normaliseAssistanceRow } from "./assistance-row.ts"
export { computeMatching, type MatchingInput } from "./compute-matching.ts"
export {
  type ConvertedAssistance,
  type ConvertedProgrammes,
  convertAssistanceFiles,
  convertProgrammeFiles
} from "./convert-to-usd.ts"
export { type ConstraintFailure, type Eligibility, eligibilityOf } from "./eligibility.ts"
export { ingestIatiFile } from "./ingest-iati.ts"
export { matchingCharts } from "./matching-charts.ts"
export { matchingOutputs } from "./matching-outputs.ts"
export { matchingReportSection } from "./matching-report-section.ts"
export type {
  AllocationRow,
  MatchingResult,
  MatchingSummary,
  NeedOutcome,
  ProgrammeUse
} from "./matching-result.ts"
export type { Need } from "./need.ts"
export type { Programme, ProgrammeRow } from "./programme.ts"
export { PROGRAMME_FILE } from "./programme-row.ts"
export { buildRateTable, EMPTY_RATES, RATES_FILE, type RateRow, type RateTable, rateOn } from "./rates.ts"
export { reportingRecordOf } from "./reporting-record.ts"
