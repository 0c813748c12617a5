import { stringify } from "yaml"
import { coverageRuleText, type Indicator1642Options, runDate } from "./options.ts"
import type { Indicator1642Result } from "./result.ts"
import { SERIES_1642 } from "./sdmx-csv.ts"

// Goal, target and indicator titles as adopted by the General Assembly (A/RES/71/313) and printed in the
// SDG metadata 16.4.2 (UNODC/UNODA, last updated 2018-07-26); the other texts summarise that metadata.
const GOAL =
  "Goal 16: Promote peaceful and inclusive societies for sustainable development, provide access to justice " +
  "for all and build effective, accountable and inclusive institutions at all levels"
const TARGET =
  "Target 16.4: By 2030, significantly reduce illicit financial and arms flows, strengthen the recovery and " +
  "return of stolen assets and combat all forms of organized crime"
const INDICATOR_NAME =
  "Proportion of seized, found or surrendered arms whose illicit origin or context has been traced or " +
  "established by a competent authority in line with international instruments"

/** How this pipeline computed the figures, with the run's own thresholds and counts. */
const pipelineNote = (result: Indicator1642Result): string => {
  const states = new Set(result.countries.map((country) => country.iso3)).size
  const published = result.aggregates.filter((area) => area.proportion_pct !== null).length
  return [
    "Computed by poa-pipeline from the national reports on the PoA/ITI (normalised answers, revisions applied).",
    "Each figure is attached to the year in its `year` column, or to the reporting cycle when none is given;",
    "for a State and year covered by several cycles' reports, the latest report is used as a whole.",
    "Rows for the same State, year, measure and weapon class (e.g. under different elements) are summed.",
    "A country value needs at least one of seized/found/surrendered and at least one of traced/origin",
    "established; parts not reported are not read as 0. A numerator above the denominator, a missing part or",
    "a zero denominator gives no value and is listed in rejects.csv.",
    "The total uses a State's `all` rows for a part when it gave any, else the sum of its small-arms and",
    "light-weapons rows; weapon-class values are published where both parts exist for the class.",
    "World, M49 region and M49 sub-region values are ratios of sums over the countries with a value,",
    `published only with ${coverageRuleText(result.thresholds)}.`,
    `This run: ${result.countries.filter((c) => c.weapon_class === "all").length} country values from ${states}`,
    `States, ${published} published area values, ${result.rejects.length} rejected State-years or classes.`,
  ].join(" ")
}

/** `sdg/meta/16-4-2.yml`: Open SDG fields and the SDG metadata concepts (SDMX metadata concept keys). */
export const formatOpenSdgMetadata = (
  result: Indicator1642Result,
  options: Pick<Indicator1642Options, "lastUpdate">,
): string =>
  stringify(
    {
      // Open SDG platform fields
      indicator_number: "16.4.2",
      indicator_name: INDICATOR_NAME,
      target_number: "16.4",
      goal_number: "16",
      reporting_status: result.countries.length > 0 ? "complete" : "notstarted",
      data_non_statistical: false,
      graph_type: "bar",
      graph_title: "Arms seized, found or surrendered whose illicit origin was traced or established (%)",
      computation_units: "Percent",
      data_show_map: true,
      source_active_1: true,
      source_organisation_1: "UNODA — national reports on the UN Programme of Action on small arms (PoA/ITI)",
      source_periodicity_1: "Biennial",
      source_last_updated_1: runDate(options.lastUpdate),
      // SDG metadata concepts
      SDG_GOAL: GOAL,
      SDG_TARGET: TARGET,
      SDG_INDICATOR: `Indicator 16.4.2: ${INDICATOR_NAME}`,
      SDG_SERIES_DESCR: `${SERIES_1642} — Proportion of seized, found or surrendered arms whose illicit origin has been traced or established by a competent authority (%)`,
      META_LAST_UPDATE: "2018-07-26",
      SDG_CUSTODIAN_AGENCIES:
        "United Nations Office on Drugs and Crime (UNODC) and United Nations Office for Disarmament Affairs (UNODA)",
      STAT_CONC_DEF:
        "Arms are small arms and light weapons: portable lethal weapons that expel or launch a shot, bullet or " +
        "projectile by the action of an explosive, antiques excluded; they include all firearms as defined in " +
        "the UN Firearms Protocol. Small arms are, broadly, weapons for individual use (revolvers, pistols, " +
        "rifles, carbines, shotguns, sub-machine guns, light machine guns); light weapons are, broadly, weapons " +
        "designed for use by a crew of two or three. Seized arms are arms apprehended by a competent authority in " +
        "the period in relation to a suspected offence; found arms are arms that came into the authorities' " +
        "custody without being seized or surrendered; surrendered arms are arms handed over to the authorities, " +
        "for example in collection programmes. An arm is traced when its illicit origin or context was " +
        "established through a tracing process in line with the International Tracing Instrument, or " +
        "established by a competent authority by other means.",
      UNIT_MEASURE: "Percent (%)",
      CLASS_SYSTEM:
        "Small arms and light weapons as defined in the International Tracing Instrument (A/60/88, 2005).",
      DATA_SOURCE:
        "National reports on the implementation of the Programme of Action on small arms and light weapons (PoA) " +
        "and the International Tracing Instrument (ITI), submitted to UNODA; the custodians also collect the " +
        "figures through the UNODC Illicit Arms Flows Questionnaire.",
      COLL_METHOD:
        "States submit national reports to UNODA in the biennial PoA reporting cycle, using the reporting " +
        "template, whose questions on arms seized, found, surrendered and traced feed this indicator. No " +
        "survey or estimation is involved: the figures are the States' own administrative counts.",
      FREQ_COLL: "Biennial (PoA national reporting cycle).",
      DATA_COMP:
        "Proportion (%) = 100 × (arms whose illicit origin was traced + arms whose illicit origin was " +
        "established by a competent authority) / (arms seized + arms found + arms surrendered), for one country " +
        "and period. Regional and global values are ratios of the summed numerators to the summed denominators " +
        "of the countries with data.",
      IMPUTATION:
        "None. A country without both parts of the indicator has no value, and regional and global values are " +
        "computed from the countries with a value only.",
      REG_AGG:
        `Ratio of sums over the countries with a value; an area is published only with ` +
        `${coverageRuleText(result.thresholds)}. Areas are the M49 World, regions and sub-regions.`,
      REC_USE_LIM:
        "Few States report these counts, and national definitions and recording practices differ (for example " +
        "whether seized counts only arms seized for criminal offences). Tracing can end in a later period than " +
        "the seizure, so a period's numerator may include arms seized earlier. A denominator built from the " +
        "parts a State reported (e.g. seized only) is smaller than the full definition; the parts are published " +
        "beside each value. Regional and global values describe the reporting countries, not the whole area.",
      COMPARABILITY:
        "Figures are the States' own counts under the international definitions; they are comparable across " +
        "countries only as far as national recording practice follows those definitions. Values computed here " +
        "from national reports may differ from those the custodians publish from the Illicit Arms Flows " +
        "Questionnaire.",
      pipeline_note: pipelineNote(result),
    },
    { lineWidth: 0 },
  )
