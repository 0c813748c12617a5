import type { Chart } from "../charts/chart.ts"
import type { Reject } from "../ingest/reasons.ts"
import type { Metrics } from "../metrics/types.ts"
import type { AnswerRow } from "../normalise/answer-row.ts"
import type { Manifest } from "../run/manifest.ts"
import type { ReportSection } from "./section.ts"

/** Everything report.html and summary.md are made from. */
export interface ReportInput {
  readonly manifest: Manifest
  readonly rejects: ReadonlyArray<Reject>
  /** the current answers (revisions applied): the per-State section and the unparseable numbers */
  readonly answers: Iterable<AnswerRow>
  readonly metrics: Metrics
  /** every chart of the run: the metrics charts and those of other stages (SDG, matching) */
  readonly charts: ReadonlyArray<Chart>
  /** sections of other stages, shown in this order after the metrics sections */
  readonly sections: ReadonlyArray<ReportSection>
  readonly generatedAt: Date
}
