import { existsSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { ingestIatiFile } from "../../src/matching/ingest-iati.ts"
import { useTempDir } from "../support/temp-dir.ts"

const dir = useTempDir("matching-iati")
const write = (name: string, text: string): string => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

// Line 3 starts the first activity, line 38 the second, line 46 the third.
const SMALL = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
  <iati-activity default-currency="EUR" xml:lang="en">
    <iati-identifier>XM-TEST-1</iati-identifier>
    <reporting-org ref="XM-1" type="80"><narrative>Test Foundation</narrative></reporting-org>
    <title><narrative xml:lang="fr">Marquage</narrative><narrative>Marking &amp; record-keeping</narrative></title>
    <participating-org role="1" ref="DE-1"><narrative>Germany</narrative></participating-org>
    <participating-org role="1"><narrative>Sweden</narrative></participating-org>
    <participating-org role="3"><narrative>GIZ</narrative></participating-org>
    <activity-status code="1"/>
    <activity-date iso-date="2021-01-01" type="1"/>
    <activity-date iso-date="2021-03-01" type="2"/>
    <activity-date iso-date="2023-12-31" type="3"/>
    <recipient-country code="GH"/>
    <recipient-region code="289" vocabulary="1"/>
    <recipient-region code="419" vocabulary="2"/>
    <tag vocabulary="99" code="III.A"/>
    <tag vocabulary="99" code="ITI B"/>
    <tag vocabulary="1" code="SALW"/>
    <sector vocabulary="1" code="15240"/>
    <policy-marker vocabulary="1" code="1" significance="2"/>
    <policy-marker vocabulary="1" code="2" significance="1"/>
    <default-aid-type code="D02" vocabulary="1"/>
    <budget type="1" status="1">
      <period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>
      <value currency="EUR">999</value>
    </budget>
    <budget type="1" status="2">
      <period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>
      <value currency="EUR">100000</value>
    </budget>
    <budget type="2" status="2">
      <period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>
      <value>150000</value>
    </budget>
    <budget status="2"><period-start iso-date="2022-01-01"/><period-end iso-date="2022-12-31"/><value>50000.5</value></budget>
  </iati-activity>
  <iati-activity>
    <iati-identifier>XM-TEST-2</iati-identifier>
    <reporting-org type="10"><narrative>Ministry</narrative></reporting-org>
    <title><narrative>No thematic information</narrative></title>
    <activity-date iso-date="2021-01-01" type="1"/><activity-date iso-date="2021-12-31" type="3"/>
    <recipient-country code="KE"/>
    <budget><value currency="USD">1000</value></budget>
  </iati-activity>
  <iati-activity>
    <iati-identifier>XM-TEST-3</iati-identifier>
    <reporting-org type="10"><narrative>Ministry</narrative></reporting-org>
    <title><narrative>SALW, closed</narrative></title>
    <activity-status code="5"/>
    <activity-date iso-date="2019-01-01" type="1"/><activity-date iso-date="2020-12-31" type="3"/>
    <recipient-region code="998"/>
    <sector code="15240"/>
    <budget><value currency="USD">1000</value></budget>
  </iati-activity>
</iati-activities>
`

describe("ingestIatiFile", () => {
  it("maps IATI 2.03 activities to programmes (DATA-MODEL §2.4), one row each, at their start tag's line", async () => {
    const ingest = await ingestIatiFile(write("small.xml", SMALL), "programmes/small.xml")
    expect(ingest.status).toBe("read")
    expect(ingest.counts).toEqual({ read: 3, accepted: 2, rejected: 1 })
    const [first, third] = ingest.accepted
    expect(first).toEqual({
      programme_id: "XM-TEST-1",
      origin: "iati",
      donor: "Germany; Sweden",
      donor_iso3: "",
      fund: "GIZ",
      title: "Marking & record-keeping",
      elements: ["III.A", "III.B"],
      assistance_types: ["technical"],
      eligible: [
        { kind: "state", code: "GHA", name: "Ghana" },
        { kind: "sub_region", code: "202", name: "Sub-Saharan Africa" },
        { kind: "sub_region", code: "419", name: "Latin America and the Caribbean" }
      ],
      // committed budgets (status 2) only; the revised 2021 budget replaces the original
      budget: 200_000.5,
      committed: 0,
      currency: "EUR",
      start: "2021-03-01",
      end: "2023-12-31",
      max_grant: null,
      min_grant: null,
      status: "pipeline",
      requires_report: false,
      gender_marker: 2,
      source_file: "programmes/small.xml",
      source_line: 3
    })
    expect(third).toMatchObject({
      programme_id: "XM-TEST-3",
      donor: "Ministry",
      fund: "bilateral",
      elements: ["II"],
      eligible: [{ kind: "world" }],
      assistance_types: ["financial", "technical", "equipment", "training", "other"],
      status: "closed",
      gender_marker: null,
      source_line: 46
    })
    expect(ingest.rejects).toEqual([
      expect.objectContaining({
        file: "programmes/small.xml",
        line: 38,
        reason_code: "unknown_element",
        column: "tag"
      })
    ])
    expect(ingest.rejects[0]!.reason).toMatch(/^programmes\/small\.xml line 38: /)
  })

  it("rejects a file that is not well-formed XML as a whole", async () => {
    const ingest = await ingestIatiFile(
      write("broken.xml", SMALL.replace("</title>", "")),
      "programmes/broken.xml"
    )
    expect(ingest.status).toBe("rejected")
    expect(ingest.counts).toEqual({ read: 0, accepted: 0, rejected: 0 })
    expect(ingest.rejects).toEqual([
      expect.objectContaining({ file: "programmes/broken.xml", line: 0, reason_code: "unreadable_file" })
    ])
    expect(ingest.rejects[0]!.reason).toContain("not well-formed XML")
  })

  it("rejects XML that is not an IATI activities file", async () => {
    const ingest = await ingestIatiFile(
      write("other.xml", '<?xml version="1.0"?><rss><channel/></rss>'),
      "programmes/other.xml"
    )
    expect(ingest.rejects[0]).toMatchObject({ reason_code: "unreadable_file" })
  })

  it("rejects an activity whose recipient cannot be read, and one without a budget", async () => {
    const activity = (recipient: string, budget: string) =>
      `<iati-activities version="2.03"><iati-activity default-currency="USD"><iati-identifier>X</iati-identifier><title><narrative>T</narrative></title><reporting-org><narrative>R</narrative></reporting-org><activity-date iso-date="2021-01-01" type="1"/><activity-date iso-date="2021-12-31" type="3"/><sector code="15240"/>${recipient}${budget}</iati-activity></iati-activities>`
    const budget = "<budget><value>10</value></budget>"
    const cases = [
      [activity('<recipient-country code="XK"/>', budget), "unknown_eligibility"],
      [activity('<recipient-region code="389"/>', budget), "unknown_eligibility"],
      [activity("", budget), "unknown_eligibility"],
      [activity('<recipient-country code="KE"/>', ""), "missing_value"]
    ] as const
    for (const [xml, code] of cases) {
      const ingest = await ingestIatiFile(write("one.xml", xml), "programmes/one.xml")
      expect(ingest.rejects.map((r) => [r.line, r.reason_code])).toEqual([[1, code]])
    }
  })

  it.runIf(existsSync("fixtures/programmes/iati-gb-fcdo-caribbean-and-balkans.xml"))(
    "reads the bundled IATI fixtures",
    async () => {
      const de = await ingestIatiFile(
        "fixtures/programmes/iati-de-aa-stockpile-west-africa.xml",
        "programmes/iati-de.xml"
      )
      expect(de.counts).toEqual({ read: 1, accepted: 1, rejected: 0 })
      expect(de.accepted[0]).toMatchObject({
        elements: ["II"],
        eligible: [{ code: "CIV" }, { code: "GHA" }, { code: "TGO" }, { code: "BEN" }],
        budget: 2_000_000,
        currency: "EUR",
        start: "2022-05-15",
        end: "2024-12-31",
        status: "active",
        gender_marker: 1
      })
      const gb = await ingestIatiFile(
        "fixtures/programmes/iati-gb-fcdo-caribbean-and-balkans.xml",
        "programmes/iati-gb.xml"
      )
      expect(gb.counts).toEqual({ read: 2, accepted: 2, rejected: 0 })
      expect(
        gb.accepted.map((p) => [
          p.programme_id,
          p.elements,
          p.eligible.map((e) => e.code),
          p.budget,
          p.status,
          p.start,
          p.end,
          p.gender_marker
        ])
      ).toEqual([
        [
          "GB-GOV-1-301870-101",
          ["III.C", "III.F.i", "II.A.2.b.iv"],
          ["029"],
          1_750_000,
          "active",
          "2021-06-01",
          "2025-03-31",
          2
        ],
        [
          "GB-GOV-1-300412-102",
          ["III.A", "II.A.2.a"],
          ["ALB", "BIH", "MNE", "MKD", "SRB"],
          1_250_000,
          "closed",
          "2019-05-01",
          "2021-06-30",
          1
        ]
      ])
    }
  )
})
