import { type CsvCell, formatCsv } from "../run/write-csv.ts"
import { type Indicator1642Options, runDate } from "./options.ts"
import type { Indicator1642Result } from "./result.ts"
import { roundPct } from "./round.ts"

/** SDG DSD 1.4 (dataflow IAEG-SDGs:DF_SDG_GLH): dimensions, OBS_VALUE, then attributes, in DSD order. */
export const SDMX_CSV_COLUMNS = [
  "DATAFLOW",
  "FREQ",
  "REPORTING_TYPE",
  "SERIES",
  "REF_AREA",
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
  "TIME_PERIOD",
  "OBS_VALUE",
  "OBS_STATUS",
  "UNIT_MULT",
  "UNIT_MEASURE",
  "BASE_PER",
  "NATURE",
  "TIME_DETAIL",
  "COMMENT_OBS",
  "TIME_COVERAGE",
  "UPPER_BOUND",
  "LOWER_BOUND",
  "SOURCE_DETAIL",
  "COMMENT_TS",
  "GEO_INFO_URL",
  "GEO_INFO_TYPE",
  "CUST_BREAKDOWN_LB",
  "DATA_LAST_UPDATE",
] as const

type SdmxColumn = (typeof SDMX_CSV_COLUMNS)[number]
type SdmxRow = Readonly<Record<SdmxColumn, CsvCell>>

/** SDG global database series of indicator 16.4.2. */
export const SERIES_1642 = "VC_ARM_SZTRACE"

/**
 * Only the total series is written: the DSD's breakdown dimensions (SEX … PRODUCT) have no codes for
 * seized/found/surrendered, traced/established or small arms/light weapons that we could cite, so every
 * dimension is `_T` and the breakdowns live in sdg/16-4-2.csv and the Open SDG file instead.
 */
const BREAKDOWN_DIMENSIONS = {
  SEX: "_T",
  AGE: "_T",
  URBANISATION: "_T",
  INCOME_WEALTH_QUANTILE: "_T",
  EDUCATION_LEV: "_T",
  OCCUPATION: "_T",
  CUST_BREAKDOWN: "_T",
  COMPOSITE_BREAKDOWN: "_T",
  DISABILITY_STATUS: "_T",
  ACTIVITY: "_T",
  PRODUCT: "_T",
} as const

/** SDMX REF_AREA: the M49 code without leading zeros ("004" → "4", the World "001" → "1"). */
export const refAreaOf = (m49: string): string => String(Number(m49))

interface Observation {
  readonly refArea: string
  readonly year: number
  readonly value: number
  /** SDG DSD NATURE: C country data; CA country data adjusted/aggregated by the compiler (our area sums) */
  readonly nature: "C" | "CA"
  readonly comment: string
  readonly source: string
}

/**
 * `sdg/16-4-2.sdmx.csv`: SDMX-CSV (one header line, DSD column order) for series VC_ARM_SZTRACE. Country
 * totals (NATURE C) and the published World / region / sub-region ratios of sums (NATURE CA); withheld
 * areas and weapon-class values are not written. OBS_STATUS A (normal), UNIT_MEASURE PT (percent),
 * UNIT_MULT 0; attributes we do not have are empty.
 */
export const formatSdmxCsv = (
  result: Indicator1642Result,
  options: Pick<Indicator1642Options, "dataflowVersion" | "reportingType" | "lastUpdate">,
): string => {
  const dataflow = `IAEG-SDGs:DF_SDG_GLH(${options.dataflowVersion})`
  const lastUpdate = `${runDate(options.lastUpdate)}T00:00:00`
  const observations: Array<Observation> = [
    ...result.countries
      .filter((country) => country.weapon_class === "all")
      .map(
        (country): Observation => ({
          refArea: refAreaOf(country.m49),
          year: country.year,
          value: country.proportion_pct,
          nature: "C",
          comment: "",
          source: `National report on the implementation of the UN Programme of Action on small arms, cycle ${country.cycle}`,
        }),
      ),
    ...result.aggregates.flatMap(
      (area): ReadonlyArray<Observation> =>
        area.proportion_pct === null
          ? []
          : [
              {
                refArea: refAreaOf(area.area_code),
                year: area.year,
                value: area.proportion_pct,
                nature: "CA",
                comment: `Ratio of sums over the ${area.countries} countries with a value (of ${area.states_in_area} States in the area); no imputation`,
                source: "National reports on the implementation of the UN Programme of Action on small arms",
              },
            ],
    ),
  ]
  const rows = observations.map(
    (observation): SdmxRow => ({
      DATAFLOW: dataflow,
      FREQ: "A",
      REPORTING_TYPE: options.reportingType,
      SERIES: SERIES_1642,
      REF_AREA: observation.refArea,
      ...BREAKDOWN_DIMENSIONS,
      TIME_PERIOD: observation.year,
      OBS_VALUE: roundPct(observation.value),
      OBS_STATUS: "A",
      UNIT_MULT: 0,
      UNIT_MEASURE: "PT",
      BASE_PER: "",
      NATURE: observation.nature,
      TIME_DETAIL: "",
      COMMENT_OBS: observation.comment,
      TIME_COVERAGE: "",
      UPPER_BOUND: "",
      LOWER_BOUND: "",
      SOURCE_DETAIL: observation.source,
      COMMENT_TS: "",
      GEO_INFO_URL: "",
      GEO_INFO_TYPE: "",
      CUST_BREAKDOWN_LB: "",
      DATA_LAST_UPDATE: lastUpdate,
    }),
  )
  return formatCsv(SDMX_CSV_COLUMNS, rows)
}
