import { elementById, sectionOf } from "../outline/outline.ts"
import { m49Area, stateByIso3 } from "../reference/states.ts"
import { compareText } from "./allocation-problem.ts"
import { regionsReached } from "./eligible-areas.ts"
import type { MatchingResult, NeedOutcome, ProgrammeUse } from "./matching-result.ts"
import { roundCents, wholePercent } from "./money.ts"

/** The levels of matching/needs_vs_resources.csv (DATA-MODEL §4). */
export type NeedsLevel = "total" | "section" | "element" | "region" | "state"

/**
 * One row of matching/needs_vs_resources.csv, in the manner of OCHA FTS: requirements are the needs with a
 * stated amount, matched is what the optimal allocation gives them, coverage is matched / requirements in
 * whole percent (blank where nothing is stated — never 0 % of nothing). Needs without an amount are
 * counted, never priced.
 */
export interface NeedsVsResourcesRow {
  readonly level: NeedsLevel
  /** section / element id, M49 region code, ISO3; "not_specified" and "shared" for the two special rows */
  readonly key: string
  readonly label: string
  readonly needs_with_amount: number
  readonly needs_not_specified: number
  readonly requirements_usd: number | null
  readonly matched_usd: number | null
  readonly coverage_pct: number | null
  readonly unmet_usd: number | null
  /**
   * Money still unallocated in programmes that serve only this section / region / State (not closed ones).
   * On the "Shared" row: the same for programmes that reach several of them (or the world) and so cannot be
   * attributed to one — FTS's "shared" or "multiple destinations". Blank at element level.
   */
  readonly unallocated_resources_usd: number | null
}

interface Group {
  readonly label: string
  withAmount: number
  notSpecified: number
  requirements: number
  matched: number
}

const keyOf: Record<Exclude<NeedsLevel, "total">, (o: NeedOutcome) => string> = {
  section: (o) => o.need.section,
  element: (o) => o.need.element_id,
  region: (o) => o.need.region_code,
  state: (o) => o.need.iso3
}

const labelOf: Record<NeedsLevel, (key: string) => string> = {
  total: () => "All needs",
  section: (key) => `${key}: ${elementById(key)?.title ?? key}`,
  element: (key) => elementById(key)?.title ?? key,
  region: (key) => m49Area(key)?.name ?? key,
  state: (key) => stateByIso3(key)?.name ?? key
}

const SHARED = "shared"

const onlyOne = (keys: ReadonlySet<string>): string => (keys.size === 1 ? [...keys][0]! : SHARED)

/** The key a programme's unallocated money belongs to at a level, SHARED when it reaches several. */
const attributionOf = (use: ProgrammeUse, level: NeedsLevel): string | undefined => {
  const programme = use.programme
  switch (level) {
    case "total":
      return "all"
    case "section":
      return onlyOne(new Set(programme.elements.map(sectionOf)))
    case "region":
      return onlyOne(regionsReached(programme.eligible))
    case "state":
      return programme.eligible.length === 1 && programme.eligible[0]!.kind === "state"
        ? programme.eligible[0]!.code
        : SHARED
    case "element":
      // Programmes name headings and needs name items: money on a heading belongs to no one element row.
      return undefined
  }
}

const rowOf = (
  level: NeedsLevel,
  key: string,
  label: string,
  group: Group,
  unallocated: number | null
): NeedsVsResourcesRow => {
  const stated = group.withAmount > 0
  return {
    level,
    key,
    label,
    needs_with_amount: group.withAmount,
    needs_not_specified: group.notSpecified,
    requirements_usd: stated ? roundCents(group.requirements) : null,
    matched_usd: stated ? roundCents(group.matched) : null,
    coverage_pct: stated ? wholePercent(group.matched, group.requirements) : null,
    unmet_usd: stated ? roundCents(group.requirements - group.matched) : null,
    unallocated_resources_usd: unallocated === null ? null : roundCents(unallocated)
  }
}

const levelRows = (result: MatchingResult, level: NeedsLevel): Array<NeedsVsResourcesRow> => {
  const groups = new Map<string, Group>()
  let notSpecified = 0
  for (const outcome of result.outcomes) {
    const key = level === "total" ? "all" : keyOf[level](outcome)
    let group = groups.get(key)
    if (group === undefined) {
      group = { label: labelOf[level](key), withAmount: 0, notSpecified: 0, requirements: 0, matched: 0 }
      groups.set(key, group)
    }
    if (outcome.requirement_usd === null) {
      group.notSpecified++
      notSpecified++
    } else {
      group.withAmount++
      group.requirements += outcome.requirement_usd
      group.matched += outcome.matched_usd
    }
  }
  const unallocated = new Map<string, number>()
  let shared = 0
  for (const use of result.programmeUse) {
    if (use.programme.status === "closed" || use.remaining_usd === null) continue
    const key = attributionOf(use, level)
    if (key === undefined) continue
    if (key === SHARED) shared += use.remaining_usd
    else unallocated.set(key, (unallocated.get(key) ?? 0) + use.remaining_usd)
  }
  const perKey = level !== "element"
  const rows = [...groups.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, group]) => rowOf(level, key, group.label, group, perKey ? (unallocated.get(key) ?? 0) : null))
  if (level === "total") return rows
  const empty: Group = { label: "", withAmount: 0, notSpecified, requirements: 0, matched: 0 }
  rows.push(rowOf(level, "not_specified", "Not specified (needs with no amount)", empty, null))
  if (perKey) {
    // Resources that belong to a key with no stated need still exist: they are listed, not lost.
    for (const [key, amount] of [...unallocated.entries()].sort(([a], [b]) => compareText(a, b))) {
      if (groups.has(key)) continue
      rows.push(rowOf(level, key, labelOf[level](key), { ...empty, notSpecified: 0 }, amount))
    }
    rows.push(
      rowOf(level, SHARED, "Shared (programmes reaching several)", { ...empty, notSpecified: 0 }, shared)
    )
  }
  return rows
}

/** matching/needs_vs_resources.csv: the total, then per section, element, region and State. */
export const needsVsResources = (result: MatchingResult): ReadonlyArray<NeedsVsResourcesRow> =>
  (["total", "section", "element", "region", "state"] as const).flatMap((level) => levelRows(result, level))
