/**
 * Seeded randomness for the synthetic data: the same seed gives the same bytes on every machine, so no
 * clock and no Math.random. Each report gets its own stream (seeded from the run seed, State and cycle),
 * so a report's rows do not depend on how many other reports or files were written before it.
 */

export type Random = () => number

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
export const mulberry32 = (seed: number): Random => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a over a string: turns (seed, labels…) into a 32-bit seed for a sub-stream. */
export const hashSeed = (...parts: ReadonlyArray<string | number>): number => {
  let h = 0x811c9dc5
  for (const char of parts.join("|")) {
    h ^= char.charCodeAt(0)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export const streamFor = (...parts: ReadonlyArray<string | number>): Random => mulberry32(hashSeed(...parts))

export const pick = <T>(random: Random, items: ReadonlyArray<T>): T => items[Math.floor(random() * items.length)]!

export const intBetween = (random: Random, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1))

/** Picks by weight: [[value, weight], …]; weights need not sum to 1. */
export const weighted = <T>(random: Random, choices: ReadonlyArray<readonly [T, number]>): T => {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0)
  let r = random() * total
  for (const [value, weight] of choices) {
    r -= weight
    if (r < 0) return value
  }
  return choices[choices.length - 1]![0]
}

/** A shuffled copy (Fisher–Yates). */
export const shuffled = <T>(random: Random, items: ReadonlyArray<T>): Array<T> => {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const tmp = copy[i]!
    copy[i] = copy[j]!
    copy[j] = tmp
  }
  return copy
}
