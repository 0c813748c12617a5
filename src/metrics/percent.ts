/**
 * Percentages as the contract writes them (types.ts): 0–100, one decimal, `null` where the share is not
 * defined. Multiplying the part before dividing keeps integer counts exact, so a true half (1/8 = 12.5%)
 * rounds up instead of drifting down through a binary fraction.
 */
export const percentOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part * 1000) / whole) / 10

/** A difference of two one-decimal percentages, rounded again so float noise (16.700000000000003) never shows. */
export const percentPointsBetween = (current: number, previous: number): number =>
  Math.round((current - previous) * 10) / 10
