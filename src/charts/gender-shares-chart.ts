import type { TopLevelSpec } from "vega-lite"
import type { Metrics } from "../metrics/types.ts"
import type { PersonMeasure } from "../normalise/vocabularies.ts"
import type { Chart } from "./chart.ts"
import { CATEGORY_SCHEME, chartTitle, REFERENCE_COLOUR, SCHEMA_URL } from "./chart-style.ts"
import { latestCycle } from "./latest-cycle.ts"

/** How a person measure reads in charts and tables. */
export const PERSON_MEASURE_LABELS: Readonly<Record<PersonMeasure, string>> = {
  coordination_body_members: "Coordination body members",
  trainees: "Trainees",
  victims: "Victims",
  delegates: "Delegates",
}

/** Latest cycle: women's share of persons per measure, for the world and each region, with parity marked. */
export const genderSharesChart = (metrics: Metrics): Chart => {
  const cycle = latestCycle(metrics)
  const rows = metrics.gender.filter(
    (row) =>
      row.cycle === cycle &&
      (row.level === "world" || row.level === "region") &&
      row.women_share_pct !== null,
  )
  const regions = [...new Set(rows.filter((row) => row.level === "region").map((row) => row.area))].sort()
  const values = rows.map((row) => ({
    area: row.area,
    area_order: row.level === "world" ? -1 : regions.indexOf(row.area),
    measure: PERSON_MEASURE_LABELS[row.measure] ?? row.measure,
    women_share_pct: row.women_share_pct,
    female: row.female,
    male: row.male,
    states_with_sex_data: row.states_with_sex_data,
  }))
  const title = `Women's share by measure and region${cycle === null ? "" : `, ${cycle}`}`
  const spec: TopLevelSpec = {
    $schema: SCHEMA_URL,
    title: chartTitle(
      title,
      values.length,
      "Women as a share of women and men counted; the line marks parity",
    ),
    width: 420,
    // Steps of the y band: each area gets one 12px bar per measure.
    height: { step: 12 },
    layer: [
      {
        data: { values },
        mark: { type: "bar" },
        encoding: {
          y: { field: "area", type: "nominal", title: "Area", sort: { field: "area_order", op: "min" } },
          yOffset: { field: "measure", type: "nominal", sort: "ascending" },
          x: {
            field: "women_share_pct",
            type: "quantitative",
            title: "Women's share (%)",
            scale: { domain: [0, 100] },
          },
          color: {
            field: "measure",
            type: "nominal",
            title: "Measure",
            scale: { scheme: CATEGORY_SCHEME },
            legend: { labelLimit: 240 },
          },
          tooltip: [
            { field: "area", type: "nominal", title: "Area" },
            { field: "measure", type: "nominal", title: "Measure" },
            { field: "women_share_pct", type: "quantitative", title: "Women's share (%)", format: ".1f" },
            { field: "female", type: "quantitative", title: "Women", format: "," },
            { field: "male", type: "quantitative", title: "Men", format: "," },
            {
              field: "states_with_sex_data",
              type: "quantitative",
              title: "States with sex-disaggregated data",
            },
          ],
        },
      },
      {
        // Its own one-row data: drawn once, and also when there are no shares to show.
        data: { values: [{}] },
        mark: { type: "rule", color: REFERENCE_COLOUR, strokeDash: [4, 3] },
        encoding: { x: { datum: 50 }, tooltip: { value: "Parity: 50% women" } },
      },
    ],
  }
  return {
    name: "gender-shares",
    title,
    description:
      "For the latest cycle, women as a share of the women and men counted under each person measure " +
      "(coordination bodies, trainees, victims, delegates), summed over the States giving both figures.",
    spec,
  }
}
