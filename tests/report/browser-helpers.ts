import { type Browser, chromium, type Page } from "playwright-core"
import { inject } from "vitest"

/**
 * Opening report.html from disk (file://) in headless Chromium, as an analyst does, and watching what it
 * does: console errors, page errors, requests and dialogs. Shared by the report's browser tests.
 */

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
]

/**
 * The Chromium chosen once for the test run by tests/support/global-setup.ts (POA_CHROMIUM, a system
 * Chromium, else the one npm installs with @sparticuz/chromium). There is always one, so these tests never
 * skip: a report nobody opened in a browser is not tested.
 */
export const launchChromium = (): Promise<Browser> => {
  const choice = inject("chromium")
  return chromium
    .launch({ executablePath: choice.executablePath, args: ARGS, env: { ...process.env, ...choice.env } })
    .catch((cause: unknown) => {
      throw new Error(`Chromium (${choice.source}, ${choice.executablePath}) did not start: ${String(cause)}`)
    })
}

export interface OpenedReport {
  readonly page: Page
  readonly url: string
  /** console errors, and uncaught page errors prefixed "page error:" */
  readonly consoleErrors: Array<string>
  readonly requests: Array<string>
  readonly dialogs: Array<string>
}

/** Opens a report file URL and waits until the page script has drawn every chart. */
export const openReportUrl = async (browser: Browser, url: string): Promise<OpenedReport> => {
  const page = await browser.newPage()
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

/**
 * Requests other than the report file itself and in-page data:/blob: URLs: there must be none. Another
 * file:// URL counts too — a report that reads a file beside it would break once copied or mailed.
 */
export const foreignRequests = (opened: OpenedReport): Array<string> =>
  opened.requests.filter((url) => url !== opened.url && !url.startsWith("data:") && !url.startsWith("blob:"))

const MARKS = [
  "svg g.mark-rect > path",
  "svg g.mark-symbol > path",
  "svg g.mark-line > path",
  "svg g.mark-area > path",
  "svg g.mark-arc > path",
  "svg g.mark-rule > line",
].join(", ")

/** Drawn mark items per chart container, by the container's chart name. */
export const chartMarks = async (page: Page): Promise<Record<string, number>> => {
  const marks: Record<string, number> = {}
  for (const container of await page.locator(".chart-view[data-chart]").all())
    marks[(await container.getAttribute("data-chart")) ?? ""] = await container.locator(MARKS).count()
  return marks
}

/** The texts of one column (1-based) of the table with this caption. */
export const columnTexts = (page: Page, caption: string, column: number): Promise<Array<string>> =>
  page
    .locator("table", { has: page.locator("caption", { hasText: caption }) })
    .locator(`tbody tr td:nth-child(${column})`)
    .allTextContents()

/** How many elements match a selector anywhere in the document (markup that ran would add some). */
export const countInDocument = (page: Page, selector: string): Promise<number> =>
  page.evaluate(`document.querySelectorAll(${JSON.stringify(selector)}).length`)
