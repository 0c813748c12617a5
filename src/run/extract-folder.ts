import { randomBytes } from "node:crypto"
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import type { OutputFile } from "./output-file.ts"

/**
 * Writes the files of a one-stage extract (`poa sdg`, `poa match`) into `dir`, replacing what was there:
 * everything goes into a sibling `.partial` folder first and is swapped in by renames at the end, so the
 * folder never holds half an extract. (Unlike `latest`, the old folder is removed, not kept.)
 */
export const writeExtractFolder = (dir: string, files: ReadonlyArray<OutputFile>, stripPrefix = ""): void => {
  const suffix = randomBytes(3).toString("hex")
  const partial = `${dir}.partial-${suffix}`
  for (const f of files) {
    const target = join(partial, f.file.startsWith(stripPrefix) ? f.file.slice(stripPrefix.length) : f.file)
    mkdirSync(dirname(target), { recursive: true })
    if (typeof f.content === "string" || f.content instanceof Uint8Array) writeFileSync(target, f.content)
    else {
      writeFileSync(target, "")
      for (const piece of f.content.pieces()) appendFileSync(target, piece)
    }
  }
  mkdirSync(partial, { recursive: true })
  const old = `${dir}.old-${suffix}`
  if (existsSync(dir)) renameSync(dir, old)
  renameSync(partial, dir)
  rmSync(old, { recursive: true, force: true })
}
