import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll } from "vitest"

/** A temporary folder for the tests of one file, removed when they are done (never the repo). */
export const useTempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), `poa-${prefix}-`))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}
