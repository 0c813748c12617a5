import iconv from "iconv-lite"

/**
 * The CSV dialects national reports arrive in (DATA-MODEL §2, the same mixes as fixtures/): the generator
 * rotates through them so every run holds each one.
 */

export type Delimiter = "," | ";" | "\t"
export type FileEncoding = "utf8" | "utf8-bom" | "windows1252" | "utf16le-bom"

export interface Dialect {
  /** used in file names and the summary */
  readonly name: string
  readonly delimiter: Delimiter
  readonly eol: "\n" | "\r\n"
  readonly encoding: FileEncoding
  /** Excel's "CSV UTF-8" quotes every field */
  readonly quoteAll: boolean
}

export const COMMA_UTF8: Dialect = { name: "comma-utf8", delimiter: ",", eol: "\n", encoding: "utf8", quoteAll: false }
export const SEMICOLON_WINDOWS1252: Dialect = {
  name: "semicolon-windows1252",
  delimiter: ";",
  eol: "\r\n",
  encoding: "windows1252",
  quoteAll: false
}
export const TAB_UTF16LE: Dialect = { name: "tab-utf16le-bom", delimiter: "\t", eol: "\r\n", encoding: "utf16le-bom", quoteAll: false }
export const COMMA_UTF8_BOM_CRLF: Dialect = {
  name: "utf8-bom-crlf",
  delimiter: ",",
  eol: "\r\n",
  encoding: "utf8-bom",
  quoteAll: true
}

export const DIALECTS: ReadonlyArray<Dialect> = [COMMA_UTF8, SEMICOLON_WINDOWS1252, TAB_UTF16LE, COMMA_UTF8_BOM_CRLF]

/** The bytes a file starts with (iconv-lite strips them again on reading). */
export const bomOf = (encoding: FileEncoding): Buffer =>
  encoding === "utf8-bom"
    ? Buffer.from([0xef, 0xbb, 0xbf])
    : encoding === "utf16le-bom"
      ? Buffer.from([0xff, 0xfe])
      : Buffer.alloc(0)

export const encodeText = (text: string, encoding: FileEncoding): Buffer =>
  encoding === "windows1252"
    ? iconv.encode(text, "win1252")
    : encoding === "utf16le-bom"
      ? Buffer.from(text, "utf16le")
      : Buffer.from(text, "utf8")

/** Whether text survives Windows-1252 (iconv-lite would silently write "?" for what does not). */
export const fitsWindows1252 = (text: string): boolean => iconv.decode(iconv.encode(text, "win1252"), "win1252") === text

const needsQuotes = (value: string, delimiter: Delimiter): boolean =>
  value.includes(delimiter) || value.includes('"') || value.includes("\n") || value.includes("\r")

/** One record, RFC 4180 quoting, without the line end. */
export const csvRecord = (cells: ReadonlyArray<string>, dialect: Pick<Dialect, "delimiter" | "quoteAll">): string => {
  let out = ""
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i]!
    if (i > 0) out += dialect.delimiter
    out += dialect.quoteAll || needsQuotes(value, dialect.delimiter) ? `"${value.replaceAll('"', '""')}"` : value
  }
  return out
}
