import type { OutputFile } from "../run/output-file.ts"
import { formatIndicator1642Csv } from "./analyst-csv.ts"
import { type Indicator1642Options, indicator1642Options } from "./options.ts"
import { formatOpenSdgCsv } from "./open-sdg-csv.ts"
import { formatOpenSdgMetadata } from "./open-sdg-metadata.ts"
import type { Indicator1642Result } from "./result.ts"
import { formatSdmxCsv } from "./sdmx-csv.ts"

/** Paths of the 16.4.2 files in the run folder (DATA-MODEL §4). */
export const SDG_OUTPUT_PATHS = {
  analystCsv: "sdg/16-4-2.csv",
  sdmxCsv: "sdg/16-4-2.sdmx.csv",
  openSdgCsv: "sdg/indicator_16-4-2.csv",
  openSdgMeta: "sdg/meta/16-4-2.yml",
} as const

/**
 * The four 16.4.2 files. `lastUpdate` (the run date) is required; `dataflowVersion` and `reportingType`
 * default (1.4, N). The coverage thresholds were applied by computeIndicator1642 and travel in the result,
 * so any given here are only checked, never re-applied.
 */
export const sdgOutputs = (
  result: Indicator1642Result,
  options: Partial<Indicator1642Options> & Pick<Indicator1642Options, "lastUpdate">,
): ReadonlyArray<OutputFile> => {
  const full = indicator1642Options(options)
  return [
    { file: SDG_OUTPUT_PATHS.analystCsv, content: formatIndicator1642Csv(result) },
    { file: SDG_OUTPUT_PATHS.sdmxCsv, content: formatSdmxCsv(result, full) },
    { file: SDG_OUTPUT_PATHS.openSdgCsv, content: formatOpenSdgCsv(result) },
    { file: SDG_OUTPUT_PATHS.openSdgMeta, content: formatOpenSdgMetadata(result, full) },
  ]
}
