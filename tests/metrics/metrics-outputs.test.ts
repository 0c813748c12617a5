import Papa from "papaparse"
import { describe, expect, it } from "vitest"
import { computeMetrics } from "../../src/metrics/compute-metrics.ts"
import { metricsOutputs } from "../../src/metrics/metrics-outputs.ts"
import { answer, personFigure } from "./answer-builder.ts"

const answers = [
  answer("KEN", 2018, "II.A.2.b.ii"),
  answer("GHA", 2018, "II", "no_response"),
  answer("KEN", 2020, "II"),
  personFigure("FRA", 2020, "trainees", "female", 30),
  personFigure("FRA", 2020, "trainees", "male", 25),
  personFigure("FRA", 2020, "trainees", "total", 50, { source_file: "fra.csv", source_line: 7 })
]

const outputs = metricsOutputs(computeMetrics(answers))

/** The file parsed back: header and rows as text, exactly as a spreadsheet would see them. */
const parsed = (file: string) => {
  const output = outputs.find((candidate) => candidate.file === file)
  if (output === undefined) throw new Error(`${file} was not produced`)
  const result = Papa.parse<Record<string, string>>(String(output.content).trimEnd(), { header: true })
  expect(result.errors).toEqual([])
  return { header: result.meta.fields ?? [], rows: result.data }
}

describe("computeMetrics", () => {
  it("uses the sorted distinct cycles of the answers", () => {
    expect(computeMetrics([answers[2]!, answers[0]!]).cycles).toEqual([2018, 2020])
  })
})

describe("metricsOutputs", () => {
  it("writes the eight metrics files", () => {
    expect(outputs.map((output) => output.file)).toEqual([
      "metrics/reporting.csv",
      "metrics/reporting_states.csv",
      "metrics/coverage_elements.csv",
      "metrics/coverage_regions.csv",
      "metrics/coverage_states.csv",
      "metrics/gender.csv",
      "metrics/gender_elements.csv",
      "metrics/warnings.csv"
    ])
  })

  it("reporting.csv: one row per cycle × area (world, 5 regions, 17 sub-regions)", () => {
    const { header, rows } = parsed("metrics/reporting.csv")
    expect(header).toEqual([
      "cycle",
      "level",
      "area_code",
      "area",
      "reporting_states",
      "eligible_states",
      "reporting_rate_pct"
    ])
    expect(rows).toHaveLength(2 * 23)
    // 2018: KEN and GHA of 195 → 1.0
    expect(rows[0]).toEqual({
      cycle: "2018",
      level: "world",
      area_code: "001",
      area: "World",
      reporting_states: "2",
      eligible_states: "195",
      reporting_rate_pct: "1"
    })
  })

  it("reporting_states.csv: all 195 States, blank cycles for one that never reported", () => {
    const { header, rows } = parsed("metrics/reporting_states.csv")
    expect(header).toEqual([
      "iso3",
      "state_name",
      "region",
      "sub_region",
      "cycles_reported",
      "cycles_count",
      "ever_reported",
      "consecutive",
      "longest_streak"
    ])
    expect(rows).toHaveLength(195)
    expect(rows.find((row) => row["iso3"] === "AFG")).toMatchObject({
      cycles_reported: "",
      ever_reported: "false"
    })
    expect(rows.find((row) => row["iso3"] === "KEN")).toMatchObject({
      cycles_reported: "2018;2020",
      consecutive: "true"
    })
  })

  it("coverage_elements.csv (world) and coverage_regions.csv (regions): 128 elements × cycles × areas", () => {
    const COVERAGE_HEADER = [
      "cycle",
      "level",
      "area_code",
      "area",
      "element_id",
      "depth",
      "section",
      "title",
      "reporting_states",
      "states_answered",
      "answered_pct",
      "yes_no_states",
      "yes_states",
      "developing_states",
      "yes_pct",
      "developing_pct"
    ]
    const world = parsed("metrics/coverage_elements.csv")
    expect(world.header).toEqual(COVERAGE_HEADER)
    expect(world.rows).toHaveLength(128 * 2)
    expect(new Set(world.rows.map((row) => row["level"]))).toEqual(new Set(["world"]))
    // II was answered by nobody with yes/no (only a heading roll-up): yes_pct blank
    expect(world.rows.find((row) => row["cycle"] === "2018" && row["element_id"] === "II")).toMatchObject({
      states_answered: "1",
      answered_pct: "50",
      yes_no_states: "0",
      yes_pct: ""
    })
    const regions = parsed("metrics/coverage_regions.csv")
    expect(regions.header).toEqual(COVERAGE_HEADER)
    expect(regions.rows).toHaveLength(5 * 128 * 2)
    // Americas: nobody reported → answered_pct blank, not 0
    expect(
      regions.rows.find((row) => row["area"] === "Americas" && row["element_id"] === "II")
    ).toMatchObject({
      reporting_states: "0",
      answered_pct: ""
    })
  })

  it("coverage_states.csv: one row per State × reported cycle, blank previous cycle for a first report", () => {
    const { header, rows } = parsed("metrics/coverage_states.csv")
    expect(header).toEqual([
      "iso3",
      "state_name",
      "region",
      "cycle",
      "elements_covered",
      "elements_total",
      "covered_pct",
      "previous_cycle",
      "change_pct_points"
    ])
    // FRA 2020, GHA 2018, KEN 2018, KEN 2020
    expect(rows.map((row) => `${row["iso3"]} ${row["cycle"]} ${row["previous_cycle"]}`)).toEqual([
      "FRA 2020 ",
      "GHA 2018 ",
      "KEN 2018 ",
      "KEN 2020 2018"
    ])
  })

  it("gender.csv, gender_elements.csv and warnings.csv", () => {
    const gender = parsed("metrics/gender.csv")
    expect(gender.header).toEqual([
      "measure",
      "cycle",
      "level",
      "area_code",
      "area",
      "female",
      "male",
      "women_share_pct",
      "states_with_sex_data"
    ])
    expect(gender.rows).toHaveLength(4 * 2 * 6) // person measures × cycles × (world + 5 regions)
    // France's figures contradict its total, so there is nothing to take a share of: blank
    expect(gender.rows.find((row) => row["measure"] === "trainees" && row["cycle"] === "2020")).toMatchObject(
      {
        female: "0",
        women_share_pct: ""
      }
    )
    const elements = parsed("metrics/gender_elements.csv")
    expect(elements.header).toEqual([
      "cycle",
      "element_id",
      "title",
      "reporting_states",
      "states_answered",
      "yes_no_states",
      "yes_states",
      "yes_pct"
    ])
    expect(elements.rows).toHaveLength(8 * 2) // II.A.5.iii, II.B.2, II.B.2.i–vi × cycles
    const warnings = parsed("metrics/warnings.csv")
    expect(warnings.header).toEqual([
      "code",
      "iso3",
      "cycle",
      "measure",
      "source_file",
      "source_line",
      "message"
    ])
    expect(warnings.rows).toHaveLength(1)
    expect(warnings.rows[0]).toMatchObject({ code: "sex_parts_exceed_total", iso3: "FRA", source_line: "7" })
  })
})
