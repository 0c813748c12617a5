import { assert, describe, it } from "@effect/vitest"
import { ambiguousTitles } from "../../src/outline/element-titles.ts"
import { OUTLINE } from "../../src/outline/elements.ts"
import { type ElementResolution, resolveElement } from "../../src/outline/resolve-element.ts"

const resolvedId = (resolution: ElementResolution): string | undefined =>
  resolution._tag === "Resolved" ? resolution.id : undefined

const reasonOf = (resolution: ElementResolution): string => (resolution._tag === "Resolved" ? "" : resolution.reason)

describe("resolveElement: accepted notations", () => {
  it.each([
    // canonical ids, any case, surrounding white space ignored
    ["II.A.2.b.ii", "II.A.2.b.ii"],
    ["ii.a.2.b.ii", "II.A.2.b.ii"],
    ["III.C.IV", "III.C.iv"],
    ["iii.c.iv", "III.C.iv"],
    ["  IV.ii\t", "IV.ii"],
    ["IV.V", "IV.v"],
    ["II", "II"],
    ["i", "I"],
    ["ii.a.1.D", "II.A.1.d"],
    ["II.B.3", "II.B.3"],
    ["ii.d", "II.D"],
    ["III.H", "III.H"],
    // the printed notation, brackets and spaces
    ["II.A.2(b)(ii)", "II.A.2.b.ii"],
    ["II.A.2 (b) (ii)", "II.A.2.b.ii"],
    ["II.A.2(b)", "II.A.2.b"],
    ["III.C(iv)", "III.C.iv"],
    ["III.C (iv)", "III.C.iv"],
    ["IV (ii)", "IV.ii"],
    ["IV(vi)", "IV.vi"],
    ["II.A.1(d)", "II.A.1.d"],
    ["II.A.4(iii)", "II.A.4.iii"],
    ["II.A.1(a)(i)", "II.A.1.a.i"],
    ["II.C.2 (b) (iii)", "II.C.2.b.iii"],
    ["ii.a.2 ( b ) ( ii )", "II.A.2.b.ii"],
    // mixtures
    ["II.A.2.(b)(ii)", "II.A.2.b.ii"],
    ["II.A.2.b(ii)", "II.A.2.b.ii"],
    ["II.A.2.(b).ii", "II.A.2.b.ii"],
    ["III.C.(iv)", "III.C.iv"],
    // ITI / PoA in place of the section number
    ["ITI C(iv)", "III.C.iv"],
    ["ITI C (iv)", "III.C.iv"],
    ["ITI C.iv", "III.C.iv"],
    ["ITI.C.iv", "III.C.iv"],
    ["iti c(iv)", "III.C.iv"],
    ["Iti.c.IV", "III.C.iv"],
    ["ITI A", "III.A"],
    ["ITI H", "III.H"],
    ["PoA A.2(b)(ii)", "II.A.2.b.ii"],
    ["POA A.2 (b) (ii)", "II.A.2.b.ii"],
    ["poa a.2.b.ii", "II.A.2.b.ii"],
    ["PoA B.2(iii)", "II.B.2.iii"],
    ["PoA.B.2.iii", "II.B.2.iii"],
    ["PoA A.5(iii)", "II.A.5.iii"],
    ["PoA C.2(a)", "II.C.2.a"],
    // titles, verbatim or differing in case, punctuation, accents and white space
    ["stockpile management and security", "II.A.2.a"],
    ["Stockpile management and security", "II.A.2.a"],
    ["  STOCKPILE   MANAGEMENT and security. ", "II.A.2.a"],
    ["Marking", "III.A"],
    ["marking", "III.A"],
    ["Tracing", "III.C"],
    ["Record-keeping", "III.B"],
    ["Record keeping", "III.B"],
    ["recordkeeping", "III.B"],
    ["Arms embargoes", "II.A.2.d"],
    ["Arms embargoes**", "II.A.2.d"],
    ["Coordination", "II.C.2.b"],
    ["2018 declaration", "I"],
    ["2018 Déclaration", "I"],
    ["Unauthorised end-users", undefined],
    ["Unauthorized end users", "II.A.2.b"],
    ["Unauthorized end-users;", "II.A.2.b"],
    ["Additive manufacturing (three-dimensional printing);", "II.A.4.iii"],
    ["additive manufacturing three dimensional printing", "II.A.4.iii"],
    ["Strengthening the collection of gender‑disaggregated data", "II.A.5.iii"],
    ["Gestión de existencias", undefined],
    ["2020 — biennial meeting of States, five days, New York", "IV.ii"],
    ["2020 - biennial meeting of States, five days, New York", "IV.ii"],
    ["Follow-up to the Third Review Conference of the Programme of Action", "IV"],
    ["Encouraging international cooperation", "III.D"],
    ["Promoting effective international assistance", "III.E"]
  ] as const)("%j → %s", (ref, expected) => {
    const resolution = resolveElement(ref)
    if (expected === undefined) assert.strictEqual(resolution._tag, "Unknown", JSON.stringify(resolution))
    else assert.deepStrictEqual(resolution, { _tag: "Resolved", id: expected })
  })
})

describe("resolveElement: every element by its own id and title", () => {
  const ambiguous = new Map(ambiguousTitles.map((entry) => [entry.title, entry.ids]))

  it("resolves every element's canonical id, lower-case id and upper-case id to itself", () => {
    for (const element of OUTLINE) {
      assert.strictEqual(resolvedId(resolveElement(element.id)), element.id, element.id)
      assert.strictEqual(resolvedId(resolveElement(element.id.toLowerCase())), element.id, element.id)
      assert.strictEqual(resolvedId(resolveElement(element.id.toUpperCase())), element.id, element.id)
    }
  })

  it("resolves every element's printed notation to itself", () => {
    for (const element of OUTLINE) {
      const [section, ...rest] = element.id.split(".")
      // Letters below the heading letter and roman numerals are printed in brackets: II.A.2(b)(ii).
      const bracketFrom = section === "IV" ? 0 : section === "II" ? 2 : 1
      const printed =
        [section, ...rest.slice(0, bracketFrom)].join(".") +
        rest
          .slice(bracketFrom)
          .map((segment) => `(${segment})`)
          .join("")
      assert.strictEqual(resolvedId(resolveElement(printed)), element.id, printed)
    }
  })

  it("resolves every element's title to itself, unless the title is shared", () => {
    for (const element of OUTLINE) {
      const resolution = resolveElement(element.title)
      if (ambiguous.has(element.title)) assert.strictEqual(resolution._tag, "Ambiguous", element.id)
      else assert.deepStrictEqual(resolution, { _tag: "Resolved", id: element.id }, element.title)
    }
  })

  it("reports every shared title as Ambiguous with all the elements that bear it", () => {
    for (const element of OUTLINE) {
      const bearers = OUTLINE.filter((other) => other.title === element.title).map((other) => other.id)
      if (bearers.length < 2) continue
      const resolution = resolveElement(element.title)
      assert.strictEqual(resolution._tag, "Ambiguous", element.title)
      if (resolution._tag !== "Ambiguous") continue
      assert.deepStrictEqual(resolution.candidates, bearers)
      for (const id of bearers) assert.include(resolution.reason, id)
    }
  })
})

describe("resolveElement: ambiguous titles", () => {
  it("knows exactly which titles are shared", () => {
    assert.deepStrictEqual(
      ambiguousTitles.map((entry) => [entry.title, entry.ids]),
      [
        ["Encouraging transparency and information exchange", ["II.A.5", "III.F"]],
        ["Other topics", ["II.D", "III.H"]],
        ["National legislation and administrative procedures", ["III.A.i", "III.B.i", "III.C.i"]],
        ["Inter-agency coordination", ["III.B.ii", "III.C.iii"]]
      ]
    )
  })

  it.each([
    [
      "National legislation and administrative procedures",
      ["III.A.i", "III.B.i", "III.C.i"],
      '"National legislation and administrative procedures" is the title of III.A.i, III.B.i and III.C.i; give the element id instead'
    ],
    [
      "national legislation and administrative procedures;",
      ["III.A.i", "III.B.i", "III.C.i"],
      '"National legislation and administrative procedures" is the title of III.A.i, III.B.i and III.C.i; give the element id instead'
    ],
    [
      "Inter-agency coordination",
      ["III.B.ii", "III.C.iii"],
      '"Inter-agency coordination" is the title of III.B.ii and III.C.iii; give the element id instead'
    ],
    [
      "Interagency Coordination",
      ["III.B.ii", "III.C.iii"],
      '"Inter-agency coordination" is the title of III.B.ii and III.C.iii; give the element id instead'
    ],
    ["Other topics", ["II.D", "III.H"], '"Other topics" is the title of II.D and III.H; give the element id instead'],
    [
      "Encouraging transparency and information exchange",
      ["II.A.5", "III.F"],
      '"Encouraging transparency and information exchange" is the title of II.A.5 and III.F; give the element id instead'
    ]
  ] as const)("%j is Ambiguous", (ref, candidates, reason) => {
    assert.deepStrictEqual(resolveElement(ref), { _tag: "Ambiguous", reason, candidates })
  })
})

describe("resolveElement: unknown ids name the nearest element", () => {
  it.each([
    ["III.C.ix", '"III.C.ix" is not an element of the Outline; III.C has items i–vi'],
    ["II.A.9", '"II.A.9" is not an element of the Outline; II.A has headings 1–5'],
    ["II.Q", '"II.Q" is not an element of the Outline; II has headings A–D'],
    ["III.C(ix)", '"III.C(ix)" (read as III.C.ix) is not an element of the Outline; III.C has items i–vi'],
    ["ITI C(ix)", '"ITI C(ix)" (read as III.C.ix) is not an element of the Outline; III.C has items i–vi'],
    ["ITI J", '"ITI J" (read as III.J) is not an element of the Outline; III has headings A–H'],
    ["PoA A.2(e)", '"PoA A.2(e)" (read as II.A.2.e) is not an element of the Outline; II.A.2 has headings a–d'],
    ["IV.vii", '"IV.vii" is not an element of the Outline; IV has items i–vi'],
    ["II.A.4.a", '"II.A.4.a" is not an element of the Outline; II.A.4 has items i–v'],
    ["II.A.1.d.i", '"II.A.1.d.i" is not an element of the Outline; II.A.1.d has nothing below it'],
    ["II.B.3.i", '"II.B.3.i" is not an element of the Outline; II.B.3 has nothing below it'],
    ["I.A", '"I.A" is not an element of the Outline; I has nothing below it'],
    [
      "II.A.9.a",
      '"II.A.9.a" is not an element of the Outline; the nearest existing element is II.A, which has headings 1–5'
    ]
  ])("%j", (ref, reason) => {
    assert.deepStrictEqual(resolveElement(ref), { _tag: "Unknown", reason })
  })

  it.each(["V.A", "V", "VI.A.1", "C", "A.2(b)(ii)"])("%j names the sections", (ref) => {
    const resolution = resolveElement(ref)
    assert.strictEqual(resolution._tag, "Unknown")
    assert.include(reasonOf(resolution), "is not an element of the Outline")
    assert.include(reasonOf(resolution), "start with a section I, II, III or IV")
  })
})

describe("resolveElement: near misses are suggested, never resolved", () => {
  it.each([
    ["stockpile managment and security", 'did you mean II.A.2.a "Stockpile management and security"?'],
    ["Stockpile management and sec", 'did you mean II.A.2.a "Stockpile management and security"?'],
    ["Stockpile management", 'did you mean II.A.2.a "Stockpile management and security"?'],
    ["Tracng", 'did you mean III.C "Tracing"?'],
    ["Markin", 'did you mean III.A "Marking"?'],
    ["Arms embargo", 'did you mean II.A.2.d "Arms embargoes"?'],
    [
      "National legislation",
      'did you mean "National legislation and administrative procedures" (III.A.i, III.B.i or III.C.i)?'
    ],
    ["Inter agency cordination", 'did you mean "Inter-agency coordination" (III.B.ii or III.C.iii)?'],
    ["II A 2 b ii", "did you mean II.A.2.b.ii?"],
    ["III.C.iv.", "did you mean III.C.iv?"],
    ["III/C/iv", "did you mean III.C.iv?"],
    ["ITI: C(iv)", "did you mean III.C.iv?"]
  ])("%j", (ref, suggestion) => {
    const resolution = resolveElement(ref)
    assert.strictEqual(resolution._tag, "Unknown", JSON.stringify(resolution))
    assert.include(reasonOf(resolution), suggestion)
    assert.include(reasonOf(resolution), `"${ref}"`)
  })
})

describe("resolveElement: garbage is Unknown without a guess", () => {
  it("a blank reference is missing", () => {
    for (const ref of ["", "   ", "\t"]) {
      assert.deepStrictEqual(resolveElement(ref), { _tag: "Unknown", reason: "element is missing" })
    }
  })

  it.each(["XYZ", "II.Q", "12", "3", "foo bar", "II.A.2.b.ii.x", "the outline", "()", "II.A.2((b))", "II..A"])(
    "%j",
    (ref) => {
      const resolution = resolveElement(ref)
      assert.strictEqual(resolution._tag, "Unknown", JSON.stringify(resolution))
      assert.notInclude(reasonOf(resolution), "did you mean II.A.2.b.ii")
    }
  )

  it("says the annex questions are not elements", () => {
    assert.include(reasonOf(resolveElement("12")), "the annex questions 1–12 are not elements")
  })

  it("gives short unknown words no suggestion", () => {
    assert.notInclude(reasonOf(resolveElement("XYZ")), "did you mean")
  })

  it("returns the same answer from the cache", () => {
    const first = resolveElement("ITI C(iv)")
    assert.strictEqual(resolveElement("ITI C(iv)"), first)
  })
})
