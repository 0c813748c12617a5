import { Effect } from "effect"

/**
 * Fault injection for the crash-safety tests: when `POA_PAUSE_AT` names this point, the run says so on
 * stderr and waits `POA_PAUSE_MS` (default 60 s) there, so a test can kill it at a known moment. Points:
 * `after-lock`, `after-ingest`, `during-write`, `before-publish`. Unset in normal use: costs nothing.
 */
export const pausePoint = (point: string) =>
  Effect.suspend(() => {
    if (process.env["POA_PAUSE_AT"] !== point) return Effect.void
    const ms = Number(process.env["POA_PAUSE_MS"] ?? 60_000)
    return Effect.sync(() => process.stderr.write(`poa: paused at ${point} (pid ${process.pid})\n`)).pipe(
      Effect.andThen(Effect.sleep(ms))
    )
  })
