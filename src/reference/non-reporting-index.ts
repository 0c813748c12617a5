import countries from "i18n-iso-countries"
import { NON_REPORTING_AREAS } from "./non-reporting-areas.ts"
import { normaliseKey } from "./normalise-key.ts"
import { isoNames } from "./state-names.ts"
import { M49_AREAS, type M49Area, STATES } from "./states.ts"

/** Something a report might name that exists but may not report: a territory, a region, a non-UN entity. */
export interface NonReportingEntity {
  readonly name: string
  /** What it is, to tell the reader ("a territory"); undefined when there is nothing neutral to add. */
  readonly kind: string | undefined
  /** True when the key is one of its codes, so the reason should say which entity the code stands for. */
  readonly byCode: boolean
}

const LEVEL_KINDS: Readonly<Record<M49Area["level"], string>> = {
  world: "the M49 world total",
  region: "an M49 region",
  sub_region: "an M49 sub-region",
  intermediate_region: "an M49 intermediate region",
}

const keys = new Map<string, NonReportingEntity>()
// First claim wins: these entries only choose the wording of a refusal, so a clash does not matter.
const add = (spellings: ReadonlyArray<string>, entity: NonReportingEntity) => {
  for (const spelling of spellings) {
    const key = normaliseKey(spelling)
    if (key !== "" && !keys.has(key)) keys.set(key, entity)
  }
}

for (const area of NON_REPORTING_AREAS) {
  const entity = { name: area.name, kind: "a territory" }
  add([area.m49, area.iso3, area.iso2], { ...entity, byCode: true })
  add([area.name, ...isoNames(area.iso2)], { ...entity, byCode: false })
}

for (const area of M49_AREAS) {
  const entity = { name: area.name, kind: LEVEL_KINDS[area.level] }
  add([area.code], { ...entity, byCode: true })
  add([area.name], { ...entity, byCode: false })
}

// Entities with ISO codes that are in neither M49 list (Taiwan, Kosovo): refused without a description.
const described = new Set([...STATES, ...NON_REPORTING_AREAS].map((entry) => entry.iso2))
for (const [iso2, iso3] of Object.entries(countries.getAlpha2Codes())) {
  if (described.has(iso2)) continue
  const names = isoNames(iso2)
  const entity = { name: names[0] ?? iso2, kind: undefined }
  add([iso2, iso3, countries.alpha2ToNumeric(iso2) ?? ""], { ...entity, byCode: true })
  add(names, { ...entity, byCode: false })
}

/**
 * Normalised key → a known entity that may not report. Consulted only after the State index misses, so a
 * name shared with a State ("Micronesia" is also an M49 sub-region) still resolves to the State.
 */
export const NON_REPORTING_KEYS: ReadonlyMap<string, NonReportingEntity> = keys
