/**
 * Remembers the results of a pure function of one string. National reports repeat the same few values
 * (State names, "Yes", dates of one submission) on every row, so resolving each distinct value once takes
 * most of the normalising work off the hot path. The cache is dropped when it grows past `limit`, so a file
 * of unique values (free text) cannot grow it without bound.
 */
export const memoizeString = <A>(fn: (text: string) => A, limit = 20_000): ((text: string) => A) => {
  const cache = new Map<string, A>()
  return (text) => {
    const hit = cache.get(text)
    if (hit !== undefined) return hit
    const result = fn(text)
    if (cache.size >= limit) cache.clear()
    cache.set(text, result)
    return result
  }
}
