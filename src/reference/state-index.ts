import { normaliseKey } from "./normalise-key.ts"
import { STATE_ALIASES } from "./state-aliases.ts"
import { isoNames } from "./state-names.ts"
import { STATES, type State, stateByIso3 } from "./states.ts"

type Claims = ReadonlyMap<string, ReadonlySet<string>>

const unknownAliases = Object.keys(STATE_ALIASES).filter((iso3) => stateByIso3(iso3) === undefined)
if (unknownAliases.length > 0)
  throw new Error(`state-aliases.ts names non-reporting codes: ${unknownAliases.join(", ")}`)

/** Normalised key → ISO alpha-3 codes of every State that one of `spellings` gives that key. */
const claims = (spellings: (state: State) => ReadonlyArray<string>): Claims => {
  const found = new Map<string, Set<string>>()
  for (const state of STATES) {
    for (const spelling of spellings(state)) {
      const key = normaliseKey(spelling)
      if (key !== "") found.set(key, (found.get(key) ?? new Set<string>()).add(state.iso3))
    }
  }
  return found
}

// Two tiers: a State's codes and UN name are authoritative, so they win over another State's library or
// colloquial name (i18n-iso-countries lists "Congo" for the Democratic Republic of the Congo too, but in UN
// usage "Congo" is the Republic of the Congo). Only a clash within one tier makes a key ambiguous.
const official = claims((state) => [state.iso3, state.iso2, state.m49, state.name])
const informal = claims((state) => [...isoNames(state.iso2), ...(STATE_ALIASES[state.iso3] ?? [])])

const keys = [...new Set([...official.keys(), ...informal.keys()])]
const claimsOn = (key: string): ReadonlyArray<string> =>
  [...(official.get(key) ?? informal.get(key) ?? [])].sort()

/** Normalised key → the one reporting State it names. Built once; only reporting States enter it. */
export const STATE_KEYS: ReadonlyMap<string, State> = new Map(
  keys.flatMap((key) => {
    const [iso3, ...others] = claimsOn(key)
    const state = others.length === 0 && iso3 !== undefined ? stateByIso3(iso3) : undefined
    return state === undefined ? [] : [[key, state] as const]
  }),
)

/**
 * Keys that name more than one State within a tier, with the ISO alpha-3 codes they could mean. They are
 * left out of STATE_KEYS: guessing would silently credit a report to the wrong State.
 */
export const AMBIGUOUS_KEYS: ReadonlyMap<string, ReadonlyArray<string>> = new Map(
  keys.flatMap((key) => {
    const iso3s = claimsOn(key)
    return iso3s.length > 1 ? [[key, iso3s] as const] : []
  }),
)

/** Keys where a UN name or code overrode another State's informal name: key → [winner, overridden…]. */
export const OVERRIDDEN_KEYS: ReadonlyMap<string, ReadonlyArray<string>> = new Map(
  [...official].flatMap(([key, winners]) => {
    const overridden = [...(informal.get(key) ?? [])].filter((iso3) => !winners.has(iso3)).sort()
    return overridden.length > 0 ? [[key, [...winners, ...overridden]] as const] : []
  }),
)
