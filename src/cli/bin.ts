import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Console, Effect } from "effect"
import { Command } from "effect/cli"
import { codeVersion } from "../run/code-version.ts"
import { loggerLayer } from "../run/logging.ts"
import { poa } from "./commands.ts"

/**
 * The `poa` entry point — the only place that calls runMain (STACK pitfall 5). runMain turns SIGINT and
 * SIGTERM into interruption, so a run in progress is abandoned cleanly. Exit codes: 0 done, 1 a run failed
 * or the output folder is locked by another poa process (the previous `latest` is untouched), 2 bad usage.
 */
const program = Command.run(poa, { version: codeVersion().package }).pipe(
  Effect.catchTags({
    UsageError: (e) => Console.error(`poa: ${e.message}`).pipe(Effect.andThen(setExitCode(2))),
    LockHeld: (e) => Console.error(`poa: ${e.message}`).pipe(Effect.andThen(setExitCode(1))),
    RunFailed: (e) =>
      Console.error(`poa: the run failed: ${e.message}${e.runDir ? `\n  the unfinished run is kept in ${e.runDir}` : ""}`).pipe(
        Effect.andThen(setExitCode(1))
      )
  }),
  // What is left are the CLI parser's own errors (unknown flag, missing argument), already printed with help.
  Effect.catch(() => setExitCode(2)),
  Effect.provide(loggerLayer),
  Effect.provide(NodeServices.layer)
)

function setExitCode(code: number) {
  return Effect.sync(() => {
    process.exitCode = code
  })
}

NodeRuntime.runMain(program, { disableErrorReporting: false })
