import { createHash } from "node:crypto"
import { readFileSync, readlinkSync } from "node:fs"
import { join } from "node:path"
import * as aq from "arquero"
import Papa from "papaparse"
import { describe, expect, it } from "vitest"
import type { Manifest } from "../../src/run/manifest.ts"
import { runPoa } from "../support/poa-process.ts"
import { writeSmallInput } from "../support/small-input.ts"
import { useTempDir } from "../support/temp-dir.ts"

const dir = useTempDir("cli")
const input = writeSmallInput(join(dir, "input"))

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex")

describe("poa run (a real process)", () => {
  it("publishes a complete run as latest and accounts for every row", async () => {
    const out = join(dir, "out-run")
    const result = await runPoa(["run", "--input", input, "--out", out])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/rows: 14 read = 9 accepted \+ 3 rejected \+ 2 superseded/)
    expect(result.stdout).toContain("FRA 2020 (2020-05-01 → 2020-06-15)")
    const latest = join(out, "latest")
    expect(readlinkSync(latest)).toMatch(/^runs\/\d{4}-\d{2}-\d{2}T/)
    const manifest = JSON.parse(readFileSync(join(latest, "manifest.json"), "utf8")) as Manifest
    expect(manifest.status).toBe("ok")
    for (const input of manifest.inputs) {
      expect(input.rows.read).toBe(input.rows.accepted + input.rows.rejected + input.rows.superseded)
    }
    expect(manifest.inputs.map((i) => [i.file, i.encoding, i.delimiter])).toEqual([
      ["reports/2018-comma.csv", "utf8", "comma"],
      ["reports/2020/europe-semicolon-1252.csv", "windows1252", "semicolon"],
      ["reports/2020/france-revised.csv", "utf8", "comma"]
    ])
    for (const output of manifest.outputs) expect(sha256(join(latest, output.file))).toBe(output.sha256)
    const rejects = Papa.parse<Record<string, string>>(readFileSync(join(latest, "rejects.csv"), "utf8").trim(), {
      header: true
    }).data
    expect(rejects.map((r) => [r["file"], r["line"], r["column"], r["reason_code"]])).toEqual([
      ["reports/2018-comma.csv", "7", "state", "unknown_state"],
      ["reports/2018-comma.csv", "8", "element", "unknown_element"],
      ["reports/2020/france-revised.csv", "4", "submitted_on", "ambiguous_date"]
    ])
    const answers = Papa.parse<Record<string, string>>(
      readFileSync(join(latest, "normalised/answers.csv"), "utf8").trim(),
      { header: true }
    ).data
    expect(answers).toHaveLength(9)
    expect(answers.find((a) => a["iso3"] === "PER")).toMatchObject({ answer_number: "1234", measure: "marked" })
    expect(answers.filter((a) => a["iso3"] === "FRA").map((a) => a["submitted_on"])).toEqual(["2020-06-15", "2020-06-15"])
    const arrow = aq.fromArrow(readFileSync(join(latest, "normalised/answers.arrow")))
    expect(arrow.numRows()).toBe(answers.length)
    expect(arrow.columnNames()).toEqual(Object.keys(answers[0]!))
    expect(arrow.array("iso3")).toEqual(answers.map((a) => a["iso3"]))
  })

  it("says so and does nothing when inputs and code are unchanged; --force runs again", async () => {
    const out = join(dir, "out-unchanged")
    expect((await runPoa(["run", "--input", input, "--out", out])).code).toBe(0)
    const first = readlinkSync(join(out, "latest"))
    const second = await runPoa(["run", "--input", input, "--out", out])
    expect(second.code).toBe(0)
    expect(second.stdout).toContain("nothing to do")
    expect(readlinkSync(join(out, "latest"))).toBe(first)
    const forced = await runPoa(["run", "--input", input, "--out", out, "--force"])
    expect(forced.code).toBe(0)
    expect(readlinkSync(join(out, "latest"))).not.toBe(first)
    const history = await runPoa(["runs", "--out", out])
    expect(history.stdout.split("\n").filter((l) => / (ok|unchanged) /.test(l)).map((l) => l.split(/\s+/)[1])).toEqual([
      "ok",
      "unchanged",
      "ok"
    ])
  })

  it("exits 2 on bad usage with a message a person can act on", async () => {
    const missing = await runPoa(["run", "--input", join(dir, "no-such-folder"), "--out", join(dir, "o2")])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("does not exist")
    const unknownFlag = await runPoa(["run", "--bogus"])
    expect(unknownFlag.code).toBe(2)
    expect(unknownFlag.stdout + unknownFlag.stderr).toContain("--bogus")
    const noFiles = await runPoa(["validate"])
    expect(noFiles.code).toBe(2)
  })

  it("poa sdg writes just the SDG 16.4.2 extract", async () => {
    const out = join(dir, "sdg-extract")
    const result = await runPoa(["sdg", "--input", input, "--out", out])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain("country values: 1")
    const sdmx = readFileSync(join(out, "16-4-2.sdmx.csv"), "utf8").split("\r\n")
    expect(sdmx[0]).toMatch(/^DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,/)
    // Kenya 2018: traced 30 of seized 120 → 25%
    expect(sdmx[1]).toMatch(/^IAEG-SDGs:DF_SDG_GLH\(1\.4\),A,N,VC_ARM_SZTRACE,404,.*,2018,25,A,0,PT,/)
    for (const f of ["16-4-2.csv", "indicator_16-4-2.csv", "meta/16-4-2.yml", "rejects.csv"]) {
      expect(readFileSync(join(out, f), "utf8").length).toBeGreaterThan(0)
    }
  })

  it("poa match writes just the needs-vs-resources outputs of the fixtures", async () => {
    const out = join(dir, "match-extract")
    const result = await runPoa(["match", "--input", "fixtures", "--out", out])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/60 needs \(19 without an amount\), 15 programmes and 8 offers/)
    const unmet = Papa.parse<Record<string, string>>(readFileSync(join(out, "matching/unmet_needs.csv"), "utf8").trim(), {
      header: true
    }).data
    expect(unmet.length).toBeGreaterThan(0)
    for (const row of unmet) expect(Object.values(row).join(" ").length).toBeGreaterThan(20)
    for (const f of ["matching/allocations.csv", "matching/needs_vs_resources.csv", "normalised/needs.csv", "rejects.csv"]) {
      expect(readFileSync(join(out, f), "utf8").length).toBeGreaterThan(0)
    }
  })

  it("validate reads each file as the kind its path says", async () => {
    const result = await runPoa(["validate", "fixtures/rates.csv", "fixtures/programmes/programmes.csv", "fixtures/assistance/needs-and-offers.csv"])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain("fixtures/rates.csv (rates): utf8, comma-delimited, 64 rows: 64 accepted, 0 rejected")
    expect(result.stdout).toMatch(/programmes\.csv \(programmes\): .* 12 rows: 12 accepted/)
    expect(result.stdout).toMatch(/needs-and-offers\.csv \(assistance\): .* 44 rows: 44 accepted/)
  })

  it("has --help on every command", async () => {
    for (const command of ["run", "validate", "match", "sdg", "schedule", "runs"]) {
      const help = await runPoa([command, "--help"])
      expect(help.code).toBe(0)
      expect(help.stdout).toContain(`poa ${command}`)
    }
  })

  it("validate prints every reject with file, line, column and reason, and writes no run", async () => {
    const result = await runPoa(["validate", join(input, "reports/2018-comma.csv")])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/unknown_state \[state\] .*2018-comma\.csv line 7: "Atlantis"/)
    expect(result.stdout).toMatch(/unknown_element \[element\] .*2018-comma\.csv line 8: "II\.A\.9"/)
    expect(result.stdout).toContain("6 rows: 4 accepted, 2 rejected")
  })
})
