import { existsSync, readFileSync } from "node:fs"
import { Result, Schema, SchemaIssue } from "effect"
import cron from "node-cron"
import { UsageError } from "./errors.ts"

/**
 * `poa.config.json` (optional, in the working folder or given with --config): where to read and write,
 * when to run, how many runs to keep, and the thresholds of the figures. Command-line flags override it.
 */
export const PoaConfig = Schema.Struct({
  input: Schema.optional(Schema.NonEmptyString),
  out: Schema.optional(Schema.NonEmptyString),
  cron: Schema.optional(Schema.NonEmptyString),
  timezone: Schema.optional(Schema.NonEmptyString),
  retention: Schema.optional(Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))),
  sdg: Schema.optional(
    Schema.Struct({
      minCountries: Schema.optional(Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))),
      minShareOfStates: Schema.optional(Schema.Number.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 1 })))),
      dataflowVersion: Schema.optional(Schema.NonEmptyString),
      reportingType: Schema.optional(Schema.Literals(["N", "G"]))
    })
  )
})
export type PoaConfig = typeof PoaConfig.Type

/** The settings a run uses, after defaults, the config file and the flags. */
export interface Settings {
  readonly input: string
  readonly out: string
  readonly cron: string
  readonly timezone: string
  readonly retention: number
  readonly sdg: {
    readonly minCountries: number
    readonly minShareOfStates: number
    readonly dataflowVersion: string
    readonly reportingType: "N" | "G"
  }
}

export const DEFAULT_SETTINGS: Settings = {
  input: "fixtures",
  out: "reports",
  cron: "0 2 * * *",
  timezone: "UTC",
  retention: 30,
  sdg: { minCountries: 3, minShareOfStates: 0, dataflowVersion: "1.4", reportingType: "N" }
}

export const CONFIG_FILE = "poa.config.json"

const decodeConfig = Schema.decodeUnknownResult(PoaConfig, { onExcessProperty: "error" })
const formatIssue = SchemaIssue.makeFormatterDefault()

/** Reads the config file: the one given, else ./poa.config.json if present, else none. Errors are usage errors. */
export const readConfigFile = (path: string | undefined): Result.Result<PoaConfig, UsageError> => {
  const file = path ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined)
  if (file === undefined) return Result.succeed({})
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, "utf8"))
  } catch (cause) {
    return Result.fail(new UsageError({ message: `${file}: cannot be read as JSON (${(cause as Error).message})` }))
  }
  const decoded = decodeConfig(json)
  if (Result.isFailure(decoded)) {
    return Result.fail(new UsageError({ message: `${file} is not a valid poa config:\n${formatIssue(decoded.failure.issue)}` }))
  }
  return Result.succeed(decoded.success)
}

export type SettingsOverrides = Partial<Pick<Settings, "input" | "out" | "cron" | "timezone">>

/** Defaults ← config file ← flags; then checks cron and time zone so a bad one fails now, not at 02:00. */
export const resolveSettings = (config: PoaConfig, flags: SettingsOverrides): Result.Result<Settings, UsageError> => {
  const settings: Settings = {
    input: flags.input ?? config.input ?? DEFAULT_SETTINGS.input,
    out: flags.out ?? config.out ?? DEFAULT_SETTINGS.out,
    cron: flags.cron ?? config.cron ?? DEFAULT_SETTINGS.cron,
    timezone: flags.timezone ?? config.timezone ?? DEFAULT_SETTINGS.timezone,
    retention: config.retention ?? DEFAULT_SETTINGS.retention,
    sdg: { ...DEFAULT_SETTINGS.sdg, ...stripUndefined(config.sdg ?? {}) }
  }
  if (!cron.validate(settings.cron)) {
    return Result.fail(
      new UsageError({
        message: `"${settings.cron}" is not a valid cron expression (five or six fields: [second] minute hour day-of-month month day-of-week, e.g. "0 2 * * *")`
      })
    )
  }
  if (!isTimeZone(settings.timezone)) {
    return Result.fail(new UsageError({ message: `"${settings.timezone}" is not a known IANA time zone (e.g. UTC, Europe/Geneva)` }))
  }
  return Result.succeed(settings)
}

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const stripUndefined = <A extends object>(value: A): Partial<A> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<A>
