import { readdirSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  chartMarks,
  columnTexts,
  countInDocument,
  foreignRequests,
  launchChromium,
  type OpenedReport,
  openReportUrl,
} from "../report/browser-helpers.ts"
import { runPoa } from "../support/poa-process.ts"
import { useTempDir } from "../support/temp-dir.ts"

/**
 * The report of a real run: `poa run` on the bundled fixtures as a separate process, then
 * <out>/latest/report.html opened from disk (file://) in headless Chromium (a system one, else the one npm
 * installs; see tests/support/chromium-path.ts). It is never skipped.
 */

const CANADA_ANSWER = "Yes, by the police and customs <img src=x onerror=alert(1)>"
const CANADA_NOTE = "Annex 3 lists the contributing agencies <img src=x onerror=alert(1)>"
const CANADA_SOURCE = "reports/2018/2018-americas-comma-utf8-multiline-notes.csv:119"

const dir = useTempDir("report-e2e")
const out = join(dir, "reports")
let browser: Browser | undefined
let opened: OpenedReport

beforeAll(async () => {
  browser = await launchChromium()
  const run = await runPoa(["run", "--input", "fixtures", "--out", out, "--force"])
  if (run.code !== 0)
    throw new Error(
      `poa run exited with ${run.code ?? run.signal}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`,
    )
  opened = await openReportUrl(browser, pathToFileURL(join(out, "latest", "report.html")).href)
})

afterAll(async () => {
  await browser?.close()
})

const numbers = (texts: ReadonlyArray<string>): Array<number | null> =>
  texts.map((text) => (text === "" ? null : Number(text)))

describe("report.html of a run on the fixtures, in Chromium", () => {
  it("draws a chart with marks in every chart container, one per charts/*.vl.json of the run", async () => {
    const specs = readdirSync(join(out, "latest", "charts"))
      .filter((file) => file.endsWith(".vl.json"))
      .map((file) => file.slice(0, -".vl.json".length))
      .sort()
    expect(specs.length).toBeGreaterThan(0)
    const marks = await chartMarks(opened.page)
    expect(await opened.page.locator(".chart-view[data-chart]").count()).toBe(specs.length)
    expect(Object.keys(marks).sort()).toEqual(specs)
    for (const [name, count] of Object.entries(marks)) expect(count, name).toBeGreaterThan(0)
    const failed = await opened.page
      .locator(".chart-view[data-chart]", { hasText: "could not be drawn" })
      .count()
    expect(failed).toBe(0)
  })

  it("logs no errors and requests nothing but its own file", () => {
    expect(opened.consoleErrors).toEqual([])
    expect(foreignRequests(opened)).toEqual([])
    expect(opened.requests).toContain(opened.url)
  })

  it("shows Canada's free-text answer and its note as text in the per-State section, never as markup", async () => {
    const { page } = opened
    await page.selectOption("#state-select", "CAN")
    await expect.poll(() => page.locator("#state-detail h3").textContent()).toBe("Canada (CAN)")
    const answers = page.locator("#states #state-answers")
    const answer = answers.getByText(CANADA_ANSWER, { exact: true })
    const note = answers.getByText(CANADA_NOTE, { exact: true })
    await expect.poll(() => answer.count()).toBe(1)
    expect(await note.count()).toBe(1)
    expect(await answer.isVisible()).toBe(true)
    expect(await note.isVisible()).toBe(true)
    const row = answers.locator("tbody tr", { has: page.getByText(CANADA_ANSWER, { exact: true }) })
    expect(await row.locator("td").allTextContents()).toEqual([
      "2018",
      expect.stringMatching(/^II\.A\.5\.ii\S/),
      "SALW data collected and analysed?",
      CANADA_ANSWER,
      CANADA_NOTE,
      CANADA_SOURCE,
    ])
    expect(await countInDocument(page, 'img[src="x"]')).toBe(0)
    expect(await answers.locator("img").count()).toBe(0)
    expect(opened.dialogs).toEqual([])
  })

  it("reorders a table's rows when a sortable header is clicked", async () => {
    const { page } = opened
    const caption = "Reporting rate by cycle and area"
    const header = page
      .locator("table", { has: page.locator("caption", { hasText: caption }) })
      .locator("th button.sort", { hasText: "Reporting rate (%)" })
    const before = await columnTexts(page, caption, 7)
    await header.click()
    const ascending = numbers(await columnTexts(page, caption, 7))
    expect(ascending).not.toEqual(numbers(before))
    const present = ascending.filter((value) => value !== null)
    expect(present).toEqual([...present].sort((a, b) => a - b))
    expect(ascending.slice(present.length).every((value) => value === null)).toBe(true)
    await header.click()
    const descending = numbers(await columnTexts(page, caption, 7)).filter((value) => value !== null)
    expect(descending).toEqual([...present].reverse())
  })

  it("after all that: still no error, no request, no dialog, no injected image", async () => {
    expect(opened.consoleErrors).toEqual([])
    expect(foreignRequests(opened)).toEqual([])
    expect(opened.dialogs).toEqual([])
    expect(await countInDocument(opened.page, 'img[src="x"]')).toBe(0)
  })
})
