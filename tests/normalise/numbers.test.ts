import { describe, expect, it } from "vitest"
import { readNumber } from "../../src/normalise/numbers.ts"

describe("readNumber", () => {
  it.each([
    ["1234", ",", 1234],
    ["1,234", ",", 1234],
    ["1,234,567", ",", 1234567],
    ["1 234", ",", 1234],
    ["1\u00a0234", ",", 1234],
    ["1\u202f234", "\t", 1234],
    ["12.5", ",", 12.5],
    ["1,234.5", ",", 1234.5],
    ["0", ",", 0],
    [" 42 ", ",", 42],
    ["+7", ",", 7],
    ["-5", ",", -5],
    ["1.234", ";", 1234],
    ["1.234.567", ";", 1234567],
    ["12,5", ";", 12.5],
    ["1.234,5", ";", 1234.5],
    ["1 234,5", ";", 1234.5],
    ["7", ";", 7]
  ] as const)("%j in a %j file is %d", (raw, delimiter, value) => {
    expect(readNumber(raw, delimiter)).toEqual({ _tag: "Number", value })
  })

  it.each([
    ["1,23,4", ","],
    ["1.2.3", ","],
    ["12,5", ","],
    ["12.5", ";"],
    ["1,234.5", ";"],
    ["1 23", ","]
  ] as const)("%j in a %j file is malformed, with a hint", (raw, delimiter) => {
    const reading = readNumber(raw, delimiter)
    expect(reading._tag).toBe("Malformed")
    expect(reading._tag === "Malformed" && reading.reason).toContain(`"${raw}"`)
  })

  it.each(["about 2,000 pounds of ordnance", "approx. 150", "yes", "", "-", "1e5", "12%"])(
    "%j is not numeric",
    (raw) => {
      expect(readNumber(raw, ",")._tag).toBe("NotNumeric")
    }
  )
})
