/**
 * Preload for machines without GNU time (bench/lib/measure-child.ts): writes this process's peak RSS in
 * KiB to $POA_BENCH_MAX_RSS_FILE as it exits. `node --import tsx --import ./bench/max-rss-on-exit.ts …`
 */
import { writeFileSync } from "node:fs"

const target = process.env["POA_BENCH_MAX_RSS_FILE"]
if (target !== undefined) {
  process.on("exit", () => {
    writeFileSync(target, `${process.resourceUsage().maxRSS}\n`)
  })
}
