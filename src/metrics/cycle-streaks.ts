/**
 * Streaks over the run's cycle list. "Consecutive" means adjacent in that list, not a fixed number of
 * years apart: reporting cycles have not always been evenly spaced, and the list is what the run knows.
 */

/** The longest run of adjacent positions in the run's sorted cycle list; 0 for none. */
export const longestStreak = (cycleIndexes: ReadonlyArray<number>): number => {
  const sorted = [...new Set(cycleIndexes)].sort((a, b) => a - b)
  let longest = 0
  let current = 0
  sorted.forEach((index, i) => {
    current = i > 0 && index === sorted[i - 1]! + 1 ? current + 1 : 1
    longest = Math.max(longest, current)
  })
  return longest
}
