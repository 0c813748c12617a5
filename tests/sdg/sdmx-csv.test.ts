import Papa from "papaparse"
import { describe, expect, it } from "vitest"
import { M49_AREAS, STATES } from "../../src/reference/states.ts"
import { computeIndicator1642 } from "../../src/sdg/compute-indicator-1642.ts"
import { formatSdmxCsv } from "../../src/sdg/sdmx-csv.ts"
import { SAMPLE } from "./answer-rows.ts"

const HEADER =
  "DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,URBANISATION,INCOME_WEALTH_QUANTILE,EDUCATION_LEV," +
  "OCCUPATION,CUST_BREAKDOWN,COMPOSITE_BREAKDOWN,DISABILITY_STATUS,ACTIVITY,PRODUCT,TIME_PERIOD,OBS_VALUE," +
  "OBS_STATUS,UNIT_MULT,UNIT_MEASURE,BASE_PER,NATURE,TIME_DETAIL,COMMENT_OBS,TIME_COVERAGE,UPPER_BOUND," +
  "LOWER_BOUND,SOURCE_DETAIL,COMMENT_TS,GEO_INFO_URL,GEO_INFO_TYPE,CUST_BREAKDOWN_LB,DATA_LAST_UPDATE"

const BREAKDOWNS = [
  "SEX",
  "AGE",
  "URBANISATION",
  "INCOME_WEALTH_QUANTILE",
  "EDUCATION_LEV",
  "OCCUPATION",
  "CUST_BREAKDOWN",
  "COMPOSITE_BREAKDOWN",
  "DISABILITY_STATUS",
  "ACTIVITY",
  "PRODUCT",
]

const unpadded = (code: string) => String(Number(code))
const REAL_M49 = new Set([
  ...STATES.map((s) => unpadded(s.m49)),
  ...M49_AREAS.map((a) => unpadded(a.code)),
  "1",
])

describe("formatSdmxCsv", () => {
  const result = computeIndicator1642(SAMPLE)
  const text = formatSdmxCsv(result, { dataflowVersion: "1.4", reportingType: "N", lastUpdate: "2026-03-14" })
  const parsed = Papa.parse<Record<string, string>>(text.trimEnd(), { header: true })
  const rows = parsed.data

  it("writes exactly the SDG DSD header on one line", () => {
    expect(text.split("\r\n")[0]).toBe(HEADER)
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual(HEADER.split(","))
  })

  it("writes one observation per country total and per published area", () => {
    // countries ESP FRA GRC ITA NGA (C); areas World, Europe, Southern Europe (CA); Africa etc. withheld
    expect(rows.map((r) => `${r["REF_AREA"]} ${r["NATURE"]} ${r["OBS_VALUE"]}`)).toEqual([
      "724 C 90",
      "250 C 10",
      "300 C 66.67",
      "380 C 25",
      "566 C 40",
      "1 CA 27.71",
      "150 CA 25.05",
      "39 CA 26.88",
    ])
  })

  it("uses the SDG codes: dataflow, FREQ A, series VC_ARM_SZTRACE, PT, UNIT_MULT 0, OBS_STATUS A, _T", () => {
    for (const row of rows) {
      expect(row).toMatchObject({
        DATAFLOW: "IAEG-SDGs:DF_SDG_GLH(1.4)",
        FREQ: "A",
        REPORTING_TYPE: "N",
        SERIES: "VC_ARM_SZTRACE",
        TIME_PERIOD: "2020",
        OBS_STATUS: "A",
        UNIT_MULT: "0",
        UNIT_MEASURE: "PT",
        BASE_PER: "",
        UPPER_BOUND: "",
        LOWER_BOUND: "",
        DATA_LAST_UPDATE: "2026-03-14T00:00:00",
      })
      for (const dimension of BREAKDOWNS) expect(row[dimension]).toBe("_T")
      expect(["C", "CA"]).toContain(row["NATURE"])
    }
  })

  it("writes every REF_AREA as a real M49 code without leading zeros", () => {
    for (const row of rows) {
      const refArea = row["REF_AREA"]!
      expect(refArea).toMatch(/^[1-9]\d{0,2}$/)
      expect(REAL_M49.has(refArea)).toBe(true)
    }
  })

  it("takes the dataflow version, reporting type and a date-time run date from options", () => {
    const other = formatSdmxCsv(result, {
      dataflowVersion: "1.5",
      reportingType: "G",
      lastUpdate: "2026-03-14T09:30:00Z",
    })
    const first = Papa.parse<Record<string, string>>(other.trimEnd(), { header: true }).data[0]!
    expect(first).toMatchObject({
      DATAFLOW: "IAEG-SDGs:DF_SDG_GLH(1.5)",
      REPORTING_TYPE: "G",
      DATA_LAST_UPDATE: "2026-03-14T00:00:00",
    })
    expect(() =>
      formatSdmxCsv(result, { dataflowVersion: "1.4", reportingType: "N", lastUpdate: "14/03/2026" }),
    ).toThrow(/lastUpdate/)
  })
})
