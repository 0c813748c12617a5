import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { assert, describe, it } from "@effect/vitest"
import { type Instrument, OUTLINE } from "../../src/outline/elements.ts"
import { ancestorsOf, childrenOf, elementById, isWithin, sectionOf } from "../../src/outline/outline.ts"

// The seed sits beside the repository (../shared/seed/); a checkout without it still runs every test that
// does not compare against the document.
const seedUrl = new URL("../../../shared/seed/outline-of-elements-2018.txt", import.meta.url)
const seedExists = existsSync(fileURLToPath(seedUrl))
if (!seedExists) {
  console.warn(`outline seed not found at ${fileURLToPath(seedUrl)}: the comparisons with the document are skipped`)
}

interface SeedElement {
  readonly id: string
  readonly title: string
  /** The marker kind as printed: "I.", "A.", "1.", "(a)" or "(i)". */
  readonly marker: "section" | "letter" | "number" | "subletter" | "roman"
}

interface SeedOutline {
  readonly elements: ReadonlyArray<SeedElement>
  /** Lettered sub-headings followed by prose rather than numbered items. */
  readonly paragraphOnly: ReadonlySet<string>
  /** Headings followed by "[To be decided]". */
  readonly toBeDecided: ReadonlySet<string>
}

const romanPattern = /^(?=[ivx]+$)x{0,3}(?:ix|iv|v?i{0,3})$/

/**
 * A deliberately separate reading of the document from the table in src/outline/elements.ts: a line
 * parser of the "I." / "A." / "1." / "(a)" / "(i)" markers keeping a stack of the current context, so
 * a slip in the hand-written table shows up as a difference between the two.
 */
const parseSeed = (text: string): SeedOutline => {
  const elements: Array<SeedElement> = []
  const paragraphOnly = new Set<string>()
  const toBeDecided = new Set<string>()
  let section: string | undefined
  let letter: string | undefined
  let number: string | undefined
  let subletter: string | undefined
  // The heading the last marker opened, waiting to see whether prose or items follow it.
  let openHeading: SeedElement | undefined

  const add = (element: SeedElement): void => {
    elements.push(element)
    openHeading = element.marker === "roman" ? undefined : element
  }

  for (const raw of text.split(/\r?\n/)) {
    // The document's list markers are messy: stray "- ", leading spaces, "**" after some headings.
    const line = raw
      .trim()
      .replace(/^-\s+/, "")
      .replace(/\*\*$/, "")
      .trim()
    if (line === "Annex") break // the annex questions 1–12 are not elements
    const title = (rest: string): string => rest.replace(/[;.]$/, "")

    const sectionMatch = /^(I|II|III|IV)\.\s+(.+)$/.exec(line)
    if (sectionMatch !== null) {
      section = sectionMatch[1]!
      letter = number = subletter = undefined
      add({ id: section, title: title(sectionMatch[2]!), marker: "section" })
      continue
    }
    if (section === undefined) continue // the cover note before section I

    const letterMatch = /^([A-Z])\.\s+(.+)$/.exec(line)
    if (letterMatch !== null) {
      letter = letterMatch[1]!
      number = subletter = undefined
      add({ id: `${section}.${letter}`, title: title(letterMatch[2]!), marker: "letter" })
      continue
    }
    const numberMatch = /^(\d+)\.\s+(.+)$/.exec(line)
    if (numberMatch !== null) {
      number = numberMatch[1]!
      subletter = undefined
      add({ id: `${section}.${letter}.${number}`, title: title(numberMatch[2]!), marker: "number" })
      continue
    }
    const bracketMatch = /^\(([a-z]+)\)\s+(.+)$/.exec(line)
    if (bracketMatch !== null) {
      const label = bracketMatch[1]!
      // "(i)" is a letter only right after "(h)"; the document never gets that far, but say so.
      const nextLetter = subletter === undefined ? "a" : String.fromCharCode(subletter.charCodeAt(0) + 1)
      const isRoman = romanPattern.test(label) && label !== nextLetter
      if (isRoman) {
        const context = [section, letter, number, subletter].filter((part) => part !== undefined)
        add({ id: `${context.join(".")}.${label}`, title: title(bracketMatch[2]!), marker: "roman" })
      } else {
        subletter = label
        add({ id: `${section}.${letter}.${number}.${label}`, title: title(bracketMatch[2]!), marker: "subletter" })
      }
      continue
    }
    if (line !== "" && openHeading !== undefined) {
      if (line === "[To be decided]") toBeDecided.add(openHeading.id)
      else if (openHeading.marker === "subletter") paragraphOnly.add(openHeading.id)
      openHeading = undefined
    }
  }
  return { elements, paragraphOnly, toBeDecided }
}

const seedText = seedExists ? readFileSync(seedUrl, "utf8") : ""
const seed = parseSeed(seedText)
const squeeze = (text: string): string => text.replace(/\s+/g, " ").trim()

const ids = OUTLINE.map((element) => element.id)
const sectionNames = ["I", "II", "III", "IV"] as const
const instrumentBySection: Record<(typeof sectionNames)[number], Instrument> = {
  I: "declaration",
  II: "PoA",
  III: "ITI",
  IV: "follow-up"
}
// Counted by hand from the document; a change here means the table changed.
const expectedCounts = { I: 1, II: 87, III: 33, IV: 7 }

describe("Outline taxonomy against the 2018 document", () => {
  it.skipIf(!seedExists)("every title appears verbatim in the document", () => {
    const document = squeeze(seedText)
    const missing = OUTLINE.filter((element) => !document.includes(squeeze(element.title)))
    assert.deepStrictEqual(
      missing.map((element) => element.id),
      []
    )
  })

  it.skipIf(!seedExists)("has exactly the elements the document numbers: none missed, none invented", () => {
    const seedIds = new Set(seed.elements.map((element) => element.id))
    const outlineIds = new Set(ids)
    assert.deepStrictEqual(
      ids.filter((id) => !seedIds.has(id)),
      [],
      "in OUTLINE, not in the document"
    )
    assert.deepStrictEqual(
      [...seedIds].filter((id) => !outlineIds.has(id)),
      [],
      "in the document, not in OUTLINE"
    )
  })

  it.skipIf(!seedExists)("is in document order with the document's titles", () => {
    assert.deepStrictEqual(
      OUTLINE.map((element) => [element.id, element.title]),
      seed.elements.map((element) => [element.id, element.title])
    )
  })

  it.skipIf(!seedExists)("marks as paragraphs exactly the sub-headings followed by prose", () => {
    const paragraphs = OUTLINE.filter((element) => element.kind === "paragraph").map((element) => element.id)
    assert.deepStrictEqual(paragraphs, [...seed.paragraphOnly])
  })

  it.skipIf(!seedExists)("marks as placeholders exactly the headings left [To be decided]", () => {
    const placeholders = OUTLINE.filter((element) => element.kind === "placeholder").map((element) => element.id)
    assert.deepStrictEqual(placeholders, [...seed.toBeDecided])
  })

  it.skipIf(!seedExists)("kinds follow the printed markers", () => {
    const markerById = new Map(seed.elements.map((element) => [element.id, element.marker]))
    for (const element of OUTLINE) {
      const marker = markerById.get(element.id)
      if (element.kind === "section") assert.strictEqual(marker, "section", element.id)
      if (element.kind === "item") assert.strictEqual(marker, "roman", element.id)
      if (marker === "roman") assert.strictEqual(element.kind, "item", element.id)
    }
  })
})

describe("Outline taxonomy structure", () => {
  it("has unique ids, also ignoring case (the resolver indexes lower-case ids)", () => {
    assert.strictEqual(new Set(ids).size, ids.length)
    assert.strictEqual(new Set(ids.map((id) => id.toLowerCase())).size, ids.length)
  })

  it("ids are the document's numbering: section, upper-case letter, number, lower-case letter or roman", () => {
    // II nests A. / 1. / (a) / (i); III has A. / (i); IV has (i) only; I has nothing below it.
    const shape = /^(I|II(\.[A-Z](\.\d(\.[a-z])?)?(\.[ivx]+)?)?|III(\.[A-Z](\.[ivx]+)?)?|IV(\.[ivx]+)?)$/
    for (const id of ids) assert.match(id, shape, id)
  })

  it("every parent exists and is the id minus its last segment; depth is the segment count", () => {
    for (const element of OUTLINE) {
      const segments = element.id.split(".")
      assert.strictEqual(element.depth, segments.length, element.id)
      if (segments.length === 1) {
        assert.strictEqual(element.parent, null, element.id)
        assert.strictEqual(element.kind, "section", element.id)
      } else {
        assert.strictEqual(element.parent, segments.slice(0, -1).join("."), element.id)
        assert.isDefined(elementById(element.parent!), `parent of ${element.id}`)
      }
    }
  })

  it("parents come before their children (document order)", () => {
    const seen = new Set<string>()
    for (const element of OUTLINE) {
      if (element.parent !== null) assert.isTrue(seen.has(element.parent), element.id)
      seen.add(element.id)
    }
  })

  it("instrument follows the section: I declaration, II PoA, III ITI, IV follow-up", () => {
    for (const element of OUTLINE) {
      assert.strictEqual(element.instrument, instrumentBySection[sectionOf(element.id)], element.id)
    }
  })

  it("section titles are as printed", () => {
    assert.strictEqual(elementById("I")?.title, "2018 declaration")
    assert.strictEqual(elementById("IV")?.title, "Follow-up to the Third Review Conference of the Programme of Action")
    assert.match(elementById("II")?.title ?? "", /^Implementation plan for the Programme of Action .*, 2018–2024$/)
    assert.match(elementById("III")?.title ?? "", /^Implementation plan for the International Instrument .*, 2018–2024$/)
  })

  it("section I has no sub-items", () => {
    assert.deepStrictEqual(childrenOf("I"), [])
  })

  it("has the paragraph-only items, the heading-only II.B.3 and the Other topics placeholders", () => {
    for (const id of ["II.A.1.d", "II.A.3.a", "II.C.2.a", "II.C.2.c"]) {
      assert.strictEqual(elementById(id)?.kind, "paragraph", id)
      assert.deepStrictEqual(childrenOf(id), [], id)
    }
    assert.strictEqual(elementById("II.A.1.d")?.title.startsWith("Synergies with relevant global instruments"), true)
    assert.strictEqual(elementById("II.A.3.a")?.title, "Best practices to ensure irreversible deactivation")
    assert.strictEqual(elementById("II.B.3")?.kind, "heading")
    assert.deepStrictEqual(childrenOf("II.B.3"), [])
    for (const id of ["II.D", "III.H"]) {
      assert.deepStrictEqual(elementById(id), {
        id,
        parent: id.split(".")[0]!,
        title: "Other topics",
        instrument: id.startsWith("III") ? "ITI" : "PoA",
        depth: 2,
        kind: "placeholder"
      })
    }
  })

  it("has roman items at every level they occur", () => {
    for (const id of ["II.A.1.a.i", "II.A.1.b.vii", "II.A.2.b.ii", "II.A.4.i", "II.A.5.iii", "II.B.2.vi"]) {
      assert.strictEqual(elementById(id)?.kind, "item", id)
    }
    for (const id of ["II.C.2.b.iii", "III.C.iv", "III.G.iv", "IV.i", "IV.vi"]) {
      assert.strictEqual(elementById(id)?.kind, "item", id)
    }
    assert.strictEqual(elementById("III.C.iv")?.title, "The exchange and use of tracing information")
    assert.strictEqual(elementById("IV.ii")?.title, "2020 — biennial meeting of States, five days, New York")
  })

  it("has no annex question among the elements", () => {
    assert.isFalse(OUTLINE.some((element) => /^\d/.test(element.id) || element.title.endsWith("?")))
  })

  it("counts elements per section", () => {
    const counts = Object.fromEntries(
      sectionNames.map((section) => [section, OUTLINE.filter((element) => sectionOf(element.id) === section).length])
    )
    console.log(
      `Outline elements: ${sectionNames.map((section) => `${section} ${counts[section]}`).join(", ")}; ` +
        `total ${OUTLINE.length}`
    )
    assert.deepStrictEqual(counts, expectedCounts)
    assert.strictEqual(OUTLINE.length, 128)
  })
})

describe("Outline look-ups", () => {
  it("elementById finds canonical ids only", () => {
    assert.strictEqual(elementById("II.A.2.b.ii")?.title.startsWith("Using, authenticating"), true)
    assert.isUndefined(elementById("ii.a.2.b.ii"))
    assert.isUndefined(elementById("II.A.9"))
  })

  it("ancestorsOf lists the ids above, nearest first, excluding the element", () => {
    assert.deepStrictEqual(ancestorsOf("II.A.2.b.ii"), ["II.A.2.b", "II.A.2", "II.A", "II"])
    assert.deepStrictEqual(ancestorsOf("IV.ii"), ["IV"])
    assert.deepStrictEqual(ancestorsOf("III"), [])
    assert.deepStrictEqual(ancestorsOf("II.A.9"), [])
  })

  it("childrenOf lists the elements directly below, in document order", () => {
    assert.deepStrictEqual(
      childrenOf("III.C").map((element) => element.id),
      ["III.C.i", "III.C.ii", "III.C.iii", "III.C.iv", "III.C.v", "III.C.vi"]
    )
    assert.deepStrictEqual(
      childrenOf("II").map((element) => element.id),
      ["II.A", "II.B", "II.C", "II.D"]
    )
    assert.deepStrictEqual(childrenOf("III.C.iv"), [])
    // Every element appears as the child of its parent exactly once.
    const listed = OUTLINE.flatMap((element) => childrenOf(element.id).map((child) => child.id))
    assert.deepStrictEqual(
      listed.sort(),
      ids.filter((id) => id.includes(".")).sort()
    )
  })

  it("sectionOf gives the section and rejects a non-id", () => {
    assert.strictEqual(sectionOf("II.A.2.b.ii"), "II")
    assert.strictEqual(sectionOf("III.C.iv"), "III")
    assert.strictEqual(sectionOf("IV"), "IV")
    assert.strictEqual(sectionOf("I"), "I")
    assert.throws(() => sectionOf("V.A"))
  })

  it("isWithin is true for the element itself and everything below it, and only those", () => {
    assert.isTrue(isWithin("II.A.2.b.ii", "II.A.2.b.ii"))
    assert.isTrue(isWithin("II.A.2.b.ii", "II.A"))
    assert.isTrue(isWithin("II.A.2.b.ii", "II"))
    assert.isFalse(isWithin("II.A.2.b.ii", "II.A.2.a"))
    assert.isFalse(isWithin("II.A", "II.A.2"))
    assert.isFalse(isWithin("III.C.iv", "II"))
    for (const element of OUTLINE) {
      for (const ancestor of ancestorsOf(element.id)) assert.isTrue(isWithin(element.id, ancestor))
    }
  })
})
