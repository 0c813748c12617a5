import { describe, expect, it } from "vitest"
import { percentOf, percentPointsBetween } from "../../src/metrics/percent.ts"

describe("percentOf", () => {
  it("rounds to one decimal, halves up", () => {
    expect(percentOf(1, 8)).toBe(12.5) // 1000 / 8 = 125 → 12.5
    expect(percentOf(1, 3)).toBe(33.3) // 1000 / 3 = 333.3 → 333 → 33.3
    expect(percentOf(2, 3)).toBe(66.7) // 2000 / 3 = 666.7 → 667 → 66.7
    expect(percentOf(3, 195)).toBe(1.5) // 3000 / 195 = 15.38 → 15 → 1.5
  })

  it("is null only when there is nothing to divide by", () => {
    expect(percentOf(0, 0)).toBeNull()
    expect(percentOf(0, 5)).toBe(0)
  })

  it("takes differences of shown percentages without float noise", () => {
    expect(percentPointsBetween(50, 33.3)).toBe(16.7)
    expect(percentPointsBetween(3.1, 4.7)).toBe(-1.6)
  })
})
