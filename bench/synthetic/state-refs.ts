import countries from "i18n-iso-countries"
import { resolveState } from "../../src/reference/resolve-state.ts"
import type { State } from "../../src/reference/states.ts"
import { fitsWindows1252 } from "./dialects.ts"
import { hashSeed, type Random, weighted } from "./prng.ts"
import type { Lang } from "./texts.ts"

/** The language a State's report is written in: its answers (Oui/Sí), notes and, sometimes, its name. */
const FRENCH = new Set(
  "DZA MAR TUN CIV SEN BFA MLI NER TGO BEN GIN CMR COD COG GAB TCD CAF MDG HTI FRA BEL CHE LUX MCO BDI DJI COM MRT".split(" ")
)
const SPANISH = new Set("ESP MEX GTM HND SLV NIC CRI PAN CUB DOM COL VEN ECU PER BOL CHL ARG PRY URY GNQ".split(" "))

export const languageOf = (state: State): Lang => (FRENCH.has(state.iso3) ? "fr" : SPANISH.has(state.iso3) ? "es" : "en")

/** 1 = little capacity (answers fewer elements, more "developing"), 3 = a lot. LDCs are 1; others 2 or 3. */
export const capacityOf = (state: State, seed: number): 1 | 2 | 3 =>
  state.ldc ? 1 : hashSeed(seed, state.iso3, "capacity") % 3 === 0 ? 3 : 2

type NameStyle = "iso3" | "un-name" | "own-language" | "iso2" | "m49"

// A name is only used if the project's resolver maps it back to the same State (a name two States share
// would otherwise turn a good row into a reject) and, for Windows-1252 files, if it can be written there.
const checkedName = (state: State, name: string | undefined, windows1252: boolean): string | undefined => {
  if (name === undefined || name === "") return undefined
  if (windows1252 && !fitsWindows1252(name)) return undefined
  const resolved = resolveState(name)
  return resolved._tag === "Resolved" && resolved.state.iso3 === state.iso3 ? name : undefined
}

const languageName = (state: State, lang: Lang): string | undefined =>
  lang === "en" ? undefined : countries.getName(state.iso2, lang)

const cache = new Map<string, string | undefined>()
const memo = (key: string, compute: () => string | undefined): string | undefined => {
  if (!cache.has(key)) cache.set(key, compute())
  return cache.get(key)
}

/**
 * How a State is written in its report's `state` column: ISO alpha-3 mostly, else its UN name, its name
 * in French or Spanish (for francophone and hispanophone States), ISO alpha-2 or the M49 code (zero-padded
 * or not). One choice per report, as a real report is consistent with itself.
 */
export const stateReference = (state: State, random: Random, windows1252: boolean): string => {
  const style = weighted<NameStyle>(random, [
    ["iso3", 45],
    ["un-name", 20],
    ["own-language", 15],
    ["iso2", 12],
    ["m49", 8]
  ])
  switch (style) {
    case "iso3":
      return state.iso3
    case "un-name":
      return memo(`un|${state.iso3}|${windows1252}`, () => checkedName(state, state.name, windows1252)) ?? state.iso3
    case "own-language": {
      const lang = languageOf(state)
      const name = memo(`${lang}|${state.iso3}|${windows1252}`, () =>
        checkedName(state, languageName(state, lang) ?? state.name, windows1252)
      )
      return name ?? state.iso3
    }
    case "iso2":
      return memo(`iso2|${state.iso3}`, () => checkedName(state, state.iso2, false)) ?? state.iso3
    case "m49": {
      const code = random() < 0.5 ? state.m49 : String(Number(state.m49))
      return memo(`m49|${code}`, () => checkedName(state, code, false)) ?? state.iso3
    }
  }
}
