import type { Reject } from "../ingest/reasons.ts"

/** Column order of `rejects.csv` (DATA-MODEL §4). */
export const REJECT_COLUMNS: ReadonlyArray<keyof Reject> = ["file", "line", "column", "value", "reason_code", "reason"]
