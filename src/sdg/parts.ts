import type { Measure } from "../normalise/vocabularies.ts"

/**
 * The five measures (DATA-MODEL §2.2) that make up SDG 16.4.2. SDG metadata 16.4.2 (UNODC/UNODA,
 * 2018-07-26): the denominator is the arms seized, found and surrendered in the period; the numerator is
 * those whose illicit origin was traced, or established by a competent authority by other means.
 */
export const DENOMINATOR_PARTS = ["seized", "found", "surrendered"] as const satisfies ReadonlyArray<Measure>
export const NUMERATOR_PARTS = ["traced", "origin_established"] as const satisfies ReadonlyArray<Measure>
export const SDG_PARTS = [...DENOMINATOR_PARTS, ...NUMERATOR_PARTS] as const

export type DenominatorPart = (typeof DENOMINATOR_PARTS)[number]
export type NumeratorPart = (typeof NUMERATOR_PARTS)[number]
export type SdgPart = (typeof SDG_PARTS)[number]

/** A count per part; `null` means the part was not reported — never read as 0. */
export type PartCounts = Readonly<Record<SdgPart, number | null>>

export const EMPTY_PARTS: PartCounts = {
  seized: null,
  found: null,
  surrendered: null,
  traced: null,
  origin_established: null,
}

export const isSdgPart = (measure: string): measure is SdgPart =>
  (SDG_PARTS as ReadonlyArray<string>).includes(measure)

const sumReported = (counts: ReadonlyArray<number | null>): number | null =>
  counts.reduce<number | null>((sum, count) => (count === null ? sum : (sum ?? 0) + count), null)

/** Sum of the reported denominator parts; null when none was reported. */
export const denominatorOf = (parts: PartCounts): number | null =>
  sumReported(DENOMINATOR_PARTS.map((part) => parts[part]))

/** Sum of the reported numerator parts; null when none was reported. */
export const numeratorOf = (parts: PartCounts): number | null =>
  sumReported(NUMERATOR_PARTS.map((part) => parts[part]))

/** Adds two part counts; a part stays null (not reported) only when neither side reported it. */
export const addParts = (a: PartCounts, b: PartCounts): PartCounts => {
  const sum = { ...EMPTY_PARTS }
  for (const part of SDG_PARTS) sum[part] = sumReported([a[part], b[part]])
  return sum
}

/** Labels for people (Open SDG disaggregation values, chart tooltips, report tables). */
export const PART_LABELS: Readonly<Record<SdgPart, string>> = {
  seized: "Seized",
  found: "Found",
  surrendered: "Surrendered",
  traced: "Traced",
  origin_established: "Origin established by a competent authority",
}
