import { field, readCsv } from "./read-csv.ts"

/** An M49 country or area that may not report: a territory, a special administrative region, Antarctica. */
export interface NonReportingArea {
  readonly m49: string
  readonly iso3: string
  readonly iso2: string
  readonly name: string
}

// Kept only so the resolver can tell a person why "Greenland" was refused rather than calling it unknown.
export const NON_REPORTING_AREAS: ReadonlyArray<NonReportingArea> = readCsv(
  new URL("./data/non-reporting-areas.csv", import.meta.url),
).map((row) => ({
  m49: field(row, "m49"),
  iso3: field(row, "iso3"),
  iso2: field(row, "iso2"),
  name: field(row, "name"),
}))
