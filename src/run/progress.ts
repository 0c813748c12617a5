/**
 * A progress bar on stderr for long stages (reading large inputs) — only on a terminal; logs and CI see
 * the structured stage lines instead.
 */
export interface Progress {
  readonly advance: (bytes: number) => void
  readonly done: () => void
}

const NO_PROGRESS: Progress = { advance: () => undefined, done: () => undefined }

export const makeProgress = (label: string, totalBytes: number, stream: NodeJS.WriteStream = process.stderr): Progress => {
  if (!stream.isTTY || totalBytes < 1 << 20) return NO_PROGRESS
  let seen = 0
  let shown = -1
  const draw = () => {
    const pct = Math.min(100, Math.floor((seen / totalBytes) * 100))
    if (pct === shown) return
    shown = pct
    const width = 30
    const filled = Math.round((pct / 100) * width)
    stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${pct}% of ${(totalBytes / 1e6).toFixed(1)} MB`)
  }
  return {
    advance: (bytes) => {
      seen += bytes
      draw()
    },
    done: () => {
      if (shown >= 0) stream.write("\n")
    }
  }
}
