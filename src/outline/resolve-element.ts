import { looseElementSegments, parseElementNotation, spellElementId } from "./element-notation.ts"
import { nearTitles, type TitleEntry, titleEntryOf, titleKey } from "./element-titles.ts"
import { OUTLINE, type OutlineElement } from "./elements.ts"
import { childrenOf } from "./outline.ts"

/**
 * Resolving an element reference from an input row to its canonical id (DATA-MODEL §1). Only the
 * accepted forms resolve; everything else is Unknown or Ambiguous with a reason a person can act on
 * (§5), and a near miss is suggested in the reason but never taken (no silent guessing).
 */

export type ElementResolution =
  | { readonly _tag: "Resolved"; readonly id: string }
  | { readonly _tag: "Unknown"; readonly reason: string }
  | { readonly _tag: "Ambiguous"; readonly reason: string; readonly candidates: ReadonlyArray<string> }

// Lower-case ids are unique (tests/outline check it), so one index serves every spelling of an id.
const byLowerId: ReadonlyMap<string, OutlineElement> = new Map(
  OUTLINE.map((element) => [element.id.toLowerCase(), element])
)

const resolved = (id: string): ElementResolution => ({ _tag: "Resolved", id })
const unknown = (reason: string): ElementResolution => ({ _tag: "Unknown", reason })

/** "a", "a and b", "a, b and c" (or "or"). */
const listing = (items: ReadonlyArray<string>, conjunction: "and" | "or"): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`

const quoted = (text: string): string => `"${text}"`

/** "has items i–vi" (III.C), "has headings A–D" (II), "has nothing below it" (II.B.3). */
const whatIsBelow = (element: OutlineElement): string => {
  const children = childrenOf(element.id)
  const first = children[0]
  const last = children.at(-1)
  if (first === undefined || last === undefined) return "has nothing below it"
  const noun = first.kind === "item" ? "items" : "headings"
  const label = (child: OutlineElement): string => child.id.slice(element.id.length + 1)
  const range = first === last ? label(first) : `${label(first)}–${label(last)}`
  return `has ${noun} ${range}`
}

const isQuestionNumber = (segments: ReadonlyArray<string>): boolean =>
  segments.length === 1 && /^\d+$/.test(segments[0]!) && Number(segments[0]) <= 12

/** The reason for an id-shaped reference that names no element: what exists nearest to it. */
const unknownId = (text: string, segments: ReadonlyArray<string>): ElementResolution => {
  const spelled = spellElementId(segments)
  const subject = spelled === text ? quoted(text) : `${quoted(text)} (read as ${spelled})`
  for (let length = segments.length - 1; length > 0; length--) {
    const nearest = byLowerId.get(segments.slice(0, length).join("."))
    if (nearest === undefined) continue
    const where =
      length === segments.length - 1
        ? `${nearest.id} ${whatIsBelow(nearest)}`
        : `the nearest existing element is ${nearest.id}, which ${whatIsBelow(nearest)}`
    return unknown(`${subject} is not an element of the Outline; ${where}`)
  }
  const annex = isQuestionNumber(segments) ? " (the annex questions 1–12 are not elements)" : ""
  return unknown(
    `${subject} is not an element of the Outline${annex}; element ids start with a section I, II, III or IV, ` +
      `e.g. II.A.2.b.ii, II.A.2(b)(ii), PoA A.2(b)(ii) or ITI C(iv)`
  )
}

const fromTitle = (entry: TitleEntry): ElementResolution => {
  const [only, ...others] = entry.ids
  if (only !== undefined && others.length === 0) return resolved(only)
  return {
    _tag: "Ambiguous",
    reason: `${quoted(entry.title)} is the title of ${listing(entry.ids, "and")}; give the element id instead`,
    candidates: entry.ids
  }
}

const suggestion = (entry: TitleEntry): string =>
  entry.ids.length === 1
    ? `${entry.ids[0]} ${quoted(entry.title)}`
    : `${quoted(entry.title)} (${listing(entry.ids, "or")})`

const resolveUncached = (ref: string): ElementResolution => {
  const text = ref.trim()
  if (text === "") return unknown("element is missing")

  // The common case, every row: an id in one of the accepted notations, one Map look-up.
  const segments = parseElementNotation(text)
  if (segments !== undefined) {
    const element = byLowerId.get(segments.join("."))
    return element === undefined ? unknownId(text, segments) : resolved(element.id)
  }

  const key = titleKey(text)
  const entry = titleEntryOf(key)
  if (entry !== undefined) return fromTitle(entry)

  const loose = looseElementSegments(text)
  const looseMatch = loose === undefined ? undefined : byLowerId.get(loose.join("."))
  if (looseMatch !== undefined) {
    return unknown(`${quoted(text)} is not written in an accepted notation; did you mean ${looseMatch.id}?`)
  }

  const near = nearTitles(key)
  if (near.length > 0) {
    return unknown(
      `${quoted(text)} is not an element id or title of the Outline; did you mean ${listing(near.map(suggestion), "or")}?`
    )
  }
  return unknown(
    `${quoted(text)} is not an element id or title of the Outline; give an id (II.A.2.b.ii, II.A.2(b)(ii), ` +
      `ITI C(iv)) or an element's title as written in the Outline`
  )
}

// Input files repeat the same few references on every row; the bound keeps a file of free text from
// growing the cache without limit.
const cache = new Map<string, ElementResolution>()
const cacheLimit = 10_000

/** The canonical id a reference names, or why it names none (or more than one). */
export const resolveElement = (ref: string): ElementResolution => {
  const hit = cache.get(ref)
  if (hit !== undefined) return hit
  const resolution = resolveUncached(ref)
  if (cache.size >= cacheLimit) cache.clear()
  cache.set(ref, resolution)
  return resolution
}
