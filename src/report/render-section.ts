import type { Chart } from "../charts/chart.ts"
import { escapeHtml } from "./escape-html.ts"
import { renderTable } from "./render-table.ts"
import type { ReportSection } from "./section.ts"

/**
 * A chart's place in the page: the page script finds the container by its data-chart name and embeds the
 * spec from the page's chart-specs JSON block.
 */
export const renderChartFigure = (chart: Chart): string =>
  `<figure class="chart">` +
  `<div class="chart-view" data-chart="${escapeHtml(chart.name)}" role="img" aria-label="${escapeHtml(chart.title)}"></div>` +
  `<figcaption><strong>${escapeHtml(chart.title)}.</strong> ${escapeHtml(chart.description)} ` +
  `<span class="file-note">Also in <code>charts/${escapeHtml(chart.name)}.svg</code> and ` +
  `<code>charts/${escapeHtml(chart.name)}.vl.json</code>.</span></figcaption>` +
  `<noscript><p>Interactive charts need JavaScript; the static chart is charts/${escapeHtml(chart.name)}.svg.</p></noscript>` +
  `</figure>`

const missingChart = (name: string): string =>
  `<p class="missing">Chart “${escapeHtml(name)}” was not produced in this run.</p>`

/** The parts of a section below its heading: paragraphs, then charts, then tables. */
export const renderSectionBody = (section: ReportSection, charts: ReadonlyMap<string, Chart>): string =>
  [
    ...section.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...section.charts.map((name) => {
      const chart = charts.get(name)
      return chart === undefined ? missingChart(name) : renderChartFigure(chart)
    }),
    ...section.tables.map(renderTable),
  ].join("\n")

export const renderSection = (section: ReportSection, charts: ReadonlyMap<string, Chart>): string =>
  `<section id="${escapeHtml(section.id)}">\n<h2>${escapeHtml(section.title)}</h2>\n` +
  `${renderSectionBody(section, charts)}\n</section>`
