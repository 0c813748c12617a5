import type { PersonMeasure } from "../normalise/vocabularies.ts"

/**
 * The figures of issue 3, as plain rows. Percentages are numbers 0–100 rounded to 1 decimal; `null` means
 * "not defined" (e.g. a region with no reporting State: no division by zero) and is written as a blank
 * cell, never 0. Every "answered" count counts States, not rows: a State answering several rows on one
 * element in a cycle counts once, and only its latest submission for the cycle is ever counted (revisions
 * are applied before metrics).
 */

/** Area levels: the world, an M49 region, an M49 sub-region. */
export type AreaLevel = "world" | "region" | "sub_region"

/** metrics/reporting.csv — one row per cycle × area. */
export interface ReportingRow {
  readonly cycle: number
  readonly level: AreaLevel
  readonly area_code: string // "001" for the world, else the M49 code
  readonly area: string
  readonly reporting_states: number
  readonly eligible_states: number // 195 for the world
  readonly reporting_rate_pct: number | null
}

/** metrics/reporting_states.csv — one row per State of the 195 (also those that never reported). */
export interface StateReportingRow {
  readonly iso3: string
  readonly state_name: string
  readonly region: string
  readonly sub_region: string
  readonly cycles_reported: string // "2018;2022", "" when never
  readonly cycles_count: number
  readonly ever_reported: boolean
  /** reported in two cycles that follow each other in the run's list of cycles */
  readonly consecutive: boolean
  readonly longest_streak: number
}

/** metrics/coverage_elements.csv (level world) and metrics/coverage_regions.csv (level region) — element × cycle × area. */
export interface CoverageRow {
  readonly cycle: number
  readonly level: AreaLevel
  readonly area_code: string
  readonly area: string
  readonly element_id: string
  readonly depth: number
  readonly section: string
  readonly title: string
  readonly reporting_states: number // States that reported anything in the cycle, in the area
  readonly states_answered: number // States with an answer other than no_response on the element or below it
  readonly answered_pct: number | null // states_answered / reporting_states
  readonly yes_no_states: number // States whose answer on exactly this element is yes, no or developing
  readonly yes_states: number
  readonly developing_states: number
  readonly yes_pct: number | null // yes_states / yes_no_states
  readonly developing_pct: number | null
}

/** metrics/coverage_states.csv — one row per State × cycle reported. */
export interface StateCoverageRow {
  readonly iso3: string
  readonly state_name: string
  readonly region: string
  readonly cycle: number
  readonly elements_covered: number // distinct elements answered, counting the headings they roll up to
  readonly elements_total: number // all elements of the Outline
  readonly covered_pct: number
  readonly previous_cycle: number | null // the State's previous reported cycle
  readonly change_pct_points: number | null // covered_pct − covered_pct in previous_cycle
}

/** metrics/gender.csv — women's share per person measure × cycle × area. */
export interface GenderShareRow {
  readonly measure: PersonMeasure
  readonly cycle: number
  readonly level: AreaLevel
  readonly area_code: string
  readonly area: string
  readonly female: number
  readonly male: number
  readonly women_share_pct: number | null // Σ female / Σ (female + male)
  readonly states_with_sex_data: number // States giving both a female and a male figure
}

/** metrics/gender_elements.csv — States answering the gender elements (II.B.2 and below, II.A.5.iii). */
export interface GenderElementRow {
  readonly cycle: number
  readonly element_id: string
  readonly title: string
  readonly reporting_states: number
  readonly states_answered: number
  readonly yes_no_states: number
  readonly yes_states: number
  readonly yes_pct: number | null
}

/** A check that did not pass, e.g. female + male above the stated total; listed in the data-quality section. */
export interface MetricWarning {
  readonly code: "sex_parts_exceed_total"
  readonly iso3: string
  readonly cycle: number
  readonly measure: string
  readonly source_file: string
  readonly source_line: number
  readonly message: string
}

export interface Metrics {
  readonly cycles: ReadonlyArray<number>
  readonly reporting: ReadonlyArray<ReportingRow>
  readonly reportingStates: ReadonlyArray<StateReportingRow>
  readonly coverage: ReadonlyArray<CoverageRow> // world and region rows
  readonly stateCoverage: ReadonlyArray<StateCoverageRow>
  readonly gender: ReadonlyArray<GenderShareRow>
  readonly genderElements: ReadonlyArray<GenderElementRow>
  readonly warnings: ReadonlyArray<MetricWarning>
}
