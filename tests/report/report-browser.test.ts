import { existsSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { type Browser, chromium, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { renderReportHtml } from "../../src/report/render-report-html.ts"
import type { ReportInput } from "../../src/report/report-input.ts"
import { HOSTILE_NAME } from "../charts/sample-metrics.ts"
import { useTempDir } from "../support/temp-dir.ts"
import { emptyReportInput, sampleReportInput } from "./sample-report-input.ts"

/**
 * report.html as an analyst gets it: written to disk and opened from there (file://) in headless Chromium.
 * Not skipped without Chromium: a report nobody opened in a browser is not tested.
 */

const CHROMIUM = "/usr/bin/chromium"
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
]

interface OpenedReport {
  readonly page: Page
  readonly url: string
  readonly consoleErrors: Array<string>
  readonly requests: Array<string>
  readonly dialogs: Array<string>
}

const dir = useTempDir("report-browser")
let browser: Browser | undefined

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Headless Chromium is missing at ${CHROMIUM}; the report browser test needs it. ` +
        "Install it with `apt-get update && apt-get install -y chromium` (CI installs it).",
    )
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
})

afterAll(async () => {
  await browser?.close()
})

const openReport = async (name: string, input: ReportInput): Promise<OpenedReport> => {
  const file = join(dir, `${name}.html`)
  writeFileSync(file, renderReportHtml(input))
  const url = pathToFileURL(file).href
  const page = await browser!.newPage()
  const opened: OpenedReport = { page, url, consoleErrors: [], requests: [], dialogs: [] }
  page.on("console", (message) => {
    if (message.type() === "error") opened.consoleErrors.push(message.text())
  })
  page.on("pageerror", (error) => opened.consoleErrors.push(`page error: ${error.message}`))
  page.on("request", (request) => opened.requests.push(request.url()))
  page.on("dialog", (dialog) => {
    opened.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(url)
  await page.waitForSelector("html[data-charts-ready='true']", { timeout: 30_000 })
  return opened
}

/** Requests other than the report itself and in-page data/blob URLs: there must be none. */
const foreignRequests = (opened: OpenedReport): Array<string> =>
  opened.requests.filter(
    (url) =>
      url !== opened.url &&
      !url.startsWith("data:") &&
      !url.startsWith("blob:") &&
      !url.startsWith("file://"),
  )

/** Drawn mark items per chart container. */
const chartMarks = async (page: Page): Promise<Record<string, number>> => {
  const marks: Record<string, number> = {}
  for (const container of await page.locator(".chart-view[data-chart]").all())
    marks[(await container.getAttribute("data-chart")) ?? ""] = await container
      .locator(
        "svg g.mark-rect > path, svg g.mark-symbol > path, svg g.mark-line > path, svg g.mark-rule > line",
      )
      .count()
  return marks
}

const columnTexts = (page: Page, caption: string, column: number): Promise<Array<string>> =>
  page
    .locator("table", { has: page.locator("caption", { hasText: caption }) })
    .locator(`tbody tr td:nth-child(${column})`)
    .allTextContents()

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

describe("report.html of a run without data, in Chromium", () => {
  it("still draws every chart, without errors", async () => {
    const opened = await openReport("empty", emptyReportInput())
    const marks = await opened.page.locator(".chart-view[data-chart] svg g[class*='mark-']").count()
    expect(marks).toBeGreaterThan(0)
    expect(opened.consoleErrors).toEqual([])
    expect(foreignRequests(opened)).toEqual([])
  })
})
