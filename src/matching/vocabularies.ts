import { Schema } from "effect"

/** DATA-MODEL §2.3: a row of an assistance file declares a need or an offer. */
export const Direction = Schema.Literals(["need", "offer"])
export type Direction = typeof Direction.Type

/** DATA-MODEL §2.3: the forms assistance takes; a need or a programme may name several. */
export const AssistanceType = Schema.Literals(["financial", "technical", "equipment", "training", "other"])
export type AssistanceType = typeof AssistanceType.Type
export const ASSISTANCE_TYPES: ReadonlyArray<AssistanceType> = AssistanceType.literals

/** DATA-MODEL §2.4: closed programmes take no new needs; pipeline and active ones do. */
export const ProgrammeStatus = Schema.Literals(["pipeline", "active", "closed"])
export type ProgrammeStatus = typeof ProgrammeStatus.Type

/** DATA-MODEL §2.3: 1 is the highest priority, 2 the default. */
export const Priority = Schema.Literals([1, 2, 3])
export type Priority = typeof Priority.Type

/** OECD DAC gender equality policy marker: 0 not targeted, 1 significant, 2 principal. */
export type GenderMarker = 0 | 1 | 2

/** Where a programme came from: a programmes CSV, an IATI activity, or a State's offer in an assistance file. */
export const ProgrammeOrigin = Schema.Literals(["csv", "iati", "offer"])
export type ProgrammeOrigin = typeof ProgrammeOrigin.Type

/** The constraints a (need, programme) pair must all meet to be eligible (issue 4). */
export const Constraint = Schema.Literals([
  "thematic",
  "geographic",
  "assistance_type",
  "time_window",
  "status",
  "grant_floor",
  "requires_report"
])
export type Constraint = typeof Constraint.Type
export const CONSTRAINTS: ReadonlyArray<Constraint> = Constraint.literals

/** How a programme's elements cover a need's element: the element itself, or a heading above it. */
export type ThematicMatch = "exact" | "ancestor"

/** The narrowest eligibility entry of a programme that contains the need's State. */
export type GeographicMatch = "state" | "intermediate_region" | "sub_region" | "region" | "world"

/** Why a need is not fully met (matching/unmet_needs.csv). */
export type UnmetStatus = "no_eligible_programme" | "budgets_exhausted" | "not_specified"

const byLowerName = <A extends string>(names: ReadonlyArray<A>): ReadonlyMap<string, A> =>
  new Map(names.map((name) => [name, name]))

const directions = byLowerName(Direction.literals)
const statuses = byLowerName(ProgrammeStatus.literals)
const types = byLowerName(ASSISTANCE_TYPES)

/** `need` / `offer`, any case; also the plurals people write in a header-like cell. */
export const readDirection = (raw: string): Direction | undefined => {
  const key = raw.trim().toLowerCase()
  return directions.get(key.endsWith("s") ? key.slice(0, -1) : key)
}

export const readProgrammeStatus = (raw: string): ProgrammeStatus | undefined =>
  statuses.get(raw.trim().toLowerCase())

export type AssistanceTypesReading =
  | { readonly _tag: "Types"; readonly types: ReadonlyArray<AssistanceType> }
  | { readonly _tag: "Unknown"; readonly reason: string }

/**
 * A `;`-separated list of assistance types (DATA-MODEL §2.3), any case; duplicates collapse and the result
 * is in the vocabulary's order so that two spellings of the same list compare equal.
 */
export const readAssistanceTypes = (raw: string): AssistanceTypesReading => {
  const parts = raw
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "")
  if (parts.length === 0) return { _tag: "Unknown", reason: `"${raw}" names no assistance type` }
  const unknown = parts.filter((part) => !types.has(part.toLowerCase()))
  if (unknown.length > 0) {
    return {
      _tag: "Unknown",
      reason: `${unknown.map((u) => `"${u}"`).join(", ")} ${unknown.length === 1 ? "is not an assistance type" : "are not assistance types"}; use ${ASSISTANCE_TYPES.join(", ")}, separated by ";"`
    }
  }
  const given = new Set(parts.map((part) => part.toLowerCase()))
  return { _tag: "Types", types: ASSISTANCE_TYPES.filter((type) => given.has(type)) }
}

const YES = new Set(["yes", "y", "true", "1", "oui", "sí", "si"])
const NO = new Set(["no", "n", "false", "0", "non"])

/** A yes/no flag such as `requires_report`; undefined when it is neither. */
export const readYesNo = (raw: string): boolean | undefined => {
  const key = raw.trim().toLowerCase()
  return YES.has(key) ? true : NO.has(key) ? false : undefined
}

/** The objective weight of a USD of need covered, by priority (issue 4: priority 1 → 3, 2 → 2, 3 → 1). */
export const PRIORITY_WEIGHT: Readonly<Record<Priority, number>> = { 1: 3, 2: 2, 3: 1 }
