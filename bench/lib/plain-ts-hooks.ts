/**
 * Module hooks for profiling only (bench/profile-ingest.ts). tsx minifies what it compiles and wraps
 * functions in __name(…), so a CPU profile shows every project function as "(anonymous)" on line 1.
 * These hooks compile the project's own .ts files with esbuild (tsx's compiler) without minifying, so
 * V8 keeps the names (`const textKey = …` is called textKey) and an inline source map gives the lines.
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { transformSync } from "esbuild"

/** The same compile the hooks do, for mapping profile positions back (deterministic for a given file). */
export const compileForProfile = (path: string): string =>
  transformSync(readFileSync(path, "utf8"), {
    loader: "ts",
    format: "esm",
    target: "node20",
    sourcemap: "inline",
    sourcefile: path
  }).code

interface LoadContext {
  readonly format?: string
}
type NextLoad = (url: string, context: LoadContext) => Promise<unknown>

const isProjectTs = (url: string): boolean => url.startsWith("file://") && url.endsWith(".ts") && !url.includes("/node_modules/")

export const load = async (url: string, context: LoadContext, nextLoad: NextLoad): Promise<unknown> => {
  if (!isProjectTs(url)) return nextLoad(url, context)
  return { format: "module", source: compileForProfile(fileURLToPath(url)), shortCircuit: true }
}
