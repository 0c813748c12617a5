/**
 * Rounds half up to `decimals` places (percentages are never negative). The product is first cut to 15
 * significant digits, so binary noise such as 1.005 * 100 = 100.49999999999999 rounds as people expect.
 */
export const roundTo = (value: number, decimals: number): number => {
  const scale = 10 ** decimals
  return Math.round(Number((value * scale).toPrecision(15))) / scale
}

/** SDG DSD OBS_VALUE and the analyst CSV: percentages to 2 decimals (2/3 → 66.67). */
export const roundPct = (value: number): number => roundTo(value, 2)

/** Proportion in percent (SDG metadata 16.4.2: numerator / denominator × 100). */
export const percentOf = (numerator: number, denominator: number): number => (100 * numerator) / denominator
