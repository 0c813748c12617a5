/** How figures read in report prose and summary.md (tables keep raw numbers so they sort). */

export const formatCount = (value: number): string => value.toLocaleString("en-US")

/** A percentage 0–100; null (not defined, e.g. nothing to divide by) reads "n/a", never 0. */
export const formatPercent = (value: number | null): string =>
  value === null ? "n/a" : `${value.toFixed(1)}%`

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${formatCount(count)} ${count === 1 ? one : many}`
