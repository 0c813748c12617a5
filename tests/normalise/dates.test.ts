import { describe, expect, it } from "vitest"
import { readIsoDate } from "../../src/normalise/dates.ts"

describe("readIsoDate", () => {
  it("accepts ISO calendar dates", () => {
    expect(readIsoDate("2020-06-15")).toEqual({ _tag: "Date", iso: "2020-06-15" })
    expect(readIsoDate(" 2024-02-29 ")).toEqual({ _tag: "Date", iso: "2024-02-29" })
  })
  it.each(["03/04/2020", "4/3/2020", "03.04.2020", "03-04-2020"])("%j is ambiguous", (raw) => {
    expect(readIsoDate(raw)._tag).toBe("Ambiguous")
  })
  it.each(["2020-13-45", "2023-02-29", "15 March 2020", "25/12/2020", "2020/06/15", "20200615", "05/05/2020"])(
    "%j is not an ISO date",
    (raw) => {
      const reading = readIsoDate(raw)
      expect(reading._tag).toBe("Bad")
      expect(reading._tag === "Bad" && reading.reason).toContain("YYYY-MM-DD")
    }
  )
})
