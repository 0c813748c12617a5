import { Console, Effect, Path } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { runNightly } from "../../pipelines/nightly.ts"
import { ingestFile } from "../ingest/ingest-file.ts"
import { REPORT_FILE } from "../normalise/report-row.ts"
import { UsageError } from "../run/errors.ts"
import { formatRunSummary } from "./summary.ts"

const input = Flag.String("input").pipe(
  Flag.withAlias("i"),
  Flag.withDescription("input folder holding reports/**/*.csv (default: fixtures)"),
  Flag.withDefault("fixtures")
)
const out = Flag.String("out").pipe(
  Flag.withAlias("o"),
  Flag.withDescription("output folder: runs go to <out>/runs/<run-id>/, the last good one is <out>/latest (default: reports)"),
  Flag.withDefault("reports")
)

const run = Command.make("run", { input, out }, ({ input, out }) =>
  Effect.gen(function* () {
    const path = yield* Path.Path
    const result = yield* runNightly({ input, out })
    yield* Console.log(formatRunSummary(result.manifest, result.runDir, path.join(out, "latest")))
  })
).pipe(
  Command.withDescription(
    "Read every national report CSV under --input, normalise it, and publish a run folder (manifest.json, rejects.csv, normalised/answers.csv and .arrow) as <out>/latest. Exit 0 when the run is published (rejected rows are reported, not fatal), 1 when the run failed, 2 on bad usage."
  ),
  Command.withExamples([
    { command: "poa run", description: "run on the bundled fixtures, write to reports/" },
    { command: "poa run --input /data/poa --out /srv/poa-reports", description: "run on your own files" }
  ])
)

const files = Argument.String("file").pipe(
  Argument.withDescription("national report CSV files to check"),
  Argument.atLeast(1)
)

const validate = Command.make("validate", { files }, ({ files }) =>
  Effect.gen(function* () {
    const path = yield* Path.Path
    let total = 0
    let rejected = 0
    for (const file of files) {
      const exists = yield* Effect.promise(() =>
        import("node:fs/promises").then((fs) => fs.stat(file).then((s) => s.isFile(), () => false))
      )
      if (!exists) return yield* new UsageError({ message: `${file}: no such file` })
      const ingest = yield* Effect.promise(() => ingestFile(file, path.normalize(file), REPORT_FILE))
      total += ingest.counts.read
      rejected += ingest.counts.rejected
      for (const r of ingest.rejects) yield* Console.log(`${r.file}:${r.line}:${r.column || "-"}: ${r.reason_code}: ${r.reason}`)
      for (const w of ingest.warnings) yield* Console.log(`warning: ${w}`)
      yield* Console.log(
        `${ingest.file}: ${ingest.encoding ?? "?"}, ${ingest.delimiter ?? "?"}-delimited, ${ingest.counts.read} rows: ${ingest.counts.accepted} accepted, ${ingest.counts.rejected} rejected${ingest.status === "rejected" ? " (whole file)" : ""}`
      )
    }
    yield* Console.log(`${files.length} files, ${total} rows, ${rejected} rejected`)
  })
).pipe(
  Command.withDescription(
    "Check national report CSV files against the data contract and print every reject (file:line:column: reason_code: reason) without writing a run. Exit 0 when the files could be checked (even with rejects), 2 on bad usage."
  ),
  Command.withExamples([{ command: "poa validate fixtures/bad/reports/*.csv", description: "check files" }])
)

export const poa = Command.make("poa").pipe(
  Command.withDescription(
    "poa-pipeline: national reports on the UN Programme of Action on small arms (PoA/ITI) → normalised data, with every row accounted for."
  ),
  Command.withSubcommands([run, validate])
)
