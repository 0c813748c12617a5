/**
 * Folds a State name or code to the key used for lookups, so that reports may differ from our spelling in
 * case, accents, punctuation and white space: "Côte d’Ivoire", "COTE D'IVOIRE" and "cote divoire" meet.
 *
 * Apostrophes and full stops are deleted (they sit inside words: "d'Ivoire", "U.S.A."), while other
 * punctuation becomes a space (it separates words: "Guinea-Bissau" must meet "Guinea Bissau"). An all-digit
 * key loses its leading zeros so that M49 codes match with any padding ("4", "004").
 */
export const normaliseKey = (text: string): string => {
  const key = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`ʼ]/g, "'")
    .replace(/&/g, " and ")
    .replace(/['.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "")
  return /^\d+$/.test(key) ? key.replace(/^0+(?=\d)/, "") : key
}
