import type { ReasonCode } from "../ingest/reasons.ts"
import { isWithin } from "../outline/outline.ts"
import { resolveElement } from "../outline/resolve-element.ts"

export type ElementListReading =
  | { readonly _tag: "Elements"; readonly ids: ReadonlyArray<string> }
  | { readonly _tag: "Bad"; readonly code: ReasonCode; readonly reason: string }

/**
 * Outline element references (DATA-MODEL §1) → canonical ids. Every reference must resolve; the first that
 * does not rejects the row with its resolver's reason. An element already covered by a heading in the list
 * is dropped (a heading covers everything below it, §2.4), so the list says the same thing more simply.
 */
export const readElementReferences = (refs: ReadonlyArray<string>): ElementListReading => {
  const ids: Array<string> = []
  for (const ref of refs) {
    const element = resolveElement(ref)
    if (element._tag === "Ambiguous")
      return { _tag: "Bad", code: "ambiguous_element", reason: element.reason }
    if (element._tag === "Unknown") return { _tag: "Bad", code: "unknown_element", reason: element.reason }
    ids.push(element.id)
  }
  if (ids.length === 0) return { _tag: "Bad", code: "unknown_element", reason: "no outline element is named" }
  const kept = ids.filter(
    (id, i) => ids.indexOf(id) === i && !ids.some((other) => other !== id && isWithin(id, other))
  )
  return { _tag: "Elements", ids: kept }
}

/** The `;`-separated `elements` cell of a programmes CSV. */
export const readElementList = (raw: string): ElementListReading =>
  readElementReferences(
    raw
      .split(";")
      .map((part) => part.trim())
      .filter((part) => part !== "")
  )
