import type { FileIngest } from "../ingest/ingest-file.ts"
import type { Reject } from "../ingest/reasons.ts"

/** What a step after ingestion (conversion, duplicate checks) decided for one accepted row. */
export type RowDecision<B> =
  | { readonly _tag: "Kept"; readonly row: B }
  | { readonly _tag: "Dropped"; readonly reject: Reject }

export const kept = <B>(row: B): RowDecision<B> => ({ _tag: "Kept", row })
export const dropped = (reject: Reject): RowDecision<never> => ({ _tag: "Dropped", reject })

export interface SettledFile<B> {
  readonly file: FileIngest<B>
  /** the rejects this step added (also in `file.rejects`) */
  readonly rejects: ReadonlyArray<Reject>
}

/**
 * A file's ingest after a later step: dropped rows move from accepted to rejected, so rows read = accepted
 * + rejected still holds (DATA-MODEL §5). `decisions` are in the order of `file.accepted`, one per row.
 */
export const settleFile = <A, B>(
  file: FileIngest<A>,
  decisions: ReadonlyArray<RowDecision<B>>
): SettledFile<B> => {
  if (decisions.length !== file.accepted.length) {
    throw new Error(
      `settleFile: ${decisions.length} decisions for ${file.accepted.length} rows of ${file.file}`
    )
  }
  const rows: Array<B> = []
  const rejects: Array<Reject> = []
  for (const decision of decisions) {
    if (decision._tag === "Kept") rows.push(decision.row)
    else rejects.push(decision.reject)
  }
  const allRejects = [...file.rejects, ...rejects].sort((a, b) => a.line - b.line)
  return {
    file: {
      ...file,
      counts: {
        read: file.counts.read,
        accepted: rows.length,
        rejected: file.counts.rejected + rejects.length
      },
      accepted: rows,
      rejects: allRejects
    },
    rejects
  }
}
