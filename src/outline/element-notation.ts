/**
 * Reading element ids as people write them (DATA-MODEL §1): the canonical "II.A.2.b.ii", the printed
 * "II.A.2(b)(ii)" / "II.A.2 (b) (ii)" and mixtures, and "PoA" / "ITI" in place of the section number.
 * This file only splits a reference into segments; whether the element exists is the resolver's question.
 */

/** The section numbers the instrument prefixes stand for. */
const sectionOfPrefix: Readonly<Record<string, string>> = { poa: "ii", iti: "iii" }

const prefixed = /^(poa|iti)(?:\s*\.\s*|\s+)(.+)$/i

// A first segment, then segments joined by a dot or wrapped in brackets, as the document prints them.
// Space is allowed around dots and brackets but never alone between two bare segments ("II A 2"), so a
// sentence can never be mistaken for an id.
const notation = /^[a-z0-9]+(?:\s*\.\s*[a-z0-9]+|\s*\.?\s*\(\s*[a-z0-9]+\s*\))*$/i

// Outline numbering uses single letters, small numbers and roman numerals up to the tens; anything else
// (a word such as "Marking") means the reference is a title, not an id.
const segmentPattern = /^(?:[a-z]|\d{1,2}|(?=[ivx]+$)x{0,3}(?:ix|iv|v?i{0,3}))$/i

const isSegment = (token: string): boolean => segmentPattern.test(token)

const splitSegments = (text: string): ReadonlyArray<string> =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0)

/**
 * The lower-case segments of an id written in an accepted notation, with a PoA/ITI prefix replaced by
 * its section ("ITI C(iv)" → ["iii", "c", "iv"]); undefined when the text is not written as an id.
 */
export const parseElementNotation = (text: string): ReadonlyArray<string> | undefined => {
  const match = prefixed.exec(text)
  const section = match === null ? undefined : sectionOfPrefix[match[1]!.toLowerCase()]
  const rest = match === null ? text : match[2]!
  if (!notation.test(rest)) return undefined
  const segments = splitSegments(rest)
  if (!segments.every(isSegment)) return undefined
  return section === undefined ? segments : [section, ...segments]
}

/**
 * The segments of a reference that looks like an id but uses separators outside the accepted notation
 * ("II A 2 b ii", "II/A/2", "III.C.iv."), so the resolver can suggest the id without accepting it.
 */
export const looseElementSegments = (text: string): ReadonlyArray<string> | undefined => {
  const tokens = splitSegments(text)
  const section = tokens[0] === undefined ? undefined : sectionOfPrefix[tokens[0]]
  const segments = section === undefined ? tokens : [section, ...tokens.slice(1)]
  return segments.length > 0 && segments.every(isSegment) ? segments : undefined
}

/**
 * An id in the document's spelling, for messages about ids that may not exist: section and heading
 * letter upper case ("III.C"), everything below lower case ("iv"). Section IV has no lettered headings,
 * its items (i)–(vi) sit directly below it ("IV.ii").
 */
export const spellElementId = (segments: ReadonlyArray<string>): string => {
  const lettered = segments[0] !== "iv"
  return segments
    .map((segment, index) =>
      index === 0 || (index === 1 && lettered) ? segment.toUpperCase() : segment.toLowerCase()
    )
    .join(".")
}
