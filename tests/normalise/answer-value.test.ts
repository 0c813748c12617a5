import { describe, expect, it } from "vitest"
import { readAnswer } from "../../src/normalise/answer-value.ts"

describe("readAnswer", () => {
  it.each([
    ["Yes", "yes"],
    ["yes", "yes"],
    ["Y", "yes"],
    ["true", "yes"],
    ["Oui", "yes"],
    ["Sí", "yes"],
    ["Si", "yes"],
    ["No", "no"],
    ["N", "no"],
    ["false", "no"],
    ["Non", "no"],
    ["Developing", "developing"],
    ["En cours", "developing"],
    ["En desarrollo", "developing"],
    ["", "no_response"],
    ["   ", "no_response"],
    ["[No response]", "no_response"],
    ["n/a", "no_response"],
    ["N/A", "no_response"],
    ["-", "no_response"]
  ])("%j is %s", (raw, code) => {
    const reading = readAnswer(raw, ",")
    expect(reading).toEqual({ _tag: "Read", code, number: null, quality: "ok" })
  })

  it("reads numbers by the file's conventions", () => {
    expect(readAnswer("1,234", ",")).toEqual({ _tag: "Read", code: "number", number: 1234, quality: "ok" })
    expect(readAnswer("1.234", ";")).toEqual({ _tag: "Read", code: "number", number: 1234, quality: "ok" })
    expect(readAnswer("12,5", ";")).toEqual({ _tag: "Read", code: "number", number: 12.5, quality: "ok" })
  })

  it("keeps prose numbers as text marked unparseable, never coerced", () => {
    expect(readAnswer("about 2,000 pounds of ordnance", ",")).toEqual({
      _tag: "Read",
      code: "text",
      number: null,
      quality: "unparseable"
    })
    expect(readAnswer("A national commission coordinates the work", ",")).toEqual({
      _tag: "Read",
      code: "text",
      number: null,
      quality: "ok"
    })
  })

  it("rejects malformed and negative numbers", () => {
    expect(readAnswer("1,23,4", ",")._tag).toBe("BadNumber")
    expect(readAnswer("-5", ",")).toEqual({ _tag: "Negative", value: -5 })
  })
})
