import { describe, expect, it } from "vitest"
import { coverageHeatmapCycles, coverageHeatmapRegions } from "../../src/charts/coverage-heatmap-charts.ts"
import { coverageTopBottomChart } from "../../src/charts/coverage-top-bottom-chart.ts"
import { genderSharesChart } from "../../src/charts/gender-shares-chart.ts"
import { isHeatmapElement } from "../../src/charts/outline-levels.ts"
import { reportingRateChart } from "../../src/charts/reporting-rate-chart.ts"
import { stateProfileChart } from "../../src/charts/state-profile-chart.ts"
import type { CoverageRow, Metrics } from "../../src/metrics/types.ts"
import { OUTLINE } from "../../src/outline/elements.ts"
import { isWithin } from "../../src/outline/outline.ts"
import { HOSTILE_NAME, sampleAnswers, sampleMetrics } from "./sample-metrics.ts"

type Row = Readonly<Record<string, unknown>>

const valuesOf = (spec: unknown, layer?: number): ReadonlyArray<Row> => {
  const root = spec as {
    data?: { values: ReadonlyArray<Row> }
    layer?: ReadonlyArray<{ data?: { values: ReadonlyArray<Row> } }>
  }
  const data = layer === undefined ? root.data : root.layer?.[layer]?.data
  return data?.values ?? []
}

describe("the heatmap rows", () => {
  it("cover every leaf of the Outline exactly once", () => {
    const rows = OUTLINE.filter((element) => isHeatmapElement(element.id))
    expect(rows.length).toBe(43)
    for (const leaf of OUTLINE.filter((element) => !OUTLINE.some((other) => other.parent === element.id))) {
      const covering = rows.filter((row) => isWithin(leaf.id, row.id))
      expect(
        covering.map((row) => row.id),
        leaf.id,
      ).toHaveLength(1)
    }
  })
})

describe("coverage heatmaps", () => {
  it("by region: the latest cycle only, world and regions, heatmap elements only", () => {
    const values = valuesOf(coverageHeatmapRegions(sampleMetrics).spec)
    expect(new Set(values.map((row) => row["column"]))).toEqual(new Set(["World", "Africa", "Europe"]))
    const expected = sampleMetrics.coverage.filter(
      (row) => row.cycle === 2020 && row.level !== "sub_region" && isHeatmapElement(row.element_id),
    )
    expect(values).toHaveLength(expected.length)
    expect(values.every((row) => isHeatmapElement(String(row["element_id"])))).toBe(true)
  })

  it("by cycle: world rows of every cycle", () => {
    const values = valuesOf(coverageHeatmapCycles(sampleMetrics).spec)
    expect(new Set(values.map((row) => row["column"]))).toEqual(new Set(["2018", "2020"]))
  })
})

describe("coverage-top-bottom", () => {
  const world = (id: string, pct: number): CoverageRow => ({
    cycle: 2022,
    level: "world",
    area_code: "001",
    area: "World",
    element_id: id,
    depth: id.split(".").length,
    section: id.split(".")[0]!,
    title: id,
    reporting_states: 100,
    states_answered: pct,
    answered_pct: pct,
    yes_no_states: 0,
    yes_states: 0,
    developing_states: 0,
    yes_pct: null,
    developing_pct: null,
  })
  const leaves = OUTLINE.filter((element) => !OUTLINE.some((other) => other.parent === element.id)).slice(
    0,
    30,
  )
  const metrics: Metrics = {
    ...sampleMetrics,
    cycles: [2020, 2022],
    coverage: [
      ...leaves.map((leaf, index) => world(leaf.id, index * 3)),
      world("II.A", 100),
      world("II.A.1", 99),
    ],
  }

  it("takes the ten most and ten least answered leaves of the latest cycle, headings left out", () => {
    const values = valuesOf(coverageTopBottomChart(metrics).spec)
    const top = values.filter((row) => row["group"] === "Top 10").map((row) => row["answered_pct"])
    const bottom = values.filter((row) => row["group"] === "Bottom 10").map((row) => row["answered_pct"])
    expect(top).toEqual([87, 84, 81, 78, 75, 72, 69, 66, 63, 60])
    expect(bottom).toEqual([27, 24, 21, 18, 15, 12, 9, 6, 3, 0])
  })

  it("never lists an element in both groups when there are fewer than twenty", () => {
    const few: Metrics = { ...metrics, coverage: metrics.coverage.slice(0, 12) }
    const values = valuesOf(coverageTopBottomChart(few).spec)
    expect(values).toHaveLength(12)
    expect(new Set(values.map((row) => row["element_id"])).size).toBe(12)
  })
})

describe("reporting-rate-by-region", () => {
  it("plots the world and the regions, not sub-regions, world first", () => {
    const values = valuesOf(reportingRateChart(sampleMetrics).spec)
    expect(new Set(values.map((row) => row["area"]))).toEqual(
      new Set(["World", "Africa", "Europe", "Oceania"]),
    )
    const world = values.find((row) => row["area"] === "World")!
    expect(values.every((row) => Number(row["area_order"]) >= Number(world["area_order"]))).toBe(true)
  })
})

describe("gender-shares", () => {
  it("shows the latest cycle with readable measure names and leaves undefined shares out", () => {
    const metrics: Metrics = {
      ...sampleMetrics,
      gender: [
        ...sampleMetrics.gender,
        { ...sampleMetrics.gender[0]!, cycle: 2020, area: "Oceania", women_share_pct: null },
      ],
    }
    const values = valuesOf(genderSharesChart(metrics).spec, 0)
    expect(new Set(values.map((row) => row["measure"]))).toEqual(
      new Set(["Coordination body members", "Trainees", "Victims"]),
    )
    expect(values.some((row) => row["area"] === "Oceania")).toBe(false)
    expect(values).toHaveLength(9)
  })
})

describe("state-profile", () => {
  const spec = stateProfileChart(sampleMetrics, sampleAnswers).spec as unknown as {
    params: ReadonlyArray<{
      name: string
      value: string
      bind: { options: Array<string>; labels: Array<string> }
    }>
  }

  it("binds a State dropdown, options by name, labels keeping names as data", () => {
    const param = spec.params[0]!
    expect(param.name).toBe("state")
    expect([...param.bind.options].sort()).toEqual(["FRA", "GHA", "KEN"])
    expect(param.bind.labels).toEqual([...param.bind.labels].sort((a, b) => a.localeCompare(b)))
    expect(param.bind.labels).toContain(`${HOSTILE_NAME} (KEN)`)
    expect(param.value).toBe(param.bind.options[0])
  })

  it("counts answers per State and cycle", () => {
    const values = valuesOf(spec)
    expect(values.find((row) => row["iso3"] === "GHA" && row["cycle"] === 2020)?.["answers"]).toBe(2)
    expect(values.find((row) => row["iso3"] === "GHA" && row["cycle"] === 2018)?.["answers"]).toBe(0)
  })
})
