/**
 * Matches a header row to the columns a file kind knows: case-insensitive, surrounding white space (and a
 * stray BOM) ignored (DATA-MODEL §2). Unknown extra columns are kept aside and ignored.
 */
export interface HeaderMap {
  readonly index: ReadonlyMap<string, number>
  readonly missing: ReadonlyArray<string>
  readonly unknown: ReadonlyArray<string>
  readonly duplicated: ReadonlyArray<string>
}

export const columnKey = (name: string): string => name.replace(/^\uFEFF/, "").trim().toLowerCase()

export const mapHeader = (
  header: ReadonlyArray<string>,
  known: ReadonlyArray<string>,
  required: ReadonlyArray<string>
): HeaderMap => {
  const index = new Map<string, number>()
  const unknown: Array<string> = []
  const duplicated: Array<string> = []
  header.forEach((name, i) => {
    const key = columnKey(name)
    if (!known.includes(key)) {
      if (key !== "") unknown.push(name.trim())
    } else if (index.has(key)) duplicated.push(key)
    else index.set(key, i)
  })
  return { index, missing: required.filter((c) => !index.has(c)), unknown, duplicated }
}
