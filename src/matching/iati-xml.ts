/**
 * Reading parsed IATI XML nodes. The parser (ingest-iati.ts) makes every element an array and every text a
 * `#text` property, and groups attributes under `$`, so these helpers never guess a node's shape.
 */

export interface XmlNode {
  readonly $?: Readonly<Record<string, string>>
  readonly "#text"?: string
  readonly [child: string]: unknown
}

const isNode = (value: unknown): value is XmlNode => typeof value === "object" && value !== null

/** The child elements of a node with this name, in document order. */
export const childrenOf = (node: XmlNode, name: string): ReadonlyArray<XmlNode> => {
  const value = node[name]
  if (Array.isArray(value)) return value.filter(isNode)
  return isNode(value) ? [value] : []
}

export const firstChild = (node: XmlNode, name: string): XmlNode | undefined => childrenOf(node, name)[0]

export const attributeOf = (node: XmlNode, name: string): string | undefined => {
  const value = node.$?.[name]
  return value === undefined ? undefined : String(value).trim()
}

export const textOf = (node: XmlNode | undefined): string => String(node?.["#text"] ?? "").trim()

/**
 * The text of a node's `narrative` children (IATI 2.03): the English one, or the one without a language
 * (the activity's default language), or else the first.
 */
export const narrativeOf = (node: XmlNode | undefined): string => {
  if (node === undefined) return ""
  const narratives = childrenOf(node, "narrative").filter((n) => textOf(n) !== "")
  const preferred =
    narratives.find((n) => attributeOf(n, "xml:lang")?.toLowerCase() === "en") ??
    narratives.find((n) => attributeOf(n, "xml:lang") === undefined) ??
    narratives[0]
  return textOf(preferred)
}
