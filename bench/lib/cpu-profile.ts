import { SourceMap } from "node:module"
import { fileURLToPath } from "node:url"
import { compileForProfile } from "./plain-ts-hooks.ts"

/** Self time per function and per file from a V8 .cpuprofile (the format `node --cpu-prof` writes). */

interface ProfileNode {
  readonly id: number
  readonly callFrame: {
    readonly functionName: string
    readonly url: string
    readonly lineNumber: number
    readonly columnNumber: number
  }
}

export interface CpuProfile {
  readonly nodes: ReadonlyArray<ProfileNode>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
}

export interface SelfTime {
  readonly name: string
  readonly location: string
  readonly selfMs: number
}

/** node_modules/<pkg>/… → <pkg>/…, project files relative to the root, built-ins as they are. */
const shortUrl = (url: string, root: string): string => {
  const path = url.replace(/^file:\/\//, "")
  const modules = path.lastIndexOf("node_modules/")
  if (modules !== -1) return path.slice(modules + "node_modules/".length)
  return path.startsWith(root) ? path.slice(root.length) : path || "(native)"
}

const INLINE_MAP = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/

// Project .ts files were compiled by plain-ts-hooks.ts; compiling again gives the same code and map.
const sourceMaps = new Map<string, SourceMap | null>()
const sourceMapOf = (url: string): SourceMap | null => {
  if (!sourceMaps.has(url)) {
    let map: SourceMap | null = null
    try {
      const inline = INLINE_MAP.exec(compileForProfile(fileURLToPath(url)))
      if (inline) map = new SourceMap(JSON.parse(Buffer.from(inline[1]!, "base64").toString("utf8")))
    } catch {
      map = null
    }
    sourceMaps.set(url, map)
  }
  return sourceMaps.get(url)!
}

/** The 1-based line in the .ts source (through its source map), else in the code V8 ran. */
const sourceLine = (frame: ProfileNode["callFrame"]): number => {
  const map = frame.url.endsWith(".ts") && !frame.url.includes("/node_modules/") ? sourceMapOf(frame.url) : null
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalLine?: number } | undefined
  return (entry?.originalLine ?? frame.lineNumber) + 1
}

export const summariseProfile = (profile: CpuProfile, root: string) => {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const selfById = new Map<number, number>()
  profile.samples.forEach((id, i) => {
    // timeDeltas[i] is the time before sample i; attributing it to sample i is what DevTools does.
    selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  const functions = new Map<string, SelfTime>()
  const files = new Map<string, number>()
  let totalMs = 0
  for (const [id, ms] of selfById) {
    const frame = byId.get(id)!.callFrame
    totalMs += ms
    const file = shortUrl(frame.url, root)
    const name = frame.functionName || "(anonymous)"
    const location = frame.url === "" ? file : `${file}:${sourceLine(frame)}`
    const key = `${name}@${location}`
    functions.set(key, { name, location, selfMs: (functions.get(key)?.selfMs ?? 0) + ms })
    files.set(file, (files.get(file) ?? 0) + ms)
  }
  return {
    totalMs,
    functions: [...functions.values()].sort((a, b) => b.selfMs - a.selfMs),
    files: [...files.entries()].map(([file, selfMs]) => ({ file, selfMs })).sort((a, b) => b.selfMs - a.selfMs)
  }
}
