import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { renderReportHtml } from "../../src/report/render-report-html.ts"
import type { ReportInput } from "../../src/report/report-input.ts"
import { LISTED_STATE_ANSWERS } from "../../src/report/state-answers.ts"
import { answer, HOSTILE_NAME } from "../charts/sample-metrics.ts"
import { useTempDir } from "../support/temp-dir.ts"
import {
  chartMarks,
  columnTexts,
  countInDocument,
  foreignRequests,
  launchChromium,
  type OpenedReport,
  openReportUrl,
} from "./browser-helpers.ts"
import {
  emptyReportInput,
  HOSTILE_FLAG,
  HOSTILE_NOTE,
  HOSTILE_SCRIPT,
  sampleReportInput,
} from "./sample-report-input.ts"

/**
 * report.html as an analyst gets it: written to disk and opened from there (file://) in headless Chromium.
 * Not skipped without Chromium: a report nobody opened in a browser is not tested.
 */

const dir = useTempDir("report-browser")
let browser: Browser | undefined

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const openReport = (name: string, input: ReportInput): Promise<OpenedReport> => {
  const file = join(dir, `${name}.html`)
  writeFileSync(file, renderReportHtml(input))
  return openReportUrl(browser!, pathToFileURL(file).href)
}

describe("report.html opened from disk in Chromium", () => {
  let opened: OpenedReport

  beforeAll(async () => {
    opened = await openReport("report", sampleReportInput())
  })

  it("draws every chart", async () => {
    const marks = await chartMarks(opened.page)
    expect(Object.keys(marks).sort()).toEqual(
      sampleReportInput()
        .charts.map((chart) => chart.name)
        .sort(),
    )
    for (const [name, count] of Object.entries(marks)) expect(count, name).toBeGreaterThan(0)
  })

  it("logs no errors and loads nothing but itself", () => {
    expect(opened.consoleErrors).toEqual([])
    expect(foreignRequests(opened)).toEqual([])
    expect(opened.requests.filter((url) => url.startsWith("file://"))).toEqual([opened.url])
  })

  it("shows hostile input as text and never runs it", async () => {
    const hostile = opened.page.getByText(HOSTILE_NAME, { exact: true })
    expect(await hostile.count()).toBeGreaterThan(0)
    expect(await hostile.first().isVisible()).toBe(true)
    expect(await opened.page.getByText("about 2,000 <img src=x onerror=window.__xss=1>").count()).toBe(1)
    expect(await opened.page.evaluate("typeof window.__xss")).toBe("undefined")
    expect(await opened.page.locator("main img, main iframe, main script:not([type])").count()).toBe(0)
    expect(opened.dialogs).toEqual([])
  })

  it("shows hostile data in a chart tooltip as text", async () => {
    const { page } = opened
    await page.locator(`.chart-view[data-chart="sdg-16-4-2-by-year"] svg g.mark-rect > path`).first().hover()
    const tooltip = page.locator("#vg-tooltip-element")
    await expect.poll(() => tooltip.textContent()).toContain(HOSTILE_NAME)
    expect(await tooltip.locator("img").count()).toBe(0)
    expect(opened.consoleErrors).toEqual([])
    expect(foreignRequests(opened)).toEqual([])
  })

  it("sorts a table when a header is clicked, numbers as numbers, blanks last", async () => {
    const { page } = opened
    const caption = `Table ${HOSTILE_NAME}`
    const header = page
      .locator("table", { has: page.locator("caption", { hasText: caption }) })
      .locator("th button", {
        hasText: "Value",
      })
    expect(await columnTexts(page, caption, 2)).toEqual(["3.0", "1.3", "", "12.0"])
    await header.click()
    expect(await columnTexts(page, caption, 2)).toEqual(["1.3", "3.0", "12.0", ""])
    expect(await columnTexts(page, caption, 1)).toEqual(["Zambia", HOSTILE_NAME, "Brazil", "Argentina"])
    // again, from the keyboard: descending
    await header.focus()
    await page.keyboard.press("Enter")
    expect(await columnTexts(page, caption, 2)).toEqual(["12.0", "3.0", "1.3", ""])
    expect(await header.locator("xpath=..").getAttribute("aria-sort")).toBe("descending")
  })

  it("shows the chosen State's answers in words and notes as text, and never runs them", async () => {
    const { page } = opened
    await page.selectOption("#state-select", "GHA")
    const answers = page.locator("#state-answers")
    await expect
      .poll(() => answers.locator("caption").textContent())
      .toBe("Answers in words and notes by Ghana")
    const cells = answers.locator("td.prose")
    for (const text of [HOSTILE_NAME, HOSTILE_SCRIPT, HOSTILE_NOTE, `about 2,000 ${HOSTILE_FLAG}`])
      expect(await cells.getByText(text, { exact: true }).count(), text).toBe(1)
    expect(await answers.getByText(HOSTILE_NOTE, { exact: true }).isVisible()).toBe(true)
    expect(await answers.locator("td.element").first().textContent()).toMatch(/^II\.A\.1\.a\.iStrengthening/)
    expect(await answers.locator("td.source").first().textContent()).toBe("reports/2020-gha.csv:22")
    expect(await page.locator("main img, main iframe, main script:not([type])").count()).toBe(0)
    expect(await countInDocument(page, 'img[src="x"]')).toBe(0)
    expect(await page.evaluate("typeof window.__xss")).toBe("undefined")
    expect(opened.dialogs).toEqual([])
    expect(opened.consoleErrors).toEqual([])
  })

  it("shows the chosen State and moves the State profile chart with it", async () => {
    const { page } = opened
    const bars = () =>
      page
        .locator(`.chart-view[data-chart="state-profile"] svg g.mark-rect > path`)
        .evaluateAll((paths) => paths.map((path) => path.getAttribute("d")))
    const before = await bars()
    await page.selectOption("#state-select", "FRA")
    await expect.poll(() => page.locator("#state-detail h3").textContent()).toBe("France (FRA)")
    expect(await columnTexts(page, "Cycles reported by France", 4)).toEqual(["70.0", "90.0"])
    await expect.poll(bars).not.toEqual(before)
    // States that never reported appear once the filter is lifted
    expect(await page.locator("#state-select option[value='FJI']").count()).toBe(0)
    await page.uncheck("#state-reported-only")
    expect(await page.locator("#state-select option[value='FJI']").count()).toBe(1)
  })
})

describe("report.html of a State with more answers in words than the page lists, in Chromium", () => {
  it("lists the first ones and says how many more are in normalised/answers.csv", async () => {
    const input = sampleReportInput()
    const many = Array.from({ length: LISTED_STATE_ANSWERS + 12 }, (_, index) =>
      answer({
        iso3: "FRA",
        state_name: "France",
        answer_raw: `texte ${index}`,
        answer_code: "text",
        source_line: index + 2,
      }),
    )
    const opened = await openReport("many-answers", { ...input, answers: [...input.answers, ...many] })
    await opened.page.selectOption("#state-select", "FRA")
    const answers = opened.page.locator("#state-answers")
    await expect.poll(() => answers.locator("tbody tr").count()).toBe(LISTED_STATE_ANSWERS)
    expect(await answers.locator("p.more-rows").textContent()).toBe(
      `12 more answers in words or with a note (${LISTED_STATE_ANSWERS + 12} in all) are not listed here; ` +
        "every one is in normalised/answers.csv.",
    )
    expect(opened.consoleErrors).toEqual([])
  })
})

describe("report.html of a run without data, in Chromium", () => {
  it("still draws every chart, without errors", async () => {
    const opened = await openReport("empty", emptyReportInput())
    const marks = await opened.page.locator(".chart-view[data-chart] svg g[class*='mark-']").count()
    expect(marks).toBeGreaterThan(0)
    expect(opened.consoleErrors).toEqual([])
    expect(foreignRequests(opened)).toEqual([])
  })
})
