import { OUTLINE } from "../../src/outline/elements.ts"
import { type Random, weighted } from "./prng.ts"

/**
 * How an element is written in a report's `element` column (DATA-MODEL §1): the canonical id, the printed
 * notation `II.A.2(b)(ii)` (sometimes spaced), an instrument prefix `ITI C(iv)` / `PoA A.2(b)(ii)`, the id in
 * lower case, or a title that belongs to one element only.
 */

/** `II.A.2.b.ii` → `II.A.2(b)(ii)`; sections, heading letters and numbers stay dotted. */
export const printedNotation = (id: string, spaced = false): string => {
  const segments = id.split(".")
  const head: Array<string> = []
  const tail: Array<string> = []
  segments.forEach((segment, i) => {
    if (tail.length === 0 && (i === 0 || /^[A-H]$/.test(segment) || /^\d$/.test(segment))) head.push(segment)
    else tail.push(segment)
  })
  return head.join(".") + tail.map((t) => (spaced ? ` (${t})` : `(${t})`)).join("")
}

/** `III.C.iv` → `ITI C(iv)` (or `ITI C.iv`), `II.A.2.b.ii` → `PoA A.2(b)(ii)`; other sections stay canonical. */
export const prefixedNotation = (id: string, dotted = false): string => {
  const [section, ...rest] = id.split(".")
  if ((section !== "II" && section !== "III") || rest.length === 0) return id
  const prefix = section === "II" ? "PoA" : "ITI"
  return dotted ? `${prefix} ${rest.join(".")}` : `${prefix} ${printedNotation(rest.join("."))}`
}

// Titles shared by several elements are ambiguous by design (rejected); only unique ones are used here.
const UNIQUE_TITLES: ReadonlyMap<string, string> = (() => {
  const count = new Map<string, number>()
  for (const e of OUTLINE) count.set(e.title.toLowerCase(), (count.get(e.title.toLowerCase()) ?? 0) + 1)
  return new Map(
    OUTLINE.filter((e) => count.get(e.title.toLowerCase()) === 1 && e.title.length <= 60).map((e) => [e.id, e.title])
  )
})()

type Notation = "canonical" | "printed" | "prefixed" | "lower" | "title"

export interface NotationMix {
  readonly canonical: number
  readonly printed: number
  readonly prefixed: number
  readonly lower: number
  readonly title: number
}

export const elementReference = (id: string, random: Random, mix: NotationMix): string => {
  const notation = weighted<Notation>(random, [
    ["canonical", mix.canonical],
    ["printed", mix.printed],
    ["prefixed", mix.prefixed],
    ["lower", mix.lower],
    ["title", mix.title]
  ])
  switch (notation) {
    case "canonical":
      return id
    case "printed":
      return printedNotation(id, random() < 0.2)
    case "prefixed":
      return prefixedNotation(id, random() < 0.3)
    case "lower":
      return id.toLowerCase()
    case "title":
      return UNIQUE_TITLES.get(id) ?? id
  }
}
