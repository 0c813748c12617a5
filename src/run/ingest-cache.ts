import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { deserialize, serialize } from "node:v8"
import writeFileAtomic from "write-file-atomic"
import type { FileIngest } from "../ingest/ingest-file.ts"

/**
 * Per-file cache of ingestion results, so a nightly run re-reads only the files that changed. The key holds
 * everything the result depends on: the file's kind, its path as shown (it is in every row), its SHA-256,
 * and the code version — new code never reuses results of old code.
 */
export const cacheKey = (kind: string, file: string, sha256: string, codeSha: string): string =>
  createHash("sha256").update(`${kind}\0${file}\0${sha256}\0${codeSha}`).digest("hex").slice(0, 40)

const cacheDir = (out: string): string => join(out, "cache")

export const hasCachedIngest = (out: string, key: string): boolean => existsSync(join(cacheDir(out), `${key}.v8`))

export const readCachedIngest = <A, Rows = ReadonlyArray<A>>(out: string, key: string): FileIngest<A, Rows> | undefined => {
  const path = join(cacheDir(out), `${key}.v8`)
  if (!existsSync(path)) return undefined
  try {
    return deserialize(readFileSync(path)) as FileIngest<A, Rows>
  } catch {
    return undefined // a damaged entry is just a miss
  }
}

export const writeCachedIngest = async <A, Rows>(out: string, key: string, ingest: FileIngest<A, Rows>): Promise<void> => {
  mkdirSync(cacheDir(out), { recursive: true })
  await writeFileAtomic(join(cacheDir(out), `${key}.v8`), serialize(ingest))
}

/** Drops entries the last good run did not use, so the cache holds one generation of inputs. */
export const pruneCache = (out: string, used: ReadonlySet<string>): void => {
  if (!existsSync(cacheDir(out))) return
  for (const name of readdirSync(cacheDir(out))) {
    if (!used.has(name.replace(/\.v8$/, ""))) rmSync(join(cacheDir(out), name), { force: true })
  }
}
