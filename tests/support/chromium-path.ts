import { existsSync } from "node:fs"

/**
 * Which Chromium the browser tests drive: `POA_CHROMIUM` when set, else a system one (Debian's package at
 * /usr/bin/chromium), else the one npm installed with @sparticuz/chromium, whose binary ships inside the
 * package (brotli-compressed) and is unpacked to the temporary folder on first use. So `npm install &&
 * npm test` needs nothing from the system, and a machine with its own Chromium uses it.
 */

export interface ChromiumChoice {
  readonly executablePath: string
  /** where it came from, shown when a browser test fails to start */
  readonly source: "POA_CHROMIUM" | "system" | "@sparticuz/chromium"
  /** environment the binary needs (the packaged one brings its own fonts) */
  readonly env: Readonly<Record<string, string>>
}

export const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

/** The first of the configured or system Chromiums that exists; undefined when there is none. */
export const configuredChromium = (
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (path: string) => boolean = existsSync
): ChromiumChoice | undefined => {
  const configured = env["POA_CHROMIUM"]
  if (configured) {
    if (!exists(configured)) throw new Error(`POA_CHROMIUM is set to ${configured}, which does not exist`)
    return { executablePath: configured, source: "POA_CHROMIUM", env: {} }
  }
  const system = SYSTEM_CHROMIUMS.find(exists)
  return system === undefined ? undefined : { executablePath: system, source: "system", env: {} }
}

/** The Chromium to use: configured, system, or unpacked from @sparticuz/chromium (slow the first time, ~3 s). */
export const resolveChromium = async (): Promise<ChromiumChoice> => {
  const configured = configuredChromium()
  if (configured !== undefined) return configured
  const { default: packaged } = await import("@sparticuz/chromium")
  const executablePath = await packaged.executablePath()
  const { tmpdir } = await import("node:os")
  const { join } = await import("node:path")
  const fonts = join(tmpdir(), "fonts")
  return {
    executablePath,
    source: "@sparticuz/chromium",
    env: existsSync(join(fonts, "fonts.conf")) ? { FONTCONFIG_PATH: fonts } : {}
  }
}
