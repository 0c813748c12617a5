import type { Chart } from "../charts/chart.ts"
import type { Metrics } from "../metrics/types.ts"
import type { AnswerRow } from "../normalise/answer-row.ts"
import { escapeHtml } from "./escape-html.ts"
import { renderChartFigure } from "./render-section.ts"
import { renderTable } from "./render-table.ts"
import { jsonForScript } from "./script-embedding.ts"
import { elementTitles } from "./state-answers.ts"
import { type StateProfile, stateProfiles } from "./state-profiles.ts"

export const STATE_SECTION_ID = "states"

/**
 * The JSON the page script reads. Element titles and source file names repeat on many answers, so they
 * travel once: `elements` maps an id to its short title, and an answer's `file` is an index into `files`.
 */
const pageData = (profiles: ReadonlyArray<StateProfile>) => {
  const files = new Map<string, number>()
  const fileIndex = (file: string): number => {
    const index = files.get(file) ?? files.size
    files.set(file, index)
    return index
  }
  const states = profiles.map((profile) => ({
    ...profile,
    worded_answers: profile.worded_answers.map((answer) => ({ ...answer, file: fileIndex(answer.file) })),
  }))
  const ids = new Set(
    profiles.flatMap((profile) => profile.worded_answers.map((answer) => answer.element_id)),
  )
  return { states, elements: elementTitles(ids), files: [...files.keys()] }
}

/**
 * The per-State section. Its detail view — the State's cycles, then what it said in words — is drawn by the
 * page script from a JSON block (a State's data instead of tables per State), always with textContent, so
 * State names, answers and notes stay text. Element titles travel once, not on every answer. The overview
 * table below it is plain HTML and works without JavaScript.
 */
export const renderStateSection = (
  metrics: Metrics,
  answers: Iterable<AnswerRow>,
  charts: ReadonlyMap<string, Chart>,
): string => {
  const profiles = stateProfiles(metrics, answers)
  const chart = charts.get("state-profile")
  const data = pageData(profiles)
  const overview = renderTable({
    caption: "All States",
    columns: [
      { key: "iso3", label: "ISO3" },
      { key: "name", label: "State" },
      { key: "region", label: "Region" },
      { key: "cycles", label: "Cycles reported" },
      { key: "cycles_count", label: "Cycles", numeric: true },
      { key: "longest_streak", label: "Longest run of cycles", numeric: true },
      { key: "latest_pct", label: "Latest coverage (%)", numeric: true, decimals: 1 },
      { key: "answers", label: "Answers", numeric: true },
    ],
    rows: profiles.map((profile) => ({
      iso3: profile.iso3,
      name: profile.name,
      region: profile.region,
      cycles: profile.cycles.map((cycle) => cycle.cycle).join(", "),
      cycles_count: profile.cycles.length,
      longest_streak: profile.longest_streak,
      latest_pct: profile.cycles.at(-1)?.pct ?? null,
      answers: profile.cycles.reduce((sum, cycle) => sum + cycle.answers, 0),
    })),
  })
  return [
    `<section id="${STATE_SECTION_ID}">`,
    "<h2>States</h2>",
    `<p>Choose a State to see each cycle it reported: the share of the Outline it covered, the change since its ` +
      `previous report, how many answers it gave, and its answers in words and notes. The chart follows the ` +
      `choice.</p>`,
    `<div class="state-picker"><label for="state-select">State</label> <select id="state-select"></select> ` +
      `<label><input type="checkbox" id="state-reported-only" checked> only States that reported</label></div>`,
    `<div id="state-detail" aria-live="polite"><p>${escapeHtml(profiles.length === 0 ? "No State in this run." : "Loading…")}</p></div>`,
    chart === undefined ? "" : renderChartFigure(chart),
    `<div id="state-answers"></div>`,
    `<script type="application/json" id="state-data">${jsonForScript(data)}</script>`,
    overview,
    "</section>",
  ].join("\n")
}
