import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs"
import { basename, join } from "node:path"
import writeFileAtomic from "write-file-atomic"

/** One line of `<out>/runs/index.json`: what a run did. */
export interface RunHistoryEntry {
  readonly id: string
  readonly started_at: string
  readonly finished_at: string
  /** ok: published as latest; unchanged: inputs and code as in the last good run, nothing done; failed / abandoned: latest untouched */
  readonly status: "ok" | "unchanged" | "failed" | "abandoned"
  readonly rows_read: number | null
  readonly rows_accepted: number | null
  readonly rows_rejected: number | null
  readonly rows_superseded: number | null
  /** outputs whose content differs from the previous good run (null when there was none) */
  readonly outputs_changed: number | null
  readonly error?: string
}

const indexPath = (out: string): string => join(out, "runs", "index.json")

export const readHistory = (out: string): Array<RunHistoryEntry> => {
  const path = indexPath(out)
  if (!existsSync(path)) return []
  return JSON.parse(readFileSync(path, "utf8")) as Array<RunHistoryEntry>
}

/** Appends a run to the history; the index is replaced atomically so a crash never leaves half a file. */
export const appendHistory = async (out: string, entry: RunHistoryEntry): Promise<void> => {
  const entries = readHistory(out)
  entries.push(entry)
  await writeFileAtomic(indexPath(out), JSON.stringify(entries, null, 2) + "\n")
}

/** The run folder `latest` points at, if any. */
export const latestRunId = (out: string): string | undefined => {
  try {
    return basename(readlinkSync(join(out, "latest")))
  } catch {
    return undefined
  }
}

/**
 * Keeps the newest `retention` run folders (good, failed or abandoned alike; ids sort by time) and never
 * the one `latest` points at; older ones are deleted. Partial folders of a run in progress are left alone.
 */
export const pruneRuns = (out: string, retention: number): Array<string> => {
  const runs = join(out, "runs")
  if (!existsSync(runs)) return []
  const keep = latestRunId(out)
  const folders = readdirSync(runs, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.endsWith(".partial"))
    .map((e) => e.name)
    .sort()
  const removed: Array<string> = []
  for (const name of folders.slice(0, Math.max(0, folders.length - retention))) {
    if (name === keep) continue
    rmSync(join(runs, name), { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}
