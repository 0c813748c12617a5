import { compile } from "vega-lite"
import { beforeAll, describe, expect, it } from "vitest"
import { validateVegaLiteSpec } from "../../src/charts/validate-vega-lite-spec.ts"
import { computeMatching } from "../../src/matching/compute-matching.ts"
import { m49EligibleArea, stateArea } from "../../src/matching/eligible-areas.ts"
import { matchingCharts } from "../../src/matching/matching-charts.ts"
import { matchingOutputs } from "../../src/matching/matching-outputs.ts"
import { matchingReportSection } from "../../src/matching/matching-report-section.ts"
import type { MatchingResult } from "../../src/matching/matching-result.ts"
import { stateByIso3 } from "../../src/reference/states.ts"
import { makeNeed, makeProgramme } from "./support/instance.ts"

const csvRows = (text: string): Array<string> => text.trimEnd().split("\r\n")

let result: MatchingResult
beforeAll(async () => {
  result = await computeMatching({
    needs: [
      makeNeed({
        iso3: "AFG",
        source_line: 2,
        amount: 100_000,
        currency: "EUR",
        usd_amount: 110_000,
        usd_per_unit: 1.1,
        rate_as_of: "2020-12-31"
      }),
      makeNeed({ iso3: "NGA", source_line: 3, element_id: "III.A", amount: 50_000 }),
      makeNeed({ iso3: "NGA", source_line: 4, amount: null, description: '=HYPERLINK("x")' })
    ],
    programmes: [
      makeProgramme({ programme_id: "ASIA", eligible: [m49EligibleArea("142")!], budget_usd: 80_000 }),
      makeProgramme({
        programme_id: "WORLD",
        elements: ["II", "III"],
        budget_usd: 500_000,
        committed_usd: 100_000,
        available_usd: 400_000
      }),
      makeProgramme({
        programme_id: "offer:DEU:2020:x:2",
        origin: "offer",
        donor: "Germany",
        donor_iso3: "DEU",
        fund: "State offer",
        eligible: [stateArea(stateByIso3("PAK")!)],
        budget_usd: null,
        available_usd: null
      })
    ],
    answers: []
  })
})

describe("matchingOutputs", () => {
  it("writes the contract's files", () => {
    expect(matchingOutputs(result).map((f) => f.file)).toEqual([
      "normalised/needs.csv",
      "normalised/programmes.csv",
      "matching/allocations.csv",
      "matching/unmet_needs.csv",
      "matching/needs_vs_resources.csv",
      "matching/programme_utilisation.csv",
      "matching/summary.json"
    ])
  })

  const file = (name: string) => String(matchingOutputs(result).find((f) => f.file === name)!.content)

  it("keeps the original amount and currency beside USD, and neutralises formula-like text", () => {
    const needs = csvRows(file("normalised/needs.csv"))
    expect(needs[0]).toContain("amount,currency,usd_amount,usd_per_unit,rate_as_of")
    expect(needs[1]).toContain(",100000,EUR,110000,1.1,2020-12-31,")
    expect(needs[3]).toContain(`"'=HYPERLINK(""x"")"`)
    const programmes = csvRows(file("normalised/programmes.csv"))
    expect(programmes[0]).toMatch(/^programme_id,origin,donor/)
    expect(programmes.find((r) => r.startsWith("offer:"))).toContain(",offer,Germany,DEU,State offer,")
  })

  it("lists allocations with score parts and a sentence, and suggestions without an amount", () => {
    const rows = csvRows(file("matching/allocations.csv"))
    expect(rows[0]).toBe(
      "kind,need_id,iso3,state_name,element_id,priority,programme_id,fund,donor,requested_usd,usd_allocated,priority_weight,thematic_match,geographic_match,tie_break,why"
    )
    expect(rows.filter((r) => r.startsWith("allocation,"))).toHaveLength(3)
    expect(rows.filter((r) => r.startsWith("suggestion,")).every((r) => r.includes(",,2,"))).toBe(true)
  })

  it("sums needs vs resources per level, with Not specified and Shared rows and blank coverage without a requirement", () => {
    const rows = csvRows(file("matching/needs_vs_resources.csv"))
    expect(rows[0]).toBe(
      "level,key,label,needs_with_amount,needs_not_specified,requirements_usd,matched_usd,coverage_pct,unmet_usd,unallocated_resources_usd"
    )
    // 110,000 + 50,000 asked; ASIA gives 80,000 to AFG, WORLD the other 30,000 to AFG and 50,000 to NGA.
    expect(rows).toContain("total,all,All needs,2,1,160000,160000,100,0,320000")
    expect(rows).toContain("region,142,Asia,1,0,110000,110000,100,0,0")
    expect(rows).toContain("region,not_specified,Not specified (needs with no amount),0,1,,,,,")
    expect(rows).toContain("region,shared,Shared (programmes reaching several),0,0,,,,,320000")
    expect(rows.some((r) => r.startsWith("state,NGA,Nigeria,1,1,50000,50000,100,0,"))).toBe(true)
  })

  it("reports programme utilisation and a summary with optimum, greedy and solve time", () => {
    const rows = csvRows(file("matching/programme_utilisation.csv"))
    expect(rows.find((r) => r.startsWith("WORLD,"))).toBe(
      "WORLD,csv,Donor,Fund,active,500000,100000,400000,80000,320000,36,20,3,2,1"
    )
    const summary = JSON.parse(file("matching/summary.json"))
    expect(summary.optimum.matched_usd).toBe(160_000)
    expect(summary.needs).toMatchObject({ total: 3, with_amount: 2, not_specified: 1, fully_met: 2 })
    expect(summary.lp.solve_ms).toBeUndefined() // timings go to the manifest, not the outputs
    expect(summary.rates_used).toEqual([{ currency: "EUR", usd_per_unit: 1.1, as_of: "2020-12-31" }])
  })
})

describe("matchingCharts", () => {
  it("gives valid Vega-Lite v6 specs with inline data, titles, axis titles and tooltips", () => {
    const charts = matchingCharts(result)
    expect(charts.map((c) => c.name)).toEqual([
      "matching-needs-vs-resources-by-section",
      "matching-needs-vs-resources-by-region",
      "matching-unmet-needs-by-element",
      "matching-programme-utilisation",
      "matching-optimum-vs-greedy"
    ])
    for (const chart of charts) {
      expect(validateVegaLiteSpec(chart.spec), chart.name).toEqual([])
      expect(() => compile(chart.spec)).not.toThrow()
      const spec = chart.spec as unknown as {
        readonly $schema: string
        readonly data: { readonly values: unknown }
        readonly title: { readonly text: string }
        readonly encoding: {
          readonly x: { title?: string }
          readonly y: { title?: string }
          readonly tooltip: ReadonlyArray<unknown>
        }
      }
      expect(spec.$schema).toContain("vega-lite/v6")
      expect(Array.isArray(spec.data.values)).toBe(true)
      expect(spec.title.text.length).toBeGreaterThan(5)
      expect(spec.encoding.x.title).toMatch(/\w{3}/)
      expect(spec.encoding.y.title).toMatch(/\w{3}/)
      expect(spec.encoding.tooltip.length).toBeGreaterThan(2)
      expect(chart.description.length).toBeGreaterThan(40)
    }
  })
})

describe("matchingReportSection", () => {
  it("gives headline paragraphs, the charts by name, and the three tables", () => {
    const section = matchingReportSection(result)
    expect(section.id).toBe("needs-vs-resources")
    expect(section.paragraphs.join(" ")).toContain("USD 160,000 of the requirements (100%)")
    expect(section.charts).toEqual(matchingCharts(result).map((c) => c.name))
    expect(section.tables.map((t) => t.caption)).toEqual([
      "Needs and resources by section and region",
      "Needs not fully met, and why",
      "Donor programmes and State offers, side by side",
      "Needs and resources by Outline element and State"
    ])
    const side = section.tables[2]!
    expect(side.rows.map((r) => r["kind"])).toEqual(["Donor programme", "Donor programme", "State offer"])
    for (const table of section.tables) {
      for (const row of table.rows) for (const column of table.columns) expect(column.key in row).toBe(true)
    }
  })
})
