import { accepted, type RowOutcome, rejected } from "../ingest/row-outcome.ts"
import { readIsoDate } from "../normalise/dates.ts"
import { readElementReferences } from "./element-list.ts"
import { iatiBudget } from "./iati-budget.ts"
import { iatiEligibility } from "./iati-eligibility.ts"
import { attributeOf, childrenOf, firstChild, narrativeOf, textOf, type XmlNode } from "./iati-xml.ts"
import type { ProgrammeRow } from "./programme.ts"
import {
  ASSISTANCE_TYPES,
  type AssistanceType,
  type GenderMarker,
  type ProgrammeStatus
} from "./vocabularies.ts"

/**
 * One IATI 2.03 `iati-activity` → a programme (DATA-MODEL §2.4). What the contract leaves open is chosen
 * here and listed in the README ("IATI activities"): fund, assistance types and committed.
 */

/** DAC sector 15240 "Reintegration and SALW control": the PoA as a whole when no outline tag says more. */
const SALW_SECTOR = "15240"

// IATI ActivityStatus: 1 Pipeline/identification, 2 Implementation, 3 Finalisation, 4 Closed, 5 Cancelled,
// 6 Suspended. A suspended or cancelled activity takes no new needs any more than a closed one.
const STATUS_BY_CODE: Readonly<Record<string, ProgrammeStatus>> = {
  "1": "pipeline",
  "2": "active",
  "3": "active",
  "4": "closed",
  "5": "closed",
  "6": "closed"
}

const orgName = (org: XmlNode): string => narrativeOf(org) || (attributeOf(org, "ref") ?? "")

const orgsWithRole = (activity: XmlNode, role: string): ReadonlyArray<string> =>
  childrenOf(activity, "participating-org")
    .filter((org) => attributeOf(org, "role") === role)
    .map(orgName)
    .filter((name) => name !== "")

/**
 * IATI 2.03 has no field for the form of assistance. The DAC aid type narrows it where it can: D01/D02
 * (experts, technical assistance) → technical, E01/E02 (scholarships, training) → training; any other
 * activity may fund every form, so it gets every type and the type constraint never excludes it.
 */
const assistanceTypesOf = (activity: XmlNode): ReadonlyArray<AssistanceType> => {
  const aidTypes = childrenOf(activity, "default-aid-type")
    .filter((a) => (attributeOf(a, "vocabulary") ?? "1") === "1")
    .map((a) => attributeOf(a, "code") ?? "")
  const narrowed = new Set<AssistanceType>()
  for (const code of aidTypes) {
    if (code === "D01" || code === "D02") narrowed.add("technical")
    else if (code === "E01" || code === "E02") narrowed.add("training")
    else return ASSISTANCE_TYPES
  }
  return narrowed.size === 0 ? ASSISTANCE_TYPES : ASSISTANCE_TYPES.filter((t) => narrowed.has(t))
}

/** activity-date types 1 planned start, 2 actual start, 3 planned end, 4 actual end: actual over planned. */
const activityDate = (activity: XmlNode, actual: string, planned: string): string | undefined => {
  const dates = childrenOf(activity, "activity-date")
  const pick = (type: string) =>
    dates.find((d) => attributeOf(d, "type") === type && attributeOf(d, "iso-date"))
  const node = pick(actual) ?? pick(planned)
  return node === undefined ? undefined : attributeOf(node, "iso-date")!.slice(0, 10)
}

/** policy-marker vocabulary 1 (OECD DAC, the default) code 1 (gender equality): its significance 0–2. */
const genderMarkerOf = (activity: XmlNode): GenderMarker | null => {
  const marker = childrenOf(activity, "policy-marker").find(
    (m) => (attributeOf(m, "vocabulary") ?? "1") === "1" && attributeOf(m, "code") === "1"
  )
  const significance = marker === undefined ? undefined : attributeOf(marker, "significance")
  return significance === "0" ? 0 : significance === "1" ? 1 : significance === "2" ? 2 : null
}

const elementsOf = (activity: XmlNode) => {
  const tags = childrenOf(activity, "tag")
    .filter((t) => attributeOf(t, "vocabulary") === "99")
    .map((t) => attributeOf(t, "code") ?? "")
    .filter((code) => code !== "")
  if (tags.length > 0) return { refs: tags, column: "tag" }
  const salw = childrenOf(activity, "sector").some(
    (s) => (attributeOf(s, "vocabulary") ?? "1") === "1" && attributeOf(s, "code") === SALW_SECTOR
  )
  return salw ? { refs: ["II"], column: "sector" } : undefined
}

export interface IatiSource {
  readonly file: string
  readonly line: number
}

export const mapIatiActivity = (activity: XmlNode, source: IatiSource): RowOutcome<ProgrammeRow> => {
  const id = textOf(firstChild(activity, "iati-identifier"))
  if (id === "")
    return rejected("iati-identifier", "", "missing_value", "the activity has no iati-identifier")

  const reportingOrg = firstChild(activity, "reporting-org")
  const reporter = reportingOrg === undefined ? "" : orgName(reportingOrg)
  // Funding organisations (role 1); an activity that names none is funded by its reporting organisation.
  const funders = orgsWithRole(activity, "1")
  const donor = funders.length > 0 ? funders.join("; ") : reporter
  if (donor === "") {
    return rejected(
      "participating-org",
      "",
      "missing_value",
      "the activity names no funding organisation (participating-org role 1) and no reporting-org"
    )
  }
  // The channel: the extending organisation (role 3); else a government reporting its own activity
  // (organisation type 10) is a bilateral channel, as programmes.csv calls it; else the reporting organisation.
  const governmentReporter = reportingOrg !== undefined && attributeOf(reportingOrg, "type") === "10"
  const fund = orgsWithRole(activity, "3")[0] ?? (governmentReporter ? "bilateral" : reporter || "IATI")
  const title = narrativeOf(firstChild(activity, "title"))
  if (title === "") return rejected("title", "", "missing_value", "the activity has no title narrative")

  const thematic = elementsOf(activity)
  if (thematic === undefined) {
    return rejected(
      "tag",
      "",
      "unknown_element",
      `the activity has no tag of vocabulary 99 naming an outline element and no DAC sector ${SALW_SECTOR}`
    )
  }
  const elements = readElementReferences(thematic.refs)
  if (elements._tag === "Bad")
    return rejected(thematic.column, thematic.refs.join(";"), elements.code, elements.reason)

  const eligible = iatiEligibility(activity)
  if (eligible._tag === "Unknown")
    return rejected("recipient-country", eligible.value, "unknown_eligibility", eligible.reason)

  const budget = iatiBudget(activity)
  if (budget._tag === "Bad") return rejected(budget.column, budget.value, budget.code, budget.reason)

  const start = activityDate(activity, "2", "1")
  const end = activityDate(activity, "4", "3")
  if (start === undefined)
    return rejected(
      "activity-date",
      "",
      "missing_value",
      "the activity has no start date (activity-date type 1 or 2)"
    )
  if (end === undefined)
    return rejected(
      "activity-date",
      "",
      "missing_value",
      "the activity has no end date (activity-date type 3 or 4)"
    )
  for (const date of [start, end]) {
    const reading = readIsoDate(date)
    if (reading._tag !== "Date") return rejected("activity-date", date, "bad_date", reading.reason)
  }
  if (end < start)
    return rejected(
      "activity-date",
      end,
      "bad_period",
      `the activity ends (${end}) before it starts (${start})`
    )

  const statusCode = attributeOf(firstChild(activity, "activity-status") ?? {}, "code")
  const status = statusCode === undefined ? "active" : STATUS_BY_CODE[statusCode]
  if (status === undefined) {
    return rejected(
      "activity-status",
      statusCode!,
      "unknown_status",
      `activity-status "${statusCode}" is not an IATI ActivityStatus code (1–6)`
    )
  }

  return accepted({
    programme_id: id,
    origin: "iati",
    donor,
    donor_iso3: "",
    fund,
    title,
    elements: elements.ids,
    assistance_types: assistanceTypesOf(activity),
    eligible: eligible.areas,
    budget: budget.amount,
    // IATI budgets are what the activity plans to spend; transactions are not read, so nothing is taken
    // as committed elsewhere.
    committed: 0,
    currency: budget.currency,
    start,
    end,
    max_grant: null,
    min_grant: null,
    status,
    requires_report: false,
    gender_marker: genderMarkerOf(activity),
    source_file: source.file,
    source_line: source.line
  })
}
