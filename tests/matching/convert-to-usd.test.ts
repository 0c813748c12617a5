import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { ingestFile } from "../../src/ingest/ingest-file.ts"
import { ASSISTANCE_FILE } from "../../src/matching/assistance-row.ts"
import { convertAssistanceFiles, convertProgrammeFiles } from "../../src/matching/convert-to-usd.ts"
import { PROGRAMME_FILE } from "../../src/matching/programme-row.ts"
import { buildRateTable, EMPTY_RATES, RATES_FILE, rateOn } from "../../src/matching/rates.ts"
import { useTempDir } from "../support/temp-dir.ts"

const dir = useTempDir("matching-convert")
const write = (name: string, lines: ReadonlyArray<string>): string => {
  const path = join(dir, name)
  writeFileSync(path, `${lines.join("\n")}\n`)
  return path
}

const ratesFile = async () =>
  buildRateTable([
    await ingestFile(
      write("rates.csv", [
        "currency,usd_per_unit,as_of",
        "EUR,1.10,2019-12-31",
        "EUR,1.20,2020-12-31",
        "EUR,9.99,2020-12-31",
        "JPY,0.009,2021-06-30",
        "XOF,-1,2020-12-31"
      ]),
      "rates.csv",
      RATES_FILE
    )
  ])

describe("rates", () => {
  it("keeps the first of two rates for one currency and date, and rejects bad rates", async () => {
    const rates = await ratesFile()
    const file = rates.files[0]!
    expect(file.counts).toEqual({ read: 5, accepted: 3, rejected: 2 })
    expect(file.rejects.map((r) => [r.line, r.reason_code])).toEqual([
      [4, "duplicate_rate"],
      [6, "bad_rate"]
    ])
    expect(rates.rejects.map((r) => r.line)).toEqual([4])
  })

  it("uses the latest rate on or before the date; USD is 1; none before the date is unknown", async () => {
    const { table } = await ratesFile()
    expect(rateOn(table, "EUR", "2020-12-31")).toEqual({
      _tag: "Rate",
      usd_per_unit: 1.2,
      as_of: "2020-12-31"
    })
    expect(rateOn(table, "EUR", "2020-06-30")).toMatchObject({ usd_per_unit: 1.1 })
    expect(rateOn(table, "USD", "1990-01-01")).toMatchObject({ usd_per_unit: 1 })
    expect(rateOn(table, "JPY", "2020-12-31")._tag).toBe("Unknown")
    expect(rateOn(table, "GBP", "2020-12-31")._tag).toBe("Unknown")
  })
})

describe("convertAssistanceFiles", () => {
  it("converts at the cycle year's end, rejects an unknown currency with file and line, and keeps the counts whole", async () => {
    const path = write("needs.csv", [
      "state,cycle,direction,element,assistance_type,amount,currency,description",
      "GHA,2020,need,III.B,technical,100000,EUR,registry",
      "KEN,2020,need,III.A,equipment,5000000,KES,marking machines",
      "NGA,2020,need,III.C,training,,,tracing",
      "DEU,2020,offer,III.A,equipment;training,500000,EUR,Marking machines for West Africa"
    ])
    const ingest = await ingestFile(path, "assistance/needs.csv", ASSISTANCE_FILE)
    expect(ingest.counts).toEqual({ read: 4, accepted: 4, rejected: 0 })
    const converted = convertAssistanceFiles([ingest], (await ratesFile()).table)

    expect(converted.rejects).toHaveLength(1)
    expect(converted.rejects[0]).toMatchObject({
      file: "assistance/needs.csv",
      line: 3,
      column: "currency",
      value: "KES",
      reason_code: "unknown_currency"
    })
    expect(converted.rejects[0]!.reason).toContain("assistance/needs.csv line 3")
    const file = converted.files[0]!
    expect(file.counts).toEqual({ read: 4, accepted: 3, rejected: 1 })
    expect(file.counts.accepted + file.counts.rejected).toBe(file.counts.read)
    expect(file.accepted).toHaveLength(3)
    expect(file.rejects).toEqual(converted.rejects)

    expect(converted.needs.map((n) => [n.need_id, n.usd_amount, n.usd_per_unit, n.rate_as_of])).toEqual([
      ["need:GHA:2020:needs:2", 120_000, 1.2, "2020-12-31"],
      ["need:NGA:2020:needs:4", null, null, ""]
    ])
  })

  it("turns an offer into a programme of the offering State, open to the world", async () => {
    const path = write("offers.csv", [
      "state,cycle,direction,element,assistance_type,amount,currency,period_start,period_end,description",
      "Germany,2020,offer,III.A,equipment;training,500000,EUR,2020-07-01,2022-12-31,Marking machines",
      "Japan,2020,offer,II.A.2.a,financial,,,,,"
    ])
    const converted = convertAssistanceFiles(
      [await ingestFile(path, "assistance/offers.csv", ASSISTANCE_FILE)],
      (await ratesFile()).table
    )
    expect(converted.needs).toEqual([])
    expect(converted.offers).toHaveLength(2)
    expect(converted.offers[0]).toMatchObject({
      programme_id: "offer:DEU:2020:offers:2",
      origin: "offer",
      donor: "Germany",
      donor_iso3: "DEU",
      fund: "State offer",
      title: "Marking machines",
      elements: ["III.A"],
      assistance_types: ["equipment", "training"],
      eligible: [{ kind: "world" }],
      start: "2020-07-01",
      end: "2022-12-31",
      status: "active",
      budget: 500_000,
      budget_usd: 600_000,
      available_usd: 600_000
    })
    // No amount: listed and suggested, never allocated from.
    expect(converted.offers[1]).toMatchObject({
      programme_id: "offer:JPN:2020:offers:3",
      budget_usd: null,
      available_usd: null,
      start: "2020-01-01",
      end: "2020-12-31"
    })
  })
})

describe("convertProgrammeFiles", () => {
  const header =
    "programme_id,donor,fund,title,elements,assistance_types,eligible,budget,committed,currency,start,end,max_grant"
  it("converts at the start year's end, rejects unknown currencies and duplicate ids across files", async () => {
    const first = write("p1.csv", [
      header,
      "A,EU,CFSP,Tracing,III.C,technical,world,1000000,100000,EUR,2020-01-01,2023-12-31,50000",
      "B,Japan,bilateral,Stockpiles,II.A.2,financial,KHM,100000000,0,JPY,2021-04-01,2023-03-31,"
    ])
    const second = write("p2.csv", [
      header,
      "A,Again,Fund,Title,III,technical,world,5,0,USD,2020-01-01,2021-01-01,",
      "C,UK,bilateral,East Africa,III.C,training,014,300000,0,GBP,2023-01-01,2024-12-31,"
    ])
    const files = [
      await ingestFile(first, "programmes/p1.csv", PROGRAMME_FILE),
      await ingestFile(second, "programmes/p2.csv", PROGRAMME_FILE)
    ]
    const converted = convertProgrammeFiles(files, (await ratesFile()).table)
    expect(
      converted.programmes.map((p) => [
        p.programme_id,
        p.budget_usd,
        p.committed_usd,
        p.available_usd,
        p.max_grant_usd
      ])
    ).toEqual([
      ["A", 1_200_000, 120_000, 1_080_000, 60_000],
      ["B", 900_000, 0, 900_000, null]
    ])
    expect(converted.rejects.map((r) => [r.file, r.line, r.reason_code])).toEqual([
      ["programmes/p2.csv", 2, "duplicate_programme"],
      ["programmes/p2.csv", 3, "unknown_currency"]
    ])
    expect(converted.rejects[0]!.reason).toContain("programmes/p1.csv line 2")
    expect(converted.files.map((f) => f.counts)).toEqual([
      { read: 2, accepted: 2, rejected: 0 },
      { read: 2, accepted: 0, rejected: 2 }
    ])
  })

  it("never converts 1:1 without a rate", () => {
    const row = {
      programme_id: "Z",
      currency: "EUR",
      start: "2020-01-01",
      budget: 10,
      committed: 0,
      source_file: "programmes/z.csv",
      source_line: 7
    }
    const file = {
      file: "programmes/z.csv",
      status: "read",
      encoding: "utf8",
      delimiter: "comma",
      counts: { read: 1, accepted: 1, rejected: 0 },
      accepted: [row],
      rejects: [],
      warnings: []
    } as never
    const converted = convertProgrammeFiles([file], EMPTY_RATES)
    expect(converted.programmes).toEqual([])
    expect(converted.rejects[0]).toMatchObject({
      file: "programmes/z.csv",
      line: 7,
      reason_code: "unknown_currency"
    })
  })
})
