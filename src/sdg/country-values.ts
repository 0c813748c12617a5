import type { Reject } from "../ingest/reasons.ts"
import type { WeaponClass } from "../normalise/vocabularies.ts"
import { stateByIso3 } from "../reference/states.ts"
import {
  DENOMINATOR_PARTS,
  denominatorOf,
  NUMERATOR_PARTS,
  numeratorOf,
  PART_LABELS,
  type PartCounts,
  SDG_PARTS,
  type SdgPart,
} from "./parts.ts"
import type { CountryValue } from "./result.ts"
import { percentOf } from "./round.ts"
import type { PartFigure, PartsWithSources, StateYearCandidate } from "./state-year-candidates.ts"

const CLASS_WORDS: Readonly<Record<WeaponClass, string>> = {
  all: "",
  small_arms: ", small arms",
  light_weapons: ", light weapons",
}

const figuresText = (parts: PartCounts): string =>
  SDG_PARTS.flatMap((part) =>
    parts[part] === null ? [] : [`${PART_LABELS[part].toLowerCase()} ${parts[part]}`],
  ).join("; ")

const firstOf = (figures: ReadonlyArray<PartFigure>, parts: ReadonlyArray<SdgPart>): PartFigure =>
  figures.find((figure) => parts.includes(figure.part)) ?? figures[0]!

/**
 * SDG metadata 16.4.2: the proportion of arms seized, found or surrendered whose illicit origin was traced or
 * established; no imputation. A value is published only when at least one denominator part (seized, found,
 * surrendered) AND at least one numerator part (traced, origin established) were reported; a part not
 * reported is not read as 0, so the denominator and numerator are the sums of the parts that were.
 * Returns the value, a reject naming the State, year and figures, or nothing (a weapon class with one part
 * only: the State simply did not split that class, its rows still count in the total).
 */
const evaluate = (
  candidate: StateYearCandidate,
  weaponClass: WeaponClass,
  { parts, figures }: PartsWithSources,
): CountryValue | Reject | undefined => {
  const numerator = numeratorOf(parts)
  const denominator = denominatorOf(parts)
  const who = `${candidate.state_name} (${candidate.iso3}), ${candidate.year}${CLASS_WORDS[weaponClass]}`
  const reject = (figure: PartFigure, reason_code: Reject["reason_code"], reason: string): Reject => ({
    file: figure.file,
    line: figure.line,
    column: "answer",
    value: figure.raw,
    reason_code,
    reason: `${who}: ${reason} (reported: ${figuresText(parts)}); no SDG 16.4.2 value is published for it.`,
  })

  if (numerator === null || denominator === null) {
    if (weaponClass !== "all") return undefined
    return numerator === null
      ? reject(
          firstOf(figures, DENOMINATOR_PARTS),
          "missing_sdg_part",
          "arms seized, found or surrendered were reported but not how many were traced or had their origin " +
            "established (measure traced or origin_established), so the numerator is missing",
        )
      : reject(
          firstOf(figures, NUMERATOR_PARTS),
          "missing_sdg_part",
          "arms traced or with origin established were reported but not how many were seized, found or " +
            "surrendered (measure seized, found or surrendered), so the denominator is missing",
        )
  }
  if (numerator > denominator)
    return reject(
      firstOf(figures, NUMERATOR_PARTS),
      "numerator_exceeds_denominator",
      `${numerator} arms traced or with origin established is more than the ${denominator} seized, found ` +
        "or surrendered; the traced arms must be among those counted in the denominator",
    )
  if (denominator === 0)
    return reject(
      firstOf(figures, DENOMINATOR_PARTS),
      "zero_denominator",
      "no arms were seized, found or surrendered, so the proportion is undefined (0 of 0)",
    )

  const state = stateByIso3(candidate.iso3)
  return {
    iso3: candidate.iso3,
    m49: candidate.m49,
    state_name: candidate.state_name,
    region_code: state?.regionCode ?? "",
    region: state?.region ?? "",
    sub_region_code: state?.subRegionCode ?? "",
    sub_region: state?.subRegion ?? "",
    year: candidate.year,
    cycle: candidate.cycle,
    year_from: candidate.year_from,
    weapon_class: weaponClass,
    parts,
    numerator,
    denominator,
    proportion_pct: percentOf(numerator, denominator),
    sources: figures.map(({ file, line }) => ({ file, line })),
    set_aside_rows: candidate.set_aside_rows,
  }
}

const isReject = (outcome: CountryValue | Reject): outcome is Reject => "reason_code" in outcome

/** The State total, then each weapon class the State split out, as values or rejects. */
export const countryValuesOf = (
  candidates: ReadonlyArray<StateYearCandidate>,
): { readonly values: ReadonlyArray<CountryValue>; readonly rejects: ReadonlyArray<Reject> } => {
  const values: Array<CountryValue> = []
  const rejects: Array<Reject> = []
  for (const candidate of candidates) {
    const units: ReadonlyArray<readonly [WeaponClass, PartsWithSources | undefined]> = [
      ["all", candidate.total],
      ["small_arms", candidate.small_arms],
      ["light_weapons", candidate.light_weapons],
    ]
    for (const [weaponClass, unit] of units) {
      const outcome = unit === undefined ? undefined : evaluate(candidate, weaponClass, unit)
      if (outcome === undefined) continue
      if (isReject(outcome)) rejects.push(outcome)
      else values.push(outcome)
    }
  }
  return { values, rejects }
}
