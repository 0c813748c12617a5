import type { TestProject } from "vitest/node"
import { resolveChromium } from "./chromium-path.ts"

declare module "vitest" {
  export interface ProvidedContext {
    chromium: { executablePath: string; source: string; env: Record<string, string> }
  }
}

/**
 * Resolved once for the whole test run, before any worker starts: unpacking the packaged Chromium from two
 * test files at once would race on the same temporary files.
 */
export default async function setup(project: TestProject): Promise<void> {
  const chromium = await resolveChromium()
  project.provide("chromium", { ...chromium, env: { ...chromium.env } })
}
