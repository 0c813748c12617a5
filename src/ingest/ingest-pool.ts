import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"
import type { AnswerChunk } from "../normalise/answer-columns.ts"
import type { AnswerRow } from "../normalise/answer-row.ts"
import { REPORT_FILE } from "../normalise/report-row.ts"
import { type FileIngest, ingestFile } from "./ingest-file.ts"
import type { PoolReply, PoolRequest } from "./pool-messages.ts"

type ReportIngest = FileIngest<AnswerRow, AnswerChunk>

interface Task {
  readonly id: number
  readonly path: string
  readonly file: string
  readonly onBytes: ((bytes: number) => void) | undefined
  readonly resolve: (ingest: ReportIngest) => void
  readonly reject: (error: Error) => void
}

/** Reads national report files on the main thread and on worker threads at once. */
export interface ReportIngestPool {
  /** Reads one file; results are the same as ingestFile(path, file, REPORT_FILE) on the main thread. */
  readonly read: (path: string, file: string, onBytes?: (bytes: number) => void) => Promise<ReportIngest>
  /** Stops the workers (also those not yet started); reads still queued are refused. */
  readonly close: () => Promise<void>
  /** Files read by workers so far (the rest were read on the main thread). */
  readonly readByWorkers: () => number
  /** Why workers stopped before the pool was closed (e.g. one could not start); the run logs them. */
  readonly problems: () => ReadonlyArray<string>
}

const WORKER_ENTRY = new URL("./ingest-worker-entry.js", import.meta.url)

/**
 * A pool that reads report files on the main thread right away and on `workers` worker threads as soon as
 * they are ready. A worker takes ≈0.7 s to start (it loads Effect and the project through tsx), the time the
 * main thread needs to read ≈20 MB, so the main thread never waits for one: whatever is queued goes to
 * whichever is free first, and a small input is read before any worker is up. Answer columns come back from
 * a worker as transferred buffers; only the texts and rejects are copied. A worker that fails to start is
 * dropped and the main thread carries on; a file that fails in a worker fails its read, as it would on the
 * main thread.
 */
export const makeReportIngestPool = (
  workers: number,
  options: {
    /** false: only the workers read (tests of the worker path); true by default */
    readonly mainThreadReads?: boolean
    /** the worker's entry module (tests: one that fails) */
    readonly entry?: URL
  } = {}
): ReportIngestPool => {
  const mainThreadReads = options.mainThreadReads ?? true
  const queue: Array<Task> = []
  let nextId = 0
  let mainBusy = false
  let closed = false
  let byWorkers = 0
  const idle: Array<Worker> = []
  const running = new Map<Worker, Task>()
  const all: Array<Worker> = []
  const alive = new Set<Worker>()
  const problems: Array<string> = []

  const dispatch = () => {
    while (mainThreadReads && queue.length > 0 && !mainBusy) {
      const task = queue.shift()!
      mainBusy = true
      ingestFile(task.path, task.file, REPORT_FILE, task.onBytes).then(task.resolve, task.reject).finally(() => {
        mainBusy = false
        dispatch()
      })
    }
    while (queue.length > 0 && idle.length > 0) {
      const worker = idle.pop()!
      const task = queue.shift()!
      running.set(worker, task)
      worker.postMessage({ id: task.id, path: task.path, file: task.file } satisfies PoolRequest)
    }
  }

  const release = (worker: Worker) => {
    running.delete(worker)
    if (!closed) idle.push(worker)
    dispatch()
  }

  for (let w = 0; w < workers; w++) {
    const worker = new Worker(options.entry ?? WORKER_ENTRY)
    all.push(worker)
    worker.unref()
    worker.on("message", (message: PoolReply) => {
      if (message._tag === "Ready") {
        if (closed) void worker.terminate()
        else release(worker)
        return
      }
      const task = running.get(worker)
      if (task === undefined || task.id !== message.id) return
      if (message._tag === "Bytes") task.onBytes?.(message.bytes)
      else if (message._tag === "Done") {
        byWorkers++
        task.resolve(message.ingest)
        release(worker)
      } else {
        task.reject(new Error(message.message))
        release(worker)
      }
    })
    alive.add(worker)
    // A worker that cannot start, throws or exits is dropped; a file it was reading fails with the reason,
    // and the main thread carries on with the rest.
    worker.on("error", (error) => drop(worker, error instanceof Error ? error.message : String(error)))
    worker.on("exit", (code) => drop(worker, `the ingest worker exited with code ${code}`))
  }

  function drop(worker: Worker, reason: string) {
    if (!alive.delete(worker)) return
    const idleAt = idle.indexOf(worker)
    if (idleAt >= 0) idle.splice(idleAt, 1)
    const task = running.get(worker)
    running.delete(worker)
    if (closed) return
    problems.push(reason)
    task?.reject(new Error(reason))
    // With nobody left to read (workers only), what is queued can never be read.
    if (!mainThreadReads && alive.size === 0) {
      for (const queued of queue.splice(0)) queued.reject(new Error(`no ingest worker is left: ${reason}`))
    }
  }

  return {
    read: (path, file, onBytes) =>
      new Promise<ReportIngest>((resolve, reject) => {
        if (closed) return reject(new Error("the ingest pool is closed"))
        queue.push({ id: nextId++, path, file, onBytes, resolve, reject })
        dispatch()
      }),
    close: async () => {
      closed = true
      for (const task of [...queue.splice(0), ...running.values()]) {
        task.reject(new Error("the ingest pool was closed before this file was read"))
      }
      running.clear()
      await Promise.all(all.map((worker) => worker.terminate()))
    },
    readByWorkers: () => byWorkers,
    problems: () => [...problems]
  }
}

/**
 * Positions of `sizes` largest first (ties in order): the order to hand files to the pool, so that no big
 * file is left to start last while the other thread has nothing to do.
 */
export const largestFirst = (sizes: ReadonlyArray<number>): Array<number> =>
  sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b)

/** Below this many bytes to read, a worker would start after the main thread is done: none is started. */
export const POOL_MIN_BYTES = 64 * 2 ** 20

/**
 * How many ingest workers to start for files totalling `bytes`: POA_INGEST_WORKERS when set (0 reads on the
 * main thread only), otherwise one fewer than the cores (the main thread reads too; at most 3), none for a
 * single file or less than POOL_MIN_BYTES.
 */
export const ingestWorkersFor = (files: number, bytes: number, cores: number = availableParallelism()): number => {
  const setting = process.env.POA_INGEST_WORKERS
  if (setting !== undefined && setting !== "") {
    const n = Number(setting)
    if (!Number.isInteger(n) || n < 0) throw new Error(`POA_INGEST_WORKERS must be a whole number ≥ 0, got "${setting}"`)
    return Math.min(n, Math.max(files - 1, 0))
  }
  if (files < 2 || bytes < POOL_MIN_BYTES) return 0
  return Math.max(0, Math.min(cores - 1, 3, files - 1))
}
