import { describe, expect, it } from "vitest"
import type { Reject } from "../../src/ingest/reasons.ts"
import { renderReportHtml } from "../../src/report/render-report-html.ts"
import { renderSummaryMarkdown } from "../../src/report/render-summary-markdown.ts"
import { reportOutputs } from "../../src/report/report-outputs.ts"
import { stateProfiles } from "../../src/report/state-profiles.ts"
import { sampleAnswers, sampleMetrics } from "../charts/sample-metrics.ts"
import { emptyReportInput, sampleReportInput } from "./sample-report-input.ts"

const sectionIds = (html: string): Array<string> =>
  [...html.matchAll(/<section id="([^"]+)">/g)].map((match) => match[1]!)

describe("report.html", () => {
  const input = sampleReportInput()
  const html = renderReportHtml(input)

  it("puts the sections in reading order, other stages' sections after the metrics ones", () => {
    expect(sectionIds(html)).toEqual([
      "headline",
      "reporting",
      "coverage",
      "gender",
      "states",
      "sdg-16-4-2",
      "data-quality",
      "files",
    ])
    for (const id of sectionIds(html)) expect(html).toContain(`<a href="#${id}">`)
  })

  it("gives every chart a container, and its spec in the page", () => {
    for (const chart of input.charts) expect(html).toContain(`data-chart="${chart.name}"`)
    const specs = JSON.parse(
      html.match(/<script type="application\/json" id="chart-specs">(.*?)<\/script>/s)![1]!,
    )
    expect(Object.keys(specs).sort()).toEqual(input.charts.map((chart) => chart.name).sort())
  })

  it("says when a section asks for a chart that was not produced", () => {
    expect(html).toContain("Chart “not-produced” was not produced in this run.")
  })

  it("shows a chart no section asks for under More charts", () => {
    const extra = { ...input.charts[0]!, name: "orphan-chart" }
    const page = renderReportHtml({ ...input, charts: [...input.charts, extra] })
    expect(sectionIds(page)).toContain("more-charts")
    expect(page).toContain(`data-chart="orphan-chart"`)
  })

  it("keeps section ids unique when another stage reuses one", () => {
    const page = renderReportHtml({ ...input, sections: [{ ...input.sections[0]!, id: "coverage" }] })
    expect(sectionIds(page)).toContain("coverage-2")
    expect(new Set(sectionIds(page)).size).toBe(sectionIds(page).length)
  })

  it("opens with the headline figures", () => {
    expect(html).toContain("In 2020, 3 of 195 States reported: a world reporting rate of 1.5%.")
    expect(html).toContain("7 accepted, 3 rejected, 4 superseded")
    expect(html).toContain("Most answered Outline item in 2020: I “2018 declaration”")
  })

  it("lists the first 500 rejects and points to rejects.csv for the rest", () => {
    const many: Array<Reject> = Array.from({ length: 620 }, (_, index) => ({
      file: "reports/big.csv",
      line: index + 2,
      column: "state",
      value: `value-${index}`,
      reason_code: "unknown_state",
      reason: "Unknown State",
    }))
    const page = renderReportHtml({ ...input, rejects: many })
    expect(page).toContain("value-499")
    expect(page).not.toContain("value-500")
    expect(page).toContain("The first 500 of 620 are listed; the full list is in rejects.csv.")
  })

  it("lists the unparseable numbers, the superseded submissions and the warnings", () => {
    expect(html).toContain("Unparseable numbers: 3.")
    expect(html).toContain("reports/2020-gha-draft.csv")
    expect(html).toContain("sex_parts_exceed_total")
  })

  it("renders a run with no data at all", () => {
    const page = renderReportHtml(emptyReportInput())
    expect(page).toContain("No State reported in this run.")
    expect(page).toContain("No State in this run.")
  })
})

describe("stateProfiles", () => {
  it("gives every known State, with coverage and answers per reported cycle", () => {
    const profiles = stateProfiles(sampleMetrics, sampleAnswers)
    expect(profiles.map((profile) => profile.iso3).sort()).toEqual(["FJI", "FRA", "GHA", "KEN"])
    const ghana = profiles.find((profile) => profile.iso3 === "GHA")!
    expect(ghana.cycles).toEqual([
      { cycle: 2018, covered: 51, total: 128, pct: 40, change: null, answers: 0, unparseable: 0 },
      { cycle: 2020, covered: 70, total: 128, pct: 55, change: 15, answers: 2, unparseable: 0 },
    ])
    expect(profiles.find((profile) => profile.iso3 === "FJI")!.cycles).toEqual([])
  })
})

describe("summary.md and reportOutputs", () => {
  it("sums the run up in a few lines", () => {
    const markdown = renderSummaryMarkdown(sampleReportInput())
    expect(markdown).toContain("- Reporting States: 2018: 3 of 195 (1.5%); 2020: 3 of 195 (1.5%).")
    expect(markdown).toContain("`unknown_state` 1")
    expect(markdown.split("\n").length).toBeLessThan(15)
  })

  it("writes report.html and summary.md", async () => {
    const files = await reportOutputs(sampleReportInput())
    expect(files.map((file) => file.file)).toEqual(["report.html", "summary.md"])
    expect(String(files[0]!.content)).toMatch(/^<!doctype html>/)
  })
})
