/**
 * Which text encoding a CSV file is in, from its first bytes. DATA-MODEL §2: UTF-8 with or without BOM,
 * UTF-16 with BOM, or Windows-1252. Files are decoded by iconv-lite under these names.
 */
export type TextEncoding = "utf8" | "utf8-bom" | "utf16le" | "utf16be" | "windows1252"

export type EncodingDetection =
  | { readonly _tag: "Detected"; readonly encoding: TextEncoding }
  | { readonly _tag: "Unreadable"; readonly reason: string }

/** The iconv-lite codec name for an encoding (iconv-lite strips a BOM by itself). */
export const iconvName = (encoding: TextEncoding): string =>
  encoding === "utf8-bom" ? "utf8" : encoding === "windows1252" ? "win1252" : encoding

const strictUtf8 = new TextDecoder("utf-8", { fatal: true })

/**
 * Decides from a sample (the first bytes of the file). `complete` says whether the sample is the whole
 * file; when it is not, a multi-byte character cut at the end of the sample is not an error.
 */
export const detectEncoding = (sample: Uint8Array, complete: boolean): EncodingDetection => {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return detected("utf8-bom")
  if (sample[0] === 0xff && sample[1] === 0xfe) return detected("utf16le")
  if (sample[0] === 0xfe && sample[1] === 0xff) return detected("utf16be")
  const format = knownBinaryFormat(sample)
  if (format) return { _tag: "Unreadable", reason: `the file is ${format}, not a CSV text file; save or export the data as CSV (UTF-8)` }
  if (sample.includes(0)) {
    return {
      _tag: "Unreadable",
      reason: looksLikeUtf16(sample)
        ? "the file looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with BOM)"
        : "the file contains binary data (NUL bytes) and is not a CSV text file"
    }
  }
  return isUtf8(complete ? sample : trimPartialCharacter(sample)) ? detected("utf8") : detected("windows1252")
}

const detected = (encoding: TextEncoding): EncodingDetection => ({ _tag: "Detected", encoding })

const isUtf8 = (bytes: Uint8Array): boolean => {
  try {
    strictUtf8.decode(bytes)
    return true
  } catch {
    return false
  }
}

// A sample cut mid-character ends in 1–3 bytes of an incomplete UTF-8 sequence: drop them before checking.
const trimPartialCharacter = (bytes: Uint8Array): Uint8Array => {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!
    if ((byte & 0xc0) === 0x80) continue // continuation byte: keep looking for the lead byte
    if (byte >= 0xc0) return bytes.subarray(0, bytes.length - back) // lead byte of a cut sequence
    break
  }
  return bytes
}

const looksLikeUtf16 = (sample: Uint8Array): boolean => {
  let zeros = 0
  const n = Math.min(sample.length, 512)
  for (let i = 0; i < n; i++) if (sample[i] === 0) zeros++
  return zeros > n / 4
}

// Signatures of files people send instead of CSV; naming them tells the sender what to do.
const SIGNATURES: ReadonlyArray<readonly [ReadonlyArray<number>, string]> = [
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook is one)"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Excel .xls or Word .doc file"],
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"]
]

const knownBinaryFormat = (sample: Uint8Array): string | undefined =>
  SIGNATURES.find(([magic]) => magic.every((byte, i) => sample[i] === byte))?.[1]
