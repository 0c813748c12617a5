import { type CsvCell, formatCsv } from "../run/write-csv.ts"
import { SDG_PARTS } from "./parts.ts"
import type { AggregateValue, CountryValue, Indicator1642Result } from "./result.ts"
import { roundPct } from "./round.ts"

/** Columns of `sdg/16-4-2.csv`: one file, country rows then area rows, told apart by `level`. */
export const ANALYST_CSV_COLUMNS = [
  "level",
  "iso3",
  "m49",
  "state_name",
  "area_code",
  "area_name",
  "year",
  "weapon_class",
  "cycle",
  "year_from",
  "countries",
  "states_in_area",
  ...SDG_PARTS,
  "numerator",
  "denominator",
  "proportion_pct",
  "note",
  "source_rows",
] as const

type AnalystRow = Readonly<Record<(typeof ANALYST_CSV_COLUMNS)[number], CsvCell>>

const countryNote = (country: CountryValue): string =>
  country.set_aside_rows === 0
    ? ""
    : `${country.set_aside_rows} row(s) for ${country.year} in earlier cycles' reports set aside: the cycle ${country.cycle} report is used`

const countryRow = (country: CountryValue): AnalystRow => ({
  level: "country",
  iso3: country.iso3,
  m49: country.m49,
  state_name: country.state_name,
  area_code: "",
  area_name: "",
  year: country.year,
  weapon_class: country.weapon_class,
  cycle: country.cycle,
  year_from: country.year_from,
  countries: "",
  states_in_area: "",
  ...country.parts,
  numerator: country.numerator,
  denominator: country.denominator,
  proportion_pct: roundPct(country.proportion_pct),
  note: countryNote(country),
  source_rows: country.sources.map((source) => `${source.file}:${source.line}`).join(";"),
})

// A withheld area shows who reported but no sums, so nobody reads a value the threshold withheld.
const areaRow = (area: AggregateValue): AnalystRow => {
  const published = area.proportion_pct !== null
  const members = area.member_iso3.join(";")
  return {
    level: area.level,
    iso3: "",
    m49: "",
    state_name: "",
    area_code: area.area_code,
    area_name: area.area_name,
    year: area.year,
    weapon_class: "all",
    cycle: "",
    year_from: "",
    countries: area.countries,
    states_in_area: area.states_in_area,
    ...(published
      ? area.parts
      : { seized: "", found: "", surrendered: "", traced: "", origin_established: "" }),
    numerator: published ? area.numerator : "",
    denominator: published ? area.denominator : "",
    proportion_pct: area.proportion_pct === null ? "" : roundPct(area.proportion_pct),
    note: published
      ? `ratio of sums over ${area.countries} countries: ${members}`
      : `withheld: ${area.withheld_reason} (${members})`,
    source_rows: "",
  }
}

/** `sdg/16-4-2.csv` for analysts: parts, numerator, denominator and proportion, with the rows they came from. */
export const formatIndicator1642Csv = (result: Indicator1642Result): string =>
  formatCsv(ANALYST_CSV_COLUMNS, [...result.countries.map(countryRow), ...result.aggregates.map(areaRow)])
