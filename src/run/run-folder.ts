import { createHash, randomBytes } from "node:crypto"
import { Effect, FileSystem, Path } from "effect"
import { RunFailed } from "./errors.ts"
import type { OutputContent } from "./output-file.ts"

/** A run being written: `<out>/runs/<id>.partial/` until it is complete. */
export interface RunFolder {
  readonly id: string
  readonly out: string
  readonly partialDir: string
  readonly finalDir: string
}

export interface WrittenOutput {
  readonly file: string
  readonly sha256: string
  readonly bytes: number
}

/** Sortable, file-name-safe run id: UTC time to the second plus a random suffix for runs in the same second. */
export const makeRunId = (now: Date): string =>
  `${now.toISOString().slice(0, 19).replace(/:/g, "-")}Z-${randomBytes(2).toString("hex")}`

export const openRunFolder = Effect.fn("RunFolder.open")(function* (out: string, id: string) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const runs = path.join(out, "runs")
  const folder: RunFolder = {
    id,
    out,
    partialDir: path.join(runs, `${id}.partial`),
    finalDir: path.join(runs, id)
  }
  yield* fs.makeDirectory(folder.partialDir, { recursive: true })
  return folder
})

export const writeOutput = Effect.fn("RunFolder.writeOutput")(function* (
  folder: RunFolder,
  file: string,
  content: OutputContent
) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const target = path.join(folder.partialDir, file)
  yield* fs.makeDirectory(path.dirname(target), { recursive: true })
  if (typeof content === "string" || content instanceof Uint8Array) {
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content
    yield* fs.writeFile(target, bytes)
    return { file, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length } satisfies WrittenOutput
  }
  // Pieces: each is encoded, hashed and appended in turn, so only one piece is held at a time.
  const hash = createHash("sha256")
  let size = 0
  const handle = yield* fs.open(target, { flag: "w" })
  for (const piece of content.pieces()) {
    const bytes = typeof piece === "string" ? new TextEncoder().encode(piece) : piece
    hash.update(bytes)
    size += bytes.length
    yield* handle.writeAll(bytes)
  }
  return { file, sha256: hash.digest("hex"), bytes: size } satisfies WrittenOutput
}, Effect.scoped)

/**
 * Completes a run: renames `<id>.partial` to `<id>`, then points `<out>/latest` at it by renaming a fresh
 * symlink over the old one — rename is atomic, so a reader sees the old run or the new, never half of one.
 */
export const publishRun = Effect.fn("RunFolder.publish")(function* (folder: RunFolder) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const latest = path.join(folder.out, "latest")
  // Checked before anything moves, so a refusal leaves the run whole as <id>.partial for the failure path.
  const info = yield* fs.stat(latest).pipe(Effect.option)
  const isLink = yield* fs.readLink(latest).pipe(
    Effect.as(true),
    Effect.orElseSucceed(() => false)
  )
  if (info._tag === "Some" && !isLink) {
    return yield* new RunFailed({
      message: `${latest} exists and is not a symbolic link made by poa; move it away so runs can be published there`
    })
  }
  yield* fs.rename(folder.partialDir, folder.finalDir)
  const staging = path.join(folder.out, `.latest-${folder.id}`)
  yield* fs.symlink(path.join("runs", folder.id), staging)
  yield* fs.rename(staging, latest)
})

/** A run that failed (or was interrupted) stays for inspection as `<id>.failed` / `<id>.abandoned`, never as `latest`. */
export const abandonRun = Effect.fn("RunFolder.abandon")(function* (folder: RunFolder, status: "failed" | "abandoned") {
  const fs = yield* FileSystem.FileSystem
  const failed = `${folder.finalDir}.${status}`
  yield* fs.rename(folder.partialDir, failed).pipe(Effect.ignore)
  return failed
})
