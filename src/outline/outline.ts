import { OUTLINE, type OutlineElement } from "./elements.ts"

/**
 * Look-ups over the Outline by canonical id. The indexes are built once at module load: these run for
 * every accepted row (coverage roll-ups, heading-covers-everything-below in matching).
 */

export type Section = "I" | "II" | "III" | "IV"

const byId: ReadonlyMap<string, OutlineElement> = new Map(OUTLINE.map((element) => [element.id, element]))

const childrenByParent: ReadonlyMap<string, ReadonlyArray<OutlineElement>> = (() => {
  const children = new Map<string, Array<OutlineElement>>()
  for (const element of OUTLINE) {
    if (element.parent === null) continue
    const siblings = children.get(element.parent)
    if (siblings === undefined) children.set(element.parent, [element])
    else siblings.push(element)
  }
  return children
})()

const ancestorsById: ReadonlyMap<string, ReadonlyArray<string>> = (() => {
  const ancestors = new Map<string, ReadonlyArray<string>>()
  // Document order puts every parent before its children, so the parent's chain is always ready.
  for (const element of OUTLINE) {
    const parentChain = element.parent === null ? undefined : ancestors.get(element.parent)
    ancestors.set(element.id, element.parent === null ? [] : [element.parent, ...(parentChain ?? [])])
  }
  return ancestors
})()

const sections: ReadonlySet<string> = new Set<Section>(["I", "II", "III", "IV"])

/** The element with this canonical id (exact spelling; use resolveElement for what people type). */
export const elementById = (id: string): OutlineElement | undefined => byId.get(id)

/** The ids above an element, nearest first, excluding the element itself; empty for an unknown id. */
export const ancestorsOf = (id: string): ReadonlyArray<string> => ancestorsById.get(id) ?? []

/** The elements directly below an element, in document order; empty for an item or an unknown id. */
export const childrenOf = (id: string): ReadonlyArray<OutlineElement> => childrenByParent.get(id) ?? []

/**
 * The section an id belongs to. Ids reach here from resolveElement, so one that does not start with a
 * section is a programming error and throws rather than being filed under a made-up section.
 */
export const sectionOf = (id: string): Section => {
  const first = id.split(".", 1)[0] ?? ""
  if (!sections.has(first)) throw new Error(`"${id}" is not an Outline element id: it does not start with I–IV`)
  return first as Section
}

/** Where an element sits: its section and instrument, read once per element rather than once per row. */
export interface ElementPlace {
  readonly section: Section
  readonly instrument: OutlineElement["instrument"]
}

// Built lazily so that an id outside I–IV still throws from sectionOf where it is asked for, not at load.
let places: Map<string, ElementPlace> | undefined

/** The section and instrument of a canonical id; throws like sectionOf for an id that is not in the Outline. */
export const placeOf = (id: string): ElementPlace => {
  places ??= new Map()
  let place = places.get(id)
  if (place === undefined) {
    const element = byId.get(id)
    if (element === undefined) throw new Error(`"${id}" is not an Outline element id`)
    place = { section: sectionOf(id), instrument: element.instrument }
    places.set(id, place)
  }
  return place
}

/** True when `id` is `ancestorOrSelf` or lies below it: a heading covers everything under it (DATA-MODEL §2.4). */
export const isWithin = (id: string, ancestorOrSelf: string): boolean =>
  id === ancestorOrSelf || id.startsWith(ancestorOrSelf + ".")
