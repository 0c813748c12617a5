import type { Metrics } from "../metrics/types.ts"

/**
 * The most recent cycle of the run, or null when nothing was reported. Taken from `metrics.cycles` and,
 * should that list be empty, from the reporting rows, so a hand-built Metrics without `cycles` still works.
 */
export const latestCycle = (metrics: Metrics): number | null => {
  const cycles = metrics.cycles.length > 0 ? metrics.cycles : metrics.reporting.map((row) => row.cycle)
  return cycles.length === 0 ? null : Math.max(...cycles)
}
