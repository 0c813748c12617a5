import { describe, expect, it } from "vitest"
import { escapeHtml } from "../../src/report/escape-html.ts"
import { escapeMarkdown } from "../../src/report/escape-markdown.ts"
import { renderReportHtml } from "../../src/report/render-report-html.ts"
import { renderSummaryMarkdown } from "../../src/report/render-summary-markdown.ts"
import { renderTable } from "../../src/report/render-table.ts"
import { inlineScriptSource, jsonForScript } from "../../src/report/script-embedding.ts"
import { HOSTILE_NAME } from "../charts/sample-metrics.ts"
import {
  HOSTILE_FLAG,
  HOSTILE_NOTE,
  HOSTILE_SCRIPT,
  sampleManifest,
  sampleReportInput,
} from "./sample-report-input.ts"

const HOSTILE = [HOSTILE_NAME, HOSTILE_SCRIPT, HOSTILE_FLAG]

describe("escapeHtml", () => {
  it("escapes the five characters that matter in content and quoted attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
    )
    expect(escapeHtml(12.5)).toBe("12.5")
    expect(escapeHtml("Côte d’Ivoire")).toBe("Côte d’Ivoire")
  })
})

describe("jsonForScript", () => {
  it("cannot close its script element, and parses back to the same value", () => {
    const value = { name: HOSTILE_SCRIPT, other: "<!-- a & b > c \u2028" }
    const json = jsonForScript(value)
    expect(json).not.toMatch(/<|>|&/)
    expect(JSON.parse(json)).toEqual(value)
  })
})

describe("inlineScriptSource", () => {
  it("breaks </script and <!-- without changing what the code means", () => {
    const source = `const a = "</script>"; const b = /<\\/SCRIPT/; const c = \`<!--\``
    const safe = inlineScriptSource(source)
    expect(safe).not.toMatch(/<\/script|<!--/i)
    const run = (code: string): unknown => new Function(`${code}; return [a, b.source, c]`)()
    expect(run(safe)).toEqual(run(source))
  })
})

describe("renderTable", () => {
  it("escapes captions, labels and cells, and leaves a null number blank", () => {
    const html = renderTable({
      caption: HOSTILE_NAME,
      columns: [
        { key: "name", label: HOSTILE_SCRIPT },
        { key: "value", label: "Value", numeric: true, decimals: 1 },
      ],
      rows: [
        { name: HOSTILE_FLAG, value: null },
        { name: "b", value: 2 },
      ],
    })
    for (const text of HOSTILE) expect(html).not.toContain(text)
    expect(html).toContain(`<td class="num" data-value=""></td>`)
    expect(html).toContain(`<td class="num" data-value="2">2.0</td>`)
    expect(html).toContain(
      `<th scope="col" class="num" data-type="number"><button type="button" class="sort">Value</button></th>`,
    )
  })
})

describe("report.html with hostile input", () => {
  const html = renderReportHtml(sampleReportInput())

  it("never contains hostile text raw, only escaped", () => {
    for (const text of [...HOSTILE, HOSTILE_NOTE]) expect(html).not.toContain(text)
    expect(html).toContain(escapeHtml(HOSTILE_NAME))
    expect(html).toContain(escapeHtml(HOSTILE_SCRIPT))
    expect(html).toContain(escapeHtml(HOSTILE_FLAG))
  })

  it("has only its own script elements: the data blocks and the four inline scripts", () => {
    const openings = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0])
    expect(openings).toEqual([
      `<script type="application/json" id="state-data">`,
      `<script type="application/json" id="chart-specs">`,
      "<script>",
      "<script>",
      "<script>",
      "<script>",
    ])
    expect((html.match(/<\/script/gi) ?? []).length).toBe(openings.length)
  })

  it("keeps hostile text intact as data inside the JSON blocks", () => {
    const block = (id: string) => {
      const match = html.match(new RegExp(`<script type="application/json" id="${id}">(.*?)</script>`, "s"))
      return JSON.parse(match![1]!) as unknown
    }
    expect(JSON.stringify(block("state-data"))).toContain(JSON.stringify(HOSTILE_NAME))
    expect(JSON.stringify(block("chart-specs"))).toContain(JSON.stringify(HOSTILE_NAME))
  })

  it("sends a State's hostile answers and notes as inert JSON, intact once parsed", () => {
    expect(html).not.toContain(HOSTILE_NOTE)
    const raw = html.match(/<script type="application\/json" id="state-data">(.*?)<\/script>/s)![1]!
    expect(raw).not.toMatch(/[<>&]/)
    const data = JSON.parse(raw) as {
      states: Array<{ iso3: string; worded_answers: Array<{ answer: string; note: string }> }>
    }
    const ghana = data.states.find((state) => state.iso3 === "GHA")!
    expect(ghana.worded_answers.map((row) => row.answer)).toEqual(
      expect.arrayContaining([HOSTILE_NAME, HOSTILE_SCRIPT, `about 2,000 ${HOSTILE_FLAG}`]),
    )
    expect(ghana.worded_answers.map((row) => row.note)).toContain(HOSTILE_NOTE)
  })

  it("loads nothing: no URL in the markup, no <link>, no <script src>, no remote CSS", () => {
    // The markup around the script elements; the inlined libraries hold URLs in strings, never loaded.
    const markup = html.replace(/<script\b[^>]*>.*?<\/script>/gs, "<script></script>")
    const attributes = [
      ...markup.matchAll(/\s(?:src|href|action|poster|srcset|data)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi),
    ]
    expect(attributes.length).toBeGreaterThan(0)
    for (const [, value] of attributes)
      expect(value, value).not.toMatch(/^["']?\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i)
    expect(markup).not.toMatch(/https?:\/\//i)
    expect(markup).not.toMatch(/<link\b/i)
    expect(html).not.toMatch(/<script\b[^>]*\bsrc\s*=/i)
    expect(markup).not.toMatch(/<(?:iframe|img|object|embed|base)\b/i)
    expect(markup).not.toMatch(/@import|url\(/i)
  })

  it("allows only its own scripts and no connections (Content-Security-Policy)", () => {
    const csp = html
      .match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)![1]!
      .replaceAll("&#39;", "'")
    expect(csp).toContain("connect-src 'none'")
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'")
    expect(csp.match(/'sha256-/g)).toHaveLength(4)
  })
})

describe("summary.md", () => {
  it("escapes Markdown in input text", () => {
    expect(escapeMarkdown("a *b* _c_ [d](e) <f> | `g` \\ # !\nnext")).toBe(
      "a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\| \\`g\\` \\\\ \\# \\! next",
    )
    const markdown = renderSummaryMarkdown({
      ...sampleReportInput(),
      manifest: sampleManifest({ run_id: `run ${HOSTILE_NAME} [x](javascript:alert(1))` }),
    })
    expect(markdown).toContain("\\<img")
    expect(markdown).not.toMatch(/(^|[^\\])[<[]/m)
  })
})
