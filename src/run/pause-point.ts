import { Effect } from "effect"
import { RunFailed } from "./errors.ts"

/**
 * Fault injection for the crash-safety tests, at named points of a run (`after-lock`, `after-ingest`,
 * `during-write`, `before-publish`): when `POA_PAUSE_AT` names the point, the run says so on stderr and
 * waits `POA_PAUSE_MS` (default 60 s) there, so a test can kill it at a known moment; when `POA_FAIL_AT`
 * names it, the run fails there as a real failure would. Unset in normal use: costs nothing.
 */
export const pausePoint = (point: string) =>
  Effect.suspend(() => {
    if (process.env["POA_FAIL_AT"] === point) {
      return Effect.fail(new RunFailed({ message: `failure injected at ${point} (POA_FAIL_AT)` }))
    }
    if (process.env["POA_PAUSE_AT"] !== point) return Effect.void
    const ms = Number(process.env["POA_PAUSE_MS"] ?? 60_000)
    return Effect.sync(() => process.stderr.write(`poa: paused at ${point} (pid ${process.pid})\n`)).pipe(
      Effect.andThen(Effect.sleep(ms))
    )
  })
