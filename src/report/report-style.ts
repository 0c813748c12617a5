/**
 * The report's stylesheet, inline (no fonts or images to fetch). System fonts; print-friendly; contrast
 * that survives greyscale printing, like the charts.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; --band: #f4f4f4; --accent: #2c3e75; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); }
header.report-head { padding: 1.5rem 2rem 1rem; border-bottom: 1px solid var(--rule); }
header.report-head h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
header.report-head p { margin: 0; color: var(--muted); }
nav.toc { padding: .5rem 2rem; border-bottom: 1px solid var(--rule); background: var(--band); position: sticky; top: 0; z-index: 2; }
nav.toc ul { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
nav.toc a { color: var(--accent); }
main { padding: 0 2rem 3rem; max-width: 1200px; }
section { padding-top: 1.5rem; border-bottom: 1px solid var(--rule); padding-bottom: 1rem; }
h2 { font-size: 1.35rem; margin: 0 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 .5rem; }
p { max-width: 75ch; }
code { font-size: .92em; }
figure.chart { margin: 1rem 0 1.5rem; }
figure.chart figcaption { max-width: 75ch; color: var(--muted); font-size: .9rem; }
.chart-view { min-height: 60px; overflow-x: auto; }
.file-note { white-space: nowrap; }
.table-wrap { overflow-x: auto; margin: .75rem 0 1.25rem; max-height: 32rem; overflow-y: auto; }
table { border-collapse: collapse; font-size: .88rem; }
caption, .table-caption { text-align: left; font-weight: 600; padding: .25rem 0; }
.table-caption { margin: .75rem 0 0; font-size: .88rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .2rem .6rem; text-align: left; vertical-align: top; }
td { max-width: 60ch; overflow-wrap: anywhere; }
th { position: sticky; top: 0; background: #fff; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
th button.sort { font: inherit; font-weight: 600; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; text-align: inherit; }
th button.sort::after { content: " \\2195"; color: #999; }
th[aria-sort="ascending"] button.sort::after { content: " \\2191"; color: var(--ink); }
th[aria-sort="descending"] button.sort::after { content: " \\2193"; color: var(--ink); }
th button.sort:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
tbody tr:nth-child(even) { background: var(--band); }
.no-rows, .missing { color: var(--muted); font-style: italic; }
.no-rows { margin-top: 0; font-size: .88rem; }
.state-picker { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: .5rem 0; }
.state-picker select { font: inherit; max-width: 100%; }
#state-answers td.prose { white-space: pre-line; }
#state-answers .element-id { white-space: nowrap; }
#state-answers .element-title { display: block; color: var(--muted); font-size: .92em; }
#state-answers td.source { color: var(--muted); }
.more-rows { color: var(--muted); }
/* The section's own select drives the State profile chart; its built-in dropdown would be a second one. */
#states .vega-bindings { display: none; }
ul.files { columns: 2; }
@media print { nav.toc { position: static; } .table-wrap { max-height: none; overflow: visible; } }
`
