/**
 * Settings of the SDG 16.4.2 stage. The computation reads the two thresholds; the writers read the rest.
 *
 * Why the threshold defaults:
 * - `minCountries` 3: SDG metadata 16.4.2 asks for no imputation, so an area value stands only for the
 *   countries that reported. With one country the "regional" value is that country's own figure, and with
 *   two either country can read the other's off it; three is the smallest group that is an aggregate.
 * - `minShareOfStates` 0: the metadata sets no coverage share, and PoA national reports rarely carry
 *   seizure and tracing figures, so any share above 0 would withhold nearly every area. Raise it (e.g. 0.5)
 *   for a publication that must represent the area; the countries count is always written beside the value.
 */
export interface Indicator1642Options {
  /** an area gets a value only with at least this many countries with a published value */
  readonly minCountries: number
  /** ...and only when those countries are at least this share (0–1) of the area's reporting States */
  readonly minShareOfStates: number
  /** version of dataflow IAEG-SDGs:DF_SDG_GLH in the SDMX-CSV DATAFLOW cell (SDG DSD 1.4) */
  readonly dataflowVersion: string
  /** SDG DSD REPORTING_TYPE: N national data (what national reports are), G global (as the custodian files it) */
  readonly reportingType: "N" | "G"
  /** the run date, `YYYY-MM-DD` (a longer ISO date-time is cut to its date): SDMX DATA_LAST_UPDATE */
  readonly lastUpdate: string
}

export type ThresholdOptions = Pick<Indicator1642Options, "minCountries" | "minShareOfStates">

export const DEFAULT_INDICATOR_1642_OPTIONS: Omit<Indicator1642Options, "lastUpdate"> = {
  minCountries: 3,
  minShareOfStates: 0,
  dataflowVersion: "1.4",
  reportingType: "N",
}

/** The full options from what a caller gives: `lastUpdate` is required (there is no sensible default date). */
export const indicator1642Options = (
  given: Partial<Indicator1642Options> & Pick<Indicator1642Options, "lastUpdate">,
): Indicator1642Options => {
  const options = { ...DEFAULT_INDICATOR_1642_OPTIONS, ...given }
  thresholdOptions(options)
  return options
}

/** The thresholds from what a caller gives, defaults filled in; nonsense values are a programming error. */
export const thresholdOptions = (given: Partial<ThresholdOptions> = {}): ThresholdOptions => {
  const minCountries = given.minCountries ?? DEFAULT_INDICATOR_1642_OPTIONS.minCountries
  const minShareOfStates = given.minShareOfStates ?? DEFAULT_INDICATOR_1642_OPTIONS.minShareOfStates
  if (!Number.isInteger(minCountries) || minCountries < 1)
    throw new Error(`SDG 16.4.2: minCountries must be a whole number ≥ 1, got ${minCountries}`)
  if (!(minShareOfStates >= 0 && minShareOfStates <= 1))
    throw new Error(`SDG 16.4.2: minShareOfStates must be between 0 and 1, got ${minShareOfStates}`)
  return { minCountries, minShareOfStates }
}

/** `2026-03-14` or `2026-03-14T09:30:00Z` → `2026-03-14`; anything else is a programming error. */
export const runDate = (lastUpdate: string): string => {
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(lastUpdate.trim())
  if (match?.[1] === undefined)
    throw new Error(`SDG 16.4.2: lastUpdate must be YYYY-MM-DD, got "${lastUpdate}"`)
  return match[1]
}

/** The coverage rule in words, for metadata, charts and the report: "at least 3 countries with a value …". */
export const coverageRuleText = ({ minCountries, minShareOfStates }: ThresholdOptions): string => {
  const countries = `at least ${minCountries} ${minCountries === 1 ? "country" : "countries"} with a value`
  return minShareOfStates > 0
    ? `${countries}, making up at least ${Number((minShareOfStates * 100).toFixed(1))}% of the area's reporting States`
    : countries
}
