import type { OutputFile } from "../run/output-file.ts"
import { type CsvCell, formatCsv } from "../run/write-csv.ts"
import { formatEligible } from "./eligible-areas.ts"
import type { AllocationRow, MatchingResult } from "./matching-result.ts"
import { roundCents } from "./money.ts"
import { NEED_COLUMNS } from "./need.ts"
import { needsVsResources, type NeedsVsResourcesRow } from "./needs-vs-resources.ts"

type Row = Readonly<Record<string, CsvCell>>

const PROGRAMME_COLUMNS = [
  "programme_id",
  "origin",
  "donor",
  "donor_iso3",
  "fund",
  "title",
  "elements",
  "assistance_types",
  "eligible",
  "status",
  "start",
  "end",
  "currency",
  "budget",
  "committed",
  "max_grant",
  "min_grant",
  "usd_per_unit",
  "rate_as_of",
  "budget_usd",
  "committed_usd",
  "available_usd",
  "max_grant_usd",
  "min_grant_usd",
  "requires_report",
  "gender_marker",
  "source_file",
  "source_line"
] as const

const ALLOCATION_COLUMNS: ReadonlyArray<keyof AllocationRow> = [
  "kind",
  "need_id",
  "iso3",
  "state_name",
  "element_id",
  "priority",
  "programme_id",
  "fund",
  "donor",
  "requested_usd",
  "usd_allocated",
  "priority_weight",
  "thematic_match",
  "geographic_match",
  "tie_break",
  "why"
]

const UNMET_COLUMNS = [
  "need_id",
  "iso3",
  "state_name",
  "cycle",
  "element_id",
  "priority",
  "requirement_usd",
  "matched_usd",
  "unmet_usd",
  "status",
  "eligible_programmes",
  "nearest_programmes",
  "failed_constraints",
  "explanation"
] as const

const NEEDS_VS_RESOURCES_COLUMNS: ReadonlyArray<keyof NeedsVsResourcesRow> = [
  "level",
  "key",
  "label",
  "needs_with_amount",
  "needs_not_specified",
  "requirements_usd",
  "matched_usd",
  "coverage_pct",
  "unmet_usd",
  "unallocated_resources_usd"
]

const UTILISATION_COLUMNS = [
  "programme_id",
  "origin",
  "donor",
  "fund",
  "status",
  "budget_usd",
  "committed_usd",
  "available_usd",
  "allocated_usd",
  "remaining_usd",
  "utilisation_pct",
  "allocated_of_available_pct",
  "needs_eligible",
  "needs_funded",
  "needs_suggested"
] as const

/** A percentage to one decimal, blank where the whole is nothing or not stated. */
const percent = (part: number, whole: number | null): number | null =>
  whole === null || whole <= 0 ? null : Math.round((part / whole) * 1000) / 10

const joined = (items: ReadonlyArray<string>): string => items.join(";")

/** The rows of matching/programme_utilisation.csv. */
export const programmeUtilisation = (result: MatchingResult): ReadonlyArray<Row> =>
  result.programmeUse.map((use) => {
    const p = use.programme
    return {
      programme_id: p.programme_id,
      origin: p.origin,
      donor: p.donor,
      fund: p.fund,
      status: p.status,
      budget_usd: p.budget_usd,
      committed_usd: p.committed_usd,
      available_usd: p.available_usd,
      allocated_usd: roundCents(use.allocated_usd),
      remaining_usd: use.remaining_usd === null ? null : roundCents(use.remaining_usd),
      // Of the whole budget, how much is committed elsewhere or allocated here; and of what was left, how much this run allocated.
      utilisation_pct: percent(p.committed_usd + use.allocated_usd, p.budget_usd),
      allocated_of_available_pct: percent(use.allocated_usd, p.available_usd),
      needs_eligible: use.needs_eligible,
      needs_funded: use.needs_funded,
      needs_suggested: use.needs_suggested
    }
  })

/** Every need not fully met (matching/unmet_needs.csv), in need order. */
export const unmetNeeds = (result: MatchingResult): ReadonlyArray<Row> =>
  result.outcomes
    .filter((o) => o.status !== "met")
    .map((o) => ({
      need_id: o.need.need_id,
      iso3: o.need.iso3,
      state_name: o.need.state_name,
      cycle: o.need.cycle,
      element_id: o.need.element_id,
      priority: o.need.priority,
      requirement_usd: o.requirement_usd,
      matched_usd: o.requirement_usd === null ? null : roundCents(o.matched_usd),
      unmet_usd: o.unmet_usd,
      status: o.status,
      eligible_programmes: joined(o.eligible_programmes),
      nearest_programmes: joined(o.nearest_programmes),
      failed_constraints: joined(o.failed_constraints),
      explanation: o.explanation
    }))

/**
 * The files of the matching stage (DATA-MODEL §4): normalised needs and programmes (USD, with the original
 * amount and currency kept), allocations, unmet needs, needs vs resources, programme utilisation and a
 * summary.
 */
export const matchingOutputs = (result: MatchingResult): ReadonlyArray<OutputFile> => {
  const needs = result.needs.map((n) => ({ ...n, assistance_types: joined(n.assistance_types) }))
  const programmes = result.programmes.map((p) => ({
    ...p,
    elements: joined(p.elements),
    assistance_types: joined(p.assistance_types),
    eligible: formatEligible(p.eligible),
    requires_report: p.requires_report ? "yes" : "no"
  }))
  return [
    { file: "normalised/needs.csv", content: formatCsv(NEED_COLUMNS, needs) },
    { file: "normalised/programmes.csv", content: formatCsv(PROGRAMME_COLUMNS, programmes) },
    { file: "matching/allocations.csv", content: formatCsv(ALLOCATION_COLUMNS, result.allocations) },
    { file: "matching/unmet_needs.csv", content: formatCsv(UNMET_COLUMNS, unmetNeeds(result)) },
    {
      file: "matching/needs_vs_resources.csv",
      content: formatCsv(NEEDS_VS_RESOURCES_COLUMNS, needsVsResources(result))
    },
    {
      file: "matching/programme_utilisation.csv",
      content: formatCsv(UTILISATION_COLUMNS, programmeUtilisation(result))
    },
    // The solve time varies run to run; it goes to the manifest, so equal inputs give equal output files.
    { file: "matching/summary.json", content: `${JSON.stringify(summaryWithoutTiming(result.summary), null, 2)}\n` }
  ]
}

const summaryWithoutTiming = (summary: MatchingResult["summary"]) => {
  const { solve_ms: _solveMs, ...lp } = summary.lp
  return { ...summary, lp }
}
