import { escapeHtml } from "./escape-html.ts"
import type { ReportTable, ReportTableColumn } from "./section.ts"

/**
 * A ReportTable as HTML. Header cells hold buttons (focusable, so sorting works from the keyboard too); the
 * page script sorts a column by a numeric cell's data-value, else by its text. Blank numbers stay blank.
 */

type CellValue = string | number | null | undefined

const numericCell = (column: ReportTableColumn, value: CellValue): string => {
  if (value === null || value === undefined || value === "") return `<td class="num" data-value=""></td>`
  const number = typeof value === "number" ? value : Number(value)
  if (!Number.isFinite(number)) return `<td class="num" data-value="">${escapeHtml(String(value))}</td>`
  const shown = column.decimals === undefined ? String(number) : number.toFixed(column.decimals)
  return `<td class="num" data-value="${escapeHtml(number)}">${escapeHtml(shown)}</td>`
}

const textCell = (value: CellValue): string =>
  `<td>${value === null || value === undefined ? "" : escapeHtml(String(value))}</td>`

const headerCell = (column: ReportTableColumn): string =>
  `<th scope="col"${column.numeric ? ` class="num" data-type="number"` : ""}>` +
  `<button type="button" class="sort">${escapeHtml(column.label)}</button></th>`

export const renderTable = (table: ReportTable): string => {
  // An empty table is only its caption and a note: a <table> with a caption and no columns squeezes it.
  if (table.rows.length === 0)
    return `<p class="table-caption">${escapeHtml(table.caption)}</p><p class="no-rows">None.</p>`
  const caption = `<caption>${escapeHtml(table.caption)}</caption>`
  const head = `<thead><tr>${table.columns.map(headerCell).join("")}</tr></thead>`
  const body = table.rows
    .map(
      (row) =>
        `<tr>${table.columns
          .map((column) =>
            column.numeric ? numericCell(column, row[column.key]) : textCell(row[column.key]),
          )
          .join("")}</tr>`,
    )
    .join("\n")
  return `<div class="table-wrap"><table class="sortable">${caption}${head}<tbody>\n${body}\n</tbody></table></div>`
}
