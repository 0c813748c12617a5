import { OUTLINE } from "./elements.ts"

/**
 * Matching references against element titles (DATA-MODEL §1): a title matches "with differences of case,
 * punctuation, accents and white space", so titles are compared on a key of their letters and digits only.
 * Dropping the spaces too makes "Recordkeeping", "Record keeping" and "Record-keeping" the same key.
 */

/** A distinct title and every element that bears it (more than one id means the title is ambiguous). */
export interface TitleEntry {
  readonly title: string
  readonly ids: ReadonlyArray<string>
}

/** The comparison key of a title: accents stripped, lower case, letters and digits only. */
export const titleKey = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "")

const titleIndex: ReadonlyMap<string, TitleEntry> = (() => {
  const index = new Map<string, { title: string; ids: Array<string> }>()
  for (const element of OUTLINE) {
    const key = titleKey(element.title)
    const entry = index.get(key)
    if (entry === undefined) index.set(key, { title: element.title, ids: [element.id] })
    else entry.ids.push(element.id)
  }
  return index
})()

const titleKeys: ReadonlyArray<string> = [...titleIndex.keys()]

/** The title entry whose key equals this key, if any. */
export const titleEntryOf = (key: string): TitleEntry | undefined => titleIndex.get(key)

/** Titles borne by more than one element, in document order: a reference by these must name the id. */
export const ambiguousTitles: ReadonlyArray<TitleEntry> = [...titleIndex.values()].filter(
  (entry) => entry.ids.length > 1
)

// A shorter prefix than this ("national") matches too much of the document to be worth suggesting.
const minimumPrefixLength = 12

// Tolerate about one slip per eight characters; keys shorter than five ("XYZ", "12") get no suggestion,
// since everything short is a few edits away from some short title.
const editBudget = (key: string): number => (key.length < 5 ? 0 : Math.ceil(key.length / 8))

/** Levenshtein distance, or `budget + 1` as soon as it is certain to exceed `budget`. */
const boundedDistance = (a: string, b: string, budget: number): number => {
  if (Math.abs(a.length - b.length) > budget) return budget + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMinimum = i
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      const cell = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution)
      current.push(cell)
      if (cell < rowMinimum) rowMinimum = cell
    }
    if (rowMinimum > budget) return budget + 1
    previous = current
  }
  return previous[b.length]!
}

/**
 * Titles a reference that matched nothing was probably meant to be: the one title it is a long enough
 * prefix of, else the titles closest by edit distance within the budget. Only ever used to suggest.
 */
export const nearTitles = (key: string): ReadonlyArray<TitleEntry> => {
  if (key.length >= minimumPrefixLength) {
    const extended = titleKeys.filter((candidate) => candidate.startsWith(key))
    if (extended.length === 1) return [titleIndex.get(extended[0]!)!]
  }
  const budget = editBudget(key)
  if (budget === 0) return []
  let best = budget + 1
  let nearest: Array<string> = []
  for (const candidate of titleKeys) {
    const distance = boundedDistance(key, candidate, Math.min(budget, best))
    if (distance < best) {
      best = distance
      nearest = [candidate]
    } else if (distance === best && distance <= budget) nearest.push(candidate)
  }
  return nearest.map((candidate) => titleIndex.get(candidate)!)
}
