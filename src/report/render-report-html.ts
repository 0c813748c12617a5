import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import type { Chart } from "../charts/chart.ts"
import { coverageSection } from "./coverage-section.ts"
import { dataQualitySection } from "./data-quality-section.ts"
import { escapeHtml } from "./escape-html.ts"
import { renderFilesSection } from "./files-section.ts"
import { genderSection } from "./gender-section.ts"
import { headlineFigures } from "./headline-figures.ts"
import { headlineSection } from "./headline-section.ts"
import { renderSection } from "./render-section.ts"
import type { ReportInput } from "./report-input.ts"
import { REPORT_CSS } from "./report-style.ts"
import { reportingSection } from "./reporting-section.ts"
import { inlineScriptSource, jsonForScript } from "./script-embedding.ts"
import type { ReportSection } from "./section.ts"
import { renderStateSection, STATE_SECTION_ID } from "./state-section.ts"
import { vegaLibraries } from "./vega-libraries.ts"

const PAGE_SCRIPT = readFileSync(new URL("./browser/report-page.js", import.meta.url), "utf8")

const scriptHash = (source: string): string =>
  `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`

/**
 * Defence in depth on top of escaping: only the page's own scripts may run (by hash, so an injected inline
 * handler or script would not), and nothing may be fetched. 'unsafe-eval' because Vega compiles its
 * expressions with Function; styles inline because the page, Vega and vega-embed set them.
 */
const contentSecurityPolicy = (scripts: ReadonlyArray<string>): string =>
  [
    "default-src 'none'",
    `script-src ${scripts.map(scriptHash).join(" ")} 'unsafe-eval'`,
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "connect-src 'none'",
    "font-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ")

// Another stage's section may reuse an id of ours; anchors and the contents list need them unique.
const uniqueIds = (sections: ReadonlyArray<ReportSection>, taken: Set<string>): Array<ReportSection> =>
  sections.map((section) => {
    let id = section.id
    for (let n = 2; taken.has(id); n++) id = `${section.id}-${n}`
    taken.add(id)
    return id === section.id ? section : { ...section, id }
  })

/** report.html: one self-contained file, readable offline and opened straight from disk. */
export const renderReportHtml = (input: ReportInput): string => {
  const { manifest, metrics } = input
  const charts: ReadonlyMap<string, Chart> = new Map(input.charts.map((chart) => [chart.name, chart]))
  const figures = headlineFigures(input)
  const metricSections = [
    headlineSection(input, figures),
    reportingSection(metrics),
    coverageSection(metrics),
    genderSection(metrics),
  ]
  const quality = dataQualitySection(input)
  const taken = new Set([...metricSections, quality].map((section) => section.id))
  for (const id of [STATE_SECTION_ID, "files", "more-charts"]) taken.add(id)
  const stageSections = uniqueIds(input.sections, taken)

  // A chart no section asks for is still shown, at the end, rather than silently left out.
  const placed = new Set([...metricSections, ...stageSections].flatMap((section) => section.charts))
  placed.add("state-profile")
  const unplaced = input.charts.filter((chart) => !placed.has(chart.name)).map((chart) => chart.name)
  const moreCharts: Array<ReportSection> =
    unplaced.length === 0
      ? []
      : [{ id: "more-charts", title: "More charts", paragraphs: [], charts: unplaced, tables: [] }]

  const contents: Array<readonly [string, string]> = [
    ...metricSections.map((section) => [section.id, section.title] as const),
    [STATE_SECTION_ID, "States"],
    ...[...stageSections, ...moreCharts, quality].map((section) => [section.id, section.title] as const),
    ["files", "Files in this run"],
  ]
  const specs = Object.fromEntries(input.charts.map((chart) => [chart.name, chart.spec]))
  const scripts = [
    ...vegaLibraries().map((library) => inlineScriptSource(library.source)),
    inlineScriptSource(PAGE_SCRIPT),
  ]
  const generated = input.generatedAt.toISOString()

  return [
    "<!doctype html>",
    `<html lang="en">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(scripts))}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>PoA national reports — run ${escapeHtml(manifest.run_id)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    `<header class="report-head"><h1>Programme of Action national reports</h1>`,
    `<p>Run <code>${escapeHtml(manifest.run_id)}</code> · generated ${escapeHtml(generated)} · ` +
      `code ${escapeHtml(manifest.code_version.package)} (${escapeHtml(manifest.code_version.source_sha256.slice(0, 12))})` +
      `${manifest.status === "ok" ? "" : ` · <strong>run ${escapeHtml(manifest.status)}</strong>`}</p></header>`,
    `<nav class="toc" aria-label="Contents"><ul>${contents
      .map(([id, title]) => `<li><a href="#${escapeHtml(id)}">${escapeHtml(title)}</a></li>`)
      .join("")}</ul></nav>`,
    "<main>",
    ...metricSections.map((section) => renderSection(section, charts)),
    renderStateSection(metrics, input.answers, charts),
    ...[...stageSections, ...moreCharts, quality].map((section) => renderSection(section, charts)),
    renderFilesSection(manifest, input.charts),
    "</main>",
    `<script type="application/json" id="chart-specs">${jsonForScript(specs)}</script>`,
    ...scripts.map((source) => `<script>${source}</script>`),
    "</body>",
    "</html>",
    "",
  ].join("\n")
}
