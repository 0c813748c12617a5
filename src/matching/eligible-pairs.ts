import { ancestorsOf } from "../outline/outline.ts"
import { eligibleMatchOf } from "./eligibility.ts"
import type { Need } from "./need.ts"
import type { Programme } from "./programme.ts"
import type { ReportingRecord } from "./reporting-record.ts"
import type { GeographicMatch, ThematicMatch } from "./vocabularies.ts"

/** An eligible (need, programme) pair, by position in the needs and programmes arrays. */
export interface EligiblePair {
  readonly need: number
  readonly programme: number
  readonly thematic: ThematicMatch
  readonly geographic: GeographicMatch
}

/**
 * Every eligible pair, needs in order and, per need, programmes in order. Only programmes that name the
 * need's element or a heading above it can pass the thematic rule, so an index from element to programmes
 * picks the candidates and the check (eligibility.ts) runs on those alone: 5,000 needs × 200
 * programmes is a million pairs, most of them on other topics. The check is the one without reasons:
 * most candidates fail, and their reasons are only ever read for unmet needs (explain-needs.ts).
 */
export const eligiblePairs = (
  needs: ReadonlyArray<Need>,
  programmes: ReadonlyArray<Programme>,
  reporting: ReportingRecord
): ReadonlyArray<EligiblePair> => {
  const byElement = new Map<string, Array<number>>()
  programmes.forEach((programme, p) => {
    for (const element of programme.elements) {
      const list = byElement.get(element)
      if (list === undefined) byElement.set(element, [p])
      else list.push(p)
    }
  })
  const pairs: Array<EligiblePair> = []
  const seenFor = new Int32Array(programmes.length).fill(-1)
  needs.forEach((need, n) => {
    const candidates: Array<number> = []
    for (const element of [need.element_id, ...ancestorsOf(need.element_id)]) {
      for (const p of byElement.get(element) ?? []) {
        if (seenFor[p] === n) continue
        seenFor[p] = n
        candidates.push(p)
      }
    }
    candidates.sort((a, b) => a - b)
    for (const p of candidates) {
      const match = eligibleMatchOf(need, programmes[p]!, reporting)
      if (match !== null) pairs.push({ need: n, programme: p, thematic: match.thematic, geographic: match.geographic })
    }
  })
  return pairs
}
