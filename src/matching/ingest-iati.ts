import { readFile } from "node:fs/promises"
import { XMLParser, XMLValidator } from "fast-xml-parser"
import iconv from "iconv-lite"
import type { TextEncoding } from "../ingest/detect-encoding.ts"
import type { FileIngest } from "../ingest/ingest-file.ts"
import type { Reject } from "../ingest/reasons.ts"
import { mapIatiActivity } from "./iati-activity.ts"
import { childrenOf, type XmlNode } from "./iati-xml.ts"
import type { ProgrammeRow } from "./programme.ts"

// Every element is an array and every text a "#text" property, so iati-xml.ts reads one shape only.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  attributesGroupName: "$",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  alwaysCreateTextNode: true,
  captureMetaData: true,
  // The attribute group ("$") is asked about too: it stays an object.
  isArray: (name, _path, _isLeaf, isAttribute) =>
    !isAttribute && name !== "iati-activities" && name !== "#text"
})
const META = XMLParser.getMetaDataSymbol()

type Decoded =
  | { readonly _tag: "Text"; readonly text: string; readonly encoding: TextEncoding }
  | { readonly _tag: "Bad"; readonly reason: string }

const strictUtf8 = new TextDecoder("utf-8", { fatal: true })

/** XML names its encoding in the declaration; UTF-8 and UTF-16 (with BOM) are what IATI publishers use. */
const decodeXml = (bytes: Uint8Array): Decoded => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { _tag: "Text", text: iconv.decode(Buffer.from(bytes), "utf16le"), encoding: "utf16le" }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { _tag: "Text", text: iconv.decode(Buffer.from(bytes), "utf16be"), encoding: "utf16be" }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const head = Buffer.from(bytes.subarray(0, 200)).toString("latin1")
  const declared = /<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase()
  if (!bom && declared !== undefined && /^(iso-8859-1|latin-?1|windows-1252|cp1252)$/.test(declared)) {
    return { _tag: "Text", text: iconv.decode(Buffer.from(bytes), "win1252"), encoding: "windows1252" }
  }
  try {
    return {
      _tag: "Text",
      text: strictUtf8.decode(bom ? bytes.subarray(3) : bytes),
      encoding: bom ? "utf8-bom" : "utf8"
    }
  } catch {
    return {
      _tag: "Bad",
      reason: "the file is not valid UTF-8 and its XML declaration names no other encoding"
    }
  }
}

/** 1-based line of a character offset, by binary search over the offsets where lines start. */
const lineFinder = (text: string): ((offset: number) => number) => {
  const starts = [0]
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}

const unreadable = (
  file: string,
  encoding: TextEncoding | null,
  reason: string
): FileIngest<ProgrammeRow> => {
  const reject: Reject = {
    file,
    line: 0,
    column: "",
    value: "",
    reason_code: "unreadable_file",
    reason: `${file}: ${reason}`
  }
  return {
    file,
    status: "rejected",
    encoding,
    delimiter: null,
    counts: { read: 0, accepted: 0, rejected: 0 },
    accepted: [],
    rejects: [reject],
    warnings: []
  }
}

/**
 * Reads an IATI 2.03 activity file (DATA-MODEL §2.4): each `iati-activity` is one row read, accepted or
 * rejected at the line of its start tag. A file that is not well-formed XML, or not an `iati-activities`
 * document, is one `unreadable_file` reject and no rows, like a CSV that cannot be read.
 */
export const ingestIatiFile = async (path: string, file: string): Promise<FileIngest<ProgrammeRow>> => {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (cause) {
    return unreadable(file, null, `the file cannot be opened (${String(cause)})`)
  }
  const decoded = decodeXml(bytes)
  if (decoded._tag === "Bad") return unreadable(file, null, decoded.reason)
  const text = decoded.text
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    return unreadable(
      file,
      decoded.encoding,
      `the file is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg})`
    )
  }
  let document: XmlNode
  try {
    document = parser.parse(text) as XmlNode
  } catch (cause) {
    return unreadable(file, decoded.encoding, `the XML cannot be parsed (${String(cause)})`)
  }
  const root = document["iati-activities"] as XmlNode | undefined
  if (root === undefined || typeof root !== "object") {
    return unreadable(
      file,
      decoded.encoding,
      "the file is XML but not IATI activities: its root element is not <iati-activities>"
    )
  }
  const lineOf = lineFinder(text)
  const rows: Array<ProgrammeRow> = []
  const rejects: Array<Reject> = []
  const activities = childrenOf(root, "iati-activity")
  for (const activity of activities) {
    const start = (activity as unknown as Record<symbol, { startIndex?: number } | undefined>)[META as symbol]
      ?.startIndex
    const line = start === undefined ? 0 : lineOf(start)
    const outcome = mapIatiActivity(activity, { file, line })
    if (outcome._tag === "Accepted") rows.push(outcome.row)
    else
      rejects.push({
        file,
        line,
        ...outcome.problem,
        reason: `${file} line ${line}: ${outcome.problem.reason}`
      })
  }
  const version = root.$?.["version"]
  const warnings = [
    ...(activities.length === 0 ? [`${file}: the IATI file holds no iati-activity`] : []),
    ...(version !== undefined && !version.startsWith("2.")
      ? [`${file}: IATI version ${version}; the mapping follows 2.03`]
      : [])
  ]
  return {
    file,
    status: "read",
    encoding: decoded.encoding,
    delimiter: null,
    counts: { read: activities.length, accepted: rows.length, rejected: rejects.length },
    accepted: rows,
    rejects,
    warnings
  }
}
