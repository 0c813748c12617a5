import { createHash } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"

export interface CodeVersion {
  readonly package: string
  /** SHA-256 over the pipeline's own source files: changes whenever the code that computes outputs does. */
  readonly source_sha256: string
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url))

const listFiles = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? listFiles(path) : [path]
  })

let cached: CodeVersion | undefined

export const codeVersion = (): CodeVersion => {
  if (cached) return cached
  const hash = createHash("sha256")
  const files = ["src", "pipelines"].flatMap((d) => listFiles(join(ROOT, d))).sort()
  for (const file of files) {
    hash.update(relative(ROOT, file))
    hash.update(readFileSync(file))
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }
  cached = { package: pkg.version, source_sha256: hash.digest("hex") }
  return cached
}
