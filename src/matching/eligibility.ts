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

  // A State's offer is open to the world but does not serve the offering State's own needs.
  const ownOffer = programme.donor_iso3 !== "" && programme.donor_iso3 === need.iso3
  const geographic = ownOffer ? null : (geographicMatchOf(programme.eligible, need) ?? null)
  if (ownOffer) fail("geographic", `is ${need.state_name}'s own offer`)
  else if (geographic === null) {
    fail(
      "geographic",
      `is open to ${formatEligible(programme.eligible)}, which does not include ${need.iso3} ` +
        `(M49 ${need.region_code}/${need.sub_region_code})`
    )
  }

  if (!need.assistance_types.some((type) => programme.assistance_types.includes(type))) {
    fail(
      "assistance_type",
      `gives ${list(programme.assistance_types)} assistance; the need asks for ${list(need.assistance_types)}`
    )
  }

  // The need's own period, else its cycle year (period.ts windowOf), must overlap the programme's.
  if (!overlaps({ start: need.window_start, end: need.window_end }, programme)) {
    fail(
      "time_window",
      `runs ${programme.start} to ${programme.end}, outside the need's period ${need.window_start} to ${need.window_end}`
    )
  }

  if (programme.status === "closed") fail("status", "is closed and takes no new needs")

  // A need without an amount passes: it is only ever a suggestion, never a grant.
  if (
    need.usd_amount !== null &&
    programme.min_grant_usd !== null &&
    need.usd_amount < programme.min_grant_usd
  ) {
    fail(
      "grant_floor",
      `gives at least ${formatUsd(programme.min_grant_usd)}, more than the ${formatUsd(need.usd_amount)} asked`
    )
  }

  if (programme.requires_report) {
    const cycle = latestCycleBefore(reporting, programme.start)
    if (cycle === undefined) {
      fail(
        "requires_report",
        `requires a national report from the latest cycle before ${programme.start.slice(0, 4)}, ` +
          "and the run has no reports from before then"
      )
    } else if (!hasReported(reporting, need.iso3, cycle)) {
      fail(
        "requires_report",
        `requires a national report in the ${cycle} cycle, and ${need.iso3} submitted none`
      )
    }
  }

  return { eligible: failures.length === 0, failures, thematic, geographic }
}
