/**
 * A section of report.html given as data, so every stage (metrics, SDG, matching) can add its part and the
 * report alone turns it into HTML — escaping all text in one place.
 */
export interface ReportTableColumn {
  readonly key: string
  readonly label: string
  /** right-aligned, sorted numerically; null shows as blank (never as 0) */
  readonly numeric?: boolean
  /** digits after the decimal point when numeric (default: as is) */
  readonly decimals?: number
}

export interface ReportTable {
  readonly caption: string
  readonly columns: ReadonlyArray<ReportTableColumn>
  readonly rows: ReadonlyArray<Readonly<Record<string, string | number | null>>>
}

export interface ReportSection {
  /** HTML id, kebab-case, e.g. "sdg-16-4-2" */
  readonly id: string
  readonly title: string
  /** plain text paragraphs (escaped by the report; no HTML) */
  readonly paragraphs: ReadonlyArray<string>
  /** names of charts (Chart.name) to show in this section, in order */
  readonly charts: ReadonlyArray<string>
  readonly tables: ReadonlyArray<ReportTable>
}
