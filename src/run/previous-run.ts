import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import type { Manifest } from "./manifest.ts"

/** The manifest of the last good run (what `<out>/latest` points at), if there is one. */
export const readLatestManifest = (out: string): Manifest | undefined => {
  const path = join(out, "latest", "manifest.json")
  if (!existsSync(path)) return undefined
  try {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest
    return manifest.status === "ok" ? manifest : undefined
  } catch {
    return undefined
  }
}

/** What decides a run's outputs: the inputs (path and content), the code, and the settings that shape figures. */
export interface RunFingerprint {
  readonly inputs: ReadonlyArray<{ readonly file: string; readonly sha256: string }>
  readonly source_sha256: string
  readonly settings_sha256: string
}

export const sameFingerprint = (manifest: Manifest, current: RunFingerprint): boolean => {
  if (manifest.code_version.source_sha256 !== current.source_sha256) return false
  if (manifest.settings_sha256 !== current.settings_sha256) return false
  const before = manifest.inputs.map((i) => `${i.file}\0${i.sha256}`).sort()
  const now = current.inputs.map((i) => `${i.file}\0${i.sha256}`).sort()
  return before.length === now.length && before.every((x, i) => x === now[i])
}

/** How many outputs differ from the previous good run (by SHA-256 of the same path). */
export const countChangedOutputs = (
  previous: Manifest | undefined,
  outputs: ReadonlyArray<{ readonly file: string; readonly sha256: string }>
): number | null => {
  if (!previous) return null
  const before = new Map(previous.outputs.map((o) => [o.file, o.sha256]))
  return outputs.filter((o) => before.get(o.file) !== o.sha256).length
}
