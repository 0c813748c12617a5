import { Effect } from "effect"
import type { InputFile } from "../ingest/discover-inputs.ts"
import type { FileIngest } from "../ingest/ingest-file.ts"
import { largestFirst } from "../ingest/ingest-pool.ts"
import { RunFailed } from "./errors.ts"
import { cacheKey, hasCachedIngest, readCachedIngest, writeCachedIngest } from "./ingest-cache.ts"
import type { Progress } from "./progress.ts"

/** Reads one input file of a kind (CSV through ingestFile, IATI XML through its own reader). */
export type FileReader<A, Rows = ReadonlyArray<A>> = (
  path: string,
  file: string,
  onBytes?: (bytes: number) => void
) => Promise<FileIngest<A, Rows>>

export interface CacheOptions {
  /** the output folder whose cache/ holds ingestion results */
  readonly out: string
  readonly codeSha: string
  /** keys used by this run, so the cache can be pruned to them afterwards */
  readonly used: Set<string>
  /** counts files served from the cache */
  readonly hits: { count: number }
  /** false for a forced run: results are written to the cache but never read from it */
  readonly read: boolean
}

/** The files whose ingestion the cache cannot give (all of them without a cache, or for a forced run). */
export const filesToParse = (kind: string, files: ReadonlyArray<InputFile>, cache?: CacheOptions): Array<InputFile> =>
  cache?.read ? files.filter((f) => !hasCachedIngest(cache.out, cacheKey(kind, f.file, f.sha256, cache.codeSha))) : [...files]

/**
 * Reads the files of one kind; results are in the order of `files`. With a cache, a file whose path,
 * content and code are unchanged since it was last read comes from the cache instead of being parsed
 * again. `concurrency` > 1 lets a reader that works on several threads (the report ingest pool) have
 * several files at once; they are then started largest first.
 */
export const readInputs = <A, Rows = ReadonlyArray<A>>(
  kind: string,
  files: ReadonlyArray<InputFile>,
  read: FileReader<A, Rows>,
  progress: Progress,
  cache?: CacheOptions,
  concurrency = 1
) => {
  const readOne = (f: InputFile) =>
    Effect.tryPromise({
      try: async () => {
        const key = cache ? cacheKey(kind, f.file, f.sha256, cache.codeSha) : ""
        if (cache) {
          cache.used.add(key)
          const cached = cache.read ? readCachedIngest<A, Rows>(cache.out, key) : undefined
          if (cached) {
            cache.hits.count++
            progress.advance(f.bytes)
            return cached
          }
        }
        const ingest = await read(f.path, f.file, progress.advance)
        if (cache) await writeCachedIngest(cache.out, key, ingest)
        return ingest
      },
      catch: (cause) => new RunFailed({ message: `${f.file}: could not be read: ${String(cause)}` })
    })
  if (concurrency <= 1) return Effect.forEach(files, readOne)
  const order = largestFirst(files.map((f) => f.bytes))
  return Effect.forEach(order, (i) => readOne(files[i]!), { concurrency }).pipe(
    Effect.map((results) => {
      const inFileOrder = new Array<FileIngest<A, Rows>>(files.length)
      order.forEach((fileIndex, k) => {
        inFileOrder[fileIndex] = results[k]!
      })
      return inFileOrder
    })
  )
}
