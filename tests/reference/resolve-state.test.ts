import countries from "i18n-iso-countries"
import { describe, expect, it } from "vitest"
import { NON_REPORTING_AREAS } from "../../src/reference/non-reporting-areas.ts"
import { resolveState } from "../../src/reference/resolve-state.ts"
import { AMBIGUOUS_KEYS, OVERRIDDEN_KEYS } from "../../src/reference/state-index.ts"
import { STATES } from "../../src/reference/states.ts"

const resolvedIso3 = (input: string): string | undefined => {
  const result = resolveState(input)
  return result._tag === "Resolved" ? result.state.iso3 : undefined
}

const reasonFor = (input: string): string => {
  const result = resolveState(input)
  if (result._tag === "Resolved") throw new Error(`"${input}" unexpectedly resolved to ${result.state.iso3}`)
  return result.reason
}

const FORMS: ReadonlyArray<readonly [string, string]> = [
  ["Côte d’Ivoire", "CIV"],
  ["Côte d'Ivoire", "CIV"],
  ["Cote d'Ivoire", "CIV"],
  ["Ivory Coast", "CIV"],
  ["Türkiye", "TUR"],
  ["Turkey", "TUR"],
  ["Turquie", "TUR"],
  ["Bolivia", "BOL"],
  ["Bolivia (Plurinational State of)", "BOL"],
  ["Viet Nam", "VNM"],
  ["Vietnam", "VNM"],
  ["Republic of Korea", "KOR"],
  ["South Korea", "KOR"],
  ["Korea, Republic of", "KOR"],
  ["Democratic People's Republic of Korea", "PRK"],
  ["North Korea", "PRK"],
  ["Royaume-Uni", "GBR"],
  ["United Kingdom", "GBR"],
  ["UK", "GBR"],
  ["Great Britain", "GBR"],
  ["Estados Unidos de América", "USA"],
  ["Estados Unidos", "USA"],
  ["United States", "USA"],
  ["USA", "USA"],
  ["États-Unis", "USA"],
  ["Russia", "RUS"],
  ["Russian Federation", "RUS"],
  ["Iran", "IRN"],
  ["Syria", "SYR"],
  ["Laos", "LAO"],
  ["Lao PDR", "LAO"],
  ["Moldova", "MDA"],
  ["Tanzania", "TZA"],
  ["Venezuela", "VEN"],
  ["Micronesia", "FSM"],
  ["Czechia", "CZE"],
  ["Czech Republic", "CZE"],
  ["Eswatini", "SWZ"],
  ["Swaziland", "SWZ"],
  ["Cabo Verde", "CPV"],
  ["Cape Verde", "CPV"],
  ["North Macedonia", "MKD"],
  ["Macedonia", "MKD"],
  ["Timor-Leste", "TLS"],
  ["East Timor", "TLS"],
  ["Brunei", "BRN"],
  ["DR Congo", "COD"],
  ["DRC", "COD"],
  ["Congo-Kinshasa", "COD"],
  ["Congo-Brazzaville", "COG"],
  ["Holy See", "VAT"],
  ["Vatican", "VAT"],
  ["Saint-Siège", "VAT"],
  ["Santa Sede", "VAT"],
  ["Palestine", "PSE"],
  ["State of Palestine", "PSE"],
  ["État de Palestine", "PSE"],
  ["Estado de Palestina", "PSE"],
  ["Netherlands", "NLD"],
  ["The Netherlands", "NLD"],
  ["Pays-Bas", "NLD"],
  ["Países Bajos", "NLD"],
  ["Myanmar", "MMR"],
  ["Burma", "MMR"],
  ["The Gambia", "GMB"],
  ["Gambia", "GMB"],
  ["The Bahamas", "BHS"],
]

describe("resolveState", () => {
  it.each(FORMS)("resolves %j to %s", (input, iso3) => {
    expect(resolvedIso3(input)).toBe(iso3)
  })

  it("reads ISO and M49 codes in any case and padding", () => {
    for (const state of STATES) {
      const m49 = String(Number(state.m49))
      for (const code of [
        state.iso3,
        state.iso2,
        state.iso3.toLowerCase(),
        state.iso2.toLowerCase(),
        state.m49,
        m49,
      ]) {
        expect(resolvedIso3(code), code).toBe(state.iso3)
      }
    }
    expect(resolvedIso3("4")).toBe("AFG")
    expect(resolvedIso3("04")).toBe("AFG")
    expect(resolvedIso3("0004")).toBe("AFG")
  })

  it("ignores case, accents, punctuation and extra white space", () => {
    expect(resolvedIso3("  côte   d’ivoire ")).toBe("CIV")
    expect(resolvedIso3("COTE D'IVOIRE")).toBe("CIV")
    expect(resolvedIso3("Turkiye")).toBe("TUR")
    expect(resolvedIso3("TÜRKIYE")).toBe("TUR")
    expect(resolvedIso3("São Tomé and Príncipe")).toBe("STP")
    expect(resolvedIso3("guinea bissau")).toBe("GNB")
    expect(resolvedIso3("U.S.A.")).toBe("USA")
    expect(resolvedIso3("Trinidad & Tobago")).toBe("TTO")
    expect(resolvedIso3("\t afg\n")).toBe("AFG")
  })

  it("resolves every State's UN name and ISO official names in English, French and Spanish to itself", () => {
    for (const state of STATES) {
      const names = ["en", "fr", "es"].map((language) => countries.getName(state.iso2, language) ?? "")
      for (const name of [state.name, ...names])
        expect(resolvedIso3(name), `${state.iso3}: ${name}`).toBe(state.iso3)
    }
  })

  it("reads the UN name Congo as the Republic of the Congo, not the Democratic Republic", () => {
    expect(resolvedIso3("Congo")).toBe("COG")
    expect(resolvedIso3("Democratic Republic of the Congo")).toBe("COD")
  })

  it("has no ambiguous keys; the UN name overrides one library alias", () => {
    expect([...AMBIGUOUS_KEYS]).toEqual([])
    expect([...OVERRIDDEN_KEYS]).toEqual([["congo", ["COG", "COD"]]])
  })
})

describe("resolveState refusals", () => {
  it.each([
    "Greenland",
    "GRL",
    "Puerto Rico",
    "Hong Kong",
    "Kosovo",
    "Taiwan",
    "Sark",
    "Atlantis",
    "XX",
    "999",
  ])("does not resolve %j and quotes it in the reason", (input) => {
    expect(reasonFor(input)).toContain(`"${input}" is not a`)
  })

  it("explains that a territory may not report", () => {
    expect(reasonFor("Greenland")).toBe(
      '"Greenland" is not a UN Member or observer State (it is a territory); reports are accepted only from ' +
        "the 193 Member States, the Holy See and the State of Palestine",
    )
    expect(reasonFor("GRL")).toContain("(it refers to Greenland, a territory)")
    expect(reasonFor("Sark")).toContain("(it is a territory)")
    expect(reasonFor("Kosovo")).toMatch(
      /^"Kosovo" is not a UN Member or observer State; reports are accepted/,
    )
    expect(reasonFor("Africa")).toContain("(it is an M49 region)")
    expect(reasonFor("145")).toContain("(it refers to Western Asia, an M49 sub-region)")
  })

  it("says an unknown name is unknown", () => {
    expect(reasonFor("Atlantis")).toMatch(/^"Atlantis" is not a known State name or ISO\/M49 code; /)
    expect(reasonFor("XX")).toMatch(/not a known State name or ISO\/M49 code/)
  })

  it("says a blank state is missing", () => {
    expect(reasonFor("")).toMatch(/missing/)
    expect(reasonFor("   ")).toMatch(/missing/)
  })

  it("suggests the nearest State for a near miss", () => {
    expect(reasonFor("Argentna")).toContain('did you mean "Argentina" (ARG)?')
    expect(reasonFor("Central Afr")).toContain('did you mean "Central African Republic" (CAF)?')
    expect(reasonFor("Atlantis")).not.toContain("did you mean")
    expect(reasonFor("XX")).not.toContain("did you mean")
  })

  it("never resolves an M49 territory by name or code", () => {
    for (const area of NON_REPORTING_AREAS) {
      for (const spelling of [area.name, area.m49, area.iso3, area.iso2].filter(Boolean)) {
        expect(resolvedIso3(spelling), spelling).toBeUndefined()
      }
    }
  })
})
