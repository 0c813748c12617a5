import { elementById } from "../outline/outline.ts"
import type { AssistanceRow } from "./assistance-row.ts"
import { WORLD } from "./eligible-areas.ts"
import { assistanceIdOf } from "./need.ts"
import type { ProgrammeRow } from "./programme.ts"

/** The fund name every State offer carries, so tables can tell offers from donor programmes. */
export const OFFER_FUND = "State offer"

/**
 * A State's offer (DATA-MODEL §2.3, direction = offer) as a programme of that State: its element, types,
 * amount and period; open to the world (the offering State's own needs are excluded by eligibility); no
 * amount means a budget that is not specified — listed and suggested, never allocated from.
 */
export const offerAsProgramme = (row: AssistanceRow): ProgrammeRow => ({
  programme_id: assistanceIdOf(row),
  origin: "offer",
  donor: row.state_name,
  donor_iso3: row.iso3,
  fund: OFFER_FUND,
  title:
    row.description !== ""
      ? row.description
      : `Offer by ${row.state_name}: ${elementById(row.element_id)?.title ?? row.element_id}`,
  elements: [row.element_id],
  assistance_types: row.assistance_types,
  eligible: [WORLD],
  budget: row.amount,
  committed: 0,
  currency: row.currency,
  start: row.window_start,
  end: row.window_end,
  max_grant: null,
  min_grant: null,
  status: "active",
  requires_report: false,
  gender_marker: null,
  source_file: row.source_file,
  source_line: row.source_line
})
