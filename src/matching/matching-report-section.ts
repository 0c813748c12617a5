import type { ReportSection, ReportTable } from "../report/section.ts"
import { formatEligible } from "./eligible-areas.ts"
import { matchingCharts } from "./matching-charts.ts"
import type { MatchingResult } from "./matching-result.ts"
import { formatUsd } from "./money.ts"
import { needsVsResources, type NeedsVsResourcesRow } from "./needs-vs-resources.ts"

const LEVEL_LABEL = {
  total: "Total",
  section: "Section",
  element: "Element",
  region: "Region",
  state: "State"
} as const

const needsTable = (caption: string, rows: ReadonlyArray<NeedsVsResourcesRow>): ReportTable => ({
  caption,
  columns: [
    { key: "level", label: "Level" },
    { key: "label", label: "Group" },
    { key: "needs_with_amount", label: "Needs with amount", numeric: true },
    { key: "needs_not_specified", label: "Needs, no amount", numeric: true },
    { key: "requirements_usd", label: "Requirements (USD)", numeric: true, decimals: 0 },
    { key: "matched_usd", label: "Matched (USD)", numeric: true, decimals: 0 },
    { key: "coverage_pct", label: "Coverage (%)", numeric: true, decimals: 0 },
    { key: "unmet_usd", label: "Unmet (USD)", numeric: true, decimals: 0 },
    { key: "unallocated_resources_usd", label: "Unallocated resources (USD)", numeric: true, decimals: 0 }
  ],
  rows: rows.map((row) => ({ ...row, level: LEVEL_LABEL[row.level] }))
})

/** "1 need", "2 needs". */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`

const percentText = (pct: number | null): string => (pct === null ? "no stated requirement" : `${pct}%`)

// No timings here: report.html is an output whose hash the manifest records, so it must be the same for
// the same inputs (the solve time is in manifest.json).
const headline = (result: MatchingResult): ReadonlyArray<string> => {
  const s = result.summary
  const gain = s.optimum_minus_greedy
  const comparison =
    gain.usd > 0.005
      ? `the optimum matches ${formatUsd(gain.usd)} more (${formatUsd(gain.priority_weighted_usd)} more priority-weighted)`
      : gain.priority_weighted_usd > 0.005
        ? `the optimum matches as much but gives ${formatUsd(gain.priority_weighted_usd)} more priority-weighted`
        : "the optimum matches no more than the greedy baseline here"
  const needs =
    `States declared ${count(s.needs.total, "need")}: ${s.needs.with_amount} with an amount, totalling ` +
    `${formatUsd(s.requirements_usd)} (converted to USD at the latest rate on or before the end of the cycle ` +
    `year), and ${s.needs.not_specified} with no amount ("not specified": listed and matched to programmes as ` +
    "suggestions, never priced). "
  const resources =
    `${count(s.programmes.donor_programmes, "donor programme")} and ${count(s.programmes.offers, "State offer")} ` +
    `have ${formatUsd(s.available_usd)} available (budget less commitments; closed programmes excluded).`
  const optimum =
    "The optimal allocation (a linear programme maximising priority-weighted USD covered, solved by HiGHS) " +
    `matches ${formatUsd(s.optimum.matched_usd)} of the requirements (${percentText(s.optimum.coverage_pct)}), ` +
    `meeting ${count(s.optimum.needs_fully_met, "need")} in full and ${s.optimum.needs_partly_met} in part. `
  const greedy =
    "A greedy baseline (by priority, then smaller amounts first) matches " +
    `${formatUsd(s.greedy.matched_usd)} (${percentText(s.greedy.coverage_pct)}): ${comparison}.`
  const unmet =
    `${count(s.needs.no_eligible_programme, "need")} ${s.needs.no_eligible_programme === 1 ? "has" : "have"} ` +
    "no eligible programme (the table of unmet needs names the constraints the nearest programmes fail) and " +
    `${count(s.needs.budgets_exhausted, "need")} ${s.needs.budgets_exhausted === 1 ? "has" : "have"} eligible ` +
    "programmes whose budgets are used up. "
  const rules =
    "A programme may fund a need only if all of these hold: its elements include the need's element or a " +
    "heading above it; its eligibility list includes the State, its M49 region or sub-region, or the world; " +
    "they share an assistance type; their periods overlap; it is not closed; the need is not below its " +
    "minimum grant; and, where it requires one (UNSCAR), the State submitted a national report in the latest " +
    "cycle before it starts."
  return [needs + resources, optimum + greedy, unmet + rules]
}

/** report.html's needs-vs-resources section, as data (the report renders and escapes it). */
export const matchingReportSection = (result: MatchingResult): ReportSection => {
  const rows = needsVsResources(result)
  const byLevel = (...levels: ReadonlyArray<NeedsVsResourcesRow["level"]>) =>
    rows.filter((r) => levels.includes(r.level))
  const unmet: ReportTable = {
    caption: "Needs not fully met, and why",
    columns: [
      { key: "need_id", label: "Need" },
      { key: "state", label: "State" },
      { key: "element_id", label: "Element" },
      { key: "priority", label: "Priority", numeric: true },
      { key: "requirement_usd", label: "Requirement (USD)", numeric: true, decimals: 0 },
      { key: "matched_usd", label: "Matched (USD)", numeric: true, decimals: 0 },
      { key: "unmet_usd", label: "Unmet (USD)", numeric: true, decimals: 0 },
      { key: "status", label: "Status" },
      { key: "explanation", label: "Why" }
    ],
    rows: result.outcomes
      .filter((o) => o.status !== "met")
      .map((o) => ({
        need_id: o.need.need_id,
        state: o.need.state_name,
        element_id: o.need.element_id,
        priority: o.need.priority,
        requirement_usd: o.requirement_usd,
        matched_usd: o.requirement_usd === null ? null : o.matched_usd,
        unmet_usd: o.unmet_usd,
        status: o.status.replaceAll("_", " "),
        explanation: o.explanation
      }))
  }
  const programmesAndOffers: ReportTable = {
    caption: "Donor programmes and State offers, side by side",
    columns: [
      { key: "kind", label: "Kind" },
      { key: "programme_id", label: "Id" },
      { key: "donor", label: "Donor" },
      { key: "fund", label: "Fund or channel" },
      { key: "title", label: "Title" },
      { key: "elements", label: "Elements" },
      { key: "assistance_types", label: "Assistance" },
      { key: "eligible", label: "Eligible" },
      { key: "period", label: "Period" },
      { key: "status", label: "Status" },
      { key: "available_usd", label: "Available (USD)", numeric: true, decimals: 0 },
      { key: "allocated_usd", label: "Allocated (USD)", numeric: true, decimals: 0 },
      { key: "remaining_usd", label: "Remaining (USD)", numeric: true, decimals: 0 }
    ],
    rows: [...result.programmeUse]
      .sort((a, b) => Number(a.programme.origin === "offer") - Number(b.programme.origin === "offer"))
      .map((use) => {
        const p = use.programme
        return {
          kind:
            p.origin === "offer"
              ? "State offer"
              : p.origin === "iati"
                ? "Donor programme (IATI)"
                : "Donor programme",
          programme_id: p.programme_id,
          donor: p.donor,
          fund: p.fund,
          title: p.title,
          elements: p.elements.join("; "),
          assistance_types: p.assistance_types.join(", "),
          eligible: formatEligible(p.eligible),
          period: `${p.start} to ${p.end}`,
          status: p.status,
          available_usd: p.available_usd,
          allocated_usd: use.allocated_usd,
          remaining_usd: use.remaining_usd
        }
      })
  }
  return {
    id: "needs-vs-resources",
    title: "Needs and resources",
    paragraphs: headline(result),
    charts: matchingCharts(result).map((chart) => chart.name),
    tables: [
      needsTable("Needs and resources by section and region", byLevel("total", "section", "region")),
      unmet,
      programmesAndOffers,
      needsTable("Needs and resources by Outline element and State", byLevel("element", "state"))
    ]
  }
}
