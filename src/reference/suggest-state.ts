import { levenshtein } from "./levenshtein.ts"
import { STATE_KEYS } from "./state-index.ts"
import type { State } from "./states.ts"

const MAX_SUGGESTIONS = 3
// Codes and very short keys are left out: "XX" is two edits from dozens of codes, which would suggest noise.
const MIN_LENGTH = 4
const nameKeys = [...STATE_KEYS].filter(([key]) => key.length >= MIN_LENGTH && !/^\d+$/.test(key))

const distinct = (states: ReadonlyArray<State>): ReadonlyArray<State> =>
  [...new Map(states.map((state) => [state.iso3, state])).values()].slice(0, MAX_SUGGESTIONS)

/**
 * The States a mistyped key probably meant: the nearest names within a small edit distance (one edit for
 * short keys, two otherwise), else names the key begins ("Central Afr" → Central African Republic).
 */
export const suggestStates = (key: string): ReadonlyArray<State> => {
  if (key.length < MIN_LENGTH || /^\d+$/.test(key)) return []
  const limit = key.length >= 6 ? 2 : 1
  const scored = nameKeys
    .map(([candidate, state]) => ({ state, distance: levenshtein(key, candidate, limit) }))
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance)
  const best = scored[0]?.distance
  if (best !== undefined)
    return distinct(scored.filter(({ distance }) => distance === best).map(({ state }) => state))
  return distinct(nameKeys.filter(([candidate]) => candidate.startsWith(key)).map(([, state]) => state))
}
