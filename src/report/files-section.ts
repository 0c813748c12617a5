import type { Chart } from "../charts/chart.ts"
import type { Manifest } from "../run/manifest.ts"
import { escapeHtml } from "./escape-html.ts"
import { renderTable } from "./render-table.ts"

/**
 * The files this report was read from and the files written beside it. Links are relative to the run
 * folder, so they work wherever the folder is copied; nothing is loaded until a link is followed.
 */
const outputFiles = (manifest: Manifest, charts: ReadonlyArray<Chart>): Array<string> => {
  const files = new Set<string>(["manifest.json", "rejects.csv", "report.html", "summary.md"])
  for (const output of manifest.outputs) files.add(output.file)
  for (const chart of charts) {
    files.add(`charts/${chart.name}.vl.json`)
    files.add(`charts/${chart.name}.svg`)
  }
  return [...files].sort()
}

// A relative path as a link target: each segment percent-encoded, so a name with "#", "?" or ":" cannot
// turn into a fragment, a query or a scheme.
const relativeHref = (file: string): string => file.split("/").map(encodeURIComponent).join("/")

export const renderFilesSection = (manifest: Manifest, charts: ReadonlyArray<Chart>): string => {
  const inputs = renderTable({
    caption: "Input files",
    columns: [
      { key: "file", label: "File" },
      { key: "kind", label: "Kind" },
      { key: "status", label: "Status" },
      { key: "encoding", label: "Encoding" },
      { key: "delimiter", label: "Delimiter" },
      { key: "read", label: "Rows read", numeric: true },
      { key: "accepted", label: "Accepted", numeric: true },
      { key: "rejected", label: "Rejected", numeric: true },
      { key: "superseded", label: "Superseded", numeric: true },
    ],
    rows: manifest.inputs.map((input) => ({
      file: input.file,
      kind: input.kind,
      status: input.status,
      encoding: input.encoding,
      delimiter: input.delimiter === "\t" ? "tab" : input.delimiter,
      ...input.rows,
    })),
  })
  const outputs = outputFiles(manifest, charts)
    .map((file) => `<li><a href="${escapeHtml(relativeHref(file))}">${escapeHtml(file)}</a></li>`)
    .join("\n")
  return [
    `<section id="files">`,
    "<h2>Files in this run</h2>",
    `<p>Run <code>${escapeHtml(manifest.run_id)}</code>, read from <code>${escapeHtml(manifest.input_dir)}</code>.</p>`,
    inputs,
    `<h3>Written in the run folder</h3>`,
    `<ul class="files">\n${outputs}\n</ul>`,
    "</section>",
  ].join("\n")
}
