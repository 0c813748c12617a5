/**
 * Builds the reference data under ./data/ from the UN M49 methodology table (UNSD, CC0):
 *
 *   npx tsx src/reference/build-states.ts /path/to/unsd_m49_methodology.csv
 *
 * Writes states.csv (the 195 reporting States), m49-regions.csv (every M49 area above country level) and
 * non-reporting-areas.csv (M49 countries or areas that may not report, so the resolver can say why). Only this
 * script reads the M49 source; the pipeline reads the committed output.
 */
import { writeFileSync } from "node:fs"
import countries from "i18n-iso-countries"
import Papa from "papaparse"
import { type CsvRow, field, readCsv } from "./read-csv.ts"

// Whitespace-separated code tables keep the lists compact and easy to compare with their sources.
const codes = (table: string): ReadonlyArray<string> =>
  table
    .split("\n")
    .flatMap((line) => (line.trim().startsWith("//") ? [] : line.trim().split(/\s+/)))
    .filter((code) => code !== "")

// The 193 UN Member States by ISO 3166-1 alpha-3 (https://www.un.org/en/about-us/member-states). Written out
// rather than inferred from M49, whose table mixes States with territories that also carry ISO codes.
const UN_MEMBERS = codes(`
  AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD
  BGR BHR BHS BIH BLR BLZ BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL
  CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK
  DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA
  GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN
  IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO
  LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX
  MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC
  NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY
  QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP
  SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN
  TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB
  ZWE
`)

// Non-member observer States invited to report under the Programme of Action.
const OBSERVERS: ReadonlyArray<string> = ["VAT", "PSE"]

// UN list of Least Developed Countries (UN DESA Committee for Development Policy, "LDC list",
// https://www.un.org/development/desa/dpad/least-developed-country-category.html), as it stands after
// Vanuatu (Dec 2020), Bhutan (Dec 2023) and Sao Tome and Principe (Dec 2024) graduated: 44 countries.
// The M49 source's LDC column predates these graduations, so it is replaced, not trusted. Bangladesh, Lao PDR
// and Nepal are scheduled to graduate on 24 Nov 2026: remove them here and rebuild when that takes effect.
const LDCS = codes(`
  // Africa (32)
  AGO BEN BFA BDI CAF TCD COM COD DJI ERI ETH GMB GIN GNB LSO LBR
  MDG MWI MLI MRT MOZ NER RWA SEN SLE SOM SSD SDN TGO UGA TZA ZMB
  // Asia (8)
  AFG BGD KHM LAO MMR NPL TLS YEM
  // Caribbean (1)
  HTI
  // Pacific (3)
  KIR SLB TUV
`)
const LDC_GRADUATES: ReadonlyArray<string> = ["VUT", "BTN", "STP"]

// Names the UN changed after the source table was published (Türkiye: 2022; Netherlands: 2023).
const CURRENT_UN_NAMES: Readonly<Record<string, string>> = {
  TUR: "Türkiye",
  NLD: "Netherlands (Kingdom of the)",
}

// The source export lost a comma inside this name (it shows as a double space).
const SOURCE_NAME_FIXES: Readonly<Record<string, string>> = { "535": "Bonaire, Sint Eustatius and Saba" }

const assert: (condition: boolean, message: string) => asserts condition = (condition, message) => {
  if (!condition) throw new Error(`build-states: ${message}`)
}

const pad3 = (code: string): string => (code === "" ? "" : code.padStart(3, "0"))
const cleanName = (name: string): string => name.replace(/\s+/g, " ").trim()
const flag = (value: string): string => String(value.trim() !== "")

const sourceName = (row: CsvRow): string => {
  const m49 = pad3(field(row, "M49 Code"))
  return SOURCE_NAME_FIXES[m49] ?? cleanName(field(row, "Country or Area"))
}

const stateRow = (row: CsvRow): Record<string, string> => {
  const iso3 = field(row, "ISO-alpha3 Code")
  const iso2 = countries.alpha3ToAlpha2(iso3)
  assert(iso2 !== undefined, `no ISO alpha-2 code for ${iso3}`)
  return {
    iso3,
    iso2,
    m49: pad3(field(row, "M49 Code")),
    name: CURRENT_UN_NAMES[iso3] ?? sourceName(row),
    status: OBSERVERS.includes(iso3) ? "observer" : "member",
    region_code: pad3(field(row, "Region Code")),
    region: field(row, "Region Name"),
    sub_region_code: pad3(field(row, "Sub-region Code")),
    sub_region: field(row, "Sub-region Name"),
    intermediate_region_code: pad3(field(row, "Intermediate Region Code")),
    intermediate_region: field(row, "Intermediate Region Name"),
    ldc: String(LDCS.includes(iso3)),
    lldc: flag(field(row, "Land Locked Developing Countries (LLDC)")),
    sids: flag(field(row, "Small Island Developing States (SIDS)")),
  }
}

const regionRows = (source: ReadonlyArray<CsvRow>): ReadonlyArray<Record<string, string>> => {
  const areas = new Map<string, { name: string; level: string }>([["001", { name: "World", level: "world" }]])
  const levels = [
    ["Region Code", "Region Name", "region"],
    ["Sub-region Code", "Sub-region Name", "sub_region"],
    ["Intermediate Region Code", "Intermediate Region Name", "intermediate_region"],
  ] as const
  for (const row of source) {
    for (const [codeColumn, nameColumn, level] of levels) {
      const code = pad3(field(row, codeColumn))
      if (code === "") continue
      const name = cleanName(field(row, nameColumn))
      const known = areas.get(code)
      assert(
        known === undefined || (known.name === name && known.level === level),
        `M49 area ${code} differs`,
      )
      areas.set(code, { name, level })
    }
  }
  return [...areas].sort(([a], [b]) => a.localeCompare(b)).map(([code, area]) => ({ code, ...area }))
}

const nonReportingRow = (row: CsvRow): Record<string, string> => {
  const iso3 = field(row, "ISO-alpha3 Code")
  return {
    m49: pad3(field(row, "M49 Code")),
    iso3,
    iso2: iso3 === "" ? "" : (countries.alpha3ToAlpha2(iso3) ?? ""),
    name: sourceName(row),
  }
}

const writeCsv = (
  file: string,
  columns: ReadonlyArray<string>,
  rows: ReadonlyArray<Record<string, string>>,
) => {
  const url = new URL(`./data/${file}`, import.meta.url)
  writeFileSync(url, Papa.unparse(rows.slice(), { columns: columns.slice(), newline: "\n" }) + "\n", "utf8")
  console.log(`wrote ${rows.length} rows to ${url.pathname}`)
}

const main = (sourcePath: string | undefined) => {
  assert(
    sourcePath !== undefined,
    "usage: npx tsx src/reference/build-states.ts /path/to/unsd_m49_methodology.csv",
  )
  assert(UN_MEMBERS.length === 193 && new Set(UN_MEMBERS).size === 193, "the Member State list must hold 193")
  assert(LDCS.length === 44 && new Set(LDCS).size === 44, "the LDC list must hold 44")
  assert(!LDC_GRADUATES.some((iso3) => LDCS.includes(iso3)), "a graduated country is still listed as LDC")

  const reporting = new Set([...UN_MEMBERS, ...OBSERVERS])
  assert(reporting.size === 195, "193 Member States + 2 observer States must make 195")
  assert(
    [...reporting, ...LDCS].every((code) => /^[A-Z]{3}$/.test(code)),
    "codes must be ISO alpha-3",
  )
  assert(
    LDCS.every((iso3) => UN_MEMBERS.includes(iso3)),
    "every LDC must be a Member State",
  )

  const source = readCsv(sourcePath)
  const stateSource = source.filter((row) => reporting.has(field(row, "ISO-alpha3 Code")))
  const states = stateSource.map(stateRow).sort((a, b) => a["iso3"]!.localeCompare(b["iso3"]!))
  assert(states.length === 195, `found ${states.length} of the 195 reporting States in the M49 source`)
  assert(
    states.every((state) => state["region_code"] !== ""),
    "every reporting State must have an M49 region",
  )

  const sourceLdcs = stateSource.filter(
    (row) => flag(field(row, "Least Developed Countries (LDC)")) === "true",
  )
  const dropped = sourceLdcs
    .map((row) => field(row, "ISO-alpha3 Code"))
    .filter((iso3) => !LDCS.includes(iso3))
  console.log(
    `LDC list: ${LDCS.length} (source column had ${sourceLdcs.length}; dropped ${dropped.join(", ")})`,
  )

  writeCsv(
    "states.csv",
    [
      "iso3",
      "iso2",
      "m49",
      "name",
      "status",
      "region_code",
      "region",
      "sub_region_code",
      "sub_region",
      "intermediate_region_code",
      "intermediate_region",
      "ldc",
      "lldc",
      "sids",
    ],
    states,
  )
  writeCsv("m49-regions.csv", ["code", "name", "level"], regionRows(source))
  const others = source.filter((row) => !reporting.has(field(row, "ISO-alpha3 Code"))).map(nonReportingRow)
  writeCsv(
    "non-reporting-areas.csv",
    ["m49", "iso3", "iso2", "name"],
    others.sort((a, b) => a["m49"]!.localeCompare(b["m49"]!)),
  )
}

main(process.argv[2])
