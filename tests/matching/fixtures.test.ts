import { existsSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { runMatchingOn } from "./support/fixture-run.ts"

// The bundled sample inputs (fixtures/README.md): 60 needs (19 with no amount) and 8 offers in two
// assistance files, 12 programmes in programmes.csv and 3 IATI activities, every row valid.
describe.runIf(existsSync("fixtures/assistance") && existsSync("fixtures/rates.csv"))(
  "matching on the bundled fixtures",
  () => {
    it("accepts every row, converts every currency and matches within every limit", async () => {
      const { files, assistance, programmes, result } = await runMatchingOn("fixtures")
      for (const file of files) {
        expect(file.rejects, file.file).toEqual([])
        expect(file.counts.read).toBe(file.counts.accepted + file.counts.rejected)
      }
      expect(assistance.needs).toHaveLength(60)
      expect(assistance.needs.filter((n) => n.usd_amount === null)).toHaveLength(19)
      expect(assistance.offers).toHaveLength(8)
      expect(programmes.programmes).toHaveLength(15)

      const s = result.summary
      expect(s.needs).toMatchObject({ total: 60, not_specified: 19 })
      expect(
        s.needs.fully_met + s.needs.not_specified + s.needs.no_eligible_programme + s.needs.budgets_exhausted
      ).toBe(60)
      expect(s.optimum.priority_weighted_usd).toBeGreaterThanOrEqual(
        s.greedy.priority_weighted_usd * (1 - 1e-4)
      )
      const allocatedBy = new Map<string, number>()
      for (const a of result.allocations) {
        if (a.usd_allocated !== null)
          allocatedBy.set(a.programme_id, (allocatedBy.get(a.programme_id) ?? 0) + a.usd_allocated)
      }
      for (const p of result.programmes) {
        expect(allocatedBy.get(p.programme_id) ?? 0).toBeLessThanOrEqual((p.available_usd ?? 0) + 1e-6)
        if (p.status === "closed") expect(allocatedBy.has(p.programme_id)).toBe(false)
      }
      for (const o of result.outcomes) if (o.status !== "met") expect(o.explanation).not.toBe("")
    })
  }
)
