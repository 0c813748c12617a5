import { readdirSync, readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { M49_AREAS, m49Area, STATES, stateByIso3 } from "../../src/reference/states.ts"

const state = (iso3: string) => {
  const found = stateByIso3(iso3)
  if (found === undefined) throw new Error(`no State ${iso3}`)
  return found
}

describe("STATES", () => {
  it("holds the 193 Member States and the two observer States", () => {
    expect(STATES).toHaveLength(195)
    expect(STATES.filter((s) => s.status === "member")).toHaveLength(193)
    expect(STATES.filter((s) => s.status === "observer").map((s) => s.iso3)).toEqual(["PSE", "VAT"])
  })

  it("is sorted by iso3", () => {
    const iso3s = STATES.map((s) => s.iso3)
    expect(iso3s).toEqual([...iso3s].sort())
  })

  it("has unique, well-formed codes", () => {
    for (const [column, pattern] of [
      ["iso3", /^[A-Z]{3}$/],
      ["iso2", /^[A-Z]{2}$/],
      ["m49", /^\d{3}$/],
    ] as const) {
      const values = STATES.map((s) => s[column])
      expect(
        values.every((value) => pattern.test(value)),
        column,
      ).toBe(true)
      expect(new Set(values).size, column).toBe(195)
    }
  })

  it("carries UN names and codes", () => {
    expect(state("AFG")).toMatchObject({ iso2: "AF", m49: "004", name: "Afghanistan" })
    expect(state("CIV").name).toBe("Côte d’Ivoire")
    expect(state("TUR").name).toBe("Türkiye")
    expect(state("BOL").name).toBe("Bolivia (Plurinational State of)")
    expect(state("VAT")).toMatchObject({ name: "Holy See", m49: "336", status: "observer" })
    expect(state("PSE")).toMatchObject({ name: "State of Palestine", m49: "275", status: "observer" })
    expect(stateByIso3("GRL")).toBeUndefined()
  })

  it("places States in their M49 regions", () => {
    expect(state("BRA")).toMatchObject({
      regionCode: "019",
      region: "Americas",
      subRegionCode: "419",
      subRegion: "Latin America and the Caribbean",
      intermediateRegionCode: "005",
      intermediateRegion: "South America",
    })
    expect(state("NGA")).toMatchObject({
      regionCode: "002",
      subRegion: "Sub-Saharan Africa",
      intermediateRegionCode: "011",
      intermediateRegion: "Western Africa",
    })
    expect(state("FJI")).toMatchObject({ region: "Oceania", subRegionCode: "054", subRegion: "Melanesia" })
    expect(state("FRA")).toMatchObject({ intermediateRegionCode: "", intermediateRegion: "" })
    expect(STATES.every((s) => s.regionCode !== "" && s.subRegionCode !== "")).toBe(true)
  })

  it("flags SIDS and LLDCs", () => {
    expect(["FJI", "CUB", "SGP", "MDV"].map((iso3) => state(iso3).sids)).toEqual([true, true, true, true])
    expect(["BOL", "NPL", "AFG", "MKD"].map((iso3) => state(iso3).lldc)).toEqual([true, true, true, true])
    expect(state("USA")).toMatchObject({ ldc: false, lldc: false, sids: false })
  })

  it("uses the current LDC list: 44 countries, graduates excluded", () => {
    expect(STATES.filter((s) => s.ldc)).toHaveLength(44)
    for (const iso3 of ["VUT", "BTN", "STP", "GNQ"]) expect(state(iso3).ldc, iso3).toBe(false)
    for (const iso3 of ["AFG", "HTI", "SSD", "BGD", "KIR", "TZA"]) expect(state(iso3).ldc, iso3).toBe(true)
    expect(STATES.filter((s) => s.ldc && s.status === "observer")).toEqual([])
  })
})

describe("M49 areas", () => {
  it("looks up codes with or without zero padding", () => {
    expect(m49Area("2")).toEqual({ code: "002", name: "Africa", level: "region" })
    expect(m49Area("002")).toEqual(m49Area("2"))
    expect(m49Area("145")).toEqual({ code: "145", name: "Western Asia", level: "sub_region" })
    expect(m49Area("1")).toEqual({ code: "001", name: "World", level: "world" })
    expect(m49Area("830")?.level).toBe("intermediate_region")
    expect(m49Area("004")).toBeUndefined()
    expect(m49Area("Africa")).toBeUndefined()
  })

  it("covers every area a State belongs to", () => {
    const codes = new Set(M49_AREAS.map((area) => area.code))
    const used = STATES.flatMap((s) => [s.regionCode, s.subRegionCode, s.intermediateRegionCode]).filter(
      Boolean,
    )
    expect(used.filter((code) => !codes.has(code))).toEqual([])
    expect(M49_AREAS.filter((area) => area.level === "region").map((area) => area.name)).toEqual([
      "Africa",
      "Oceania",
      "Americas",
      "Asia",
      "Europe",
    ])
  })
})

describe("reference data sources", () => {
  it("is read from the committed files, never from /work/shared", () => {
    const dir = new URL("../../src/reference/", import.meta.url)
    const runtime = readdirSync(dir).filter((file) => file.endsWith(".ts") && file !== "build-states.ts")
    for (const file of runtime)
      expect(readFileSync(new URL(file, dir), "utf8"), file).not.toContain("/work/shared")
  })
})
