import { type EligibleArea, m49EligibleArea, stateArea, stateByIso2, WORLD } from "./eligible-areas.ts"
import { attributeOf, childrenOf, type XmlNode } from "./iati-xml.ts"

/**
 * OECD DAC recipient regions (IATI RegionVocabulary 1, the default) as M49 areas, where one or two M49
 * areas say the same thing. Others (e.g. 389 "North and Central America, regional") have no M49
 * counterpart and are rejected with advice to use vocabulary 2 (UN M49), which IATI also accepts.
 */
const DAC_REGIONS: Readonly<Record<string, ReadonlyArray<string>>> = {
  "89": ["150"], // Europe, regional
  "189": ["015"], // North of Sahara, regional → Northern Africa
  "289": ["202"], // South of Sahara, regional → Sub-Saharan Africa
  "298": ["002"], // Africa, regional
  "380": ["029"], // West Indies, regional → Caribbean
  "489": ["005"], // South America, regional
  "498": ["019"], // America, regional → Americas
  "589": ["145"], // Middle East, regional → Western Asia
  "619": ["143"], // Central Asia, regional
  "679": ["034"], // South Asia, regional → Southern Asia
  "689": ["034", "143"], // South and Central Asia, regional
  "789": ["030", "035"], // Far East Asia, regional → Eastern and South-eastern Asia
  "798": ["142"], // Asia, regional
  "889": ["009"] // Oceania, regional
}

export type IatiEligibility =
  | { readonly _tag: "Areas"; readonly areas: ReadonlyArray<EligibleArea> }
  | { readonly _tag: "Unknown"; readonly value: string; readonly reason: string }

const regionAreas = (vocabulary: string, code: string): ReadonlyArray<EligibleArea> | undefined => {
  if (vocabulary === "2") {
    const area = m49EligibleArea(code)
    return area === undefined ? undefined : [area]
  }
  if (vocabulary !== "1") return undefined
  // DAC 998 "Developing countries, unspecified": no region is singled out.
  if (code === "998") return [WORLD]
  const codes = DAC_REGIONS[code]
  return codes?.flatMap((c) => m49EligibleArea(c) ?? [])
}

/** DATA-MODEL §2.4: `recipient-country` (ISO alpha-2) and `recipient-region` → eligible. */
export const iatiEligibility = (activity: XmlNode): IatiEligibility => {
  const areas: Array<EligibleArea> = []
  const add = (area: EligibleArea) => {
    if (!areas.some((known) => known.code === area.code)) areas.push(area)
  }
  for (const country of childrenOf(activity, "recipient-country")) {
    const code = attributeOf(country, "code") ?? ""
    const state = stateByIso2(code)
    if (state === undefined) {
      return {
        _tag: "Unknown",
        value: code,
        reason: `recipient-country "${code}" is not the ISO alpha-2 code of a UN Member or observer State`
      }
    }
    add(stateArea(state))
  }
  for (const region of childrenOf(activity, "recipient-region")) {
    const code = attributeOf(region, "code") ?? ""
    const vocabulary = attributeOf(region, "vocabulary") ?? "1"
    const found = regionAreas(vocabulary, code)
    if (found === undefined || found.length === 0) {
      return {
        _tag: "Unknown",
        value: code,
        reason:
          `recipient-region "${code}" (vocabulary ${vocabulary}) cannot be read as an M49 region; ` +
          `use vocabulary="2" with an M49 code`
      }
    }
    for (const area of found) add(area)
  }
  if (areas.length === 0) {
    return {
      _tag: "Unknown",
      value: "",
      reason: "the activity names no recipient-country or recipient-region"
    }
  }
  return { _tag: "Areas", areas }
}
