import type { TextEncoding } from "../ingest/detect-encoding.ts"
import type { MatchingSummary } from "../matching/matching-result.ts"
import type { SupersededSubmission } from "../normalise/revisions.ts"
import type { CodeVersion } from "./code-version.ts"
import type { WrittenOutput } from "./run-folder.ts"

/** One input file in the manifest: fingerprint, dialect, and where each of its rows went. */
export interface ManifestInput {
  readonly file: string
  readonly kind: string
  readonly sha256: string
  readonly bytes: number
  readonly status: "read" | "rejected"
  readonly encoding: TextEncoding | null
  readonly delimiter: string | null
  readonly rows: { readonly read: number; readonly accepted: number; readonly rejected: number; readonly superseded: number }
}

/** `manifest.json` (DATA-MODEL §4). */
export interface Manifest {
  readonly run_id: string
  readonly status: "ok" | "failed"
  readonly error?: string
  readonly started_at: string
  readonly finished_at: string
  readonly code_version: CodeVersion
  /** SHA-256 of the settings that shape outputs (thresholds, versions): a change forces a new run */
  readonly settings_sha256: string
  readonly input_dir: string
  /** inputs read from the cache of unchanged files (not re-parsed) */
  readonly cached_inputs: number
  readonly inputs: ReadonlyArray<ManifestInput>
  readonly totals: {
    readonly files: number
    readonly files_rejected: number
    readonly rows_read: number
    readonly rows_accepted: number
    readonly rows_rejected: number
    readonly rows_superseded: number
    /** reason code → number of rejects, most frequent first */
    readonly rejects_by_reason: Readonly<Record<string, number>>
    /** figures that could not be published (e.g. an SDG 16.4.2 State-year with a missing part), also in rejects.csv */
    readonly figures_rejected: number
    readonly figures_rejected_by_reason: Readonly<Record<string, number>>
  }
  readonly superseded_submissions: ReadonlyArray<SupersededSubmission>
  /** needs against resources: optimum vs greedy coverage, solve time, counts (matching/summary.json) */
  readonly matching?: MatchingSummary
  readonly outputs: ReadonlyArray<WrittenOutput>
  readonly durations_ms: Readonly<Record<string, number>>
  readonly warnings: ReadonlyArray<string>
}

/**
 * The conservation rule of DATA-MODEL §5: for every input file, rows read = accepted + rejected + superseded.
 * Returns the files that break it (an empty list when all is well).
 */
export const conservationViolations = (inputs: ReadonlyArray<ManifestInput>): ReadonlyArray<string> =>
  inputs
    .filter((i) => i.rows.read !== i.rows.accepted + i.rows.rejected + i.rows.superseded)
    .map(
      (i) =>
        `${i.file}: ${i.rows.read} rows read but ${i.rows.accepted} accepted + ${i.rows.rejected} rejected + ${i.rows.superseded} superseded`
    )

/** Rejects counted by reason code, most frequent first (ties by code). */
export const countByReason = (rejects: ReadonlyArray<{ readonly reason_code: string }>): Record<string, number> => {
  const counts = new Map<string, number>()
  for (const r of rejects) counts.set(r.reason_code, (counts.get(r.reason_code) ?? 0) + 1)
  return Object.fromEntries([...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
}
