import { Effect } from "effect"
import type { Settings } from "../src/run/config.ts"
import { writeExtractFolder } from "../src/run/extract-folder.ts"
import { formatCsv } from "../src/run/write-csv.ts"
import { computeIndicator1642 } from "../src/sdg/compute-indicator-1642.ts"
import { sdgOutputs } from "../src/sdg/outputs.ts"
import { REJECT_COLUMNS } from "../src/run/reject-columns.ts"
import { discoverReports } from "./discover-inputs.ts"
import { readReports } from "./read-reports.ts"

/** `poa sdg`: national reports → revisions → SDG 16.4.2 → `<dir>/` (the sdg/ files and their rejects). */
export const runSdgExtract = (settings: Settings, dir: string) =>
  Effect.gen(function* () {
    const { ingests, revised } = yield* readReports(yield* discoverReports(settings.input))
    const result = computeIndicator1642(revised.current, settings.sdg)
    const rejects = [...ingests.flatMap((i) => i.rejects), ...result.rejects]
    yield* Effect.sync(() =>
      writeExtractFolder(
        dir,
        [
          ...sdgOutputs(result, { ...settings.sdg, lastUpdate: new Date().toISOString().slice(0, 10) }),
          { file: "sdg/rejects.csv", content: formatCsv(REJECT_COLUMNS, rejects) }
        ],
        "sdg/"
      )
    )
    return { result, inputRejects: rejects.length - result.rejects.length }
  })
