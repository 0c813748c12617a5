import { Console, Effect, Option, Path, Result } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { coverageRuleText } from "../sdg/options.ts"
import { FILE_KINDS, kindOfPath } from "./file-kinds.ts"
import { readConfigFile, resolveSettings, type SettingsOverrides } from "../run/config.ts"
import { UsageError } from "../run/errors.ts"
import { readHistory } from "../run/history.ts"
import { formatRunSummary } from "./summary.ts"

const input = Flag.String("input").pipe(
  Flag.withAlias("i"),
  Flag.withDescription("input folder holding reports/**/*.csv (default: fixtures, or \"input\" in poa.config.json)"),
  Flag.optional
)
const out = Flag.String("out").pipe(
  Flag.withAlias("o"),
  Flag.withDescription("output folder: runs go to <out>/runs/<run-id>/, the last good one is <out>/latest (default: reports)"),
  Flag.optional
)
const config = Flag.String("config").pipe(
  Flag.withDescription("config file (default: ./poa.config.json when present); flags override it"),
  Flag.optional
)
const force = Flag.Boolean("force").pipe(
  Flag.withDescription("ignore the cache and the unchanged-inputs shortcut: read every file again"),
  Flag.withDefault(false)
)

// The pipelines (Vega, arquero, HiGHS, the report) are loaded by the command that runs them, so
// `poa --help`, `poa --version` and `poa runs` start without them.
const pipeline = <A>(load: () => Promise<A>) => Effect.promise(load)

const settingsFrom = (configPath: Option.Option<string>, flags: SettingsOverrides) =>
  Effect.gen(function* () {
    const file = readConfigFile(Option.getOrUndefined(configPath))
    if (Result.isFailure(file)) return yield* file.failure
    const settings = resolveSettings(file.success, flags)
    if (Result.isFailure(settings)) return yield* settings.failure
    return settings.success
  })

const defined = (flags: Record<string, Option.Option<string>>): SettingsOverrides =>
  Object.fromEntries(
    Object.entries(flags).flatMap(([k, v]) => (Option.isSome(v) ? [[k, v.value]] : []))
  ) as SettingsOverrides

const run = Command.make("run", { input, out, config, force }, (flags) =>
  Effect.gen(function* () {
    const path = yield* Path.Path
    const settings = yield* settingsFrom(flags.config, defined({ input: flags.input, out: flags.out }))
    const { runNightly } = yield* pipeline(() => import("../../pipelines/nightly.ts"))
    const outcome = yield* runNightly({ settings, force: flags.force, command: "poa run" })
    if (outcome._tag === "Unchanged") {
      yield* Console.log(
        `poa run: inputs, code and settings unchanged since run ${outcome.manifest.run_id}; nothing to do (use --force to run anyway)\n  latest: ${path.join(settings.out, "latest")}`
      )
      return
    }
    yield* Console.log(formatRunSummary(outcome.manifest, outcome.runDir, path.join(settings.out, "latest")))
  })
).pipe(
  Command.withDescription(
    "Read every input under --input (national reports: reports/**/*.csv), normalise, compute, and publish a run folder as <out>/latest. A run whose inputs, code and settings are unchanged since the last good run does nothing and says so. Exit 0 when the run is published or unchanged (rejected rows are reported in rejects.csv, not fatal), 1 when the run failed or another poa process holds the output folder, 2 on bad usage."
  ),
  Command.withExamples([
    { command: "poa run", description: "run on the bundled fixtures, write to reports/" },
    { command: "poa run --input /data/poa --out /srv/poa-reports", description: "run on your own files" },
    { command: "poa run --force", description: "re-read everything even if nothing changed" }
  ])
)

const files = Argument.String("file").pipe(
  Argument.withDescription("input files to check (national reports, assistance, programmes CSV/IATI XML, rates.csv)"),
  Argument.atLeast(1)
)
const kind = Flag.Literals("kind", FILE_KINDS).pipe(
  Flag.withDescription("read every file as this kind (default: from its path: assistance/, programmes/, rates.csv, else reports)"),
  Flag.optional
)

const validate = Command.make("validate", { files, kind }, ({ files, kind }) =>
  Effect.gen(function* () {
    const path = yield* Path.Path
    let total = 0
    let rejected = 0
    for (const file of files) {
      const exists = yield* Effect.promise(() =>
        import("node:fs/promises").then((fs) => fs.stat(file).then((s) => s.isFile(), () => false))
      )
      if (!exists) return yield* new UsageError({ message: `${file}: no such file` })
      const fileKind = Option.getOrElse(kind, () => kindOfPath(file))
      const { ingestAs } = yield* pipeline(() => import("./ingest-as.ts"))
      const ingest = yield* Effect.promise(() => ingestAs(fileKind, file, path.normalize(file)))
      total += ingest.counts.read
      rejected += ingest.counts.rejected
      // The reason already names the file and line; the code and column come first for grep.
      for (const r of ingest.rejects) yield* Console.log(`${r.reason_code} [${r.column || "-"}] ${r.reason}`)
      for (const w of ingest.warnings) yield* Console.log(`warning: ${w}`)
      yield* Console.log(
        `${ingest.file} (${fileKind}): ${ingest.encoding ?? "?"}${ingest.delimiter ? `, ${ingest.delimiter}-delimited` : ""}, ${ingest.counts.read} rows: ${ingest.counts.accepted} accepted, ${ingest.counts.rejected} rejected${ingest.status === "rejected" ? " (whole file)" : ""}`
      )
    }
    yield* Console.log(`${files.length} files, ${total} rows, ${rejected} rejected`)
  })
).pipe(
  Command.withDescription(
    "Check input files against the data contract and print every reject (reason_code [column] file line N: reason) without writing a run. The kind of each file comes from its path (assistance/, programmes/, rates.csv, else national reports) or --kind. Checks that need the whole run (currency rates, duplicate programmes) are made by poa run. Exit 0 when the files could be checked (even with rejects), 2 on bad usage."
  ),
  Command.withExamples([{ command: "poa validate fixtures/bad/reports/*.csv", description: "check files" }])
)

const cronFlag = Flag.String("cron").pipe(
  Flag.withDescription("cron expression for the runs (default \"0 2 * * *\": 02:00 every day)"),
  Flag.optional
)
const timezone = Flag.String("timezone").pipe(
  Flag.withDescription("IANA time zone the cron expression is read in (default UTC)"),
  Flag.optional
)

const schedule = Command.make("schedule", { cron: cronFlag, timezone, input, out, config }, (flags) =>
  Effect.gen(function* () {
    const settings = yield* settingsFrom(
      flags.config,
      defined({ cron: flags.cron, timezone: flags.timezone, input: flags.input, out: flags.out })
    )
    const { runSchedule } = yield* pipeline(() => import("../run/schedule.ts"))
    yield* runSchedule(settings)
  })
).pipe(
  Command.withDescription(
    "Keep running and start a run at each tick of the cron expression (overlapping ticks are skipped and logged). An invalid cron expression, time zone or config fails at start-up with exit 2. Stop with SIGINT/SIGTERM: a run in progress is abandoned cleanly and latest stays on the last good run."
  ),
  Command.withExamples([
    { command: "poa schedule", description: "run every night at 02:00 UTC" },
    { command: "poa schedule --cron '30 1 * * *' --timezone Europe/Geneva --out /srv/poa", description: "01:30 Geneva time" }
  ])
)

const runs = Command.make("runs", { out, config }, (flags) =>
  Effect.gen(function* () {
    const settings = yield* settingsFrom(flags.config, defined({ out: flags.out }))
    const history = readHistory(settings.out)
    if (history.length === 0) {
      yield* Console.log(`no runs recorded in ${settings.out}/runs/index.json`)
      return
    }
    yield* Console.log("run id                        status      rows read  accepted  rejected  superseded  outputs changed")
    for (const h of history) {
      yield* Console.log(
        [
          h.id.padEnd(29),
          h.status.padEnd(10),
          String(h.rows_read ?? "").padStart(10),
          String(h.rows_accepted ?? "").padStart(9),
          String(h.rows_rejected ?? "").padStart(9),
          String(h.rows_superseded ?? "").padStart(11),
          String(h.outputs_changed ?? "").padStart(16),
          h.error ? `  ${h.error}` : ""
        ].join(" ")
      )
    }
  })
).pipe(Command.withDescription("List the run history (<out>/runs/index.json), oldest first."))

const sdgOut = Flag.String("out").pipe(
  Flag.withAlias("o"),
  Flag.withDescription("folder for the extract, replaced as a whole (default: reports/sdg-16-4-2)"),
  Flag.withDefault("reports/sdg-16-4-2")
)

const sdg = Command.make("sdg", { input, out: sdgOut, config }, (flags) =>
  Effect.gen(function* () {
    const settings = yield* settingsFrom(flags.config, defined({ input: flags.input }))
    const { runSdgExtract } = yield* pipeline(() => import("../../pipelines/sdg-16-4-2.ts"))
    const { result, inputRejects } = yield* runSdgExtract(settings, flags.out)
    const published = result.aggregates.filter((a) => a.proportion_pct !== null).length
    yield* Console.log(
      [
        `poa sdg: SDG 16.4.2 from ${settings.input}`,
        `  country values: ${result.countries.length}; area values published: ${published} of ${result.aggregates.length} (${coverageRuleText(result.thresholds)})`,
        `  State-years without a value: ${result.rejects.length}; input rows rejected: ${inputRejects} (see rejects.csv)`,
        `  written to ${flags.out}/: 16-4-2.csv, 16-4-2.sdmx.csv, indicator_16-4-2.csv, meta/16-4-2.yml, rejects.csv`
      ].join("\n")
    )
  })
).pipe(
  Command.withDescription(
    "Compute only the SDG 16.4.2 extract from the national reports under --input and write it to --out (analyst CSV, SDMX-CSV for IAEG-SDGs:DF_SDG_GLH, Open SDG data and metadata, rejects). Thresholds and SDMX settings come from poa.config.json (sdg.*). Exit 0 when written, 2 on bad usage."
  ),
  Command.withExamples([{ command: "poa sdg --input fixtures --out /tmp/sdg", description: "the extract of the fixtures" }])
)

const matchOut = Flag.String("out").pipe(
  Flag.withAlias("o"),
  Flag.withDescription("folder for the matching outputs, replaced as a whole (default: reports/needs-vs-resources)"),
  Flag.withDefault("reports/needs-vs-resources")
)

const match = Command.make("match", { input, out: matchOut, config }, (flags) =>
  Effect.gen(function* () {
    const settings = yield* settingsFrom(flags.config, defined({ input: flags.input }))
    const { runMatchExtract } = yield* pipeline(() => import("../../pipelines/needs-vs-resources.ts"))
    const stage = yield* runMatchExtract(settings.input, flags.out)
    const m = stage.result.summary
    const usd = (x: number) => `USD ${Math.round(x).toLocaleString("en-US")}`
    yield* Console.log(
      [
        `poa match: needs against resources from ${settings.input}`,
        `  ${m.needs.total} needs (${m.needs.not_specified} without an amount), ${m.programmes.donor_programmes} programmes and ${m.programmes.offers} offers; ${m.eligible_pairs} eligible pairs`,
        `  requirements ${usd(m.requirements_usd)}; optimum covers ${usd(m.optimum.matched_usd)} (${m.optimum.coverage_pct ?? "-"}%), greedy ${usd(m.greedy.matched_usd)} (${m.greedy.coverage_pct ?? "-"}%); LP ${m.lp.status}, ${m.lp.solve_ms} ms`,
        `  fully met ${m.needs.fully_met}, partly ${m.needs.partly_met}, no eligible programme ${m.needs.no_eligible_programme}, budgets exhausted ${m.needs.budgets_exhausted}; input rows rejected: ${stage.rejects.length}`,
        `  written to ${flags.out}/: matching/*.csv, matching/summary.json, normalised/needs.csv, normalised/programmes.csv, charts/, rejects.csv`
      ].join("\n")
    )
  })
).pipe(
  Command.withDescription(
    "Match the assistance needs States declare to donor programmes and offers (optimal LP beside a greedy baseline, with reasons) and write only the matching outputs to --out. Reads assistance/, programmes/ (CSV and IATI XML), rates.csv and the national reports (for the report-submitted rule). Exit 0 when written, 2 on bad usage."
  ),
  Command.withExamples([{ command: "poa match --input fixtures --out /tmp/match", description: "match the fixtures" }])
)

export const poa = Command.make("poa").pipe(
  Command.withDescription(
    "poa-pipeline: national reports on the UN Programme of Action on small arms (PoA/ITI) → normalised data, figures and reports, with every row accounted for."
  ),
  Command.withSubcommands([run, validate, match, sdg, schedule, runs])
)
