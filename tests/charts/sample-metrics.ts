import type { CoverageRow, Metrics } from "../../src/metrics/types.ts"
import type { AnswerRow } from "../../src/normalise/answer-row.ts"
import { elementById } from "../../src/outline/outline.ts"

/**
 * A small Metrics written by hand: two cycles, the world and two regions, a dozen elements (heatmap rows and
 * leaves), three States — one of them with a hostile name, to show it only ever travels as data.
 */

export const HOSTILE_NAME = "<img src=x onerror=alert(1)>"

const ELEMENTS = [
  "I",
  "II.A.1",
  "II.A.1.a.i",
  "II.A.1.a.ii",
  "II.A.2",
  "II.A.2.a.i",
  "II.B.2",
  "II.B.2.i",
  "III.A.i",
  "III.C.ii",
  "III.F.i",
  "IV.i",
  "IV.vi",
]

const AREAS = [
  { level: "world", area_code: "001", area: "World", reporting: 3 },
  { level: "region", area_code: "002", area: "Africa", reporting: 2 },
  { level: "region", area_code: "150", area: "Europe", reporting: 1 },
] as const

const coverageRow = (cycle: number, area: (typeof AREAS)[number], id: string, index: number): CoverageRow => {
  const element = elementById(id)!
  const answered = (index + cycle + area.reporting) % (area.reporting + 1)
  const yesNo = Math.min(answered, 1)
  return {
    cycle,
    level: area.level,
    area_code: area.area_code,
    area: area.area,
    element_id: id,
    depth: element.depth,
    section: id.split(".")[0]!,
    title: element.title,
    reporting_states: area.reporting,
    states_answered: answered,
    answered_pct: Math.round((answered / area.reporting) * 1000) / 10,
    yes_no_states: yesNo,
    yes_states: yesNo,
    developing_states: 0,
    yes_pct: yesNo === 0 ? null : 100,
    developing_pct: yesNo === 0 ? null : 0,
  }
}

export const sampleMetrics: Metrics = {
  cycles: [2018, 2020],
  reporting: [2018, 2020].flatMap((cycle) => [
    ...AREAS.map((area) => ({
      cycle,
      level: area.level,
      area_code: area.area_code,
      area: area.area,
      reporting_states: area.reporting,
      eligible_states: area.level === "world" ? 195 : area.area === "Africa" ? 54 : 44,
      reporting_rate_pct: Math.round((area.reporting / (area.level === "world" ? 195 : 50)) * 1000) / 10,
    })),
    {
      cycle,
      level: "region" as const,
      area_code: "009",
      area: "Oceania",
      reporting_states: 0,
      eligible_states: 14,
      reporting_rate_pct: 0,
    },
  ]),
  reportingStates: [
    ["GHA", "Ghana", "Africa", "Western Africa", "2018;2020", 2],
    ["KEN", HOSTILE_NAME, "Africa", "Eastern Africa", "2018;2020", 2],
    ["FRA", "France", "Europe", "Western Europe", "2018;2020", 2],
    ["FJI", "Fiji", "Oceania", "Melanesia", "", 0],
  ].map(([iso3, state_name, region, sub_region, cycles_reported, count]) => ({
    iso3: iso3 as string,
    state_name: state_name as string,
    region: region as string,
    sub_region: sub_region as string,
    cycles_reported: cycles_reported as string,
    cycles_count: count as number,
    ever_reported: count !== 0,
    consecutive: count === 2,
    longest_streak: count as number,
  })),
  coverage: [2018, 2020].flatMap((cycle) =>
    AREAS.flatMap((area) => ELEMENTS.map((id, index) => coverageRow(cycle, area, id, index))),
  ),
  stateCoverage: [
    ["GHA", "Ghana", "Africa", 2018, 40, null],
    ["GHA", "Ghana", "Africa", 2020, 55, 2018],
    ["KEN", HOSTILE_NAME, "Africa", 2018, 20, null],
    ["KEN", HOSTILE_NAME, "Africa", 2020, 35, 2018],
    ["FRA", "France", "Europe", 2018, 70, null],
    ["FRA", "France", "Europe", 2020, 90, 2018],
  ].map(([iso3, state_name, region, cycle, pct, previous]) => ({
    iso3: iso3 as string,
    state_name: state_name as string,
    region: region as string,
    cycle: cycle as number,
    elements_covered: Math.round(((pct as number) / 100) * 128),
    elements_total: 128,
    covered_pct: pct as number,
    previous_cycle: previous as number | null,
    change_pct_points: previous === null ? null : 15,
  })),
  gender: [2018, 2020].flatMap((cycle) =>
    AREAS.flatMap((area) =>
      (["coordination_body_members", "trainees", "victims"] as const).map((measure, index) => ({
        measure,
        cycle,
        level: area.level,
        area_code: area.area_code,
        area: area.area,
        female: 10 + index * 5 + area.reporting,
        male: 30 - index * 4,
        women_share_pct:
          Math.round(((10 + index * 5 + area.reporting) / (40 + index + area.reporting)) * 1000) / 10,
        states_with_sex_data: area.reporting,
      })),
    ),
  ),
  genderElements: [2018, 2020].flatMap((cycle) =>
    ["II.B.2", "II.A.5.iii"].map((id) => ({
      cycle,
      element_id: id,
      title: elementById(id)!.title,
      reporting_states: 3,
      states_answered: 2,
      yes_no_states: 2,
      yes_states: 1,
      yes_pct: 50,
    })),
  ),
  warnings: [
    {
      code: "sex_parts_exceed_total",
      iso3: "KEN",
      cycle: 2020,
      measure: "trainees",
      source_file: "reports/2020-ken.csv",
      source_line: 12,
      message: `female 30 + male 25 exceed the total 50 ${HOSTILE_NAME}`,
    },
  ],
}

export const emptyMetrics: Metrics = {
  cycles: [],
  reporting: [],
  reportingStates: [],
  coverage: [],
  stateCoverage: [],
  gender: [],
  genderElements: [],
  warnings: [],
}

/** An accepted answer with sensible defaults; tests override what they are about. */
export const answer = (fields: Partial<AnswerRow>): AnswerRow => ({
  iso3: "GHA",
  m49: "288",
  state_name: "Ghana",
  region: "Africa",
  sub_region: "Western Africa",
  cycle: 2020,
  submitted_on: "2020-05-01",
  element_id: "II.A.1.a.i",
  section: "II",
  instrument: "PoA",
  question: "Does your country have national laws?",
  answer_raw: "yes",
  answer_code: "yes",
  answer_number: null,
  parse_quality: "ok",
  measure: "",
  sex: "",
  weapon_class: "all",
  year: null,
  note: "",
  source_file: "reports/2020-gha.csv",
  source_line: 2,
  ...fields,
})

export const sampleAnswers: ReadonlyArray<AnswerRow> = [
  answer({}),
  answer({ element_id: "II.A.2.a.i", answer_raw: "no", answer_code: "no", source_line: 3 }),
  answer({
    iso3: "KEN",
    state_name: HOSTILE_NAME,
    m49: "404",
    answer_raw: HOSTILE_NAME,
    answer_code: "text",
  }),
  answer({
    iso3: "FRA",
    state_name: "France",
    region: "Europe",
    cycle: 2018,
    source_file: "reports/2018-fra.csv",
  }),
]
