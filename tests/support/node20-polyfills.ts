// vitest 5 targets Node 22 and its reporter calls Map.groupBy / Object.groupBy, which Node 20 lacks: without
// these, a failing test crashes the reporter instead of being shown. Loaded by vitest.config.ts.
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, Array<T>>

if (typeof (Map as unknown as { groupBy?: GroupBy }).groupBy !== "function") {
  const groupBy: GroupBy = (items, key) => {
    const groups = new Map()
    let i = 0
    for (const item of items) {
      const k = key(item, i++)
      const group = groups.get(k)
      if (group) group.push(item)
      else groups.set(k, [item])
    }
    return groups
  }
  Object.defineProperty(Map, "groupBy", { value: groupBy, configurable: true, writable: true })
}

if (typeof (Object as unknown as { groupBy?: unknown }).groupBy !== "function") {
  Object.defineProperty(Object, "groupBy", {
    value: <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) =>
      Object.fromEntries((Map as unknown as { groupBy: GroupBy }).groupBy(items, key)),
    configurable: true,
    writable: true
  })
}
