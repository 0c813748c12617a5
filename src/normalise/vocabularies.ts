import * as Schema from "effect/Schema"

/** DATA-MODEL §4 answer_code: what kind of answer a row holds. */
export const AnswerCode = Schema.Literals(["yes", "no", "developing", "no_response", "number", "text"])
export type AnswerCode = typeof AnswerCode.Type

/**
 * `ok`: the answer was read as written (a vocabulary word, a number, or prose without figures);
 * `unparseable`: prose that holds a figure ("about 2,000 pounds of ordnance"), kept as text, never coerced.
 */
export const ParseQuality = Schema.Literals(["ok", "unparseable"])
export type ParseQuality = typeof ParseQuality.Type

/** DATA-MODEL §2.2: what a number counts. */
export const ArmsMeasure = Schema.Literals([
  "seized",
  "found",
  "surrendered",
  "traced",
  "origin_established",
  "destroyed",
  "collected",
  "marked",
  "lost_stolen"
])
export const RequestMeasure = Schema.Literals([
  "tracing_requests_sent",
  "tracing_requests_received",
  "tracing_requests_answered"
])
export const PersonMeasure = Schema.Literals(["coordination_body_members", "trainees", "victims", "delegates"])
export type PersonMeasure = typeof PersonMeasure.Type

export const Measure = Schema.Union([ArmsMeasure, RequestMeasure, PersonMeasure])
export type Measure = typeof Measure.Type
export const MEASURES: ReadonlyArray<Measure> = [
  ...ArmsMeasure.literals,
  ...RequestMeasure.literals,
  ...PersonMeasure.literals
]
export const PERSON_MEASURES: ReadonlyArray<PersonMeasure> = PersonMeasure.literals

export const Sex = Schema.Literals(["female", "male", "total"])
export type Sex = typeof Sex.Type

export const WeaponClass = Schema.Literals(["small_arms", "light_weapons", "all"])
export type WeaponClass = typeof WeaponClass.Type
