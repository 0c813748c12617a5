import { Effect, Fiber, type FileSystem, type Path } from "effect"
import cron from "node-cron"
import { runNightly } from "../../pipelines/nightly.ts"
import type { Settings } from "./config.ts"
import { withLock } from "./lock.ts"

/**
 * `poa schedule`: a run at each cron tick (node-cron 4, `noOverlap`: a tick that comes while a run is still
 * going is skipped and logged, never queued). The scheduler holds the folder's schedule lock so a second
 * scheduler is refused; each run still takes the run lock, so a manual `poa run` cannot collide with it.
 * On SIGINT/SIGTERM the scheduler stops and a run in progress is interrupted, which abandons it cleanly.
 */
export const runSchedule = (settings: Settings) =>
  withLock(
    settings.out,
    "schedule",
    "poa schedule",
    Effect.scoped(
      Effect.gen(function* () {
        const context = yield* Effect.context<FileSystem.FileSystem | Path.Path>()
        let running: Fiber.Fiber<unknown, unknown> | undefined

        const oneRun = runNightly({ settings, force: false, command: "poa schedule" }).pipe(
          Effect.tap((outcome) =>
            outcome._tag === "Unchanged"
              ? Effect.logInfo("scheduled run: nothing changed since the last good run")
              : Effect.logInfo(
                  `scheduled run ${outcome.manifest.run_id} published: ${outcome.manifest.totals.rows_accepted} rows accepted, ${outcome.manifest.totals.rows_rejected} rejected`
                )
          ),
          Effect.catch((error) => Effect.logError(`scheduled run failed: ${error.message}`))
        )

        const task = yield* Effect.acquireRelease(
          Effect.sync(() =>
            cron.schedule(
              settings.cron,
              () => {
                const fiber = Effect.runForkWith(context)(oneRun)
                running = fiber
                return Effect.runPromise(Fiber.await(fiber)).finally(() => {
                  if (running === fiber) running = undefined
                })
              },
              { timezone: settings.timezone, noOverlap: true, name: "poa-nightly" }
            )
          ),
          (task) =>
            Effect.gen(function* () {
              yield* Effect.promise(async () => task.destroy())
              if (running) yield* Fiber.interrupt(running)
              yield* Effect.logInfo("scheduler stopped")
            })
        )
        task.on("execution:overlap", (ctx) => {
          Effect.runForkWith(context)(
            Effect.logWarning(
              `skipped the tick of ${ctx.date.toISOString()}: the previous run is still running`
            ).pipe(Effect.annotateLogs({ stage: "schedule", event: "overlap" }))
          )
        })
        yield* Effect.logInfo(
          `scheduler started: "${settings.cron}" (${settings.timezone}), input ${settings.input}, output ${settings.out}; next run ${task.getNextRun()?.toISOString() ?? "never"}`
        ).pipe(Effect.annotateLogs({ stage: "schedule" }))
        return yield* Effect.never
      })
    )
  )
