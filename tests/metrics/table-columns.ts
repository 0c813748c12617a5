/**
 * A table as columns, the way arquero's tests compare tables (tableEqual): one array per column, so an
 * expectation shows the whole table at once and a mismatch points at the column.
 */
export const columnsOf = <R, K extends keyof R>(
  rows: ReadonlyArray<R>,
  names: ReadonlyArray<K>
): Record<K, Array<R[K]>> => {
  const columns = {} as Record<K, Array<R[K]>>
  for (const name of names) columns[name] = rows.map((row) => row[name])
  return columns
}
