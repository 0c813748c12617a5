import { sectionOf } from "../../../src/outline/outline.ts"
import { OUTLINE } from "../../../src/outline/elements.ts"
import { type EligibleArea, m49EligibleArea, stateArea, WORLD } from "../../../src/matching/eligible-areas.ts"
import type { Need } from "../../../src/matching/need.ts"
import type { Programme } from "../../../src/matching/programme.ts"
import { ASSISTANCE_TYPES, type AssistanceType } from "../../../src/matching/vocabularies.ts"
import { STATES, stateByIso3 } from "../../../src/reference/states.ts"

/** A need built in a test: a priority-2 USD need of Afghanistan for II.A.2.b.ii in the 2020 cycle, unless patched. */
export const makeNeed = (patch: Partial<Need> & { readonly iso3?: string } = {}): Need => {
  const state = stateByIso3(patch.iso3 ?? "AFG")!
  const element = patch.element_id ?? "II.A.2.b.ii"
  const line = patch.source_line ?? 2
  const cycle = patch.cycle ?? 2020
  return {
    need_id: `need:${state.iso3}:${cycle}:test:${line}`,
    iso3: state.iso3,
    m49: state.m49,
    state_name: state.name,
    region_code: state.regionCode,
    region: state.region,
    sub_region_code: state.subRegionCode,
    sub_region: state.subRegion,
    intermediate_region_code: state.intermediateRegionCode,
    cycle,
    element_id: element,
    section: sectionOf(element),
    assistance_types: ["training"],
    amount: 100_000,
    currency: "USD",
    period_start: "",
    period_end: "",
    window_start: `${cycle}-01-01`,
    window_end: `${cycle}-12-31`,
    priority: 2,
    description: "",
    source_file: "assistance/test.csv",
    source_line: line,
    usd_amount: patch.amount === null ? null : (patch.usd_amount ?? patch.amount ?? 100_000),
    usd_per_unit: 1,
    rate_as_of: "",
    ...patch
  }
}

/** A programme built in a test: an active USD programme on II.A open to the world, 2019–2022, unless patched. */
export const makeProgramme = (patch: Partial<Programme> = {}): Programme => {
  const budget = patch.budget_usd === undefined ? 1_000_000 : patch.budget_usd
  const committed = patch.committed_usd ?? 0
  return {
    programme_id: "P1",
    origin: "csv",
    donor: "Donor",
    donor_iso3: "",
    fund: "Fund",
    title: "Programme",
    elements: ["II.A"],
    assistance_types: ["training", "technical"],
    eligible: [WORLD],
    budget,
    committed,
    currency: "USD",
    start: "2019-01-01",
    end: "2022-12-31",
    max_grant: null,
    min_grant: null,
    status: "active",
    requires_report: false,
    gender_marker: null,
    source_file: "programmes/test.csv",
    source_line: 2,
    budget_usd: budget,
    committed_usd: committed,
    available_usd: budget === null ? null : budget - committed,
    max_grant_usd: patch.max_grant_usd ?? null,
    min_grant_usd: patch.min_grant_usd ?? null,
    usd_per_unit: 1,
    rate_as_of: "",
    ...patch
  }
}

/** mulberry32: a tiny seeded generator, so a generated instance is the same on every run. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ITEMS = OUTLINE.filter(
  (e) => (e.kind === "item" || e.kind === "paragraph") && /^I[IV]|^III/.test(e.id)
).map((e) => e.id)
const HEADINGS = OUTLINE.filter((e) => e.kind === "heading" && e.depth <= 3).map((e) => e.id)
const REGIONS = ["002", "019", "142", "150", "009"]
const SUB_REGIONS = ["202", "015", "419", "145", "034", "035", "039", "151"]

/**
 * A synthetic instance shaped like the real thing: needs on outline items from States everywhere, mostly
 * with amounts; programmes on headings, open to a region, a sub-region, a few States or the world.
 */
export const generateInstance = (seed: number, needCount: number, programmeCount: number) => {
  const random = seededRandom(seed)
  const pick = <A>(items: ReadonlyArray<A>): A => items[Math.floor(random() * items.length)]!
  const some = (min: number, max: number): ReadonlyArray<AssistanceType> => {
    const count = min + Math.floor(random() * (max - min + 1))
    const chosen = new Set<AssistanceType>()
    while (chosen.size < count) chosen.add(pick(ASSISTANCE_TYPES))
    return ASSISTANCE_TYPES.filter((t) => chosen.has(t))
  }
  const needs: Array<Need> = []
  for (let i = 0; i < needCount; i++) {
    const amount = random() < 0.1 ? null : Math.round(10_000 + random() * 490_000)
    needs.push(
      makeNeed({
        iso3: pick(STATES).iso3,
        source_line: i + 2,
        need_id: `need:gen:${String(i).padStart(5, "0")}`,
        element_id: pick(ITEMS),
        cycle: random() < 0.5 ? 2020 : 2022,
        assistance_types: some(1, 2),
        amount,
        usd_amount: amount,
        priority: pick([1, 2, 3] as const)
      })
    )
  }
  const programmes: Array<Programme> = []
  for (let i = 0; i < programmeCount; i++) {
    const roll = random()
    const eligible: ReadonlyArray<EligibleArea> =
      roll < 0.2
        ? [WORLD]
        : roll < 0.6
          ? [m49EligibleArea(pick(REGIONS))!]
          : roll < 0.85
            ? [m49EligibleArea(pick(SUB_REGIONS))!]
            : Array.from({ length: 1 + Math.floor(random() * 5) }, () => stateArea(pick(STATES)))
    const budget = Math.round(1_000_000 + random() * 19_000_000)
    const committed = Math.round(budget * random() * 0.3)
    const startYear = 2019 + Math.floor(random() * 3)
    programmes.push(
      makeProgramme({
        programme_id: `P${String(i).padStart(4, "0")}`,
        elements: [
          ...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(HEADINGS)))
        ].filter((e, _, all) => !all.some((o) => o !== e && e.startsWith(o + "."))),
        assistance_types: some(2, 4),
        eligible,
        budget_usd: budget,
        committed_usd: committed,
        available_usd: budget - committed,
        start: `${startYear}-01-01`,
        end: `${startYear + 2 + Math.floor(random() * 3)}-12-31`,
        max_grant_usd: random() < 0.5 ? 200_000 : null,
        min_grant_usd: random() < 0.2 ? 20_000 : null,
        status: random() < 0.9 ? "active" : "closed",
        requires_report: random() < 0.2
      })
    )
  }
  return { needs, programmes }
}
