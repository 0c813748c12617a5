import { describe, expect, it } from "vitest"
import { configuredChromium, SYSTEM_CHROMIUMS } from "../support/chromium-path.ts"

describe("the Chromium the browser tests use", () => {
  it("is POA_CHROMIUM when set, and an error names it when it does not exist", () => {
    expect(configuredChromium({ POA_CHROMIUM: "/opt/c" }, (p) => p === "/opt/c")).toMatchObject({
      executablePath: "/opt/c",
      source: "POA_CHROMIUM"
    })
    expect(() => configuredChromium({ POA_CHROMIUM: "/opt/none" }, () => false)).toThrow(/POA_CHROMIUM.*\/opt\/none/)
  })

  it("is a system Chromium when one exists, the first in order", () => {
    expect(configuredChromium({}, (p) => p === SYSTEM_CHROMIUMS[1])).toMatchObject({
      executablePath: SYSTEM_CHROMIUMS[1],
      source: "system"
    })
  })

  it("is left to the package npm installs on a machine without one", () => {
    expect(configuredChromium({}, () => false)).toBeUndefined()
  })
})
