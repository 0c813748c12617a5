import { OUTLINE } from "../outline/elements.ts"
import { childrenOf } from "../outline/outline.ts"

/**
 * Which Outline elements a chart shows. The full Outline (128 elements, 96 leaves) is too tall for a
 * heatmap; cutting it at depth 3 gives 43 rows that still name every topic ("II.A.1 Coordination and
 * synergies", "III.C.ii …"). Elements shallower than 3 with nothing below them (I, II.D, III.H, IV.i–vi) are kept,
 * so every leaf of the Outline falls under exactly one heatmap row.
 */
export const HEATMAP_DEPTH = 3

const heatmapIds: ReadonlySet<string> = new Set(
  OUTLINE.filter(
    (element) =>
      element.depth === HEATMAP_DEPTH ||
      (element.depth < HEATMAP_DEPTH && childrenOf(element.id).length === 0),
  ).map((element) => element.id),
)

const leafIds: ReadonlySet<string> = new Set(
  OUTLINE.filter((element) => childrenOf(element.id).length === 0).map((element) => element.id),
)

const documentOrder: ReadonlyMap<string, number> = new Map(
  OUTLINE.map((element, index) => [element.id, index]),
)

/** True for the elements the coverage heatmaps show (see HEATMAP_DEPTH). */
export const isHeatmapElement = (id: string): boolean => heatmapIds.has(id)

/** True for an element with nothing below it in the Outline (an item, a paragraph, a bare heading). */
export const isLeafElement = (id: string): boolean => leafIds.has(id)

/** Position in the Outline's document order; unknown ids sort last. */
export const outlineOrder = (id: string): number => documentOrder.get(id) ?? OUTLINE.length

/** "II.A.1 Coordination and synergies", cut so axis labels stay short (the tooltip has the full title). */
export const elementLabel = (id: string, title: string, maxTitle = 40): string => {
  const short = title.length > maxTitle ? `${title.slice(0, maxTitle - 1).trimEnd()}…` : title
  return short === "" ? id : `${id} ${short}`
}
