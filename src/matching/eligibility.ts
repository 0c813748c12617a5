import { isWithin } from "../outline/outline.ts"
import { formatEligible, geographicMatchOf } from "./eligible-areas.ts"
import { formatUsd } from "./money.ts"
import type { Need } from "./need.ts"
import { overlaps } from "./period.ts"
import type { Programme } from "./programme.ts"
import { hasReported, latestCycleBefore, type ReportingRecord } from "./reporting-record.ts"
import type { Constraint, GeographicMatch, ThematicMatch } from "./vocabularies.ts"

/** One constraint a (need, programme) pair fails, with a sentence about the programme ("it …"). */
export interface ConstraintFailure {
  readonly constraint: Constraint
  readonly reason: string
}

export interface Eligibility {
  readonly eligible: boolean
  /** every constraint that failed, in the order of CONSTRAINTS — never only the first */
  readonly failures: ReadonlyArray<ConstraintFailure>
  /** how the programme's elements cover the need's element; null when they do not */
  readonly thematic: ThematicMatch | null
  /** the narrowest eligibility entry containing the need's State; null when none does */
  readonly geographic: GeographicMatch | null
}

const list = (items: ReadonlyArray<string>): string => items.join(", ")

/** Thematic rule (DATA-MODEL §2.4): the programme names the need's element or a heading above it. */
export const thematicMatchOf = (
  need: Pick<Need, "element_id">,
  programme: Pick<Programme, "elements">
): ThematicMatch | null => {
  let match: ThematicMatch | null = null
  for (const element of programme.elements) {
    if (element === need.element_id) return "exact"
    if (isWithin(need.element_id, element)) match = "ancestor"
  }
  return match
}

// The rules themselves, shared by eligibilityOf (which writes every failure's reason) and the fast checks
// below (which only decide or count): eligible pairs are found among millions of candidates, while reasons
// are read for a few nearest programmes of the unmet needs only.

// A State's offer is open to the world but does not serve the offering State's own needs.
const isOwnOffer = (need: Need, programme: Programme): boolean =>
  programme.donor_iso3 !== "" && programme.donor_iso3 === need.iso3

const sharesAssistanceType = (need: Need, programme: Programme): boolean =>
  need.assistance_types.some((type) => programme.assistance_types.includes(type))

// The need's own period, else its cycle year (period.ts windowOf), must overlap the programme's.
const windowsOverlap = (need: Need, programme: Programme): boolean =>
  overlaps({ start: need.window_start, end: need.window_end }, programme)

// A need without an amount passes: it is only ever a suggestion, never a grant.
const isBelowFloor = (need: Need, programme: Programme): boolean =>
  need.usd_amount !== null && programme.min_grant_usd !== null && need.usd_amount < programme.min_grant_usd

/** The reporting cycle a programme requires of the need's State: undefined when met, null when none exists. */
const missingReport = (need: Need, programme: Programme, reporting: ReportingRecord): number | null | undefined => {
  if (!programme.requires_report) return undefined
  const cycle = latestCycleBefore(reporting, programme.start)
  if (cycle === undefined) return null
  return hasReported(reporting, need.iso3, cycle) ? undefined : cycle
}

/**
 * Whether a programme may fund a need, with every constraint it fails (issue 4): thematic, geographic,
 * assistance type, time window, status, grant floor and the applicant's reporting record.
 */
export const eligibilityOf = (need: Need, programme: Programme, reporting: ReportingRecord): Eligibility => {
  const failures: Array<ConstraintFailure> = []
  const fail = (constraint: Constraint, reason: string) => failures.push({ constraint, reason })

  const thematic = thematicMatchOf(need, programme)
  if (thematic === null) {
    fail("thematic", `covers ${list(programme.elements)}, not ${need.element_id} or a heading above it`)
  }

  const ownOffer = isOwnOffer(need, programme)
  const geographic = ownOffer ? null : (geographicMatchOf(programme.eligible, need) ?? null)
  if (ownOffer) fail("geographic", `is ${need.state_name}'s own offer`)
  else if (geographic === null) {
    fail(
      "geographic",
      `is open to ${formatEligible(programme.eligible)}, which does not include ${need.iso3} ` +
        `(M49 ${need.region_code}/${need.sub_region_code})`
    )
  }

  if (!sharesAssistanceType(need, programme)) {
    fail(
      "assistance_type",
      `gives ${list(programme.assistance_types)} assistance; the need asks for ${list(need.assistance_types)}`
    )
  }

  if (!windowsOverlap(need, programme)) {
    fail(
      "time_window",
      `runs ${programme.start} to ${programme.end}, outside the need's period ${need.window_start} to ${need.window_end}`
    )
  }

  if (programme.status === "closed") fail("status", "is closed and takes no new needs")

  if (isBelowFloor(need, programme)) {
    fail(
      "grant_floor",
      `gives at least ${formatUsd(programme.min_grant_usd!)}, more than the ${formatUsd(need.usd_amount!)} asked`
    )
  }

  const report = missingReport(need, programme, reporting)
  if (report === null) {
    fail(
      "requires_report",
      `requires a national report from the latest cycle before ${programme.start.slice(0, 4)}, ` +
        "and the run has no reports from before then"
    )
  } else if (report !== undefined) {
    fail("requires_report", `requires a national report in the ${report} cycle, and ${need.iso3} submitted none`)
  }

  return { eligible: failures.length === 0, failures, thematic, geographic }
}

/**
 * How an eligible pair matches, or null when any constraint fails: eligibilityOf's verdict without its
 * reasons, stopping at the first failure (eligible-pairs.ts runs it on every candidate pair).
 */
export const eligibleMatchOf = (
  need: Need,
  programme: Programme,
  reporting: ReportingRecord
): { readonly thematic: ThematicMatch; readonly geographic: GeographicMatch } | null => {
  const thematic = thematicMatchOf(need, programme)
  if (thematic === null || isOwnOffer(need, programme)) return null
  const geographic = geographicMatchOf(programme.eligible, need)
  if (geographic === undefined) return null
  if (!sharesAssistanceType(need, programme) || !windowsOverlap(need, programme)) return null
  if (programme.status === "closed" || isBelowFloor(need, programme)) return null
  if (missingReport(need, programme, reporting) !== undefined) return null
  return { thematic, geographic }
}

/** How many constraints a pair fails: eligibilityOf(…).failures.length, without writing the reasons. */
export const failureCountOf = (need: Need, programme: Programme, reporting: ReportingRecord): number => {
  let count = 0
  if (thematicMatchOf(need, programme) === null) count++
  if (isOwnOffer(need, programme) || (geographicMatchOf(programme.eligible, need) ?? null) === null) count++
  if (!sharesAssistanceType(need, programme)) count++
  if (!windowsOverlap(need, programme)) count++
  if (programme.status === "closed") count++
  if (isBelowFloor(need, programme)) count++
  if (missingReport(need, programme, reporting) !== undefined) count++
  return count
}
