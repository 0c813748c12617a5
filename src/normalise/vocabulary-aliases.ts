import { textKey } from "./text-key.ts"
import { MEASURES, type Measure, type Sex, type WeaponClass } from "./vocabularies.ts"

const lookup = <A extends string>(entries: ReadonlyArray<readonly [A, ReadonlyArray<string>]>) => {
  const map = new Map<string, A>()
  for (const [value, aliases] of entries) for (const alias of [value, ...aliases]) map.set(textKey(alias), value)
  return (raw: string): A | undefined => map.get(textKey(raw))
}

// DATA-MODEL §2.1: `female`, `male`, `total` (also F/M/T, women/men); French and Spanish forms too.
export const readSex = lookup<Sex>([
  ["female", ["f", "women", "woman", "femme", "femmes", "mujer", "mujeres", "femenino", "feminin"]],
  ["male", ["m", "men", "man", "homme", "hommes", "hombre", "hombres", "masculino", "masculin"]],
  ["total", ["t", "all", "both", "tous", "todos"]]
])

export const readWeaponClass = lookup<WeaponClass>([
  ["small_arms", ["small arms", "small-arms", "sa"]],
  ["light_weapons", ["light weapons", "light-weapons", "lw"]],
  ["all", ["both", "salw", "total"]]
])

// Measures are a closed vocabulary; only spacing, case and "-" / " " for "_" are forgiven.
const MEASURE_BY_KEY = new Map<string, Measure>(MEASURES.map((m) => [m, m]))
export const readMeasure = (raw: string): Measure | undefined =>
  MEASURE_BY_KEY.get(raw.trim().toLowerCase().replace(/[\s-]+/g, "_"))
