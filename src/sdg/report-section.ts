import type { ReportSection, ReportTable } from "../report/section.ts"
import { coverageRuleText } from "./options.ts"
import { PART_LABELS, SDG_PARTS } from "./parts.ts"
import type { Indicator1642Result } from "./result.ts"
import { roundPct } from "./round.ts"

const WEAPON_CLASS_WORDS = {
  all: "All arms",
  small_arms: "Small arms",
  light_weapons: "Light weapons",
} as const
const LEVEL_WORDS = { world: "World", region: "Region", sub_region: "Sub-region" } as const

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`

const headline = (result: Indicator1642Result): string => {
  const totals = result.countries.filter((country) => country.weapon_class === "all")
  const states = new Set(totals.map((country) => country.iso3)).size
  if (states === 0)
    return "No State reported both parts of SDG indicator 16.4.2 for any year, so there is no value."
  const years = [...new Set(totals.map((country) => country.year))].sort((a, b) => a - b)
  return (
    `${plural(states, "State has", "States have")} an SDG 16.4.2 value for at least one year ` +
    `(${plural(totals.length, "State-year", "State-years")}, ${years[0]}–${years[years.length - 1]}), ` +
    "computed from their national reports."
  )
}

const worldSentence = (result: Indicator1642Result): string => {
  const world = result.aggregates
    .filter((area) => area.level === "world" && area.proportion_pct !== null)
    .at(-1)
  if (world === undefined || world.proportion_pct === null)
    return `No world value is published: no year has enough countries with a value.`
  return (
    `World, ${world.year}: ${roundPct(world.proportion_pct).toFixed(2)}% — ${world.numerator.toLocaleString("en")} ` +
    `of the ${world.denominator.toLocaleString("en")} arms seized, found or surrendered reported by ` +
    `${world.countries} countries had their illicit origin traced or established.`
  )
}

const thresholdSentence = (result: Indicator1642Result): string =>
  "Regional and world values are ratios of sums — the countries' numerators summed over their denominators " +
  "summed, never an average of country percentages — and are shown only where there are " +
  `${coverageRuleText(result.thresholds)}. ` +
  "A country value needs at least one of seized, found or surrendered and at least one of traced or origin " +
  "established for the year; a part not reported is not counted as zero, and nothing is imputed."

const rejectSentence = (result: Indicator1642Result): string =>
  result.rejects.length === 0
    ? "No State-year was set aside."
    : `${plural(result.rejects.length, "State-year (or weapon class) was", "State-years (or weapon classes) were")} ` +
      "set aside because a part was missing, the numerator exceeded the denominator, or nothing was seized; " +
      "each is listed in rejects.csv with the figures."

const countryTable = (result: Indicator1642Result): ReportTable => ({
  caption:
    "SDG 16.4.2 country values (parts, numerator, denominator and proportion; blank part = not reported)",
  columns: [
    { key: "state", label: "State" },
    { key: "year", label: "Year", numeric: true },
    { key: "weapon_class", label: "Weapon class" },
    ...SDG_PARTS.map((part) => ({ key: part, label: PART_LABELS[part], numeric: true })),
    { key: "numerator", label: "Numerator", numeric: true },
    { key: "denominator", label: "Denominator", numeric: true },
    { key: "proportion_pct", label: "Proportion (%)", numeric: true, decimals: 2 },
  ],
  rows: result.countries.map((country) => ({
    state: `${country.state_name} (${country.iso3})`,
    year: country.year,
    weapon_class: WEAPON_CLASS_WORDS[country.weapon_class],
    ...country.parts,
    numerator: country.numerator,
    denominator: country.denominator,
    proportion_pct: roundPct(country.proportion_pct),
  })),
})

const areaTable = (result: Indicator1642Result): ReportTable => ({
  caption: "SDG 16.4.2 World, regional and sub-regional values (blank = withheld: too few countries)",
  columns: [
    { key: "area", label: "Area" },
    { key: "level", label: "Level" },
    { key: "year", label: "Year", numeric: true },
    { key: "countries", label: "Countries with a value", numeric: true },
    { key: "proportion_pct", label: "Proportion (%)", numeric: true, decimals: 2 },
  ],
  rows: result.aggregates.map((area) => ({
    area: area.area_name,
    level: LEVEL_WORDS[area.level],
    year: area.year,
    countries: area.countries,
    proportion_pct: area.proportion_pct === null ? null : roundPct(area.proportion_pct),
  })),
})

/** The 16.4.2 part of report.html: headline, method, the two charts, country and area tables. */
export const sdgReportSection = (result: Indicator1642Result): ReportSection => ({
  id: "sdg-16-4-2",
  title: "SDG indicator 16.4.2: seized, found or surrendered arms whose illicit origin was traced",
  paragraphs: [headline(result), worldSentence(result), thresholdSentence(result), rejectSentence(result)],
  charts: ["sdg-16-4-2-by-country", "sdg-16-4-2-by-region"],
  tables: [countryTable(result), areaTable(result)],
})
