import { describe, expect, it } from "vitest"
import { conservationViolations, countByReason, type ManifestInput } from "../../src/run/manifest.ts"

const input = (file: string, read: number, accepted: number, rejected: number, superseded: number): ManifestInput => ({
  file,
  kind: "reports",
  sha256: "0".repeat(64),
  bytes: 1,
  status: "read",
  encoding: "utf8",
  delimiter: "comma",
  rows: { read, accepted, rejected, superseded }
})

describe("conservation of rows", () => {
  it("passes when read = accepted + rejected + superseded for every file", () => {
    expect(conservationViolations([input("a.csv", 10, 7, 2, 1), input("b.csv", 0, 0, 0, 0)])).toEqual([])
  })
  it("names each file that loses or invents rows", () => {
    expect(conservationViolations([input("a.csv", 10, 7, 2, 0), input("b.csv", 3, 3, 1, 0)])).toEqual([
      "a.csv: 10 rows read but 7 accepted + 2 rejected + 0 superseded",
      "b.csv: 3 rows read but 3 accepted + 1 rejected + 0 superseded"
    ])
  })
})

describe("countByReason", () => {
  it("counts rejects by code, most frequent first, ties by code", () => {
    const codes = ["unknown_state", "bad_date", "unknown_state", "ambiguous_date", "bad_date", "unknown_state"]
    expect(Object.entries(countByReason(codes.map((reason_code) => ({ reason_code }))))).toEqual([
      ["unknown_state", 3],
      ["bad_date", 2],
      ["ambiguous_date", 1]
    ])
  })
})
