import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

/** GNU time reports the child's peak RSS (%M, KiB) from the kernel's own accounting at exit. */
const GNU_TIME = "/usr/bin/time"
export const HAS_GNU_TIME = existsSync(GNU_TIME)
const MAX_RSS_PRELOAD = fileURLToPath(new URL("../max-rss-on-exit.ts", import.meta.url))

export interface ChildRun {
  readonly code: number | null
  readonly wallMs: number
  /** peak resident set size in KiB; null if it could not be read */
  readonly maxRssKb: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs `node <args>` and measures its wall time and peak RSS: under GNU time when it is installed, else
 * through a preload that writes process.resourceUsage().maxRSS when the process exits.
 */
export const runNode = (args: ReadonlyArray<string>, options: { readonly cwd: string; readonly env?: Record<string, string> }): Promise<ChildRun> => {
  const scratch = mkdtempSync(join(tmpdir(), "poa-bench-rss-"))
  const rssFile = join(scratch, "max-rss")
  const [command, commandArgs] = HAS_GNU_TIME
    ? [GNU_TIME, ["-f", "%M", "-o", rssFile, process.execPath, ...args]]
    : [process.execPath, ["--import", "tsx", "--import", MAX_RSS_PRELOAD, ...args]]
  const env = { ...process.env, ...options.env, NO_COLOR: "1", POA_BENCH_MAX_RSS_FILE: rssFile }
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const child = spawn(command, commandArgs, { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => {
      stdout += d
    })
    child.stderr.on("data", (d) => {
      // Keep the tail only: a long run logs one JSON line per stage and file.
      stderr = (stderr + d).slice(-20_000)
    })
    child.on("error", reject)
    child.on("close", (code) => {
      const wallMs = performance.now() - t0
      let maxRssKb: number | null = null
      if (existsSync(rssFile)) {
        const lines = readFileSync(rssFile, "utf8").trim().split("\n")
        const value = Number(lines[lines.length - 1])
        maxRssKb = Number.isFinite(value) && value > 0 ? value : null
      }
      rmSync(scratch, { recursive: true, force: true })
      resolve({ code, wallMs, maxRssKb, stdout, stderr })
    })
  })
}
