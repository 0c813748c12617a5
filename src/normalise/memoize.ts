/**
 * Remembers the results of a pure function of one string. National reports repeat the same few values
 * (State names, "Yes", dates of one submission) on every row, so resolving each distinct value once takes
 * most of the normalising work off the hot path. The cache is dropped when it grows past `limit`, so a file
 * of unique values (free text) cannot grow it without bound.
 */
export const memoizeString = <A>(fn: (text: string) => A, limit = 20_000): ((text: string) => A) => {
  const cache = new Map<string, A>()
  // Values come in runs (one State's rows, one submission date), so the last key usually matches and a
  // string comparison is cheaper than hashing the key for the Map.
  let lastKey: string | undefined
  let lastValue: A | undefined
  return (text) => {
    if (text === lastKey) return lastValue as A
    let result = cache.get(text)
    if (result === undefined) {
      result = fn(text)
      if (cache.size >= limit) cache.clear()
      cache.set(text, result)
    }
    lastKey = text
    lastValue = result
    return result
  }
}
