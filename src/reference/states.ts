import { type CsvRow, field, readCsv } from "./read-csv.ts"

/** A State that may submit a national report: one of the 193 UN Member States or the two observer States. */
export interface State {
  readonly iso3: string
  readonly iso2: string
  /** UN M49 numeric code, zero-padded to three digits ("004"). */
  readonly m49: string
  /** UN English short name as in M49 ("Côte d’Ivoire", "Türkiye"). */
  readonly name: string
  readonly status: "member" | "observer"
  readonly regionCode: string
  readonly region: string
  readonly subRegionCode: string
  readonly subRegion: string
  /** "" when M49 puts the State in no intermediate region. */
  readonly intermediateRegionCode: string
  readonly intermediateRegion: string
  readonly ldc: boolean
  readonly lldc: boolean
  readonly sids: boolean
}

/** A region above country level in M49, used to read eligibility such as "002" (Africa). */
export interface M49Area {
  readonly code: string
  readonly name: string
  readonly level: "world" | "region" | "sub_region" | "intermediate_region"
}

// The data files are built by build-states.ts and committed; anything odd in them is a build bug, so throw.
const bool = (row: CsvRow, column: string): boolean => {
  const value = field(row, column)
  if (value !== "true" && value !== "false")
    throw new Error(`states.csv: ${column} must be true/false, got "${value}"`)
  return value === "true"
}

const status = (row: CsvRow): State["status"] => {
  const value = field(row, "status")
  if (value !== "member" && value !== "observer") throw new Error(`states.csv: unknown status "${value}"`)
  return value
}

const toState = (row: CsvRow): State => ({
  iso3: field(row, "iso3"),
  iso2: field(row, "iso2"),
  m49: field(row, "m49"),
  name: field(row, "name"),
  status: status(row),
  regionCode: field(row, "region_code"),
  region: field(row, "region"),
  subRegionCode: field(row, "sub_region_code"),
  subRegion: field(row, "sub_region"),
  intermediateRegionCode: field(row, "intermediate_region_code"),
  intermediateRegion: field(row, "intermediate_region"),
  ldc: bool(row, "ldc"),
  lldc: bool(row, "lldc"),
  sids: bool(row, "sids"),
})

const LEVELS: ReadonlyArray<M49Area["level"]> = ["world", "region", "sub_region", "intermediate_region"]

const toArea = (row: CsvRow): M49Area => {
  const level = LEVELS.find((known) => known === field(row, "level"))
  if (level === undefined) throw new Error(`m49-regions.csv: unknown level "${field(row, "level")}"`)
  return { code: field(row, "code"), name: field(row, "name"), level }
}

/** The 195 reporting States, sorted by ISO alpha-3 code. */
export const STATES: ReadonlyArray<State> = readCsv(new URL("./data/states.csv", import.meta.url))
  .map(toState)
  .sort((a, b) => a.iso3.localeCompare(b.iso3))

const byIso3 = new Map(STATES.map((state) => [state.iso3, state]))

/** Exact ISO alpha-3 lookup (upper case); use resolveState for what people write. */
export const stateByIso3 = (iso3: string): State | undefined => byIso3.get(iso3)

export const M49_AREAS: ReadonlyArray<M49Area> = readCsv(
  new URL("./data/m49-regions.csv", import.meta.url),
).map(toArea)

const byCode = new Map(M49_AREAS.map((area) => [area.code, area]))

/** Looks up an M49 area by code with or without zero padding ("2", "002"). */
export const m49Area = (code: string): M49Area | undefined => {
  const trimmed = code.trim()
  return /^\d{1,3}$/.test(trimmed) ? byCode.get(trimmed.padStart(3, "0")) : undefined
}
