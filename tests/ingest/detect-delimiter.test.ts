import { describe, expect, it } from "vitest"
import { detectDelimiter } from "../../src/ingest/detect-delimiter.ts"

describe("detectDelimiter", () => {
  it.each([
    ["state,cycle,element,answer", ","],
    ["state;cycle;element;answer", ";"],
    ["state\tcycle\telement\tanswer", "\t"],
    ['"state;x",cycle,element', ","],
    ['"a,b";"c,d";e', ";"],
    ["state", ","]
  ])("%j → %j", (header, expected) => {
    expect(detectDelimiter(header)).toBe(expected)
  })
})
