import type { Manifest } from "../run/manifest.ts"

const n = (x: number): string => x.toLocaleString("en-US")

/** The few lines `poa run` prints when it finishes. */
export const formatRunSummary = (
  manifest: Manifest,
  runDir: string,
  latest: string
): string => {
  const t = manifest.totals
  const lines = [
    `poa run ${manifest.run_id}: ${n(t.files)} input files${t.files_rejected > 0 ? ` (${n(t.files_rejected)} rejected whole)` : ""}`,
    `  rows: ${n(t.rows_read)} read = ${n(t.rows_accepted)} accepted + ${n(t.rows_rejected)} rejected + ${n(t.rows_superseded)} superseded`
  ]
  if (manifest.superseded_submissions.length > 0) {
    lines.push(
      `  revisions: ${manifest.superseded_submissions.map((s) => `${s.iso3} ${s.cycle} (${s.submitted_on || "undated"} → ${s.superseded_by})`).join(", ")}`
    )
  }
  const reasons = Object.entries(t.rejects_by_reason)
  if (reasons.length > 0) lines.push(`  rejects by reason: ${reasons.map(([code, k]) => `${code} ${k}`).join(", ")}`)
  const figures = Object.entries(t.figures_rejected_by_reason ?? {})
  if (figures.length > 0) {
    lines.push(`  figures not published: ${figures.map(([code, k]) => `${code} ${k}`).join(", ")} (listed in rejects.csv)`)
  }
  const m = manifest.matching
  if (m) {
    const usd = (x: number) => `USD ${Math.round(x).toLocaleString("en-US")}`
    lines.push(
      `  needs vs resources: ${n(m.needs.total)} needs (${usd(m.requirements_usd)} stated), ${n(m.programmes.total)} programmes and offers; optimum covers ${usd(m.optimum.matched_usd)}, greedy ${usd(m.greedy.matched_usd)} (+${usd(m.optimum_minus_greedy.usd)})`
    )
  }
  lines.push(`  run folder: ${runDir}`, `  latest:     ${latest}  (see rejects.csv there for every row not accepted)`)
  return lines.join("\n")
}
