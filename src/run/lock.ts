import { readFileSync, writeFileSync, rmSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import { Effect, Schema } from "effect"
import lockfile from "proper-lockfile"

/** Another poa process holds the lock on this output folder. */
export class LockHeld extends Schema.TaggedError<LockHeld>()("LockHeld", {
  message: Schema.String
}) {}

/**
 * How long a lock may go without its owner refreshing it before it counts as left by a crashed process.
 * proper-lockfile refreshes the lock's mtime every stale/2 ms while the owner lives; a SIGKILLed owner
 * stops refreshing, so after this long the next run takes the lock over. (Its floor is 2 s.)
 */
const staleMs = (): number => Number(process.env["POA_LOCK_STALE_MS"] ?? 10_000)

/**
 * Runs `effect` holding the lock `<out>/.poa-<name>.lock` (a directory made atomically by mkdir, with a
 * sibling JSON saying who holds it). A second process gets `LockHeld` with that owner named, at once.
 */
export const withLock = <A, E, R>(out: string, name: string, command: string, effect: Effect.Effect<A, E, R>) =>
  Effect.acquireUseRelease(
    Effect.tryPromise({
      try: async () => {
        mkdirSync(out, { recursive: true })
        const lockPath = join(out, `.poa-${name}.lock`)
        const infoPath = `${lockPath}.json`
        // proper-lockfile keys its bookkeeping by the locked path: one path per lock name, so the scheduler's
        // lock and a run's lock in the same folder stay independent.
        const release = await lockfile.lock(join(out, `.poa-${name}`), {
          lockfilePath: lockPath,
          stale: staleMs(),
          retries: 0,
          realpath: false,
          // The lock was lost (e.g. the machine was suspended past the stale time): stop rather than race.
          onCompromised: (error) => {
            process.stderr.write(`poa: lost the ${name} lock on ${out}: ${error.message}\n`)
            process.exit(1)
          }
        })
        writeFileSync(infoPath, JSON.stringify({ pid: process.pid, command, since: new Date().toISOString() }) + "\n")
        return { release, infoPath }
      },
      catch: (cause) => {
        const code = (cause as { code?: string }).code
        if (code !== "ELOCKED") return new LockHeld({ message: `cannot lock ${out}: ${String(cause)}` })
        return new LockHeld({ message: `${out} is in use by another poa process (${describeOwner(out, name)}); try again when it has finished` })
      }
    }),
    () => effect,
    ({ release, infoPath }) =>
      Effect.promise(async () => {
        rmSync(infoPath, { force: true })
        await release().catch(() => undefined)
      })
  )

const describeOwner = (out: string, name: string): string => {
  try {
    const info = JSON.parse(readFileSync(join(out, `.poa-${name}.lock.json`), "utf8")) as {
      pid: number
      command: string
      since: string
    }
    return `pid ${info.pid}, "${info.command}", since ${info.since}`
  } catch {
    return "owner unknown"
  }
}
