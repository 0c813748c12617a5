import { fitsWindows1252 } from "./dialects.ts"

/**
 * Free text for answers, notes and descriptions, in the report languages. Commas, doubled quotes and line
 * breaks are there on purpose: they are what makes real CSV hard to split. Everything here must survive
 * Windows-1252 (checked below), since some files are written in it.
 */

export type Lang = "en" | "fr" | "es"

export const TEXT_ANSWERS: Readonly<Record<Lang, ReadonlyArray<string>>> = {
  en: [
    "National Commission on Small Arms, established by decree in 2014",
    "See the national action plan, chapters 2 and 3",
    'Legislation under review ("Firearms Bill"), expected to be adopted next year',
    "Border posts equipped with scanners; joint patrols with neighbouring States",
    "Not applicable: no manufacture of small arms on the national territory",
    "Regular exchange of information with INTERPOL (iARMS) and the regional centre"
  ],
  fr: [
    "Commission nationale de lutte contre la prolifération des armes légères, créée en 2013",
    "Voir le plan d’action national, chapitres 2 et 3",
    'Projet de loi « Armes et munitions » en cours d’examen, adoption prévue l’an prochain',
    "Marquage des armes de l’État : 60 % du stock marqué, le reste d’ici 2025",
    "Coopération régulière avec INTERPOL et le Centre régional de Lomé"
  ],
  es: [
    "Comisión Nacional para el Control de Armas, creada por ley en 2012",
    "Véase el plan de acción nacional, capítulos 2 y 3",
    'Proyecto de ley "Armas, municiones y explosivos" en trámite legislativo',
    "Marcaje del 75 % de las armas del Estado; el resto en 2025",
    "Intercambio periódico de información con INTERPOL y con los países vecinos"
  ]
}

export const NOTES: Readonly<Record<Lang, ReadonlyArray<string>>> = {
  en: [
    "Source: National Police",
    "Provisional figures, to be confirmed",
    'Source: Ministry of Interior, "Annual crime statistics", table 4',
    "See annex 2",
    "Figures for the fiscal year, not the calendar year\nIncludes customs seizures",
    "Data from the national registry, as of 31 December; excludes weapons held by the armed forces"
  ],
  fr: [
    "Source : Police nationale",
    "Chiffres provisoires",
    "Voir annexe 2",
    "Source : Commission nationale, rapport annuel\nChiffres arrêtés au 31 décembre",
    "Budget de l’État : 45 000 € alloués au secrétariat permanent"
  ],
  es: [
    "Fuente: Policía Nacional",
    "Cifras preliminares",
    "Véase el anexo 2",
    "Fuente: Ministerio de Defensa, informe anual\nCifras consolidadas al 31 de diciembre",
    'Incluye las armas entregadas en la campaña "Desarme voluntario"'
  ]
}

/** Figures written as prose: kept as text with parse_quality unparseable, never coerced. */
export const PROSE_NUMBERS: ReadonlyArray<string> = [
  "about 2,000 pounds of ordnance",
  "approximately 150 weapons",
  "more than 300 rifles and pistols",
  "some 40 tonnes of ammunition"
]

export const NEED_DESCRIPTIONS: ReadonlyArray<string> = [
  "Electronic weapons registry: software, servers and data entry of legacy paper records",
  "Marking machines (dot-peen and laser) and training of armourers to mark state-held weapons",
  "Formation des enquêteurs et magistrats au traçage et à l'utilisation d'iARMS",
  "Destrucción de armas incautadas y excedentes: cizallas hidráulicas y transporte",
  'Rehabilitation of ammunition depots ("PSSM"), fencing, alarms and lightning protection',
  "Gender mainstreaming in SALW control: training of the national commission, sex-disaggregated data",
  "Acquisition de scanners pour les postes frontières; formation des douaniers",
  "Capacitación de fiscales y policías en rastreo de armas, con apoyo de INTERPOL"
]

export const PROGRAMME_TITLES: ReadonlyArray<string> = [
  "Small arms control in development and violence-reduction programming",
  "Weapons and ammunition management: stockpile security, marking and record-keeping",
  "Tracing illicit small arms: investigators, prosecutors and forensic capacity",
  "Roadmap for a sustainable solution to illegal possession, misuse and trafficking of SALW",
  "Gender-responsive small arms control, including sex-disaggregated data",
  "Border controls and customs capacity to intercept illicit shipments"
]

const everything = [
  ...Object.values(TEXT_ANSWERS).flat(),
  ...Object.values(NOTES).flat(),
  ...PROSE_NUMBERS,
  ...NEED_DESCRIPTIONS,
  ...PROGRAMME_TITLES
]
const unfit = everything.filter((text) => !fitsWindows1252(text))
if (unfit.length > 0) throw new Error(`texts not representable in Windows-1252: ${unfit.join(" | ")}`)
