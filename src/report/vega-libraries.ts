import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"

/**
 * The browser builds of Vega, Vega-Lite and vega-embed, read from node_modules so report.html carries them
 * inline and needs no network when opened. The packages do not export their build files, so each build
 * folder is found from the package's main entry, which lives in it (e.g. vega/build/vega.module.js).
 */

export interface VegaLibrary {
  readonly name: string
  readonly source: string
}

const BUILDS: ReadonlyArray<{ readonly name: string; readonly file: string }> = [
  { name: "vega", file: "vega.min.js" },
  { name: "vega-lite", file: "vega-lite.min.js" },
  { name: "vega-embed", file: "vega-embed.min.js" },
]

let cached: ReadonlyArray<VegaLibrary> | undefined

/** The three UMD builds in load order (vega-lite needs the `vega` global, vega-embed needs both). */
export const vegaLibraries = (): ReadonlyArray<VegaLibrary> => {
  if (cached !== undefined) return cached
  const require = createRequire(import.meta.url)
  cached = BUILDS.map(({ name, file }) => ({
    name,
    source: readFileSync(join(dirname(require.resolve(name)), file), "utf8"),
  }))
  return cached
}
