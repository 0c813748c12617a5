import type { TopLevelSpec } from "vega-lite"
import type { Chart } from "../charts/chart.ts"
import type { AreaLevel } from "../metrics/types.ts"
import { coverageRuleText } from "./options.ts"
import type { AggregateValue, CountryValue, Indicator1642Result } from "./result.ts"
import { roundPct } from "./round.ts"

const VALUE_AXIS = "Traced or origin established (% of arms seized, found or surrendered)"
const DARK = "#333333"
const LEVEL_LABELS: Readonly<Record<AreaLevel, string>> = {
  world: "World",
  region: "Region",
  sub_region: "Sub-region",
}

/** The latest item per key (items with a `year`). */
const latestBy = <T extends { readonly year: number }>(
  items: ReadonlyArray<T>,
  key: (item: T) => string,
): Array<T> => {
  const latest = new Map<string, T>()
  for (const item of items) {
    const seen = latest.get(key(item))
    if (seen === undefined || item.year > seen.year) latest.set(key(item), item)
  }
  return [...latest.values()]
}

const countryDatum = (country: CountryValue) => ({
  label: `${country.state_name} (${country.year})`,
  state: country.state_name,
  iso3: country.iso3,
  year: country.year,
  numerator: country.numerator,
  denominator: country.denominator,
  proportion_pct: roundPct(country.proportion_pct),
})

const areaDatum = (area: AggregateValue) => ({
  label: `${area.area_name} (${area.year})`,
  area: area.area_name,
  level: LEVEL_LABELS[area.level],
  order: ["world", "region", "sub_region"].indexOf(area.level) * 1000 + Number(area.area_code),
  year: area.year,
  countries: area.countries,
  numerator: area.numerator,
  denominator: area.denominator,
  proportion_pct: area.proportion_pct === null ? null : roundPct(area.proportion_pct),
})

const valueAxis = () => ({
  field: "proportion_pct",
  type: "quantitative" as const,
  title: VALUE_AXIS,
  scale: { domain: [0, 100] },
})

const byCountrySpec = (result: Indicator1642Result): TopLevelSpec => ({
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  title: { text: "SDG 16.4.2 by State", subtitle: "Latest year with a value per State; all arms" },
  description:
    "Share of arms seized, found or surrendered whose illicit origin was traced or established, by State",
  data: {
    values: latestBy(
      result.countries.filter((country) => country.weapon_class === "all"),
      (country) => country.iso3,
    ).map(countryDatum),
  },
  width: 480,
  height: { step: 18 },
  mark: { type: "bar", color: DARK },
  encoding: {
    y: { field: "label", type: "nominal", sort: "-x", title: "State (year)" },
    x: valueAxis(),
    tooltip: [
      { field: "state", type: "nominal", title: "State" },
      { field: "year", type: "ordinal", title: "Year" },
      { field: "numerator", type: "quantitative", title: "Traced or origin established", format: "," },
      { field: "denominator", type: "quantitative", title: "Seized, found or surrendered", format: "," },
      { field: "proportion_pct", type: "quantitative", title: "Proportion (%)", format: ".2f" },
    ],
  },
})

const byRegionSpec = (result: Indicator1642Result): TopLevelSpec => ({
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  title: {
    text: "SDG 16.4.2 by region",
    subtitle: "Latest published year per area; ratio of sums over the countries with a value",
  },
  description: "Share of arms traced or with origin established, World, M49 regions and sub-regions",
  data: {
    values: latestBy(
      result.aggregates.filter((area) => area.proportion_pct !== null),
      (area) => area.area_code,
    ).map(areaDatum),
  },
  width: 480,
  height: { step: 18 },
  mark: { type: "bar" },
  encoding: {
    y: { field: "label", type: "nominal", sort: { field: "order", op: "min" }, title: "Area (year)" },
    x: valueAxis(),
    // three greys far enough apart to tell apart on paper; the legend names them
    color: {
      field: "level",
      type: "nominal",
      title: "Area level",
      scale: { domain: ["World", "Region", "Sub-region"], range: ["#000000", "#555555", "#aaaaaa"] },
    },
    tooltip: [
      { field: "area", type: "nominal", title: "Area" },
      { field: "level", type: "nominal", title: "Level" },
      { field: "year", type: "ordinal", title: "Year" },
      { field: "countries", type: "quantitative", title: "Countries with a value" },
      { field: "numerator", type: "quantitative", title: "Traced or origin established", format: "," },
      { field: "denominator", type: "quantitative", title: "Seized, found or surrendered", format: "," },
      { field: "proportion_pct", type: "quantitative", title: "Proportion (%)", format: ".2f" },
    ],
  },
})

/** The two 16.4.2 charts: `sdg-16-4-2-by-country` and `sdg-16-4-2-by-region`. */
export const sdg1642Charts = (result: Indicator1642Result): ReadonlyArray<Chart> => [
  {
    name: "sdg-16-4-2-by-country",
    title: "SDG 16.4.2 by State",
    description:
      "For each State, the latest year with a value: arms whose illicit origin was traced or established, as a " +
      "share of arms seized, found or surrendered, from its national report.",
    spec: byCountrySpec(result),
  },
  {
    name: "sdg-16-4-2-by-region",
    title: "SDG 16.4.2 by region",
    description:
      "World, M49 regions and sub-regions, latest published year: the summed numerators of the countries with a " +
      `value over their summed denominators, shown only where there are ${coverageRuleText(result.thresholds)}.`,
    spec: byRegionSpec(result),
  },
]
