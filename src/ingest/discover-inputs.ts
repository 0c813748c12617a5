import { createHash } from "node:crypto"
import { createReadStream } from "node:fs"
import { Effect, FileSystem, Path } from "effect"
import { UsageError } from "../run/errors.ts"

/** An input file: where it is, how people see it (relative to the input folder), and its fingerprint. */
export interface InputFile {
  readonly path: string
  readonly file: string
  readonly sha256: string
  readonly bytes: number
}

/**
 * The files of one kind under the input folder, e.g. `reports/**\/*.csv`, in a stable (sorted) order so
 * two runs over the same inputs read them in the same order. A missing sub-folder is simply no files.
 */
export const discoverInputs = Effect.fn("Ingest.discoverInputs")(function* (
  input: string,
  folder: string,
  extensions: ReadonlyArray<string>
) {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const inputInfo = yield* fs.stat(input).pipe(Effect.option)
  if (inputInfo._tag === "None" || inputInfo.value.type !== "Directory") {
    return yield* new UsageError({ message: `the input folder "${input}" does not exist or is not a folder` })
  }
  const root = path.join(input, folder)
  const exists = yield* fs.exists(root)
  if (!exists) return [] as Array<InputFile>
  const names = yield* fs.readDirectory(root, { recursive: true })
  const wanted = names
    .filter((name) => extensions.some((ext) => name.toLowerCase().endsWith(ext)))
    .map((name) => name.split(path.sep).join("/"))
    .sort()
  const files: Array<InputFile> = []
  for (const name of wanted) {
    const full = path.join(root, name)
    const info = yield* fs.stat(full)
    if (info.type !== "File") continue
    const sha256 = yield* Effect.promise(() => sha256OfFile(full))
    files.push({ path: full, file: `${folder}/${name}`, sha256, bytes: Number(info.size) })
  }
  return files
})

export const sha256OfFile = (path: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = createHash("sha256")
    createReadStream(path)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")))
  })
