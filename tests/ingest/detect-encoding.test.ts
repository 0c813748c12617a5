import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import { detectEncoding } from "../../src/ingest/detect-encoding.ts"

const text = "state,cycle,note\nCIV,2020,Côte d’Ivoire — République\n"

describe("detectEncoding", () => {
  it("reads UTF-8 without BOM", () => {
    expect(detectEncoding(Buffer.from(text, "utf8"), true)).toEqual({ _tag: "Detected", encoding: "utf8" })
  })
  it("reads UTF-8 with BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])
    expect(detectEncoding(bytes, true)).toEqual({ _tag: "Detected", encoding: "utf8-bom" })
  })
  it("reads UTF-16 LE and BE with BOM", () => {
    expect(detectEncoding(iconv.encode(text, "utf16le", { addBOM: true }), true)).toEqual({
      _tag: "Detected",
      encoding: "utf16le"
    })
    expect(detectEncoding(iconv.encode(text, "utf16be", { addBOM: true }), true)).toEqual({
      _tag: "Detected",
      encoding: "utf16be"
    })
  })
  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    expect(detectEncoding(iconv.encode(text, "win1252"), true)).toEqual({ _tag: "Detected", encoding: "windows1252" })
  })
  it("does not mistake a UTF-8 character cut at the end of a partial sample for Windows-1252", () => {
    const bytes = Buffer.from("abc é", "utf8")
    const cut = bytes.subarray(0, bytes.length - 1) // drops the last byte of "é"
    expect(detectEncoding(cut, false)).toEqual({ _tag: "Detected", encoding: "utf8" })
    expect(detectEncoding(cut, true)).toEqual({ _tag: "Detected", encoding: "windows1252" })
  })
  it("refuses binary data and UTF-16 without BOM with a reason", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const image = detectEncoding(png, true)
    expect(image._tag === "Unreadable" && image.reason).toMatch(/a PNG image, not a CSV/)
    const xlsx = detectEncoding(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]), true)
    expect(xlsx._tag === "Unreadable" && xlsx.reason).toMatch(/Excel \.xlsx/)
    const junk = detectEncoding(Buffer.from([0x13, 0x37, 0, 0x42, 0x99, 0x12, 0x00, 0x41]), true)
    expect(junk._tag === "Unreadable" && junk.reason).toMatch(/binary data/)
    const noBom = detectEncoding(iconv.encode(text, "utf16le"), true)
    expect(noBom._tag === "Unreadable" && noBom.reason).toMatch(/UTF-16 without a byte-order mark/)
  })
})
